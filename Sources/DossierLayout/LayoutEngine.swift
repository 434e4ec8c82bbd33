import Dossier

/// Paginates documents: flattens the tree, fills pages, resolves forward references by laying out again
/// until page numbers stop changing (at most `maxPasses`), then adds headers, footers and markings.
public final class LayoutEngine {
    /// The shaper (Pango in production, the monospace fake in tests).
    public let shaper: TextShaper
    /// Limits.
    public let options: LayoutOptions
    /// Hyphenation patterns for body text (nil: no hyphenation). `DossierPDF.LibHyphenHyphenator` in production.
    public let hyphenator: Hyphenator?

    public init(shaper: TextShaper, options: LayoutOptions = LayoutOptions(), hyphenator: Hyphenator? = nil) {
        self.shaper = shaper; self.options = options; self.hyphenator = hyphenator
    }

    /// Lays out a document, keeping every page (tests, small documents).
    public func layout(_ document: Document) -> LaidOutDocument {
        let plan = self.plan(document, retainPages: true)
        var pages: [LaidOutPage] = []
        pages.reserveCapacity(plan.pageCount)
        let furnitureDiagnostics = emit(plan, document) { pages.append($0) }
        return LaidOutDocument(pages: pages, pageMap: plan.pageMap, diagnostics: dedupe(plan.diagnostics + furnitureDiagnostics),
                               passes: plan.passes)
    }

    /// Runs the layout passes until page references settle (at most `maxPasses`) and returns what the
    /// renderer needs before the first page is drawn: the page map, diagnostics and page count.
    /// - Parameter retainPages: keep the final pass's pages however large; otherwise they are kept only
    ///   while they hold at most `options.retainedItemBudget` items, and `emit` lays out once more.
    public func plan(_ document: Document, retainPages: Bool = false) -> LayoutPlan {
        var flattener = Flattener(document: document, images: ImageInfoReader())
        let blocks = flattener.flatten()
        let staticHeadings = Self.headings(in: blocks)
        var pageMap = PageMap()
        var context: LayoutContext!
        var passes = 0
        var converged = false
        var keep = true
        var retained: [BodyPage] = []
        var durations: [Duration] = []
        let clock = ContinuousClock()
        while passes < options.maxPasses {
            passes += 1
            let started = clock.now
            defer { durations.append(clock.now - started) }
            let previous = context
            context = LayoutContext(shaper: shaper, sheet: document.stylesheet, pageMap: pageMap, staticHeadings: staticHeadings,
                                    typography: document.typography)
            context.documentLanguage = document.metadata.language
            context.hyphenation.hyphenator = hyphenator
            // The text runs of the document, prepared for the shaper, are the same in every pass.
            if let previous { context.hyphenation.prepared = previous.hyphenation.prepared }
            var builder = PageMapBuilder()
            var items = 0
            retained = []
            context.paginate(blocks, geometry: document.geometry, options: options) { page in
                builder.add(page)
                guard keep else { return }
                items += page.items.count
                // Why: a 20,000-row annex would hold every shaped cell until the end; past the budget pages
                // are dropped and laid out again, page by page, while they are drawn.
                if !retainPages && items > options.retainedItemBudget {
                    keep = false; retained = []
                    shaper.pagesAreNotKept()
                } else {
                    retained.append(page)
                }
            }
            let next = builder.map
            if !context.usedPageMap || next == pageMap { pageMap = next; converged = true; break }
            pageMap = next
        }
        var diagnostics = flattener.diagnostics + context.diagnostics
        if !converged {
            diagnostics.append(Diagnostic(.warning, "page references did not settle after \(options.maxPasses) layout passes"))
        }
        for anchor in context.unknownAnchors.sorted() {
            diagnostics.append(Diagnostic(.warning, "page reference to unknown anchor \"\(anchor)\""))
        }
        return LayoutPlan(pageMap: pageMap, diagnostics: dedupe(diagnostics), passes: passes, passDurations: durations, blocks: blocks,
                          staticHeadings: staticHeadings, retained: keep ? retained : nil)
    }

    /// Hands out the pages of a plan with their headers, footers and markings, one at a time: from the
    /// retained pages, or by laying out again page by page. Returns the diagnostics of the page furniture.
    @discardableResult
    public func emit(_ plan: LayoutPlan, _ document: Document, to sink: (LaidOutPage) -> Void) -> [Diagnostic] {
        let context = LayoutContext(shaper: shaper, sheet: document.stylesheet, pageMap: plan.pageMap,
                                    staticHeadings: plan.staticHeadings, typography: document.typography)
        context.documentLanguage = document.metadata.language
        context.hyphenation.hyphenator = hyphenator
        var composer = PageComposer(context: context, document: document, labels: plan.pageMap.labels)
        if let retained = plan.retained {
            for page in retained { sink(composer.compose(page)) }
        } else {
            context.paginate(plan.blocks, geometry: document.geometry, options: options) { sink(composer.compose($0)) }
        }
        let known = Set(plan.diagnostics)
        return context.diagnostics.filter { !known.contains($0) }
    }

    /// Each diagnostic once, in the order first found.
    private func dedupe(_ d: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return d.filter { seen.insert($0).inserted }
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

}
