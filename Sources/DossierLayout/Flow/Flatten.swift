import Dossier
import Foundation

/// Turns the document tree into flow blocks: resolves styles, section levels, heading numbers,
/// consecutive paragraph numbers, list labels and image sizes. Pure: the same tree gives the same blocks.
struct Flattener {
    let document: Document
    let images: ImageInfoReader
    private(set) var diagnostics: [Diagnostic] = []
    private var paragraphNumber = 0
    private var headingCounters: [Int] = Array(repeating: 0, count: 8)
    private var headingCount = 0
    private var footnoteCount = 0

    /// Numbers for the footnotes of `text`, counted through the document.
    private mutating func footnoteNumbers(_ text: Text) -> [Int] {
        text.runs.compactMap { run in
            guard case .footnote = run else { return nil }
            footnoteCount += 1
            return footnoteCount
        }
    }

    init(document: Document, images: ImageInfoReader) { self.document = document; self.images = images }

    private var sheet: Stylesheet { document.stylesheet }

    /// Context inherited down the tree.
    struct Scope {
        var depth = 0
        var direction: TextDirection
        var indent: Points = 0
        /// Added to heading levels in the outline and contents (headings inside a pack's parts).
        var outlineOffset = 0
        /// The gutter in which paragraph numbers and heading labels hang (none inside boxes).
        var gutter: Points
        /// The style paragraphs start from (list items use the stylesheet's list style).
        var paragraphBase: ParagraphStyle? = nil

        /// The scope of a block given its own direction (`Paragraph.direction`): the block is its own region, so a
        /// right-to-left paragraph in a left-to-right document hangs its number at the right. (A paragraph marked as
        /// another language keeps its region: only its text runs the other way.)
        func turned(_ direction: TextDirection?) -> Scope {
            guard let direction, direction != .auto else { return self }
            var s = self
            s.direction = direction
            return s
        }
    }

    mutating func flatten() -> [FlowBlock] {
        flatten(document.body, Scope(direction: Self.direction(of: document), gutter: sheet.numberWidth))
    }

    /// The direction of the document's page region: its own, or its language's when `.auto`.
    static func direction(of document: Document) -> TextDirection {
        document.direction == .auto ? TextDirection(language: document.metadata.language) : document.direction
    }

    private mutating func flatten(_ nodes: [Node], _ scope: Scope) -> [FlowBlock] {
        var out: [FlowBlock] = []
        for node in nodes { out.append(contentsOf: flatten(node, scope)) }
        return out
    }

    /// The style's text direction and alignment resolved in the scope's region (`ParagraphStyle.resolved`).
    private func directed(_ style: ParagraphStyle, _ scope: Scope) -> ParagraphStyle {
        style.resolved(in: scope.direction, documentLanguage: document.metadata.language)
    }

    private mutating func flatten(_ node: Node, _ scope: Scope) -> [FlowBlock] {
        switch node {
        case .paragraph(let p):
            let scope = scope.turned(p.overrides.direction)
            var style = directed(p.overrides.apply(to: scope.paragraphBase ?? sheet.body), scope)
            var label: String? = nil
            if p.numbered {
                paragraphNumber += 1
                label = document.paragraphNumbering.label(paragraphNumber) ?? "\(paragraphNumber)."
            }
            let gutter = labelGutter(scope, labelled: label != nil)
            style.startIndent += scope.indent + gutter
            var block = TextBlock(content: p.text, style: style, label: label, labelWidth: label == nil ? 0 : gutter,
                                  tag: .paragraph, anchor: p.anchor, source: p.source)
            block.region = scope.direction
            block.footnoteNumbers = footnoteNumbers(p.text)
            return [.text(block)]
        case .heading(let h):
            return [heading(text: h.text, level: h.level, label: h.label, inContents: h.inContents, overrides: h.overrides,
                            anchor: h.anchor, source: h.source, scope: scope)]
        case .section(let s):
            return section(s, scope)
        case .list(let l):
            return list(l, scope)
        case .quote(let q):
            return quote(q, scope)
        case .box(let b):
            var inner = scope
            inner.indent = 0
            inner.gutter = 0
            let children = flatten(b.content, inner)
            warnOfPageBreaks(in: children, container: "box", source: b.source)
            return [.container(ContainerBlock(kind: .box(border: b.border, background: b.background, padding: b.padding,
                                                         spacing: b.spacing), children: children, source: b.source,
                                              direction: scope.direction))]
        case .keepTogether(let nodes, let source):
            let children = flatten(nodes, scope)
            warnOfPageBreaks(in: children, container: "KeepTogether", source: source)
            return [.container(ContainerBlock(kind: .keepTogether, children: children, source: source, direction: scope.direction))]
        case .rule(let r):
            return [.rule(r)]
        case .spacer(let h):
            return [.space(h)]
        case .pageBreak(let b):
            return [.pageBreak(b)]
        case .image(let i):
            return image(i, scope)
        case .chart(let c):
            return captioned(c.title, source: c.source, scope, isEmpty: c.categories.isEmpty) { style in
                var chart = ChartBlock(node: c, style: style)
                chart.direction = scope.direction
                return .chart(chart)
            }
        case .timeline(let t):
            return captioned(t.title, source: t.source, scope, isEmpty: t.events.isEmpty) { style in
                .timeline(TimelineBlock(node: t, style: style, direction: scope.direction))
            }
        case .table(let t):
            return table(t, scope)
        case .tableOfContents(let toc):
            return [.tableOfContents(toc, scope.direction)]
        case .anchor(let name):
            return [.anchor(name)]
        case .part(let p):
            return part(p, scope)
        case .pageNumbering(let style, let start):
            return [.marks([.pageNumbering(style, startAt: start)])]
        }
    }

    private mutating func heading(text: Text, level: Int, label: String?, inContents: Bool, overrides: StyleOverrides,
                                  anchor: String?, source: SourceLocation, scope: Scope) -> FlowBlock {
        let scope = scope.turned(overrides.direction)
        var style = directed(overrides.apply(to: sheet.heading(level)), scope)
        let gutter = labelGutter(scope, labelled: label != nil)
        style.startIndent += scope.indent + gutter
        headingCount += 1
        let name = anchor ?? "heading-\(headingCount)"
        let title = [label, text.plainText].compactMap { $0 }.joined(separator: " ")
        let mark = HeadingMark(level: min(level + scope.outlineOffset, 6), title: title, anchor: name, inContents: inContents, y: 0)
        var block = TextBlock(content: text, style: style, label: label, labelWidth: label == nil ? 0 : gutter,
                              tag: .heading(level), heading: mark, anchor: name, source: source)
        block.region = scope.direction
        return .text(block)
    }

    private mutating func section(_ s: SectionNode, _ scope: Scope) -> [FlowBlock] {
        var out: [FlowBlock] = []
        var inner = scope
        if let d = s.direction, d != .auto { inner.direction = d }
        if let o = s.orientation {
            var g = document.geometry
            g.orientation = o
            out.append(.pageBreak(PageBreakNode(geometry: g)))
        } else if s.startsOnNewPage {
            out.append(.pageBreak(PageBreakNode()))
        }
        if let title = s.title {
            inner.depth = scope.depth + 1
            let depth = inner.depth
            var label: String? = nil
            if !s.unnumbered {
                headingCounters[depth] += 1
                for d in (depth + 1)..<headingCounters.count { headingCounters[d] = 0 }
                label = document.headingNumbering.style(depth: depth).label(headingCounters[depth])
            }
            out.append(heading(text: title, level: min(depth, 6), label: label, inContents: s.inContents,
                               overrides: StyleOverrides(), anchor: s.anchor, source: s.source, scope: inner))
            checkLoneSubheading(s)
        } else if let a = s.anchor {
            out.append(.anchor(a))
        }
        out.append(contentsOf: flatten(s.content, inner))
        if s.orientation != nil {
            out.append(.pageBreak(PageBreakNode(geometry: document.geometry)))
        }
        return out
    }

    /// An empty line carrying a list item's label, kept with what follows it.
    private func labelLine(_ label: String, width: Points, _ scope: Scope, source: SourceLocation) -> FlowBlock {
        var style = directed(scope.paragraphBase ?? sheet.body, scope)
        style.startIndent += scope.indent + scope.gutter
        style.keepWithNext = true
        var block = TextBlock(content: Text(""), style: style, label: label, labelWidth: width, tag: .paragraph, source: source)
        block.region = scope.direction
        return .text(block)
    }

    /// A box or a KeepTogether is laid out in one region: page breaks, landscape sections and bound documents inside
    /// it cannot start a page, so they are ignored, with a warning at the container's template line.
    private mutating func warnOfPageBreaks(in children: [FlowBlock], container: String, source: SourceLocation) {
        guard children.contains(where: { if case .pageBreak = $0 { return true } else { return false } }) else { return }
        diagnostics.append(Diagnostic(.warning, "a page break inside a \(container) is ignored (a \(container) is laid out in one piece)",
                                      source: source))
    }

    /// The gutter a paragraph or heading hangs its label in. Why: inside boxes there is no gutter, and a
    /// numbered paragraph's number used to be drawn over its text; a labelled block takes the stylesheet's
    /// gutter there.
    private func labelGutter(_ scope: Scope, labelled: Bool) -> Points {
        labelled && scope.gutter == 0 ? sheet.numberWidth : scope.gutter
    }

    /// A bound document: new page, numbering restarted, an outline entry, start and end anchors.
    private mutating func part(_ p: PartNode, _ scope: Scope) -> [FlowBlock] {
        paragraphNumber = 0
        headingCounters = Array(repeating: 0, count: headingCounters.count)
        var inner = scope
        inner.outlineOffset = scope.outlineOffset + 1
        let mark = HeadingMark(level: min(scope.outlineOffset + 1, 6), title: p.title, anchor: p.startAnchor, inContents: true, y: 0)
        var out: [FlowBlock] = [.pageBreak(PageBreakNode(toOddPage: p.toOddPage)),
                                .marks([.anchor(p.startAnchor, y: 0), .heading(mark), .partStart(reference: p.reference)])]
        out += flatten(p.content, inner)
        out.append(.anchor(p.endAnchor))
        return out
    }

    /// UN editorial rule: a level with a single subheading is not allowed (rule 9 of docs/input-contract.md).
    private mutating func checkLoneSubheading(_ s: SectionNode) {
        let titled = s.content.filter { if case .section(let c) = $0 { return c.title != nil && !c.unnumbered } else { return false } }
        if titled.count == 1, case .section(let only) = titled[0] {
            diagnostics.append(Diagnostic(.warning, "section \"\(s.title?.plainText ?? "")\" has a single subheading \"\(only.title?.plainText ?? "")\"; merge it into its parent", source: only.source))
        }
    }

    private mutating func list(_ l: ListNode, _ scope: Scope) -> [FlowBlock] {
        let width: Points
        switch l.marker {
        case .bullet: width = 14
        case .custom: width = max(18, Points((l.items.map { $0.label?.count ?? 0 }.max() ?? 0)) * 5.5 + 8)
        default: width = 26
        }
        var out: [FlowBlock] = [.beginTag(.list)]
        for (i, item) in l.items.enumerated() {
            // Numbered lists are numbered as the document's paragraphs ("1." in English, "1 -" in Arabic).
            let label = item.label ?? (l.marker == .numbered ? document.paragraphNumbering.label(l.start + i) : nil)
                ?? l.marker.label(l.start + i)
            var inner = scope
            inner.indent = scope.indent + width
            inner.paragraphBase = sheet.listItem
            out.append(.beginTag(.listItem))
            var first = true
            for node in item.content {
                var blocks = flatten(node, inner)
                if first, let idx = blocks.firstIndex(where: { !$0.isRecord }) {
                    if case .text(var t) = blocks[idx], t.label == nil {
                        t.label = label
                        t.labelWidth = width
                        blocks[idx] = .text(t)
                    } else {
                        // Why: the label used to go on the first text found anywhere in the item, replacing a
                        // nested list's first label or a table note's letter (or, with no text, vanishing); an
                        // item that does not open with a paragraph gets its label on a line of its own.
                        blocks.insert(labelLine(label, width: width, inner, source: l.source), at: idx)
                    }
                    first = false
                }
                out.append(contentsOf: blocks)
            }
            if first { out.append(labelLine(label, width: width, inner, source: l.source)) }   // an empty item keeps its label
            out.append(.endTag(.listItem))
        }
        out.append(.endTag(.list))
        return out
    }

    private mutating func quote(_ q: QuoteNode, _ scope: Scope) -> [FlowBlock] {
        var out: [FlowBlock] = [.beginTag(.blockQuote)]
        for (i, p) in q.paragraphs.enumerated() {
            var base = sheet.quote
            if let language = q.language {
                // A quotation in its original language: that language's direction (`ParagraphStyle.resolved`).
                base.language = language
                base.direction = .auto
            }
            var style = directed(base, scope)
            style.startIndent += scope.indent + scope.gutter + 24
            style.endIndent += 24
            if i == q.paragraphs.count - 1 && q.attribution != nil { style.keepWithNext = true }
            var block = TextBlock(content: p, style: style, label: nil, labelWidth: 0, tag: .paragraph, source: q.source)
            block.region = scope.direction
            block.footnoteNumbers = footnoteNumbers(p)
            out.append(.text(block))
        }
        if let a = q.attribution {
            var style = directed(sheet.attribution, scope)
            style.startIndent += scope.indent + scope.gutter + 24
            style.endIndent += 24
            var block = TextBlock(content: a, style: style, label: nil, labelWidth: 0, tag: .paragraph, source: q.source)
            block.region = scope.direction
            block.footnoteNumbers = footnoteNumbers(a)
            out.append(.text(block))
        }
        out.append(.endTag(.blockQuote))
        return out
    }

    /// A caption kept with the table, the table, and its notes lettered a, b, c (its own, then its cells' footnotes).
    private mutating func table(_ t: TableNode, _ scope: Scope) -> [FlowBlock] {
        var out: [FlowBlock] = []
        guard t.model.isPrinted else { return out }   // CSV-only tables
        if let caption = t.model.caption {
            var block = TextBlock(content: caption, style: directed(sheet.caption, scope), label: nil, labelWidth: 0,
                                  tag: .caption, anchor: "table-\(t.model.id)", source: t.source)
            block.region = scope.direction
            block.footnoteNumbers = footnoteNumbers(caption)
            out.append(.text(block))
        }
        let (model, notes) = TableCellNotes.lettered(t.model)
        out.append(.table(TableBlock(model: model, sheet: sheet, direction: scope.direction,
                                     documentLanguage: document.metadata.language, source: t.source)))
        for (i, note) in notes.enumerated() {
            var style = directed(sheet.note, scope)
            style.startIndent += 10
            var block = TextBlock(content: note, style: style, label: ListMarker.letters(i + 1), labelWidth: 10,
                                  tag: .note, source: t.source)
            block.region = scope.direction
            out.append(.text(block))
        }
        return out
    }

    /// A caption kept with a chart or timeline, and the figure itself unless it has nothing to draw (in the table
    /// cell style, in the region's direction: mirrored in a right-to-left region).
    private mutating func captioned(_ title: Text?, source: SourceLocation, _ scope: Scope, isEmpty: Bool,
                                    figure: (ParagraphStyle) -> FlowBlock) -> [FlowBlock] {
        var out: [FlowBlock] = []
        if let title { out.append(caption(title, scope, source: source)) }
        if isEmpty { return out }
        out.append(figure(directed(sheet.tableCell, scope)))
        return out
    }

    /// A figure's caption, kept with it.
    private mutating func caption(_ title: Text, _ scope: Scope, source: SourceLocation) -> FlowBlock {
        var block = TextBlock(content: title, style: directed(sheet.caption, scope), label: nil, labelWidth: 0, tag: .caption, source: source)
        block.region = scope.direction
        block.style.keepWithNext = true
        block.footnoteNumbers = footnoteNumbers(title)
        return .text(block)
    }

    private mutating func image(_ i: ImageNode, _ scope: Scope) -> [FlowBlock] {
        let pixels: Size
        do { pixels = try images.pixelSize(of: i.path) } catch {
            diagnostics.append(Diagnostic(.error, "image \(i.path): \(error)", source: i.source))
            return []
        }
        let aspect = pixels.height / max(pixels.width, 1)
        let size: Size
        switch (i.width, i.height) {
        case (let w?, _): size = Size(width: w, height: w * aspect)
        case (nil, let h?): size = Size(width: h / max(aspect, 1e-9), height: h)
        default: size = Size(width: pixels.width * 0.75, height: pixels.height * 0.75)  // 96 dpi
        }
        return [.image(ImageBlock(path: i.path, alt: i.alt, size: size, alignment: i.alignment, source: i.source,
                                  direction: scope.direction, isArtifact: i.isArtifact))]
    }
}

