import CPangoCairo
import Dossier
import DossierImages
import DossierLayout
import Foundation

/// Paints one page's items onto a cairo context.
struct PagePainter {
    let cr: OpaquePointer
    let shaper: PangoTextShaper
    let watermarkFamily: String
    var tags: TagWriter
    private var images: [String: OpaquePointer] = [:]
    /// Parsed SVGs by path (an emblem is drawn on many pages).
    private var svgs: [String: SVGImage] = [:]
    private var documentOpen = false

    init(cr: OpaquePointer, shaper: PangoTextShaper, watermarkFamily: String, tagged: Bool) {
        self.cr = cr; self.shaper = shaper; self.watermarkFamily = watermarkFamily
        tags = TagWriter(cr: cr, enabled: tagged)
    }

    /// Paints a page; returns the alt texts of its figures in order and the number of artifact groups drawn.
    ///
    /// In a tagged PDF what is not content is drawn in cairo groups, which cairo writes as form XObjects of their
    /// own: the watermark, the body's decoration (backgrounds, rules, borders, dot leaders; drawn under the text,
    /// which never needs to be covered by them) and the furniture (headers, footers, markings).
    /// `PDFArtifactMarker` then marks the content of those XObjects as `/Artifact`, so screen readers skip them
    /// (cairo 1.16 cannot write artifact tags itself). Untagged pages are drawn in the items' order.
    mutating func paint(_ page: LaidOutPage) -> (alts: [String], artifactGroups: Int) {
        var groups = 0
        if let w = page.watermark {
            drawAsArtifact { $0.paintWatermark(w, size: page.size) }
            groups += 1
        }
        var body = page.items
        if tags.enabled {
            let decoration = body.filter(\.isDecoration)
            if !decoration.isEmpty {
                drawAsArtifact { _ = $0.paintItems(decoration) }
                groups += 1
                body = body.filter { !$0.isDecoration }
            }
        }
        // The Document element opens after the first page's groups: cairo 1.16 stops marking the file as tagged
        // (no /MarkInfo) when a group is painted while Document is open and has no child yet.
        if !documentOpen {
            tags.begin(.document)
            documentOpen = true
        }
        var alts = paintItems(body)
        let isLink: (PageItem) -> Bool = { if case .link = $0 { return true } else { return false } }
        let furniture = page.furniture.filter { !isLink($0) }, links = page.furniture.filter(isLink)
        if !furniture.isEmpty {
            drawAsArtifact { alts += $0.paintItems(furniture) }
            groups += 1
        }
        alts += paintItems(links)   // link annotations are page-level, never inside a group
        return (alts, tags.enabled ? groups : 0)
    }

    /// Draws `body` into a group painted at once (a form XObject) when tagging; directly otherwise.
    private mutating func drawAsArtifact(_ body: (inout PagePainter) -> Void) {
        guard tags.enabled else { return body(&self) }
        cairo_save(cr)
        cairo_push_group(cr)
        body(&self)
        cairo_pop_group_to_source(cr)
        cairo_paint(cr)
        cairo_restore(cr)
    }

    /// Paints items in order; returns the alt texts of their figures.
    private mutating func paintItems(_ items: [PageItem]) -> [String] {
        var alts: [String] = []
        for item in items {
            switch item {
            case .text(let t): paintText(t)
            case .fill(let r, let c):
                setColor(c); cairo_rectangle(cr, r.x, r.y, r.width, r.height); cairo_fill(cr)
            case .line(let x1, let y1, let x2, let y2, let s):
                setColor(s.color); cairo_set_line_width(cr, s.width)
                cairo_move_to(cr, x1, y1); cairo_line_to(cr, x2, y2); cairo_stroke(cr)
            case .border(let r, let s):
                setColor(s.color); cairo_set_line_width(cr, s.width)
                cairo_rectangle(cr, r.x, r.y, r.width, r.height); cairo_stroke(cr)
            case .dots(let x1, let x2, let baseline, let c):
                setColor(c)
                cairo_save(cr)
                cairo_set_line_width(cr, 0.9)
                cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
                var dash: [Double] = [0, 3.2]
                cairo_set_dash(cr, &dash, 2, 0)
                let start = (x1 / 3.2).rounded(.up) * 3.2   // aligned dots line up from entry to entry
                cairo_move_to(cr, start, baseline - 0.5); cairo_line_to(cr, x2, baseline - 0.5); cairo_stroke(cr)
                cairo_restore(cr)
            case .image(let path, let rect, let alt):
                paintImage(path, rect)
                if let alt { alts.append(alt) }   // an artifact image has no Figure element
            case .alternateText(let alt):
                alts.append(alt)
            case .link(let r, let target):
                let attr: String
                switch target {
                case .anchor(let a): attr = "dest='\(TagAttributes.destinationName(a))'"
                case .uri(let u): attr = "uri='\(TagAttributes.uri(u))'"
                }
                cairo_tag_begin(cr, CAIRO_TAG_LINK, "\(attr) rect=[\(r.x) \(r.y) \(r.width) \(r.height)]")
                cairo_tag_end(cr, CAIRO_TAG_LINK)
            case .anchor(let name, let y):
                cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(TagAttributes.destinationName(name))' x=0 y=\(max(y - 4, 0))")
                cairo_tag_end(cr, CAIRO_TAG_DEST)
            case .heading, .partStart, .pageNumbering: break
            case .beginTag(let t): tags.begin(t)
            case .endTag(let t): tags.end(t)
            }
        }
        return alts
    }

    /// Frees the decoded images (end of document).
    mutating func releaseImages() {
        for image in images.values { cairo_surface_destroy(image) }
        images = [:]
        svgs = [:]
    }

    private func setColor(_ c: Color) { cairo_set_source_rgb(cr, c.red, c.green, c.blue) }

    /// Draws the lines the layout decided, at the positions it decided.
    private func paintText(_ t: TextItem) {
        let layout = shaper.layout(for: t.shaped.request)
        setColor(t.shaped.request.style.color)
        var y = t.y
        // The layout's lines are a linked list: walk to the first line once, then along. Why not a PangoLayoutIter:
        // making one computes the extents of every line of the layout, which cost more than drawing a table cell.
        var node = pango_layout_get_lines_readonly(layout)
        var index = 0
        while index < t.lines.lowerBound, let n = node { node = n.pointee.next; index += 1 }
        let text = pango_layout_get_text(layout)
        for i in t.lines {
            guard let n = node, let line = n.pointee.data?.assumingMemoryBound(to: PangoLayoutLine.self) else { break }
            let metrics = t.shaped.lines[i]
            paintRunsInReadingOrder(line, text: text, x: t.x + metrics.x, baseline: y + t.shaped.baseline(i),
                                    color: t.shaped.request.style.color)
            y += t.shaped.lineHeight(i)
            node = n.pointee.next
        }
    }

    /// Draws a line's runs where Pango placed them (left to right), in the order they are read: by their position in
    /// the text. Why: the PDF's content order is what text extraction follows. Drawn left to right, a right-to-left
    /// line mixing fonts or directions (Arabic beside «», numbers, Latin names) came out of MuPDF run by run in the
    /// wrong order; cairo already writes the glyphs inside a right-to-left run in reading order. The page looks the
    /// same. Colours (foreground attributes) and baseline shifts (superscripts) are applied per run, as Pango's
    /// renderer does; Dossier sets no other drawn attribute (no underline, strikethrough or shape).
    private func paintRunsInReadingOrder(_ line: UnsafeMutablePointer<PangoLayoutLine>, text: UnsafePointer<CChar>?, x: Points,
                                         baseline: Points, color: Color) {
        let scale = Double(PANGO_SCALE)
        var runs: [(offset: Int32, x: Points, run: UnsafeMutablePointer<PangoGlyphItem>)] = []
        var xOffset: Points = 0
        var node = line.pointee.runs
        while let n = node {
            if let run = n.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self), let item = run.pointee.item {
                runs.append((item.pointee.offset, x + xOffset, run))
                xOffset += Double(pango_glyph_string_get_width(run.pointee.glyphs)) / scale
            }
            node = n.pointee.next
        }
        runs.sort { $0.offset < $1.offset }
        for r in runs {
            setColor(Self.foreground(of: r.run) ?? color)
            cairo_move_to(cr, r.x, baseline - Double(r.run.pointee.y_offset) / scale)
            pango_cairo_show_glyph_item(cr, text, r.run)
        }
    }

    /// The colour a run's foreground attribute sets, if any.
    private static func foreground(of run: UnsafeMutablePointer<PangoGlyphItem>) -> Color? {
        var node = run.pointee.item?.pointee.analysis.extra_attrs
        var found: Color? = nil
        while let n = node {
            if let attr = n.pointee.data?.assumingMemoryBound(to: PangoAttribute.self), attr.pointee.klass.pointee.type == PANGO_ATTR_FOREGROUND {
                let c = UnsafeMutableRawPointer(attr).assumingMemoryBound(to: PangoAttrColor.self).pointee.color
                found = Color(red: Double(c.red) / 65535, green: Double(c.green) / 65535, blue: Double(c.blue) / 65535)
            }
            node = n.pointee.next
        }
        return found
    }

    /// Draws an SVG as vectors (librsvg onto the PDF page's context), a PNG as its pixels. Files were checked when
    /// laid out; one that cannot be drawn now leaves its space empty.
    private mutating func paintImage(_ path: String, _ rect: Rect) {
        if let svg = svgs[path] ?? (try? ImageFile(path: path))?.svgImage {
            svgs[path] = svg
            cairo_save(cr)
            try? svg.draw(on: cr, x: rect.x, y: rect.y, width: rect.width, height: rect.height)
            cairo_restore(cr)
            return
        }
        let image: OpaquePointer
        if let cached = images[path] { image = cached } else {
            guard let loaded = cairo_image_surface_create_from_png(path),
                  cairo_surface_status(loaded) == CAIRO_STATUS_SUCCESS else { return }
            images[path] = loaded
            image = loaded
        }
        let w = Double(cairo_image_surface_get_width(image)), h = Double(cairo_image_surface_get_height(image))
        cairo_save(cr)
        cairo_translate(cr, rect.x, rect.y)
        cairo_scale(cr, rect.width / w, rect.height / h)
        cairo_set_source_surface(cr, image, 0, 0)
        cairo_paint(cr)
        cairo_restore(cr)
    }

    /// Large, light, diagonal text behind the content.
    private func paintWatermark(_ text: String, size: Size) {
        var style = ParagraphStyle(font: FontSpec(family: watermarkFamily, size: 72, weight: .bold), alignment: .center)
        style.direction = .leftToRight
        let shaped = shaper.shape(TextRequest(text: StyledText(text), style: style, width: -1))
        let layout = shaper.layout(for: shaped.request)
        guard let line = pango_layout_get_line_readonly(layout, 0), let metrics = shaped.lines.first else { return }
        cairo_save(cr)
        cairo_translate(cr, size.width / 2, size.height / 2)
        cairo_rotate(cr, -atan2(size.height, size.width))
        let maxWidth = hypot(size.width, size.height) * 0.7
        let k = min(1, maxWidth / max(metrics.width, 1))
        cairo_scale(cr, k, k)
        cairo_set_source_rgb(cr, 0.9, 0.9, 0.9)   // opaque: drawn first, under everything; no transparency group
        cairo_move_to(cr, -metrics.width / 2, (metrics.ascent - metrics.descent) / 2)
        pango_cairo_show_layout_line(cr, line)
        cairo_restore(cr)
    }
}

private extension PageItem {
    /// Drawn for looks, not read: backgrounds, rules, borders and dot leaders.
    var isDecoration: Bool {
        switch self {
        case .fill, .line, .border, .dots: return true
        case .image(_, _, let alt): return alt == nil   // an artifact image
        default: return false
        }
    }
}
