/// The classic cross-reference table and trailer of a PDF (PDF 1.7 §7.5.4–7.5.5), following `/Prev` through
/// earlier incremental updates; newer sections win.
struct PDFCrossReference {
    /// An in-use object's byte offset and generation.
    struct Entry: Equatable {
        var offset: Int
        var generation: Int
    }

    /// Offsets of objects by number: -1 for a free or unknown one. Why arrays and not a dictionary: a tagged
    /// 1,000-page file has a quarter of a million objects.
    private let offsets: [Int]
    /// Generations of objects by number.
    private let generations: [UInt16]
    /// The newest trailer dictionary.
    let trailer: PDFDictionary
    /// Byte offset of the newest cross-reference section (the value after the last `startxref`).
    let startXRef: Int

    init(bytes: PDFBytes) throws {
        startXRef = try Self.lastStartXRef(in: bytes)
        var newestTrailer: PDFDictionary?
        var offsets: [Int] = []
        var generations: [UInt16] = []
        var decided: [Bool] = []
        var visited = Set<Int>()
        var next: Int? = startXRef
        while let offset = next, visited.insert(offset).inserted {
            let trailer = try Self.readSection(at: offset, bytes: bytes) { number, entry in
                if number >= decided.count {
                    let grown = max(number + 1, decided.count * 2)
                    decided += repeatElement(false, count: grown - decided.count)
                    offsets += repeatElement(-1, count: grown - offsets.count)
                    generations += repeatElement(0, count: grown - generations.count)
                }
                guard !decided[number] else { return }
                decided[number] = true
                guard let entry else { return }
                offsets[number] = entry.offset
                generations[number] = UInt16(clamping: entry.generation)
            }
            newestTrailer = newestTrailer ?? trailer
            next = trailer["Prev"]?.integer
        }
        let used = (offsets.lastIndex { $0 >= 0 } ?? -1) + 1
        self.offsets = Array(offsets[..<used])
        self.generations = Array(generations[..<used])
        trailer = newestTrailer ?? PDFDictionary()
    }

    /// The in-use object `number`'s offset and generation; `nil` when it is free or not in the table.
    subscript(number: Int) -> Entry? {
        guard number >= 0 && number < offsets.count && offsets[number] >= 0 else { return nil }
        return Entry(offset: offsets[number], generation: Int(generations[number]))
    }

    /// One more than the highest in-use object number.
    var endOfNumbers: Int { offsets.count }

    /// The offset written after the last `startxref` keyword.
    private static func lastStartXRef(in bytes: PDFBytes) throws -> Int {
        let keyword = Array("startxref".utf8)
        var index = bytes.count - keyword.count
        while index >= 0 {
            if bytes[index] == keyword[0] && bytes[index..<(index + keyword.count)].elementsEqual(keyword) {
                var parser = PDFParser(bytes: bytes, position: index + keyword.count)
                return try parser.readInteger()
            }
            index -= 1
        }
        throw PDFPatchError.missingStartXRef
    }

    /// Reads one `xref` section and its trailer, reporting each entry (`nil` for a free one).
    private static func readSection(at offset: Int, bytes: PDFBytes, entry: (Int, Entry?) -> Void) throws -> PDFDictionary {
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
            // Every object takes bytes of the file, so no number can exceed its size (a damaged table must not allocate more).
            guard count >= 0, first >= 0, first + count <= bytes.count else { throw parser.error("impossible cross-reference count") }
            for number in first..<(first + count) {
                let entryOffset = try parser.readInteger()
                let generation = try parser.readInteger()
                switch parser.readKeyword() {
                case UInt8(ascii: "n"): entry(number, Entry(offset: entryOffset, generation: generation))
                case UInt8(ascii: "f"): entry(number, nil)
                default: throw parser.error("expected n or f in cross-reference entry")
                }
            }
        }
        guard case .dictionary(let trailer) = try parser.readObject() else { throw parser.error("trailer is not a dictionary") }
        return trailer
    }
}
