import Dossier

/// Lays out paragraphs and headings: line fitting with widow and orphan control, hanging labels, links.
extension LayoutContext {
    /// The width lines break to, after indents.
    func textWidth(_ block: TextBlock, in width: Points) -> Points {
        max(width - block.style.startIndent - block.style.endIndent, block.style.font.size)
    }

    /// Shapes a block once; the result travels with its remainder.
    func shaped(_ block: TextBlock, width: Points) -> ShapedText {
        if let s = block.shaped, s.request.width == textWidth(block, in: width) { return s }
        let request = TextRequest(text: resolve(block.content), style: block.style, width: textWidth(block, in: width))
        let result = shaper.shape(request)
        if result.unknownGlyphs > 0 {
            diagnostics.append(Diagnostic(.warning, "\(result.unknownGlyphs) character(s) have no glyph in \"\(block.style.font.family)\"", source: block.source))
        }
        return result
    }

    func layoutText(_ block: TextBlock, in space: Space) -> Outcome {
        let shaped = shaped(block, width: space.width)
        let n = shaped.lines.count
        let first = block.startLine
        let spaceBefore = (space.fresh || first > 0) ? 0 : block.style.spaceBefore
        let available = space.height - spaceBefore
        // Count the lines that fit. Tolerance: 0.01 pt so that exact fits are not lost to rounding.
        var fit = 0
        var used: Points = 0
        while first + fit < n {
            let h = shaped.lineHeight(first + fit)
            if used + h > available + 0.01 { break }
            used += h
            fit += 1
        }
        let remaining = n - first
        if fit >= remaining {
            return .complete(fragment(block, shaped, lines: first..<n, spaceBefore: spaceBefore, isLast: true))
        }
        let orphans = max(1, block.style.orphans)
        let widows = max(1, block.style.widows)
        var take = fit
        if take < remaining && remaining - take < widows { take = remaining - widows }
        if take < min(orphans, remaining) || take < 1 {
            if !space.fresh { return .deferred }
            // Why: at the top of a page deferring cannot help; keep at least one line (or all that fit).
            take = max(1, fit)
            if fit == 0 {
                diagnostics.append(Diagnostic(.warning, "a line of \"\(String(shaped.request.text.string.prefix(40)))\" is taller than the page and overflows", source: block.source))
            }
        }
        let frag = fragment(block, shaped, lines: first..<(first + take), spaceBefore: spaceBefore, isLast: false)
        var rest = block
        rest.startLine = first + take
        rest.shaped = shaped
        rest.anchor = nil
        return .partial(frag, [.text(rest)])
    }

    /// The fragment of lines `lines` of a shaped block.
    func fragment(_ block: TextBlock, _ shaped: ShapedText, lines: Range<Int>, spaceBefore: Points, isLast: Bool) -> Fragment {
        let style = block.style
        let rtl = style.direction == .rightToLeft
        let boxX = rtl ? style.endIndent : style.startIndent
        var items: [PageItem] = [.beginTag(block.tag)]
        if lines.lowerBound == 0 {
            if let a = block.anchor { items.append(.anchor(a, y: spaceBefore)) }
            if var h = block.heading { h.y = spaceBefore; items.append(.heading(h)) }
            if let label = block.label, !label.isEmpty {
                let labelStyle = labelStyle(for: style)
                let req = TextRequest(text: StyledText(label), style: labelStyle, width: block.labelWidth)
                let labelShaped = shaper.shape(req)
                let labelX = rtl ? boxX + shaped.request.width : style.startIndent - block.labelWidth
                // Align the label's baseline with the first line's.
                let dy = shaped.baseline(0) - labelShaped.baseline(0)
                items.append(.text(TextItem(shaped: labelShaped, lines: 0..<1, x: labelX, y: spaceBefore + dy)))
            }
        }
        items.append(.text(TextItem(shaped: shaped, lines: lines, x: boxX, y: spaceBefore)))
        var y = spaceBefore
        var lineTops: [Int: Points] = [:]
        for i in lines { lineTops[i] = y; y += shaped.lineHeight(i) }
        for link in shaped.links where lines.contains(link.line) {
            let top = lineTops[link.line] ?? 0
            items.append(.link(Rect(x: boxX + link.x, y: top, width: link.width, height: shaped.lineHeight(link.line)), link.target))
        }
        if isLast, let entry = block.tocEntry, let lastIndex = lines.last {
            items.append(contentsOf: contentsEntryEnd(entry, style: style, shaped: shaped, line: lastIndex,
                                                      lineTop: lineTops[lastIndex] ?? 0, boxX: boxX, top: spaceBefore, bottom: y))
        }
        items.append(.endTag(block.tag))
        let after = isLast ? style.spaceAfter : 0
        return Fragment(items: items, height: y + after)
    }

    /// The page number, dot leader and link of a contents entry's last line.
    private func contentsEntryEnd(_ entry: TOCEntry, style: ParagraphStyle, shaped: ShapedText, line: Int,
                                  lineTop: Points, boxX: Points, top: Points, bottom: Points) -> [PageItem] {
        var numberStyle = labelStyle(for: style)
        numberStyle.alignment = .end
        let numberWidth = style.endIndent
        let number = shaper.shape(TextRequest(text: StyledText(entry.page), style: numberStyle, width: numberWidth))
        let numberX = boxX + shaped.request.width
        let baseline = lineTop + shaped.baseline(line)
        let textEnd = boxX + shaped.lines[line].x + shaped.lines[line].width + 4
        let numberStart = numberX + (number.lines.first?.x ?? 0) - 4
        var items: [PageItem] = [
            .text(TextItem(shaped: number, lines: 0..<1, x: numberX, y: baseline - number.baseline(0))),
        ]
        if numberStart - textEnd > 6 { items.append(.dots(x1: textEnd, x2: numberStart, baseline: baseline, color: style.color)) }
        items.append(.link(Rect(x: style.startIndent, y: top, width: numberX + numberWidth - style.startIndent, height: bottom - top),
                           .anchor(entry.anchor)))
        return items
    }

    /// Labels hang at the start side in the paragraph's font, never justified.
    func labelStyle(for style: ParagraphStyle) -> ParagraphStyle {
        var s = style
        s.alignment = .start
        s.firstLineIndent = 0
        s.startIndent = 0
        s.endIndent = 0
        return s
    }
}
