import Dossier

extension LayoutContext {
    /// Header, footer and markings of a page, laid out in its margins. Furniture is not tagged as content.
    func furniture(for page: BodyPage, context: PageContext, template: PageTemplate, document: Document) -> [PageItem] {
        let g = page.geometry
        let size = g.size
        let m = g.margins
        var items: [PageItem] = []
        let width = size.width - m.horizontal
        let headerTop = max(24, m.top * 0.45)
        items += furnitureBlock(template.headerNodes(context), document: document, x: m.leading, y: headerTop,
                                width: width, height: max(m.top - headerTop - 4, 10))
        let footerTop = size.height - m.bottom + 14
        items += furnitureBlock(template.footerNodes(context), document: document, x: m.leading, y: footerTop,
                                width: width, height: max(m.bottom - 14 - 24, 10))
        if let marking = template.marking {
            let node = Paragraph(Text(marking.text).bold().color(marking.color)).alignment(.center).nodes
            // Markings sit in the outer band of the margins, their glyphs at least 11 pt inside the paper edge (fonts with
            // tall ascents, such as Noto Naskh Arabic, reach above their line box: the marking moves in).
            let inside = (top: 11.0, bottom: size.height - 11)
            items += keptInside(furnitureBlock(node, document: document, x: m.leading, y: 11, width: width, height: 16), inside)
            items += keptInside(furnitureBlock(node, document: document, x: m.leading, y: size.height - 24, width: width, height: 16), inside)
        }
        return items.filter {
            switch $0 {
            case .beginTag, .endTag, .heading, .anchor, .partStart, .pageNumbering, .alternateText: return false
            default: return true
            }
        }
    }

    /// Items moved down or up so that their text's ascent and descent stay between `band.top` and `band.bottom`.
    private func keptInside(_ items: [PageItem], _ band: (top: Points, bottom: Points)) -> [PageItem] {
        var top = Points.infinity, bottom = -Points.infinity
        for case .text(let t) in items {
            var y = t.y
            for i in t.lines {
                let l = t.shaped.lines[i]
                top = min(top, y + t.shaped.baseline(i) - l.ascent)
                bottom = max(bottom, y + t.shaped.baseline(i) + l.descent)
                y += t.shaped.lineHeight(i)
            }
        }
        guard top.isFinite else { return items }
        let dy = top < band.top ? band.top - top : (bottom > band.bottom ? band.bottom - bottom : 0)
        return dy == 0 ? items : items.map { $0.offsetBy(dx: 0, dy: dy) }
    }

    private func furnitureBlock(_ nodes: [Node], document: Document, x: Points, y: Points, width: Points, height: Points) -> [PageItem] {
        guard !nodes.isEmpty else { return [] }
        var doc = document
        doc.stylesheet.body = document.stylesheet.furniture
        doc.stylesheet.numberWidth = 0
        doc.headingNumbering = .none
        doc.body = nodes
        var flattener = Flattener(document: doc, images: ImageInfoReader())
        let blocks = flattener.flatten()
        diagnostics += flattener.diagnostics
        let r = layoutSequence(blocks, in: Space(width: width, height: height, fresh: true, regionHeight: height), allowPageBreaks: false)
        if !r.rest.isEmpty {
            diagnostics.append(Diagnostic(.warning, "page header or footer does not fit in the margin"))
        }
        return r.fragment.items.map { $0.offsetBy(dx: x, dy: y) }
    }
}
