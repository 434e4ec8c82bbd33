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
            // Markings sit in the outer band of the margins, at least 10 pt inside the paper edge.
            items += furnitureBlock(node, document: document, x: m.leading, y: 11, width: width, height: 16)
            items += furnitureBlock(node, document: document, x: m.leading, y: size.height - 24, width: width, height: 16)
        }
        return items.filter {
            switch $0 {
            case .beginTag, .endTag, .heading, .anchor, .partStart, .pageNumbering, .alternateText: return false
            default: return true
            }
        }
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
