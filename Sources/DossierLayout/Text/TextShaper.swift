import Dossier

/// Everything that decides how a paragraph breaks into lines: the cache key of shaping.
public struct TextRequest: Sendable, Hashable {
    /// The text and its styled runs.
    public var text: StyledText
    /// Font, alignment, indents, direction, line height.
    public var style: ParagraphStyle
    /// The width lines are broken to (the frame width minus start and end indents).
    public var width: Points
    public init(text: StyledText, style: ParagraphStyle, width: Points) { self.text = text; self.style = style; self.width = width }
}

/// One line as the shaper broke it.
public struct ShapedLine: Sendable, Equatable {
    /// First byte of the line in the text.
    public var start: Int
    /// Byte length.
    public var length: Int
    /// Offset of the line's left edge from the layout box's left edge (alignment, indent).
    public var x: Points
    /// Ink advance of the line.
    public var width: Points
    /// Height above the baseline.
    public var ascent: Points
    /// Depth below the baseline.
    public var descent: Points
    public init(start: Int, length: Int, x: Points, width: Points, ascent: Points, descent: Points) {
        self.start = start; self.length = length; self.x = x; self.width = width; self.ascent = ascent; self.descent = descent
    }
}

/// A link area inside shaped text.
public struct LinkBox: Sendable, Equatable {
    /// Line index.
    public var line: Int
    /// Left edge relative to the layout box.
    public var x: Points
    /// Width.
    public var width: Points
    /// Target.
    public var target: LinkTarget
    public init(line: Int, x: Points, width: Points, target: LinkTarget) {
        self.line = line; self.x = x; self.width = width; self.target = target
    }
}

/// The result of shaping a paragraph: its lines. Immutable and shared by the fragments that draw it.
public final class ShapedText: Sendable {
    /// What was shaped.
    public let request: TextRequest
    /// The lines in order.
    public let lines: [ShapedLine]
    /// Link areas.
    public let links: [LinkBox]
    /// Characters no font could draw (fallback failed).
    public let unknownGlyphs: Int

    public init(request: TextRequest, lines: [ShapedLine], links: [LinkBox] = [], unknownGlyphs: Int = 0) {
        self.request = request; self.lines = lines; self.links = links; self.unknownGlyphs = unknownGlyphs
    }

    /// Height of line `i`'s box: the style's line height, or the font's natural one.
    public func lineHeight(_ i: Int) -> Points {
        let l = lines[i]
        return request.style.lineHeight ?? (l.ascent + l.descent)
    }
    /// Baseline of line `i` measured from the top of its line box.
    public func baseline(_ i: Int) -> Points {
        let l = lines[i]
        return (lineHeight(i) - (l.ascent + l.descent)) / 2 + l.ascent
    }
    /// Total height of lines `range`.
    public func height(of range: Range<Int>) -> Points { range.reduce(0) { $0 + lineHeight($1) } }
}

/// Measures and breaks text. The layout engine sees text only through this protocol:
/// Pango in production, a deterministic monospace fake in tests.
public protocol TextShaper: AnyObject {
    /// Breaks `request.text` into lines at `request.width`.
    func shape(_ request: TextRequest) -> ShapedText
    /// The narrowest width the text can take (its longest unbreakable word) and its width on one line.
    func contentWidths(_ text: StyledText, style: ParagraphStyle) -> (minimum: Points, maximum: Points)
}
