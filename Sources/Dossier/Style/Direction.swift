/// Writing direction of a document, section or paragraph.
public enum TextDirection: String, Sendable, Equatable, Hashable {
    /// Left to right (English, French, Russian, Spanish, Chinese).
    case leftToRight
    /// Right to left (Arabic).
    case rightToLeft
    /// Taken from the first strong character of the text.
    case auto
}

/// Horizontal alignment, expressed relative to the writing direction.
public enum TextAlignment: String, Sendable, Equatable, Hashable {
    /// The side where lines start: left in LTR, right in RTL.
    case start
    /// The side where lines end: right in LTR, left in RTL.
    case end
    /// Centred.
    case center
    /// Both edges aligned; the last line aligns to the start.
    case justified
}
