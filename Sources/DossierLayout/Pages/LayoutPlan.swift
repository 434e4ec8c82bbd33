import Dossier

/// The outcome of the layout passes: everything known before the first page is drawn.
public struct LayoutPlan: Sendable {
    /// Anchors, headings, page labels and count of the final pass.
    public let pageMap: PageMap
    /// Problems found while laying out.
    public let diagnostics: [Diagnostic]
    /// Passes run until page references settled.
    public let passes: Int
    /// Time each pass took (later passes reuse shaped text, so they cost a fraction of the first).
    public let passDurations: [Duration]
    /// The flow, to lay out again page by page when pages were not retained.
    let blocks: [FlowBlock]
    /// Headings known before pagination.
    let staticHeadings: [HeadingMark]
    /// The final pass's pages, when small enough to keep.
    let retained: [BodyPage]?

    /// Number of pages.
    public var pageCount: Int { pageMap.pageCount }
    /// Size of the first page (the PDF surface is created with it).
    public var firstPageSize: Size? { pageMap.firstPageSize }
}

/// Builds the page map page by page: labels (with `PageNumbering` runs), anchors and headings.
struct PageMapBuilder {
    private(set) var map = PageMap()
    private var style = PageNumberStyle.arabic
    private var n = 0

    mutating func add(_ page: BodyPage) {
        n += 1
        for case .pageNumbering(let s, let start) in page.items { style = s; n = start }
        let label = style.label(n)
        map.pageCount += 1
        map.labels.append(label)
        if map.firstPageSize == nil { map.firstPageSize = page.geometry.size }
        for item in page.items {
            switch item {
            case .anchor(let name, _):
                if map.anchors[name] == nil { map.anchors[name] = label; map.anchorPages[name] = map.pageCount }
            case .heading(let h):
                map.headings.append((h, map.pageCount, label))
            default: break
            }
        }
    }
}

/// Adds headers, footers and markings to body pages, in order (the running header follows the last
/// top-level heading and document part seen).
struct PageComposer {
    let context: LayoutContext
    let document: Document
    let labels: [String]
    private var index = 0
    private var sectionTitle: String? = nil
    private var partReference: String? = nil

    init(context: LayoutContext, document: Document, labels: [String]) {
        self.context = context; self.document = document; self.labels = labels
    }

    mutating func compose(_ page: BodyPage) -> LaidOutPage {
        for case .heading(let h) in page.items where h.level == 1 { sectionTitle = h.title; break }
        var startsPart = false
        for case .partStart(let reference) in page.items { partReference = reference; startsPart = true }
        let label = index < labels.count ? labels[index] : "\(index + 1)"
        index += 1
        // The total printed with "Page X of Y": the last page's number when pages are numbered (front matter
        // in roman numerals does not count), else the page count.
        let total = labels.last.flatMap { Int($0) } ?? labels.count
        let ctx = PageContext(pageNumber: index, pageCount: total, pageLabel: label, sectionTitle: sectionTitle,
                              size: page.geometry.size, partReference: partReference, startsPart: startsPart)
        let furniture = context.furniture(for: page, context: ctx, template: document.pageTemplate, document: document)
        return LaidOutPage(size: page.geometry.size, items: page.items, furniture: furniture, label: label,
                           watermark: document.pageTemplate.watermark)
    }
}
