import Dossier

/// A streaming RFC 4180 writer: comma separator, CRLF after every record (the last included), fields quoted
/// when they contain `"`, `,`, CR or LF, with `"` doubled inside; UTF-8 with an optional byte order mark.
///
/// Records are encoded into a byte buffer handed to the sink every ~64 KiB. (yaslab/CSV.swift is not used:
/// it writes one byte per call and is 80–90× slower on large tables.)
public struct CSVWriter<Sink: CSVSink> {
    /// The destination; read it after `finish()` (e.g. `ByteArraySink.bytes`).
    public private(set) var sink: Sink
    /// Encoding options.
    public let options: CSVOptions
    private var buffer: [UInt8] = []
    private var fieldsInRecord = 0
    private var recordStart = 0
    private static var flushThreshold: Int { 64 * 1024 }

    /// Starts a writer; writes the byte order mark into the buffer when the options ask for it.
    public init(sink: Sink, options: CSVOptions = CSVOptions()) {
        self.sink = sink
        self.options = options
        buffer.reserveCapacity(Self.flushThreshold + 4 * 1024)
        if options.byteOrderMark { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        recordStart = buffer.count
    }

    /// Writes one field of the current record. `isText` marks text-typed values, the only ones formula
    /// neutralisation may prefix.
    public mutating func writeField(_ value: String, isText: Bool) {
        if fieldsInRecord > 0 { buffer.append(UInt8(ascii: ",")) }
        fieldsInRecord += 1
        let utf8 = value.utf8
        let prefix = isText && options.neutralizeFormulas && Self.looksLikeFormula(utf8.first)
        let quoted = utf8.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ",") || $0 == 0x0D || $0 == 0x0A }
        if quoted { buffer.append(UInt8(ascii: "\"")) }
        if prefix { buffer.append(UInt8(ascii: "'")) }
        if quoted {
            for byte in utf8 {
                if byte == UInt8(ascii: "\"") { buffer.append(byte) }
                buffer.append(byte)
            }
            buffer.append(UInt8(ascii: "\""))
        } else {
            buffer.append(contentsOf: utf8)
        }
    }

    /// Writes one cell: text, dates and lists are text-typed; numbers and booleans are written unchanged.
    public mutating func writeField(_ value: CellValue) {
        switch value {
        case .text, .date, .list: writeField(value.csvText, isText: true)
        case .integer, .number, .bool, .empty, .pageRef: writeField(value.csvText, isText: false)
        }
    }

    /// Ends the current record with CRLF and flushes the buffer once it holds ~64 KiB. A record made of one
    /// empty field is written `""` so that it does not read back as a blank line.
    public mutating func endRecord() throws {
        if fieldsInRecord == 1 && buffer.count == recordStart {
            buffer.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "\"")])
        }
        buffer.append(0x0D)
        buffer.append(0x0A)
        fieldsInRecord = 0
        if buffer.count >= Self.flushThreshold { try flush() }
        recordStart = buffer.count
    }

    /// Writes a whole record of text fields (e.g. a header row).
    public mutating func writeRecord(_ fields: [String]) throws {
        for field in fields { writeField(field, isText: true) }
        try endRecord()
    }

    /// Writes a whole record of cells.
    public mutating func writeRecord(_ cells: [CellValue]) throws {
        for cell in cells { writeField(cell) }
        try endRecord()
    }

    /// Hands what is buffered to the sink; call once after the last record.
    public mutating func finish() throws {
        try flush()
    }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try sink.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private static func looksLikeFormula(_ first: UInt8?) -> Bool {
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return true
        default: return false
        }
    }
}
