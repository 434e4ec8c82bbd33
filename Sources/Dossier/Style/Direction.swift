/// Writing direction of a document, section or paragraph.
public enum TextDirection: String, Sendable, Equatable, Hashable {
    /// Left to right (English, French, Russian, Spanish, Chinese).
    case leftToRight
    /// Right to left (Arabic).
    case rightToLeft
    /// Inherited: a paragraph takes its region's direction (or its own language's, when it is marked as another
    /// language than the document's); a document takes its language's. Only text shaped outside a document is
    /// left to the shaper's guess from the first strong character.
    case auto

    /// The direction a language is written in: right to left for Arabic, Persian, Urdu, Hebrew and the other
    /// languages written in those scripts; left to right for the rest. Tags are BCP 47 ("ar", "ar-EG").
    public init(language tag: String) {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        self = Self.rightToLeftLanguages.contains(primary) ? .rightToLeft : .leftToRight
    }

    private static let rightToLeftLanguages: Set<String> = ["ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr",
                                                            "ug", "ur", "yi"]
}

/// Horizontal alignment, expressed relative to the writing direction of the region the text is set in (start: the right
/// in an Arabic document, also for a passage marked as English there, whose text runs left to right).
public enum TextAlignment: String, Sendable, Equatable, Hashable {
    /// The side where lines start: left in LTR, right in RTL.
    case start
    /// The side where lines end: right in LTR, left in RTL.
    case end
    /// Centred.
    case center
    /// Both edges aligned; the last line aligns to the start.
    case justified

    /// The same side seen from the opposite direction: start and end swap (a left-aligned English line in an
    /// Arabic region is end-aligned there); centred and justified stay.
    public var swappingSides: TextAlignment {
        switch self {
        case .start: return .end
        case .end: return .start
        case .center, .justified: return self
        }
    }
}
