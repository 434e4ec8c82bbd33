/// A tiny strict RFC 4180 parser, independent of the writer: every record must end with CRLF, quotes may only
/// open a field and must be doubled inside it, and bare CR or LF outside quotes is an error.
struct StrictCSVParser {
    struct Malformed: Error, CustomStringConvertible {
        let offset: Int
        let reason: String
        var description: String { "malformed CSV at byte \(offset): \(reason)" }
    }

    static func parse(_ bytes: [UInt8]) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var i = 0
        var fieldStart = true
        while i < bytes.count {
            let b = bytes[i]
            if fieldStart && b == UInt8(ascii: "\"") {
                i += 1
                while true {
                    guard i < bytes.count else { throw Malformed(offset: i, reason: "unterminated quoted field") }
                    if bytes[i] == UInt8(ascii: "\"") {
                        if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") { field.append(0x22); i += 2; continue }
                        i += 1
                        break
                    }
                    field.append(bytes[i]); i += 1
                }
                guard i < bytes.count, bytes[i] == UInt8(ascii: ",") || bytes[i] == 0x0D else {
                    throw Malformed(offset: i, reason: "text after closing quote")
                }
                fieldStart = false
                continue
            }
            switch b {
            case UInt8(ascii: ","):
                record.append(String(decoding: field, as: UTF8.self)); field = []; fieldStart = true; i += 1
            case 0x0D:
                guard i + 1 < bytes.count, bytes[i + 1] == 0x0A else { throw Malformed(offset: i, reason: "CR without LF") }
                record.append(String(decoding: field, as: UTF8.self)); field = []
                records.append(record); record = []
                fieldStart = true; i += 2
            case 0x0A: throw Malformed(offset: i, reason: "bare LF")
            case UInt8(ascii: "\""): throw Malformed(offset: i, reason: "quote inside unquoted field")
            default:
                field.append(b); fieldStart = false; i += 1
            }
        }
        guard record.isEmpty && field.isEmpty && fieldStart else { throw Malformed(offset: i, reason: "last record lacks CRLF") }
        return records
    }
}
