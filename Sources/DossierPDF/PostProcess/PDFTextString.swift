import Foundation

extension PDFObject {
    /// A PDF text string (PDF 1.7 §7.9.2.2): printable ASCII as a literal string with `(`, `)` and `\` escaped,
    /// anything else as UTF-16BE with a byte order mark in hexadecimal (`<FEFF…>`).
    public static func textString(_ text: String) -> PDFObject {
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            var raw: [UInt8] = []
            for byte in text.utf8 {
                if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\\") {
                    raw.append(UInt8(ascii: "\\"))
                }
                raw.append(byte)
            }
            return .literalString(raw)
        }
        let hex = "FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined()
        return .hexString(Array(hex.utf8))
    }

    /// A PDF date string `D:YYYYMMDDHHmmSSZ` in UTC (PDF 1.7 §7.9.4).
    public static func date(_ date: Date) -> PDFObject {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let text = String(format: "D:%04d%02d%02d%02d%02d%02dZ",
                          c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
        return .literalString(Array(text.utf8))
    }
}
