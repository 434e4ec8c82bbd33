import Dossier

/// Why laying out a run of blocks stopped.
enum SequenceStop: Sendable {
    /// Every block was placed.
    case finished
    /// The region is full; `rest` continues in the next one.
    case full
    /// A page break asks for a new page.
    case pageBreak(PageBreakNode)
}

/// The result of laying out a run of blocks into one region.
struct SequenceResult: Sendable {
    var fragment: Fragment
    var rest: [FlowBlock]
    var stop: SequenceStop
}

extension LayoutContext {
    /// Places blocks top-down into one region, honouring keep-with-next by rolling back a chain of kept
    /// blocks to the next region when the block after it cannot start here.
    func layoutSequence(_ blocks: [FlowBlock], in space: Space, allowPageBreaks: Bool) -> SequenceResult {
        var stack = Array(blocks.reversed())
        var frag = Fragment()
        var y: Points = 0
        var fresh = space.fresh
        var relaxed = space.relaxesKeeps
        // Keep-with-next chain: where it started, and every block taken since (kept blocks, and the tags,
        // anchors, marks and space between them), so that a rollback gives all of them back.
        var chainStart: (items: Int, y: Points, fresh: Bool, footnotes: Int)? = nil
        // Height reserved at the foot of the region for the footnotes placed so far.
        var footnoteHeight: Points = 0
        func reserve(_ notes: [TextBlock]) {
            guard !notes.isEmpty else { return }
            if footnoteHeight == 0 && !space.hasFootnotes { footnoteHeight += footnoteSeparator }
            footnoteHeight += notes.reduce(0) { $0 + self.footnoteHeight($1, width: space.width) }
        }
        var chain: [FlowBlock] = []

        func rest() -> [FlowBlock] { Array(stack.reversed()) }
        /// Moves the kept chain to the next region together with `block` (which could not start here).
        /// Why only when the chain did not start this region: otherwise it would come back to the top of
        /// the next region and loop.
        func rollBack(before block: FlowBlock) -> Bool {
            guard let start = chainStart, !start.fresh else { return false }
            frag.items.removeSubrange(start.items...)
            frag.footnotes.removeSubrange(start.footnotes...)
            y = start.y
            stack.append(block)
            stack.append(contentsOf: chain.reversed())
            return true
        }
        /// Records a zero-height block taken inside a kept chain.
        func taken(_ block: FlowBlock) { if chainStart != nil { chain.append(block) } }

        while let block = stack.popLast() {
            var here = Space(width: space.width, height: space.height - y - footnoteHeight, fresh: fresh, regionHeight: space.regionHeight)
            here.hasFootnotes = space.hasFootnotes || footnoteHeight > 0
            here.relaxesKeeps = relaxed
            switch block {
            case .pageBreak(let b):
                guard allowPageBreaks else { continue }
                // Why visible content, not any item: tags and anchors alone must not make a blank page.
                if fresh && !frag.hasVisibleContent && b.geometry == nil && !b.toOddPage { continue }  // no empty pages
                frag.height = y
                return SequenceResult(fragment: frag, rest: rest(), stop: .pageBreak(b))
            case .beginTag(let t):
                frag.items.append(.beginTag(t)); taken(block); continue
            case .endTag(let t):
                frag.items.append(.endTag(t)); taken(block); continue
            case .anchor(let name):
                frag.items.append(.anchor(name, y: y)); taken(block); continue
            case .marks(let marks):
                frag.items.append(contentsOf: marks.map { $0.offsetBy(dx: 0, dy: y) }); taken(block); continue
            case .tableOfContents(let toc, let region):
                // Why expanded in place: as a block it ended the region before its first entry (a blank page
                // when the contents open the document).
                stack.append(contentsOf: contentsEntries(toc, region: region).reversed())
                continue
            case .space(let h):
                if fresh { continue }  // space is dropped at the top of a region
                if h >= here.height {
                    // A kept chain (a heading) must not end the region: it moves on with the space.
                    _ = rollBack(before: block)
                    frag.height = y
                    return SequenceResult(fragment: frag, rest: rest(), stop: .full)
                }
                y += h
                taken(block)
                continue
            default:
                break
            }
            var outcome = layoutBlock(block, in: here)
            if case .deferred = outcome, let start = chainStart, start.fresh, !here.fresh {
                // Why: the kept chain opens this region, so taking it along to the next region would meet the
                // same lack of room there (and loop). The block may break its own keep rules (orphans,
                // keep-together, whole rows) to start under the chain, but never overflows: it still defers
                // when not a line fits.
                var relaxedHere = here
                relaxedHere.relaxesKeeps = true
                outcome = layoutBlock(block, in: relaxedHere)
            }
            switch outcome {
            case .complete(let f):
                if block.keepWithNext {
                    if chainStart == nil { chainStart = (frag.items.count, y, fresh, frag.footnotes.count); chain = [] }
                    chain.append(block)
                } else {
                    chainStart = nil; chain = []
                }
                frag.append(f, dx: 0, dy: y)
                reserve(f.footnotes)
                y += f.height
                if f.height > 0 || f.hasVisibleContent { fresh = false; relaxed = false }
            case .partial(let f, let remainder):
                frag.append(f, dx: 0, dy: y)
                y += f.height
                stack.append(contentsOf: remainder.reversed())
                frag.height = y
                return SequenceResult(fragment: frag, rest: rest(), stop: .full)
            case .deferred:
                if !rollBack(before: block) { stack.append(block) }
                frag.height = y
                return SequenceResult(fragment: frag, rest: rest(), stop: .full)
            }
        }
        frag.height = y
        return SequenceResult(fragment: frag, rest: [], stop: .finished)
    }

    /// Lays out one block (text, rule, image, container, table, chart, timeline, contents). Every block is laid out
    /// from the start side at x = 0 and turned over when its region is right to left (`Outcome.directed`); a
    /// container's children are turned over inside it, so a container only places its padding.
    func layoutBlock(_ block: FlowBlock, in space: Space) -> Outcome {
        // Every text a leaf block places is checked against its font stack (`checkingFonts`).
        switch block {
        case .text(let t): return checkingFonts(layoutText(t, in: space), source: t.source).directed(t.region, width: space.width)
        case .rule(let r): return layoutRule(r, in: space)
        case .image(let i): return layoutImage(i, in: space).directed(i.direction, width: space.width)
        case .container(let c): return layoutContainer(c, in: space)
        case .table(let t): return checkingFonts(layoutTable(t, in: space), source: t.source).directed(t.direction, width: space.width)
        case .chart(let c):
            return checkingFonts(layoutChart(c, in: space), source: c.node.source).directed(c.direction, width: space.width)
        case .timeline(let t):
            return checkingFonts(layoutTimeline(t, in: space), source: t.node.source).directed(t.direction, width: space.width)
        case .tableOfContents(let toc, let region): return .partial(Fragment(), contentsEntries(toc, region: region))
        case .pageBreak, .beginTag, .endTag, .anchor, .space, .marks: return .complete(Fragment())
        }
    }

    func layoutRule(_ r: RuleNode, in space: Space) -> Outcome {
        let before = space.fresh ? 0 : r.spacing
        let h = before + r.stroke.width + r.spacing
        if h > space.height && !space.fresh { return .deferred }
        let y = before + r.stroke.width / 2
        return .complete(Fragment(items: [.line(x1: 0, y1: y, x2: space.width, y2: y, r.stroke)], height: h))
    }

    func layoutImage(_ image: ImageBlock, in space: Space) -> Outcome {
        var size = image.size
        if size.width > space.width {
            size = Size(width: space.width, height: size.height * space.width / size.width)
        }
        if size.height > space.height {
            if !space.fresh { return .deferred }
            // An image taller than a whole page is scaled to the page, never cut or dropped.
            let k = max(space.height, 1) / size.height
            size = Size(width: size.width * k, height: size.height * k)
            diagnostics.append(Diagnostic(.warning, "image \(image.path) is taller than the page; scaled down to fit", source: image.source))
        }
        let x: Points
        switch image.alignment {
        case .center: x = (space.width - size.width) / 2
        case .end: x = space.width - size.width
        default: x = 0
        }
        let rect = Rect(x: x, y: 0, width: size.width, height: size.height)
        let items: [PageItem] = image.isArtifact
            ? [.image(path: image.path, rect: rect, alt: nil)]
            : [.beginTag(.figure), .image(path: image.path, rect: rect, alt: image.alt), .endTag(.figure)]
        return .complete(Fragment(items: items, height: space.taking(content: size.height, after: 6)))
    }

    func layoutContainer(_ c: ContainerBlock, in space: Space) -> Outcome {
        switch c.kind {
        case .keepTogether:
            let r = layoutSequence(c.children, in: space, allowPageBreaks: false)
            // (A trailing space that did not fit leaves nothing to continue.)
            if case .finished = r.stop { return .complete(r.fragment) } else if r.rest.isEmpty { return .complete(r.fragment) }
            if !space.fresh {
                guard space.relaxesKeeps, r.fragment.hasVisibleContent else { return .deferred }
                diagnostics.append(Diagnostic(.warning, "keep-together group does not fit on a page with the heading kept with it; it is split",
                                              source: c.source))
                return .partial(r.fragment, r.rest)
            }
            diagnostics.append(Diagnostic(.warning, "keep-together group is taller than a page; it is split", source: c.source))
            return .partial(r.fragment, r.rest)
        case .box(let border, let background, let padding, let spacing):
            let bw = border?.width ?? 0
            let before = (space.fresh || c.isContinuation) ? 0 : spacing
            var inner = Space(width: space.width - padding.horizontal - 2 * bw,
                              height: space.height - before - padding.vertical - 2 * bw, fresh: space.fresh,
                              regionHeight: space.regionHeight - padding.vertical - 2 * bw)
            inner.relaxesKeeps = space.relaxesKeeps
            let r = layoutSequence(c.children, in: inner, allowPageBreaks: false)
            // Why visible content: a list's structure tags alone used to leave an empty box piece at the foot.
            let placedNothing = !r.fragment.hasVisibleContent
            let finished: Bool
            if case .finished = r.stop { finished = true } else { finished = r.rest.isEmpty }
            if placedNothing && !finished && !space.fresh { return .deferred }
            let boxHeight = r.fragment.height + padding.vertical + 2 * bw
            // Why: an empty (or all-space) box whose padding does not fit used to be placed below the frame.
            if !space.fresh && before + boxHeight > space.height + 0.01 { return .deferred }
            var frag = Fragment()
            let rect = Rect(x: 0, y: before, width: space.width, height: boxHeight)
            if let bg = background { frag.items.append(.fill(rect, bg)) }
            if let b = border { frag.items.append(.border(rect.insetHalf(b.width), b)) }
            // The children are already set in the region's direction: the padding on their start side comes first.
            let startPadding = c.direction == .rightToLeft ? padding.trailing : padding.leading
            frag.append(r.fragment, dx: startPadding + bw, dy: before + padding.top + bw)
            if finished {
                frag.height = space.taking(content: before + boxHeight, after: spacing)
                return .complete(frag)
            }
            frag.height = before + boxHeight
            var rest = c
            rest.children = r.rest
            rest.isContinuation = true
            return .partial(frag, [.container(rest)])
        }
    }

    /// Contents entries from the headings of the previous pass (or, in the first pass, the headings known
    /// before pagination with provisional numbers).
    func contentsEntries(_ toc: TOCNode, region: TextDirection) -> [FlowBlock] {
        usedPageMap = true
        let entries: [(HeadingMark, String)] = pageMap.headings.isEmpty
            ? staticHeadings.map { ($0, "00") }
            : pageMap.headings.map { ($0.mark, $0.label) }
        var out: [FlowBlock] = [.beginTag(.toc)]
        for (mark, page) in entries where mark.inContents && mark.level <= toc.maxLevel {
            var style = sheet.tocEntry.resolved(in: region, documentLanguage: documentLanguage)
            style.startIndent = Points(mark.level - 1) * 18
            style.endIndent = 36
            if mark.level == 1 { style.font.weight = .bold }
            var block = TextBlock(content: Text(mark.title), style: style, label: nil, labelWidth: 0, tag: .tocItem,
                                  source: toc.source)
            block.tocEntry = TOCEntry(page: page, anchor: mark.anchor)
            block.region = region
            out.append(.text(block))
        }
        out.append(.endTag(.toc))
        return out
    }
}

extension Rect {
    /// Inset by half a stroke width so the stroke stays inside the rectangle.
    func insetHalf(_ w: Points) -> Rect { Rect(x: x + w / 2, y: y + w / 2, width: width - w, height: height - w) }
}
