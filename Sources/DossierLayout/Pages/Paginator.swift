import Dossier

/// A page of body content before furniture is added.
struct BodyPage: Sendable {
    var geometry: PageGeometry
    var items: [PageItem]
}

extension LayoutContext {
    /// Fills pages with the flow until it is exhausted. Terminates: every fresh page places something
    /// (blocks never defer in a fresh region), and a page budget stops runaway documents.
    /// Hands each page to `onPage` as soon as the next one has started (the last page may still receive
    /// trailing anchors), so a caller can draw or drop pages without keeping them. Returns the page count.
    @discardableResult
    func paginate(_ blocks: [FlowBlock], geometry start: PageGeometry, options: LayoutOptions,
                  onPage: (BodyPage) -> Void) -> Int {
        var pending: BodyPage? = nil
        var count = 0
        func push(_ page: BodyPage) {
            if let previous = pending { onPage(previous) }
            pending = page
            count += 1
        }
        var geometry = start
        var work = blocks
        var stalled = 0
        // Zero-height records (anchors, tags, marks) of a region that drew nothing, for the next page drawn.
        // Why: an anchor before a landscape section, or one after a landscape section that ends the
        // document, used to make a blank page of its own.
        var carried: [PageItem] = []
        while !work.isEmpty {
            let frame = geometry.bodyFrame
            let result = layoutSequence(work, in: Space(width: frame.width, height: frame.height, fresh: true,
                                                        regionHeight: frame.height), allowPageBreaks: true)
            let placed = result.fragment.hasVisibleContent
            if placed || isFull(result.stop) {
                var items = (carried + result.fragment.items).map { $0.offsetBy(dx: frame.x, dy: frame.y) }
                items += footnoteItems(result.fragment.footnotes, frame: frame)
                push(BodyPage(geometry: geometry, items: items))
                carried = []
            } else {
                carried += result.fragment.items
            }
            // Why: a region that places nothing and consumes nothing would repeat forever.
            if !placed && result.rest.count >= work.count && isFull(result.stop) {
                stalled += 1
                if stalled > 3 {
                    diagnostics.append(Diagnostic(.error, "layout stopped: content cannot be placed on an empty page"))
                    break
                }
            } else {
                stalled = 0
            }
            work = result.rest
            if case .pageBreak(let b) = result.stop {
                if let g = b.geometry { geometry = g }
                if b.toOddPage && count % 2 == 1 {
                    push(BodyPage(geometry: geometry, items: []))   // blank verso so the next starts recto
                }
            }
            if count > options.maxPages {
                diagnostics.append(Diagnostic(.error, "page budget of \(options.maxPages) pages exceeded; the document is runaway or the budget too small (--max-pages)"))
                break
            }
        }
        if count == 0 { push(BodyPage(geometry: start, items: [])) }
        if var last = pending {
            let frame = last.geometry.bodyFrame
            last.items += carried.map { $0.offsetBy(dx: frame.x, dy: frame.y) }
            onPage(last)
        }
        return count
    }

    /// The footnotes of a page stacked at the foot of its body frame under a short rule.
    private func footnoteItems(_ notes: [TextBlock], frame: Rect) -> [PageItem] {
        guard !notes.isEmpty else { return [] }
        let total = notes.reduce(footnoteSeparator) { $0 + footnoteHeight($1, width: frame.width) }
        var y = frame.maxY - total
        var items: [PageItem] = [.line(x1: frame.x, y1: y + 4, x2: frame.x + frame.width / 3, y2: y + 4, Stroke(width: 0.5))]
        y += footnoteSeparator
        for note in notes {
            if case .complete(let f) = layoutText(note, in: Space(width: frame.width, height: .greatestFiniteMagnitude, fresh: true,
                                                                  regionHeight: .greatestFiniteMagnitude)) {
                items += f.items.map { $0.offsetBy(dx: frame.x, dy: y) }
                y += f.height
            }
        }
        return items
    }

    private func isFull(_ stop: SequenceStop) -> Bool {
        if case .full = stop { return true }
        return false
    }
}
