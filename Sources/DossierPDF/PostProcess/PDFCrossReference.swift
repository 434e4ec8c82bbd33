/// The classic cross-reference table and trailer of a PDF (PDF 1.7 §7.5.4–7.5.5), following `/Prev` through
/// earlier incremental updates; newer sections win.
struct PDFCrossReference {
    /// An in-use object's byte offset and generation.
    struct Entry: Equatable {
        var offset: Int
        var generation: Int
    }

    /// In-use objects by number.
    let entries: [Int: Entry]
    /// The newest trailer dictionary.
    let trailer: PDFDictionary
    /// Byte offset of the newest cross-reference section (the value after the last `startxref`).
    let startXRef: Int

    init(bytes: [UInt8]) throws {
        startXRef = try Self.lastStartXRef(in: bytes)
        var newestTrailer: PDFDictionary?
        var found: [Int: Entry] = [:]
        var decided = Set<Int>()
        var visited = Set<Int>()
        var next: Int? = startXRef
        while let offset = next, visited.insert(offset).inserted {
            let trailer = try Self.readSection(at: offset, bytes: bytes) { number, entry in
                guard decided.insert(number).inserted, let entry else { return }
                found[number] = entry
            }
            newestTrailer = newestTrailer ?? trailer
            next = trailer["Prev"]?.integer
        }
        entries = found
        trailer = newestTrailer ?? PDFDictionary()
    }

    /// The offset written after the last `startxref` keyword.
    private static func lastStartXRef(in bytes: [UInt8]) throws -> Int {
        let keyword = Array("startxref".utf8)
        var index = bytes.count - keyword.count
        while index >= 0 {
            if bytes[index] == keyword[0] && Array(bytes[index..<(index + keyword.count)]) == keyword {
                var parser = PDFParser(bytes: bytes, position: index + keyword.count)
                return try parser.readInteger()
            }
            index -= 1
        }
        throw PDFPatchError.missingStartXRef
    }

    /// Reads one `xref` section and its trailer, reporting each entry (`nil` for a free one).
    private static func readSection(at offset: Int, bytes: [UInt8], entry: (Int, Entry?) -> Void) throws -> PDFDictionary {
        guard offset >= 0 && offset < bytes.count else {
            throw PDFPatchError.malformed(offset: offset, reason: "cross-reference offset outside the file")
        }
        var parser = PDFParser(bytes: bytes, position: offset)
        let keyword = parser.readWord()
        guard keyword == "xref" else {
            if Int(keyword) != nil { throw PDFPatchError.xrefStreamUnsupported(offset: offset) }
            throw PDFPatchError.malformed(offset: offset, reason: "expected xref")
        }
        while true {
            let sectionStart = parser.position
            if parser.readWord() == "trailer" { break }
            parser.position = sectionStart
            let first = try parser.readInteger()
            let count = try parser.readInteger()
            for number in first..<(first + count) {
                let entryOffset = try parser.readInteger()
                let generation = try parser.readInteger()
                switch parser.readWord() {
                case "n": entry(number, Entry(offset: entryOffset, generation: generation))
                case "f": entry(number, nil)
                default: throw parser.error("expected n or f in cross-reference entry")
                }
            }
        }
        guard case .dictionary(let trailer) = try parser.readObject() else { throw parser.error("trailer is not a dictionary") }
        return trailer
    }
}
