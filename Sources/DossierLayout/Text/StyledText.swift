import Dossier

/// A run of styling over a byte range of a `StyledText`.
public struct StyleSpan: Sendable, Hashable {
    /// Start, in UTF-8 bytes.
    public var start: Int
    /// End (exclusive), in UTF-8 bytes.
    public var end: Int
    /// The styling.
    public var style: InlineStyle
    public init(start: Int, end: Int, style: InlineStyle) { self.start = start; self.end = end; self.style = style }
}

/// Plain text plus styled byte ranges: what a shaper receives. Never markup.
public struct StyledText: Sendable, Hashable {
    /// The characters.
    public var string: String
    /// Styled ranges (only those that differ from the paragraph style).
    public var spans: [StyleSpan]
    public init(_ string: String, spans: [StyleSpan] = []) { self.string = string; self.spans = spans }

    /// Appends text with a style.
    public mutating func append(_ s: String, style: InlineStyle) {
        let start = string.utf8.count
        string += s
        if style != InlineStyle() && !s.isEmpty {
            spans.append(StyleSpan(start: start, end: string.utf8.count, style: style))
        }
    }

    /// The words of the text (for content-conservation checks).
    public var words: [Substring] { string.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) }
}
