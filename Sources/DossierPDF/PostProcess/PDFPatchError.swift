/// Why an existing PDF could not be read or patched.
public enum PDFPatchError: Error, Equatable, CustomStringConvertible {
    /// No `startxref` keyword near the end of the file.
    case missingStartXRef
    /// The cross-reference section at `offset` is a compressed xref stream (PDF 1.5+), which is not supported.
    case xrefStreamUnsupported(offset: Int)
    /// Malformed syntax at `offset`.
    case malformed(offset: Int, reason: String)
    /// The trailer lacks a required entry (e.g. `/Root`).
    case missingTrailerEntry(String)
    /// Object `number` is not in the cross-reference table (or is free).
    case objectNotFound(number: Int)
    /// Object `number` is not a dictionary, or is a stream, so it cannot be rewritten as a dictionary.
    case notADictionary(number: Int)
    /// A structure element is a direct object, so it cannot be replaced on its own.
    case directStructureElement
    /// The number of alternate texts differs from the number of Figure structure elements.
    case figureCountMismatch(figures: Int, alternateTexts: Int)
    /// The structure tree holds another number of elements of a type than the languages given for them.
    case elementCountMismatch(type: String, elements: Int, expected: Int)
    /// A stream's data cannot be decoded (the reason says why).
    case badStream(String)
    /// A page holds a different number of form XObjects than the artifact groups drawn on it.
    case artifactCountMismatch(page: Int, drawn: Int, found: Int)
    /// The file at the path cannot be read, or is empty.
    case unreadable(String)
    /// The update cannot be appended to the file at the path.
    case unwritable(String)

    public var description: String {
        switch self {
        case .missingStartXRef: return "PDF has no startxref keyword"
        case .xrefStreamUnsupported(let offset):
            return "PDF uses a cross-reference stream at byte \(offset); only classic xref tables are supported"
        case .malformed(let offset, let reason): return "malformed PDF at byte \(offset): \(reason)"
        case .missingTrailerEntry(let key): return "PDF trailer has no /\(key)"
        case .objectNotFound(let number): return "PDF object \(number) is not in the cross-reference table"
        case .notADictionary(let number): return "PDF object \(number) is not a plain dictionary"
        case .directStructureElement: return "PDF has a structure element stored as a direct object"
        case .figureCountMismatch(let figures, let texts):
            return "PDF has \(figures) Figure structure elements but \(texts) alternate texts were given"
        case .elementCountMismatch(let type, let elements, let expected):
            return "PDF has \(elements) \(type) structure elements but \(expected) were drawn"
        case .badStream(let reason): return "PDF stream cannot be decoded: \(reason)"
        case .artifactCountMismatch(let page, let drawn, let found):
            return "PDF page \(page) has \(found) form XObjects but \(drawn) artifact groups were drawn on it"
        case .unreadable(let path): return "\(path): cannot read the PDF"
        case .unwritable(let path): return "\(path): cannot append to the PDF"
        }
    }
}
