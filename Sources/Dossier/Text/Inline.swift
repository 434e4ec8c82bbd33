/// Character-level styling of a run. Maps to Pango attributes, never to markup.
public struct InlineStyle: Sendable, Equatable, Hashable {
    /// Bold weight.
    public var bold: Bool = false
    /// Italic face.
    public var italic: Bool = false
    /// Raised and smaller (footnote marks).
    public var superscript: Bool = false
    /// Text colour override.
    public var color: Color? = nil
    /// Target of a link on this run.
    public var link: LinkTarget? = nil
    /// Font size override in points.
    public var fontSize: Points? = nil
    public init(bold: Bool = false, italic: Bool = false, superscript: Bool = false, color: Color? = nil,
                link: LinkTarget? = nil, fontSize: Points? = nil) {
        self.bold = bold; self.italic = italic; self.superscript = superscript; self.color = color; self.link = link
        self.fontSize = fontSize
    }
}

/// Where a link points.
public enum LinkTarget: Sendable, Equatable, Hashable {
    /// An external URI, percent-encoded when written.
    case uri(String)
    /// An anchor in the same document.
    case anchor(String)
}

/// One piece of inline content.
public enum Inline: Sendable, Equatable, Hashable {
    /// Plain text from data or the template, never parsed as markup.
    case text(String, InlineStyle)
    /// The page number of an anchor, resolved during layout; links to the anchor.
    case pageRef(String, InlineStyle)
    /// The pages from one anchor to another ("5–9", or "5" when both are on one page); links to the first.
    case pageRange(String, String, InlineStyle)
    /// A footnote: a mark in the text, the note at the foot of the page.
    case footnote([Inline])
}

/// Inline content built from typed runs: `Text("a") + Text("b").bold()`.
public struct Text: Sendable, Equatable, Hashable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    /// The runs in logical order.
    public var runs: [Inline]

    /// Plain text.
    public init(_ string: String) { runs = [.text(string, InlineStyle())] }
    public init(stringLiteral value: String) { self.init(value) }
    /// Runs as they are.
    public init(runs: [Inline]) { self.runs = runs }

    /// Concatenation keeps each side's styling.
    public static func + (lhs: Text, rhs: Text) -> Text { Text(runs: lhs.runs + rhs.runs) }

    /// Applies a change to the style of every text run.
    public func styled(_ change: (inout InlineStyle) -> Void) -> Text {
        Text(runs: runs.map { run in
            switch run {
            case .text(let s, var style): change(&style); return .text(s, style)
            case .pageRef(let a, var style): change(&style); return .pageRef(a, style)
            case .pageRange(let a, let b, var style): change(&style); return .pageRange(a, b, style)
            case .footnote: return run
            }
        })
    }
    /// Bold runs.
    public func bold() -> Text { styled { $0.bold = true } }
    /// Italic runs.
    public func italic() -> Text { styled { $0.italic = true } }
    /// Coloured runs.
    public func color(_ c: Color) -> Text { styled { $0.color = c } }
    /// Runs at another font size (give the paragraph or cell a natural line height).
    public func size(_ points: Points) -> Text { styled { $0.fontSize = points } }
    /// Runs that link to a URI or an anchor.
    public func link(_ target: LinkTarget) -> Text { styled { $0.link = target } }

    /// A page reference: prints the page number of `anchor` and links to it.
    public static func pageRef(_ anchor: String) -> Text {
        Text(runs: [.pageRef(anchor, InlineStyle(link: .anchor(anchor)))])
    }
    /// A page range between two anchors, linking to the first.
    public static func pageRange(_ from: String, _ to: String) -> Text {
        Text(runs: [.pageRange(from, to, InlineStyle(link: .anchor(from)))])
    }
    /// A footnote mark whose note is `content`.
    public static func footnote(_ content: Text) -> Text { Text(runs: [.footnote(content.runs)]) }

    /// The plain text of the text runs (page references and footnotes excluded).
    public var plainText: String {
        runs.map { if case .text(let s, _) = $0 { return s } else { return "" } }.joined()
    }
    /// True when there is no visible content.
    public var isEmpty: Bool { runs.allSatisfy { if case .text(let s, _) = $0 { return s.isEmpty } else { return false } } }
}
