/// How a paragraph of text is set: font, leading, alignment, spacing and breaking rules.
public struct ParagraphStyle: Sendable, Equatable, Hashable {
    /// The base font of the paragraph's runs.
    public var font: FontSpec
    /// Baseline-to-baseline distance. `nil` uses the font's natural line height.
    public var lineHeight: Points?
    /// Horizontal alignment.
    public var alignment: TextAlignment
    /// Indent of the first line (points, may be negative for hanging indents).
    public var firstLineIndent: Points
    /// Indent of every line from the start side.
    public var startIndent: Points
    /// Indent of every line from the end side.
    public var endIndent: Points
    /// Space above the paragraph; dropped at the top of a page.
    public var spaceBefore: Points
    /// Space below the paragraph.
    public var spaceAfter: Points
    /// Minimum lines left at the foot of a page when the paragraph breaks (orphans).
    public var orphans: Int
    /// Minimum lines carried to the top of the next page (widows).
    public var widows: Int
    /// Keep this paragraph on the same page as the start of the next block.
    public var keepWithNext: Bool
    /// Text colour.
    public var color: Color
    /// Writing direction.
    public var direction: TextDirection
    /// BCP 47 language of the text (line breaking, glyph forms such as Simplified Chinese); nil: unspecified.
    public var language: String? = nil
    /// Long words of body text may be broken with a hyphen at the line end (the language's patterns, issue 15). Off for
    /// headings, captions, notes and page furniture in the standard stylesheet; the layout engine never hyphenates a
    /// heading, a caption, a contents entry or a table cell narrower than 15 characters, whatever this says.
    public var hyphenate: Bool = true

    public init(font: FontSpec, lineHeight: Points? = nil, alignment: TextAlignment = .start,
                firstLineIndent: Points = 0, startIndent: Points = 0, endIndent: Points = 0,
                spaceBefore: Points = 0, spaceAfter: Points = 0, orphans: Int = 2, widows: Int = 2,
                keepWithNext: Bool = false, color: Color = .black, direction: TextDirection = .auto) {
        self.font = font; self.lineHeight = lineHeight; self.alignment = alignment
        self.firstLineIndent = firstLineIndent; self.startIndent = startIndent; self.endIndent = endIndent
        self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter
        self.orphans = orphans; self.widows = widows; self.keepWithNext = keepWithNext
        self.color = color; self.direction = direction
    }
}
