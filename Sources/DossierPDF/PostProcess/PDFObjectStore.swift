/// The objects of the PDF being patched: read through the cross-reference table, replaced or added in memory.
struct PDFObjectStore {
    /// A replaced or added object: a dictionary, or a stream (its dictionary and its data as stored).
    enum Changed {
        case dictionary(PDFDictionary)
        case stream(PDFDictionary, [UInt8])
    }

    let bytes: PDFBytes
    let crossReference: PDFCrossReference
    /// Replaced and added objects by number, with their generation.
    private(set) var changed: [Int: (generation: Int, object: Changed)] = [:]
    /// The trailer's `/Size`: one more than the highest object number.
    private(set) var size: Int

    init(bytes: PDFBytes, crossReference: PDFCrossReference) {
        self.bytes = bytes
        self.crossReference = crossReference
        size = max(crossReference.trailer["Size"]?.integer ?? 0, crossReference.endOfNumbers)
    }

    /// Every `pagesBetweenReleases` pages, a pass over the pages lets the system take back the file pages it read.
    static let pagesBetweenReleases = 64

    /// Gives back the memory of the file pages read so far (see `PDFBytes.releaseReadPages`).
    func releaseReadPages() { bytes.releaseReadPages() }

    /// Object `number` as a dictionary; fails when it is missing, not a dictionary or a stream.
    func dictionary(_ number: Int) throws -> PDFDictionary {
        guard let dictionary = try dictionaryIfPresent(number) else { throw PDFPatchError.notADictionary(number: number) }
        return dictionary
    }

    /// Object `number` as a dictionary, `nil` when it is another kind of object or a stream.
    func dictionaryIfPresent(_ number: Int) throws -> PDFDictionary? {
        if let replaced = changed[number] {
            if case .dictionary(let dictionary) = replaced.object { return dictionary }
            return nil
        }
        var parser = try parser(at: number)
        let object = try parser.readIndirectObject()
        guard case .dictionary(let dictionary) = object.value, !object.isStream else { return nil }
        return dictionary
    }

    /// The `/S` name of dictionary object `number`, read without parsing the rest when it comes early (cairo writes
    /// `/Type` then `/S` first); `nil` when the object is not a dictionary or has no `/S`.
    func structureType(_ number: Int) throws -> String? {
        if let replaced = changed[number] {
            if case .dictionary(let d) = replaced.object, case .name(let s)? = d["S"] { return s }
            return nil
        }
        var parser = try parser(at: number)
        _ = try parser.readInteger()
        _ = try parser.readInteger()
        try parser.expect("obj")
        return try parser.peekDictionaryEntry("S").flatMap { if case .name(let s) = $0 { return s } else { return nil } }
    }

    /// `value` as a dictionary: itself when direct, the object it refers to when indirect.
    func dictionary(resolving value: PDFObject?) throws -> PDFDictionary? {
        switch value {
        case .dictionary(let dictionary)?: return dictionary
        case .reference(let number, _)?: return try dictionaryIfPresent(number)
        default: return nil
        }
    }

    /// Object `number` when it is a stream: its dictionary and its data as stored (still encoded).
    func stream(_ number: Int) throws -> (dictionary: PDFDictionary, data: [UInt8])? {
        if let replaced = changed[number] {
            if case .stream(let dictionary, let data) = replaced.object { return (dictionary, data) }
            return nil
        }
        var parser = try parser(at: number)
        let object = try parser.readIndirectObject()
        guard case .dictionary(let dictionary) = object.value, object.isStream else { return nil }
        guard let length = try integer(resolving: dictionary["Length"]) else {
            throw PDFPatchError.malformed(offset: parser.position, reason: "stream \(number) has no /Length")
        }
        return (dictionary, try parser.readStreamData(length: length))
    }

    /// `value` as an integer: itself when direct, the object it refers to when indirect.
    private func integer(resolving value: PDFObject?) throws -> Int? {
        guard case .reference(let number, _)? = value else { return value?.integer }
        return try self.value(number).integer
    }

    /// `value` as an array: itself when direct, the object it refers to when indirect.
    func array(resolving value: PDFObject?) throws -> [PDFObject]? {
        switch value {
        case .array(let items)?: return items
        case .reference(let number, _)?:
            if case .array(let items) = try self.value(number) { return items }
            return nil
        default: return nil
        }
    }

    /// The value of object `number` as stored in the file (a stream's dictionary for a stream).
    private func value(_ number: Int) throws -> PDFObject {
        var parser = try parser(at: number)
        return try parser.readIndirectObject().value
    }

    /// A parser at the start of object `number`, as found through the cross-reference table.
    private func parser(at number: Int) throws -> PDFParser {
        guard let entry = crossReference[number] else { throw PDFPatchError.objectNotFound(number: number) }
        var parser = PDFParser(bytes: bytes, position: entry.offset)
        let start = parser.position
        let found = try parser.readInteger()
        guard found == number else {
            throw PDFPatchError.malformed(offset: entry.offset, reason: "expected object \(number), found \(found)")
        }
        parser.position = start
        return parser
    }

    /// Replaces object `number`, keeping its generation unless one is given.
    mutating func replace(_ number: Int, generation: Int? = nil, with dictionary: PDFDictionary) {
        changed[number] = (self.generation(of: number, generation), .dictionary(dictionary))
    }

    /// Replaces object `number` with a stream of `data` (already encoded as `dictionary`'s `/Filter` says);
    /// `/Length` is set to the data's length.
    mutating func replaceStream(_ number: Int, dictionary: PDFDictionary, data: [UInt8]) {
        var dictionary = dictionary
        dictionary["Length"] = .number(String(data.count))
        changed[number] = (generation(of: number, nil), .stream(dictionary, data))
    }

    private func generation(of number: Int, _ given: Int?) -> Int {
        given ?? changed[number]?.generation ?? crossReference[number]?.generation ?? 0
    }

    /// Adds a new object and returns a reference to it.
    mutating func add(_ dictionary: PDFDictionary) -> PDFObject {
        let number = size
        size += 1
        changed[number] = (0, .dictionary(dictionary))
        return .reference(number: number, generation: 0)
    }

    /// Adds a new stream object of `data` (stored as it is; `/Length` set) and returns a reference to it.
    mutating func addStream(_ dictionary: PDFDictionary, data: [UInt8]) -> PDFObject {
        let number = size
        size += 1
        replaceStream(number, dictionary: dictionary, data: data)
        return .reference(number: number, generation: 0)
    }

    /// Writes a changed object's body (between `obj` and `endobj`).
    static func write(_ object: Changed, to out: inout [UInt8]) {
        switch object {
        case .dictionary(let dictionary):
            dictionary.write(to: &out)
        case .stream(let dictionary, let data):
            dictionary.write(to: &out)
            out += Array("\nstream\n".utf8)
            out += data
            out += Array("\nendstream".utf8)
        }
    }
}
