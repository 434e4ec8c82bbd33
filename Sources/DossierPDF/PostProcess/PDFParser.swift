/// Reads PDF objects from bytes: enough syntax (PDF 1.7 §7.3) for cross-reference tables, trailers and
/// dictionaries. Content streams are never parsed.
struct PDFParser {
    let bytes: PDFBytes
    /// The read position.
    var position: Int

    init(bytes: PDFBytes, position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x00 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            return true
        default: return false
        }
    }

    func error(_ reason: String) -> PDFPatchError { .malformed(offset: position, reason: reason) }

    /// Skips whitespace and comments.
    mutating func skipWhitespace() {
        while position < bytes.count {
            if Self.isWhitespace(bytes[position]) {
                position += 1
            } else if bytes[position] == UInt8(ascii: "%") {
                while position < bytes.count && bytes[position] != 0x0A && bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// Reads a run of regular characters (a keyword or a number) after whitespace.
    mutating func readWord() -> String {
        String(decoding: bytes[readWordRange()], as: UTF8.self)
    }

    /// Where the next run of regular characters lies (empty at a delimiter or the end). Why bytes, not a String:
    /// the update reads every number of a tagged table's structure, and making Strings of them cost more than the rest.
    private mutating func readWordRange() -> Range<Int> {
        skipWhitespace()
        let start = position
        while position < bytes.count && !Self.isWhitespace(bytes[position]) && !Self.isDelimiter(bytes[position]) {
            position += 1
        }
        return start..<position
    }

    /// Reads a one-byte keyword (a cross-reference entry's `n` or `f`) without making a String; 0 for anything else.
    mutating func readKeyword() -> UInt8 {
        let range = readWordRange()
        return range.count == 1 ? bytes[range.lowerBound] : 0
    }

    /// Whether the bytes in `range` spell `keyword` (ASCII).
    private func word(_ range: Range<Int>, is keyword: String) -> Bool {
        bytes[range].elementsEqual(keyword.utf8)
    }

    /// The non-negative integer the bytes in `range` spell in decimal digits only; `nil` for anything else.
    private func integer(_ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 18 else { return nil }
        var value = 0
        for byte in bytes[range] {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// Reads a keyword and fails unless it is `keyword`.
    mutating func expect(_ keyword: String) throws {
        let start = position
        guard word(readWordRange(), is: keyword) else {
            position = start
            throw error("expected \(keyword)")
        }
    }

    /// Reads a non-negative integer.
    mutating func readInteger() throws -> Int {
        let start = position
        guard let value = integer(readWordRange()) else {
            position = start
            throw error("expected an integer")
        }
        return value
    }

    /// Reads `number generation obj` and the object after it; stops before `endobj` or `stream`.
    mutating func readIndirectObject() throws -> (number: Int, generation: Int, value: PDFObject, isStream: Bool) {
        let number = try readInteger()
        let generation = try readInteger()
        try expect("obj")
        let value = try readObject()
        let keywordStart = position
        let keyword = readWordRange()
        position = keywordStart
        let isStream = word(keyword, is: "stream")
        guard isStream || word(keyword, is: "endobj") else { throw error("expected endobj") }
        return (number, generation, value, isStream)
    }

    /// After `readIndirectObject` found a stream: skips the `stream` keyword and its end of line, and returns the
    /// `length` bytes of data that follow.
    mutating func readStreamData(length: Int) throws -> [UInt8] {
        try expect("stream")
        if position < bytes.count && bytes[position] == 0x0D { position += 1 }
        if position < bytes.count && bytes[position] == 0x0A { position += 1 }
        guard length >= 0, position + length <= bytes.count else { throw error("stream data runs past the end of the file") }
        defer { position += length }
        return Array(bytes[position..<(position + length)])
    }

    /// Reads one direct object (an indirect reference counts as one).
    mutating func readObject() throws -> PDFObject {
        skipWhitespace()
        guard position < bytes.count else { throw error("unexpected end of file") }
        switch bytes[position] {
        case UInt8(ascii: "/"):
            position += 1
            let start = position
            while position < bytes.count && !Self.isWhitespace(bytes[position]) && !Self.isDelimiter(bytes[position]) {
                position += 1
            }
            return .name(String(decoding: bytes[start..<position], as: UTF8.self))
        case UInt8(ascii: "("):
            return .literalString(try readLiteralString())
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "<") {
                return .dictionary(try readDictionary())
            }
            position += 1
            let start = position
            while position < bytes.count && bytes[position] != UInt8(ascii: ">") { position += 1 }
            guard position < bytes.count else { throw error("unterminated hex string") }
            position += 1
            return .hexString(Array(bytes[start..<(position - 1)]))
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFObject] = []
            while true {
                skipWhitespace()
                guard position < bytes.count else { throw error("unterminated array") }
                if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
                items.append(try readObject())
            }
        default:
            return try readKeywordOrNumber()
        }
    }

    private mutating func readKeywordOrNumber() throws -> PDFObject {
        let start = position
        let range = readWordRange()
        if let number = integer(range) {
            let afterNumber = position
            if let generation = integer(readWordRange()), word(readWordRange(), is: "R") {
                return .reference(number: number, generation: generation)
            }
            position = afterNumber
            return .number(String(decoding: bytes[range], as: UTF8.self))
        }
        let word = String(decoding: bytes[range], as: UTF8.self)
        switch word {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        case "": throw error("unexpected character")
        default: break
        }
        let numeric = word.utf8.allSatisfy {
            ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
                || $0 == UInt8(ascii: "+")
        }
        guard numeric else {
            position = start
            throw error("unexpected keyword \(word)")
        }
        return .number(word)
    }

    /// At a dictionary: the value of `key`, reading entries only until it is found; `nil` when absent or when the
    /// object is not a dictionary.
    mutating func peekDictionaryEntry(_ key: String) throws -> PDFObject? {
        skipWhitespace()
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "<"), bytes[position + 1] == UInt8(ascii: "<") else { return nil }
        position += 2
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw error("unterminated dictionary") }
            if bytes[position] == UInt8(ascii: ">") { return nil }
            guard case .name(let name) = try readObject() else { throw error("dictionary key is not a name") }
            let value = try readObject()
            if name == key { return value }
        }
    }

    private mutating func readDictionary() throws -> PDFDictionary {
        position += 2
        var dictionary = PDFDictionary()
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw error("unterminated dictionary") }
            if bytes[position] == UInt8(ascii: ">") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else { throw error("expected >>") }
                position += 2
                return dictionary
            }
            guard case .name(let key) = try readObject() else { throw error("dictionary key is not a name") }
            dictionary[key] = try readObject()
        }
    }

    /// Reads a balanced literal string; returns the bytes between the outer parentheses as written.
    private mutating func readLiteralString() throws -> [UInt8] {
        position += 1
        let start = position
        var depth = 1
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\\"): position += 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 {
                    position += 1
                    return Array(bytes[start..<(position - 1)])
                }
            default: break
            }
            position += 1
        }
        throw error("unterminated string")
    }
}
