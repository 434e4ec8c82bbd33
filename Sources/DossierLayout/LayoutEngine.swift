import Dossier

/// Paginates documents: flattens the tree, fills pages, resolves forward references by laying out again
/// until page numbers stop changing (at most `maxPasses`), then adds headers, footers and markings.
public final class LayoutEngine {
    /// The shaper (Pango in production, the monospace fake in tests).
    public let shaper: TextShaper
    /// Limits.
    public let options: LayoutOptions

    public init(shaper: TextShaper, options: LayoutOptions = LayoutOptions()) {
        self.shaper = shaper; self.options = options
    }

    /// Lays out a document.
    public func layout(_ document: Document) -> LaidOutDocument {
        var flattener = Flattener(document: document, images: ImageInfoReader())
        let blocks = flattener.flatten()
        let staticHeadings = Self.headings(in: blocks)
        var pageMap = PageMap()
        var diagnostics = flattener.diagnostics
        var body: [BodyPage] = []
        var context: LayoutContext!
        var passes = 0
        var converged = false
        while passes < options.maxPasses {
            passes += 1
            context = LayoutContext(shaper: shaper, sheet: document.stylesheet, pageMap: pageMap, staticHeadings: staticHeadings)
            body = context.paginate(blocks, geometry: document.geometry, options: options)
            let next = Self.pageMap(of: body)
            if !context.usedPageMap || next == pageMap { pageMap = next; converged = true; break }
            pageMap = next
        }
        diagnostics += context.diagnostics
        if !converged {
            diagnostics.append(Diagnostic(.warning, "page references did not settle after \(options.maxPasses) layout passes"))
        }
        for anchor in context.unknownAnchors.sorted() {
            diagnostics.append(Diagnostic(.warning, "page reference to unknown anchor \"\(anchor)\""))
        }
        var pages: [LaidOutPage] = []
        pages.reserveCapacity(body.count)
        var sectionTitle: String? = nil
        var partReference: String? = nil
        let labels = Self.pageLabels(body)
        let beforeFurniture = context.diagnostics.count
        for (i, page) in body.enumerated() {
            for case .heading(let h) in page.items where h.level == 1 { sectionTitle = h.title; break }
            var startsPart = false
            for case .partStart(let reference) in page.items { partReference = reference; startsPart = true }
            let label = labels[i]
            let ctx = PageContext(pageNumber: i + 1, pageCount: body.count, pageLabel: label, sectionTitle: sectionTitle,
                                  size: page.geometry.size, partReference: partReference, startsPart: startsPart)
            let furniture = context.furniture(for: page, context: ctx, template: document.pageTemplate, document: document)
            pages.append(LaidOutPage(size: page.geometry.size, items: page.items + furniture, label: label,
                                     watermark: document.pageTemplate.watermark))
        }
        // Why counted before the furniture: counting from `diagnostics` dropped as many furniture warnings as
        // there were unknown-anchor and convergence warnings.
        diagnostics += context.diagnostics[beforeFurniture...]
        return LaidOutDocument(pages: pages, pageMap: pageMap, diagnostics: dedupe(diagnostics), passes: passes)
    }

    private func dedupe(_ d: [Diagnostic]) -> [Diagnostic] {
        var seen: [Diagnostic] = []
        for x in d where !seen.contains(x) { seen.append(x) }
        return seen
    }

    /// Headings known before pagination (for contents entries in the first pass).
    static func headings(in blocks: [FlowBlock]) -> [HeadingMark] {
        var out: [HeadingMark] = []
        for b in blocks {
            switch b {
            case .text(let t): if let h = t.heading { out.append(h) }
            case .container(let c): out += headings(in: c.children)
            default: break
            }
        }
        return out
    }

    /// Page labels: arabic from 1 unless `pageNumbering` marks start other runs.
    static func pageLabels(_ pages: [BodyPage]) -> [String] {
        var style = PageNumberStyle.arabic
        var n = 0
        return pages.map { page in
            n += 1
            for case .pageNumbering(let s, let start) in page.items { style = s; n = start }
            return style.label(n)
        }
    }

    /// Anchors and headings with their pages.
    static func pageMap(of pages: [BodyPage]) -> PageMap {
        var map = PageMap()
        map.pageCount = pages.count
        let labels = pageLabels(pages)
        for (i, page) in pages.enumerated() {
            let label = labels[i]
            for item in page.items {
                switch item {
                case .anchor(let name, _):
                    if map.anchors[name] == nil { map.anchors[name] = label; map.anchorPages[name] = i + 1 }
                case .heading(let h):
                    map.headings.append((h, i + 1, label))
                default: break
                }
            }
        }
        return map
    }
}
