import Dossier

/// Lays out paragraphs and headings: line fitting with widow and orphan control, hanging labels, links.
extension LayoutContext {
    /// The width lines break to, after indents (see `fitted`, which keeps it inside the frame).
    func textWidth(_ block: TextBlock, in width: Points) -> Points {
        max(width - block.style.startIndent - block.style.endIndent, 1)
    }

    /// The block with its indents narrowed so that its text keeps at least one em (or the whole frame, when
    /// narrower) inside the frame. Why: deep list nesting or quotes in a narrow frame (a box in a box, a
    /// tiny page) used to widen the text box past the frame's end edge.
    func fitted(_ block: TextBlock, width: Points) -> TextBlock {
        let indents = block.style.startIndent + block.style.endIndent
        let room = min(block.style.font.size, max(width, 0))
        // Tolerance: a block fitted once must not be fitted again by a rounding error (its remainder keeps
        // the lines shaped at this width).
        guard indents > 0, width - indents < room - 0.001 else { return block }
        let k = max(width - room, 0) / indents
        var b = block
        b.style.startIndent *= k
        b.style.endIndent *= k
        b.labelWidth *= k
        return b
    }

    /// Warns when a shaped line is wider than the width it was broken to (a character wider than the column):
    /// the one case where text leaves its frame sideways.
    func checkWidth(_ shaped: ShapedText, source: SourceLocation, what: String) {
        // Tolerance: a hundredth of a point, for rounding. (A centred line wider than its box starts before it.)
        guard let line = shaped.lines.first(where: { $0.x < -0.01 || $0.x + $0.width > shaped.request.width + 0.01 }) else { return }
        let text = String(decoding: Array(shaped.request.text.string.utf8).dropFirst(line.start).prefix(line.length), as: UTF8.self)
        warnOnce(Diagnostic(.warning, "\(what) \"\(text.prefix(20))\" is wider than its column (\(Int(shaped.request.width.rounded())) pt) and overflows it", source: source))
    }

    /// Shapes a block once; the result travels with its remainder (with its footnotes found).
    func shaped(_ block: inout TextBlock, width: Points) -> ShapedText {
        if let s = block.shaped, s.request.width == textWidth(block, in: width) { return s }
        // Body text is hyphenated (soft hyphens in its runs), and never has three hyphenated lines in a row (`limitingHyphens`).
        let resolved = resolvingHyphenated(block) { resolve(block.content, footnoteNumbers: block.footnoteNumbers) }
        // Justified Chinese spreads a line's slack between its characters, not into its spaces (`CJKJustification`).
        let (text, offset) = CJKJustification.applies(to: block.style) ? CJKJustification.unstretched(resolved.text) : (resolved.text, { $0 })
        block.footnotes = resolved.marks.map { PlacedFootnote(offset: offset($0.offset), note: footnoteBlock($0.number, $0.note, block)) }
        let request = TextRequest(text: text, style: block.style, width: textWidth(block, in: width))
        var result = limitingHyphens(shaper.shape(request), footnotes: &block.footnotes)
        // Hyphenated body text gets its lines chosen by total fit when greedy breaking left a loose one (`fittingLines`).
        if isHyphenatedBody(block) { result = fittingLines(result, footnotes: &block.footnotes) }
        // Characters no font has: drawn as boxes. (Characters only fonts outside the stack have are render errors,
        // `checkingFonts`.)
        if result.unknownGlyphs > 0 && result.missingCharacters.isEmpty {
            diagnostics.append(Diagnostic(.warning, "\(result.unknownGlyphs) character(s) have no glyph in \"\(block.style.font.family)\"", source: block.source))
        }
        checkWidth(result, source: block.source, what: "text")
        return result
    }

    /// The note of a footnote: a small paragraph with its number hanging.
    private func footnoteBlock(_ number: Int, _ note: Text, _ owner: TextBlock) -> TextBlock {
        var style = sheet.note.resolved(in: owner.region, documentLanguage: documentLanguage)
        style.startIndent = 14
        var block = TextBlock(content: note, style: style, label: "\(number)", labelWidth: 14, tag: .note, source: owner.source)
        block.region = owner.region
        return block
    }

    /// Height of the first `count` lines of a note.
    func footnoteLinesHeight(_ note: TextBlock, _ count: Int, width: Points) -> Points {
        var n = note
        let s = shaped(&n, width: width)
        return s.height(of: 0..<min(count, s.lines.count))
    }

    /// Height a footnote takes at the foot of a page of width `width`.
    func footnoteHeight(_ note: TextBlock, width: Points) -> Points {
        var n = note
        let s = shaped(&n, width: width)
        return s.height(of: 0..<s.lines.count) + n.style.spaceAfter
    }

    /// The block with its gutter widened to its label when the label is wider than the gutter ("خامسا -" of an Arabic
    /// chapter, "VIII." in a narrow gutter), with a third of an em between label and text. Why: the label used to run
    /// under the text. Only before the block is first shaped: a remainder keeps its indents.
    func widenedForLabel(_ block: TextBlock) -> TextBlock {
        guard block.shaped == nil, block.startLine == 0, let label = block.label, !label.isEmpty, block.labelWidth > 0 else { return block }
        let natural = shaper.contentWidths(StyledText(label), style: labelStyle(for: block.style, region: block.region)).maximum
        guard natural > block.labelWidth + 0.01 else { return block }
        var b = block
        let delta = natural - block.labelWidth + block.style.font.size / 3
        b.labelWidth += delta
        b.style.startIndent += delta
        return b
    }

    func layoutText(_ input: TextBlock, in space: Space) -> Outcome {
        var block = fitted(widenedForLabel(input), width: space.width)
        let shaped = shaped(&block, width: space.width)
        let n = shaped.lines.count
        let first = block.startLine
        let spaceBefore = (space.fresh || first > 0) ? 0 : block.style.spaceBefore
        let available = space.height - spaceBefore
        // Count the lines that fit. Tolerance: 0.01 pt so that exact fits are not lost to rounding.
        var fit = 0
        var used: Points = 0
        var notes: Points = 0
        var separator = space.hasFootnotes ? 0 : footnoteSeparator
        while first + fit < n {
            let line = shaped.lines[first + fit]
            var h = shaped.lineHeight(first + fit)
            // A line with footnote marks also needs room for its notes at the foot of the page.
            let marked = block.footnotes.filter { $0.offset >= line.start && $0.offset < line.start + max(line.length, 1) }
            if !marked.isEmpty {
                h += separator + marked.reduce(0) { $0 + footnoteHeight($1.note, width: space.width) }
                // A long note may continue at the foot of the next page: the line stays when the notes before
                // the last one and two lines of the last one fit here (the page's foot then fills up).
                if used + notes + h > available + 0.01, let last = marked.last {
                    let before = marked.dropLast().reduce(0) { $0 + footnoteHeight($1.note, width: space.width) }
                    let minimum = shaped.lineHeight(first + fit) + separator + before + footnoteLinesHeight(last.note, 2, width: space.width)
                    if used + notes + minimum <= available + 0.01 { h = available - used - notes }
                }
            }
            if used + notes + h > available + 0.01 { break }
            if !marked.isEmpty { separator = 0 }
            used += shaped.lineHeight(first + fit)
            notes += h - shaped.lineHeight(first + fit)
            fit += 1
        }
        let remaining = n - first
        if fit >= remaining {
            var whole = fragment(block, shaped, lines: first..<n, spaceBefore: spaceBefore, isLast: true)
            whole.height = space.taking(content: whole.height - block.style.spaceAfter, after: block.style.spaceAfter)
            return .complete(whole)
        }
        let orphans = max(1, block.style.orphans)
        let widows = max(1, block.style.widows)
        var take = fit
        if take < remaining && remaining - take < widows { take = remaining - widows }
        // A page does not end in a hyphenated word when a line less still keeps the orphans (`HyphenatedShaping.swift`).
        while take > orphans && take < remaining && Self.lineEnd(shaped, first + take - 1) == .softHyphen { take -= 1 }
        if take < min(orphans, remaining) || take < 1 {
            if space.relaxesKeeps && !space.fresh && fit >= 1 {
                // Under a heading kept from the top of the page: break widow or orphan rules, never overflow.
                take = take >= 1 ? take : fit
            } else if !space.fresh {
                return .deferred
            } else {
                // Why: at the top of a page deferring cannot help; keep at least one line (or all that fit).
                take = max(1, fit)
                if fit == 0 {
                    diagnostics.append(Diagnostic(.warning, "a line of \"\(String(shaped.request.text.string.prefix(40)))\" is taller than the page and overflows", source: block.source))
                }
            }
        }
        let frag = fragment(block, shaped, lines: first..<(first + take), spaceBefore: spaceBefore, isLast: false)
        var rest = block
        rest.startLine = first + take
        rest.shaped = shaped
        rest.anchor = nil
        return .partial(frag, [.text(rest)])
    }

    /// The fragment of lines `lines` of a shaped block, from the start side (x = 0; `layoutBlock` mirrors it in a
    /// right-to-left region): the label in the gutter before the start indent, the text box after it.
    func fragment(_ block: TextBlock, _ shaped: ShapedText, lines: Range<Int>, spaceBefore: Points, isLast: Bool) -> Fragment {
        let style = block.style
        let boxX = style.startIndent
        var items: [PageItem] = []
        if lines.lowerBound == 0 {
            if let a = block.anchor { items.append(.anchor(a, y: spaceBefore)) }
            if var h = block.heading { h.y = spaceBefore; items.append(.heading(h)) }
            if let label = block.label, !label.isEmpty {
                let labelStyle = labelStyle(for: style, region: block.region)
                // Why the natural width when larger: a label broken to its gutter lost its end ("(vi" for
                // "(viii)"), since only its first line is drawn. A wider label runs into the text side.
                let natural = shaper.contentWidths(StyledText(label), style: labelStyle).maximum
                let labelWidth = max(block.labelWidth, natural)
                let req = TextRequest(text: StyledText(label), style: labelStyle, width: labelWidth)
                let labelShaped = shaper.shape(req)
                // The label's box stays inside the frame (a wide label in a narrow frame would leave it).
                let frameEnd = style.startIndent + shaped.request.width + style.endIndent
                let gutterX = style.startIndent - block.labelWidth
                let labelX = max(0, min(gutterX, frameEnd - labelWidth))
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
            let x = boxX + shaped.startOffset(link.x, width: link.width, region: block.region)
            items.append(.link(Rect(x: x, y: top, width: link.width, height: shaped.lineHeight(link.line)), link.target))
        }
        if isLast, let entry = block.tocEntry, let lastIndex = lines.last {
            items.append(contentsOf: contentsEntryEnd(entry, style: style, region: block.region, shaped: shaped, line: lastIndex,
                                                      lineTop: lineTops[lastIndex] ?? 0, boxX: boxX, top: spaceBefore, bottom: y))
        }
        // A block with links gets its Span on every page, so its element never holds content and children at once.
        if !shaped.links.isEmpty || block.tocEntry != nil { items = items.separatingTextFromLinks() }
        items = [.beginTag(block.tag)] + items + [.endTag(block.tag)]
        let after = isLast ? style.spaceAfter : 0
        var frag = Fragment(items: items, height: y + after)
        if let last = lines.last {
            let end = shaped.lines[last].start + shaped.lines[last].length
            let start = shaped.lines[lines.lowerBound].start
            frag.footnotes = block.footnotes.filter { $0.offset >= start && ($0.offset < end || lines.upperBound == shaped.lines.count) }
                .map(\.note)
        }
        return frag
    }

    /// The page number, dot leader and link of a contents entry's last line.
    private func contentsEntryEnd(_ entry: TOCEntry, style: ParagraphStyle, region: TextDirection, shaped: ShapedText, line: Int,
                                  lineTop: Points, boxX: Points, top: Points, bottom: Points) -> [PageItem] {
        var numberStyle = labelStyle(for: style, region: region)
        numberStyle.alignment = .end
        let numberWidth = style.endIndent
        let number = shaper.shape(TextRequest(text: StyledText(entry.page), style: numberStyle, width: numberWidth))
        let numberX = boxX + shaped.request.width
        let baseline = lineTop + shaped.baseline(line)
        let last = shaped.lines[line]
        let textEnd = boxX + shaped.startOffset(last.x, width: last.width, region: region) + last.width + 4
        let numberStart = numberX + (number.lines.first.map { number.startOffset($0.x, width: $0.width, region: region) } ?? 0) - 4
        var items: [PageItem] = [
            .text(TextItem(shaped: number, lines: 0..<1, x: numberX, y: baseline - number.baseline(0))),
        ]
        if numberStart - textEnd > 6 { items.append(.dots(x1: textEnd, x2: numberStart, baseline: baseline, color: style.color)) }
        items.append(.link(Rect(x: style.startIndent, y: top, width: numberX + numberWidth - style.startIndent, height: bottom - top),
                           .anchor(entry.anchor)))
        return items
    }

    /// Space between the body and the first footnote of a page (with its short rule).
    var footnoteSeparator: Points { 10 }

    /// Labels hang at the start side of the region in the paragraph's font, never justified; they are written in the
    /// region's direction ("1 -" reads from the right in Arabic, whatever the language of the paragraph).
    func labelStyle(for style: ParagraphStyle, region: TextDirection) -> ParagraphStyle {
        var s = style
        if region != .auto { s.direction = region }
        s.alignment = .start
        s.firstLineIndent = 0
        s.startIndent = 0
        s.endIndent = 0
        return s
    }
}
