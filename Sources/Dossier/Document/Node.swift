/// The document tree: immutable values built by the DSL and read by the layout engine.
public indirect enum Node: Sendable {
    /// A paragraph of inline text.
    case paragraph(ParagraphNode)
    /// A heading outside of a section (sections make their own).
    case heading(HeadingNode)
    /// A titled section whose heading level follows its nesting.
    case section(SectionNode)
    /// A bulleted, numbered, lettered or roman list.
    case list(ListNode)
    /// An indented quotation with an optional attribution.
    case quote(QuoteNode)
    /// A bordered and/or shaded box around blocks; splits across pages.
    case box(BoxNode)
    /// Blocks kept on one page when they fit on one.
    case keepTogether([Node], SourceLocation)
    /// A horizontal rule.
    case rule(RuleNode)
    /// Vertical space.
    case spacer(Points)
    /// A forced page break, optionally switching page geometry.
    case pageBreak(PageBreakNode)
    /// A raster image (PNG).
    case image(ImageNode)
    /// A horizontal bar chart.
    case chart(ChartNode)
    /// A timeline of events.
    case timeline(TimelineNode)
    /// A table; its model also feeds CSV export.
    case table(TableNode)
    /// A table of contents generated from headings.
    case tableOfContents(TOCNode)
    /// An anchor marking a position, target of links and page references.
    case anchor(String)
    /// From this page on, pages are labelled in this style (front matter i, ii …, then 1, 2 …).
    case pageNumbering(PageNumberStyle, startAt: Int)
    /// A document bound into a larger one (a briefing pack): its own outline entry, running-header
    /// reference and paragraph numbering; page numbers run on.
    case part(PartNode)
}

/// How page labels are written.
public enum PageNumberStyle: String, Sendable, Equatable, Hashable {
    /// 1, 2, 3
    case arabic
    /// i, ii, iii
    case lowerRoman
    /// The label of page `n` of the run.
    public func label(_ n: Int) -> String { self == .arabic ? "\(n)" : ListMarker.roman(n) }
}

/// A document inside a pack.
public struct PartNode: Sendable {
    /// Stable id; anchors `part-<id>` and `part-<id>-end` mark its first and last page.
    public var id: String
    /// Title: the top-level outline entry.
    public var title: String
    /// Reference printed in the running header of its pages.
    public var reference: String
    /// Content.
    public var content: [Node]
    /// Continue on a right-hand page (duplex printing).
    public var toOddPage: Bool
    /// Id of the bound document, which names its annex CSV files; `nil` for the pack's own parts.
    public var documentId: String?
    public init(id: String, title: String, reference: String, content: [Node], toOddPage: Bool = false, documentId: String? = nil) {
        self.id = id; self.title = title; self.reference = reference; self.content = content; self.toOddPage = toOddPage
        self.documentId = documentId
    }
    /// Anchor at the start of the part.
    public var startAnchor: String { "part-\(id)" }
    /// Anchor at the end of the part.
    public var endAnchor: String { "part-\(id)-end" }
}

/// Paragraph-level overrides applied on top of the stylesheet style of a block's role.
public struct StyleOverrides: Sendable, Equatable, Hashable {
    public var alignment: TextAlignment?
    public var spaceBefore: Points?
    public var spaceAfter: Points?
    public var firstLineIndent: Points?
    public var startIndent: Points?
    public var fontSize: Points?
    public var bold: Bool?
    public var italic: Bool?
    public var keepWithNext: Bool?
    public var direction: TextDirection?
    /// The language of the text when it differs from the document's (BCP 47): its direction, line breaking and
    /// glyph forms follow it; alignment stays relative to the region.
    public var language: String?
    public var widows: Int?
    public var orphans: Int?
    public var color: Color?
    public var lineHeight: Points?
    /// Use the font's natural line height instead of the style's fixed one (mixed sizes in one paragraph).
    public var naturalLineHeight: Bool?
    public init() {}

    /// The base style with these overrides applied.
    /// Builds overrides with a closure: `StyleOverrides { $0.fontSize = 9 }`.
    public init(_ build: (inout StyleOverrides) -> Void) { self.init(); build(&self) }

    public func apply(to base: ParagraphStyle) -> ParagraphStyle {
        var s = base
        if let v = alignment { s.alignment = v }
        if let v = spaceBefore { s.spaceBefore = v }
        if let v = spaceAfter { s.spaceAfter = v }
        if let v = firstLineIndent { s.firstLineIndent = v }
        if let v = startIndent { s.startIndent = v }
        if let v = fontSize {
            if let lh = s.lineHeight { s.lineHeight = (lh * v / s.font.size).rounded() }
            s.font.size = v
        }
        if let v = bold { s.font.weight = v ? .bold : .regular }
        if let v = italic { s.font.italic = v }
        if let v = keepWithNext { s.keepWithNext = v }
        if let v = direction { s.direction = v }
        if let v = language { s.language = v; if direction == nil { s.direction = .auto } }
        if let v = widows { s.widows = v }
        if let v = orphans { s.orphans = v }
        if let v = color { s.color = v }
        if let v = lineHeight { s.lineHeight = v }
        if naturalLineHeight == true { s.lineHeight = nil }
        return s
    }
}

/// A paragraph in the tree.
public struct ParagraphNode: Sendable {
    /// Inline content.
    public var text: Text
    /// Overrides of the body style.
    public var overrides: StyleOverrides
    /// Counted in the document's consecutive paragraph numbering (UN style).
    public var numbered: Bool
    /// Anchor for links and page references.
    public var anchor: String?
    /// Where the template created it.
    public var source: SourceLocation
    public init(text: Text, overrides: StyleOverrides = StyleOverrides(), numbered: Bool = false,
                anchor: String? = nil, source: SourceLocation) {
        self.text = text; self.overrides = overrides; self.numbered = numbered; self.anchor = anchor; self.source = source
    }
}

/// A heading with an explicit level.
public struct HeadingNode: Sendable {
    /// Heading text.
    public var text: Text
    /// Level 1...6.
    public var level: Int
    /// A label printed before the text ("I.", "A.", "(a)"); `nil` uses the document's heading numbering.
    public var label: String?
    /// Listed in the contents and the PDF outline.
    public var inContents: Bool
    /// Overrides of the heading style.
    public var overrides: StyleOverrides
    /// Anchor; generated from the heading's position when absent.
    public var anchor: String?
    /// Where the template created it.
    public var source: SourceLocation
    public init(text: Text, level: Int, label: String? = nil, inContents: Bool = true,
                overrides: StyleOverrides = StyleOverrides(), anchor: String? = nil, source: SourceLocation) {
        self.text = text; self.level = level; self.label = label; self.inContents = inContents
        self.overrides = overrides; self.anchor = anchor; self.source = source
    }
}

/// A section: a heading one level below its parent section, then its content.
public struct SectionNode: Sendable {
    /// Title; an untitled section only groups content (for direction or orientation).
    public var title: Text?
    /// Content blocks.
    public var content: [Node]
    /// Writing direction of the content, when it differs from the parent.
    public var direction: TextDirection?
    /// Page geometry change for this section (landscape annexes); the page breaks before and after.
    public var orientation: Orientation?
    /// Start on a new page.
    public var startsOnNewPage: Bool
    /// Excluded from automatic heading numbering.
    public var unnumbered: Bool
    /// Listed in the contents and outline.
    public var inContents: Bool
    /// Anchor for the heading.
    public var anchor: String?
    /// Where the template created it.
    public var source: SourceLocation
    public init(title: Text?, content: [Node], direction: TextDirection? = nil, orientation: Orientation? = nil,
                startsOnNewPage: Bool = false, unnumbered: Bool = false, inContents: Bool = true,
                anchor: String? = nil, source: SourceLocation) {
        self.title = title; self.content = content; self.direction = direction; self.orientation = orientation
        self.startsOnNewPage = startsOnNewPage; self.unnumbered = unnumbered; self.inContents = inContents
        self.anchor = anchor; self.source = source
    }
}

/// Labels of list items.
public enum ListMarker: Sendable, Equatable, Hashable {
    /// A bullet character.
    case bullet(String)
    /// 1. 2. 3.
    case numbered
    /// (a) (b) (c)
    case lettered
    /// (i) (ii) (iii)
    case roman
    /// Labels given per item.
    case custom
    /// Labels in a named numbering style: a) b), (أ) (ب), ㈠ ㈡ … (`HeadingNumberStyle.label`; `.none` gives "").
    case styled(HeadingNumberStyle)
}

/// One list item: an optional explicit label and its blocks (which may hold nested lists).
public struct ListItemNode: Sendable {
    /// Explicit label (used with `.custom`, or overriding the generated one).
    public var label: String?
    /// Item content.
    public var content: [Node]
    public init(label: String? = nil, content: [Node]) { self.label = label; self.content = content }
}

/// A list.
public struct ListNode: Sendable {
    /// Marker kind.
    public var marker: ListMarker
    /// Items in order.
    public var items: [ListItemNode]
    /// First ordinal for numbered, lettered and roman lists.
    public var start: Int
    /// Where the template created it.
    public var source: SourceLocation
    public init(marker: ListMarker, items: [ListItemNode], start: Int = 1, source: SourceLocation) {
        self.marker = marker; self.items = items; self.start = start; self.source = source
    }
}

/// A block quotation.
public struct QuoteNode: Sendable {
    /// Paragraphs of the quotation.
    public var paragraphs: [Text]
    /// Attribution line ("said Mr. Voronkov").
    public var attribution: Text?
    /// The language of the quotation when it differs from the document's (a quote in its original language): it is
    /// then set in that language's direction and line breaking, and its structure element carries its own `/Lang`.
    /// The attribution stays in the document's language.
    public var language: String?
    /// Where the template created it.
    public var source: SourceLocation
    public init(paragraphs: [Text], attribution: Text?, source: SourceLocation) {
        self.paragraphs = paragraphs; self.attribution = attribution; self.source = source
    }
}

/// A box around content.
public struct BoxNode: Sendable {
    /// Content blocks.
    public var content: [Node]
    /// Border, if any.
    public var border: Stroke?
    /// Background fill, if any.
    public var background: Color?
    /// Inner padding.
    public var padding: EdgeInsets
    /// Space above and below the box.
    public var spacing: Points
    /// Where the template created it.
    public var source: SourceLocation
    public init(content: [Node], border: Stroke?, background: Color?, padding: EdgeInsets, spacing: Points, source: SourceLocation) {
        self.content = content; self.border = border; self.background = background
        self.padding = padding; self.spacing = spacing; self.source = source
    }
}

/// A horizontal rule.
public struct RuleNode: Sendable {
    /// Line style.
    public var stroke: Stroke
    /// Space above and below.
    public var spacing: Points
    public init(stroke: Stroke, spacing: Points) { self.stroke = stroke; self.spacing = spacing }
}

/// A page break.
public struct PageBreakNode: Sendable {
    /// Geometry of the pages from here on; `nil` keeps the current one.
    public var geometry: PageGeometry?
    /// Continue on an odd (right-hand) page, inserting a blank page if needed (duplex printing).
    public var toOddPage: Bool
    public init(geometry: PageGeometry? = nil, toOddPage: Bool = false) { self.geometry = geometry; self.toOddPage = toOddPage }
}

/// An image: a PNG, or an SVG drawn as vectors.
public struct ImageNode: Sendable {
    /// File path of the PNG or SVG.
    public var path: String
    /// Alternative text for screen readers (required).
    public var alt: String
    /// Drawn width; height follows the aspect ratio.
    public var width: Points?
    /// Drawn height; width follows the aspect ratio.
    public var height: Points?
    /// Horizontal placement.
    public var alignment: TextAlignment
    /// Where the template created it.
    public var source: SourceLocation
    /// Drawn as an artifact (not read out, no alt text in the structure tree) instead of a tagged Figure.
    public var isArtifact: Bool = false
    public init(path: String, alt: String, width: Points?, height: Points?, alignment: TextAlignment, source: SourceLocation) {
        self.path = path; self.alt = alt; self.width = width; self.height = height; self.alignment = alignment; self.source = source
    }
}

/// A table of contents.
public struct TOCNode: Sendable {
    /// Deepest heading level listed.
    public var maxLevel: Int
    /// Where the template created it.
    public var source: SourceLocation
    public init(maxLevel: Int, source: SourceLocation) { self.maxLevel = maxLevel; self.source = source }
}
