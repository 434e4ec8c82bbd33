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
            // Room kept for the rest of notes continued from the previous page (at most half the page).
            let continued = carriedNotes.isEmpty ? 0
                : min(carriedNotes.reduce(footnoteSeparator) { $0 + footnoteHeight($1, width: frame.width) }, frame.height / 2)
            var space = Space(width: frame.width, height: frame.height - continued, fresh: true, regionHeight: frame.height)
            space.hasFootnotes = continued > 0
            let result = layoutSequence(work, in: space, allowPageBreaks: true)
            let placed = result.fragment.hasVisibleContent
            if placed || isFull(result.stop) {
                var items = (carried + result.fragment.items).map { $0.offsetBy(dx: frame.x, dy: frame.y) }
                items += footnoteItems(result.fragment.footnotes, frame: frame, bodyHeight: result.fragment.height)
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
        // Notes still continuing after the last body page get pages of their own.
        var guardPages = 0
        while !carriedNotes.isEmpty && guardPages < 100 {
            guardPages += 1
            let frame = geometry.bodyFrame
            push(BodyPage(geometry: geometry, items: footnoteItems([], frame: frame, bodyHeight: 0)))
        }
        if count == 0 { push(BodyPage(geometry: start, items: [])) }
        if var last = pending {
            let frame = last.geometry.bodyFrame
            last.items += carried.map { $0.offsetBy(dx: frame.x, dy: frame.y) }
            onPage(last)
        }
        return count
    }

    /// The footnotes of a page (those continued from the previous page first) stacked at the foot of its
    /// body frame under a short rule. What does not fit under the body continues on the next page.
    private func footnoteItems(_ notes: [TextBlock], frame: Rect, bodyHeight: Points) -> [PageItem] {
        let all = carriedNotes + notes
        carriedNotes = []
        guard !all.isEmpty else { return [] }
        // Why at least a third of the page: a body that overflowed its frame must not push notes off the paper.
        let room = max(frame.height - bodyHeight, frame.height / 3) - footnoteSeparator
        var placed: [Fragment] = []
        var used: Points = 0
        for (i, note) in all.enumerated() {
            let space = Space(width: frame.width, height: room - used, fresh: placed.isEmpty, regionHeight: frame.height)
            var unbreakable = note
            unbreakable.style.orphans = 1
            unbreakable.style.widows = 1
            switch layoutBlock(.text(unbreakable), in: space) {
            case .complete(let f):
                placed.append(f)
                used += f.height
                continue
            case .partial(let f, let rest):
                placed.append(f)
                used += f.height
                carriedNotes = rest.compactMap { if case .text(let t) = $0 { return t } else { return nil } }
            case .deferred:
                carriedNotes = [note]
            }
            carriedNotes += all[(i + 1)...]
            break
        }
        var y = frame.maxY - used - footnoteSeparator
        // The short rule sits at the start side of the notes' region: at the right in a right-to-left document.
        let ruleX = all.first?.region == .rightToLeft ? frame.maxX - frame.width / 3 : frame.x
        var items: [PageItem] = [.line(x1: ruleX, y1: y + 4, x2: ruleX + frame.width / 3, y2: y + 4, Stroke(width: 0.5))]
        y += footnoteSeparator
        for f in placed {
            items += f.items.map { $0.offsetBy(dx: frame.x, dy: y) }
            y += f.height
        }
        return items
    }

    private func isFull(_ stop: SequenceStop) -> Bool {
        if case .full = stop { return true }
        return false
    }
}
