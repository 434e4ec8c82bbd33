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

/// A character of shaped text that no font of the paragraph's font stack has.
public struct MissingCharacter: Sendable, Equatable, Hashable {
    /// The character.
    public var scalar: Unicode.Scalar
    /// Its byte offset in the shaped text.
    public var offset: Int
    /// The font the system would have drawn it with instead (nil: none has it).
    public var fallback: String?
    public init(scalar: Unicode.Scalar, offset: Int, fallback: String?) {
        self.scalar = scalar; self.offset = offset; self.fallback = fallback
    }
    /// "U+0627".
    public var codePoint: String { "U+" + String(String(scalar.value, radix: 16, uppercase: true).leftPadded(4)) }
}

extension String {
    fileprivate func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
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
    /// Characters that no font of the style's stack has (drawn from another font, or not at all): a render error.
    public let missingCharacters: [MissingCharacter]

    public init(request: TextRequest, lines: [ShapedLine], links: [LinkBox] = [], unknownGlyphs: Int = 0,
                missingCharacters: [MissingCharacter] = []) {
        self.request = request; self.lines = lines; self.links = links; self.unknownGlyphs = unknownGlyphs
        self.missingCharacters = missingCharacters
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
    /// The pieces of `text` between its line-break opportunities (each without the spaces around it), in order:
    /// words in English, single ideographs (with the punctuation that may not start or end a line) in Chinese.
    /// Soft hyphens are not counted as opportunities: a piece is a whole word.
    func unbreakableSegments(_ text: String, style: ParagraphStyle) -> [Substring]
    /// The document's pages are no longer kept until drawing (they are laid out again page by page as they are
    /// drawn): what is shaped from now on is used within a page, so a shaper's caches can shrink to that.
    func pagesAreNotKept()
}

extension TextShaper {
    public func pagesAreNotKept() {}

    /// Words split at spaces, after hyphens and slashes and at zero-width spaces (a shaper that knows no better).
    public func unbreakableSegments(_ text: String, style: ParagraphStyle) -> [Substring] { Self.wordSegments(text) }

    /// The words of `text`, split at spaces, after hyphens and slashes and at zero-width spaces: the break opportunities
    /// of text in the Latin, Greek and Cyrillic scripts as far as column widths are concerned.
    public static func wordSegments(_ text: String) -> [Substring] {
        var pieces: [Substring] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{200B}" }) {
            var start = word.startIndex
            for i in word.indices where word[i] == "-" || word[i] == "/" {
                let after = word.index(after: i)
                pieces.append(word[start..<after])
                start = after
            }
            if start < word.endIndex { pieces.append(word[start...]) }
        }
        return pieces
    }
}
