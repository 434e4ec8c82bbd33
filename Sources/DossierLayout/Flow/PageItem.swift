import Dossier

/// Structure tags of tagged PDF, limited to the names cairo 1.16 accepts (it crashes on any other).
public enum StructureTag: Sendable, Equatable, Hashable {
    case document, paragraph, heading(Int), list, listItem, label, listBody, table, tableRow, headerCell, dataCell
    /// The row groups of a table piece: its header rows, body rows and footer (totals) rows.
    case tableHead, tableBody, tableFooter
    case figure, blockQuote, caption, note, toc, tocItem, division, span

    /// The PDF structure type name.
    public var name: String {
        switch self {
        case .document: return "Document"
        case .paragraph: return "P"
        case .heading(let l): return "H\(min(max(l, 1), 6))"
        case .list: return "L"
        case .listItem: return "LI"
        case .label: return "Lbl"
        case .listBody: return "LBody"
        case .table: return "Table"
        case .tableRow: return "TR"
        case .headerCell: return "TH"
        case .dataCell: return "TD"
        case .tableHead: return "THead"
        case .tableBody: return "TBody"
        case .tableFooter: return "TFoot"
        case .figure: return "Figure"
        case .blockQuote: return "BlockQuote"
        case .caption: return "Caption"
        case .note: return "Note"
        case .toc: return "TOC"
        case .tocItem: return "TOCI"
        case .division: return "Div"
        case .span: return "Span"
        }
    }
}

/// Lines of shaped text placed at a position.
public struct TextItem: Sendable {
    /// The shaped paragraph (shared; the renderer draws its lines without re-breaking).
    public var shaped: ShapedText
    /// Which lines.
    public var lines: Range<Int>
    /// Left edge of the layout box.
    public var x: Points
    /// Top of the first line's box.
    public var y: Points
}

/// A heading placed on a page: the source of contents entries and outline items.
public struct HeadingMark: Sendable, Equatable {
    /// Level 1...6.
    public var level: Int
    /// Printed title (with its label).
    public var title: String
    /// Anchor of the heading.
    public var anchor: String
    /// Listed in contents and outline.
    public var inContents: Bool
    /// Top of the heading on its page.
    public var y: Points
}

/// A positioned piece of page content. Coordinates grow right and down from the top-left of the page.
public enum PageItem: Sendable {
    /// Shaped text lines.
    case text(TextItem)
    /// A filled rectangle.
    case fill(Rect, Color)
    /// A stroked line segment.
    case line(x1: Points, y1: Points, x2: Points, y2: Points, Stroke)
    /// A stroked rectangle outline.
    case border(Rect, Stroke)
    /// A PNG or SVG image; `alt` is nil for an artifact image (decoration, not read out).
    case image(path: String, rect: Rect, alt: String?)
    /// The alternative text of the figure element just opened (a chart): read by screen readers, not drawn.
    case alternateText(String)
    /// A link area.
    case link(Rect, LinkTarget)
    /// A dot leader along a baseline (contents entries).
    case dots(x1: Points, x2: Points, baseline: Points, color: Color)
    /// A named destination.
    case anchor(String, y: Points)
    /// A heading record (drawn as nothing; read for contents and outline).
    case heading(HeadingMark)
    /// The start of a document part (drawn as nothing; read for running headers).
    case partStart(reference: String)
    /// A new run of page labels starting on this page.
    case pageNumbering(PageNumberStyle, startAt: Int)
    /// Opens a structure element.
    case beginTag(StructureTag)
    /// Closes the most recently opened structure element.
    case endTag(StructureTag)

    /// The same item moved by `dx`, `dy`.
    public func offsetBy(dx: Points, dy: Points) -> PageItem {
        switch self {
        case .text(var t): t.x += dx; t.y += dy; return .text(t)
        case .fill(let r, let c): return .fill(r.offsetBy(dx: dx, dy: dy), c)
        case .line(let x1, let y1, let x2, let y2, let s): return .line(x1: x1 + dx, y1: y1 + dy, x2: x2 + dx, y2: y2 + dy, s)
        case .border(let r, let s): return .border(r.offsetBy(dx: dx, dy: dy), s)
        case .image(let p, let r, let a): return .image(path: p, rect: r.offsetBy(dx: dx, dy: dy), alt: a)
        case .link(let r, let t): return .link(r.offsetBy(dx: dx, dy: dy), t)
        case .dots(let x1, let x2, let b, let c): return .dots(x1: x1 + dx, x2: x2 + dx, baseline: b + dy, color: c)
        case .anchor(let n, let y): return .anchor(n, y: y + dy)
        case .heading(var h): h.y += dy; return .heading(h)
        case .beginTag, .endTag, .partStart, .pageNumbering, .alternateText: return self
        }
    }
}

/// Laid-out content of a block or a run of blocks: items relative to its top-left corner, and its height.
public struct Fragment: Sendable {
    /// Items, relative to the fragment.
    public var items: [PageItem]
    /// Height taken in the flow.
    public var height: Points
    /// Footnotes whose marks are in this fragment, to print at the foot of its page.
    var footnotes: [TextBlock] = []
    public init(items: [PageItem] = [], height: Points = 0) { self.items = items; self.height = height }

    /// True when something would be drawn: structure tags, anchors and records alone are not content.
    var hasVisibleContent: Bool {
        items.contains {
            switch $0 {
            case .beginTag, .endTag, .anchor, .heading, .partStart, .pageNumbering, .alternateText: return false
            default: return true
            }
        }
    }

    /// Appends another fragment's items moved by `dx`, `dy`.
    public mutating func append(_ other: Fragment, dx: Points, dy: Points) {
        items.reserveCapacity(items.count + other.items.count)
        for item in other.items { items.append(item.offsetBy(dx: dx, dy: dy)) }
        footnotes += other.footnotes
    }
}
