import CPangoCairo
import Dossier
import DossierLayout
import Foundation

/// A PDF that could not be written.
public struct RenderError: Error, CustomStringConvertible {
    public let description: String
}

/// Draws laid-out pages with Cairo's PDF surface: shaped lines (never re-broken), rules, boxes, images,
/// links, destinations, outline, structure tags and metadata. Writes to a temporary file and renames it,
/// so a failure never leaves a half-written PDF under the final name.
public struct PDFRenderer {
    /// Version written into the Creator field.
    public static let version = "0.4.0"
    let shaper: PangoTextShaper
    /// Write structure tags (tagged PDF for screen readers). On by default.
    public var tagged: Bool

    public init(shaper: PangoTextShaper, tagged: Bool = true) { self.shaper = shaper; self.tagged = tagged }

    /// Renders `laidOut` to `url`. `creationDate` fixes the PDF dates (byte-identical output).
    public func render(_ laidOut: LaidOutDocument, document: Document, to url: URL, creationDate: Date) throws {
        try render(document: document, pageMap: laidOut.pageMap, to: url, creationDate: creationDate) { draw in
            laidOut.pages.forEach(draw)
        }
    }

    /// Lays out with `engine` and draws each page as soon as it is final, so large documents never hold
    /// all their pages. Returns the plan (page count, diagnostics) after the file is in place.
    /// - Parameter check: called with the plan before anything is drawn; throw to stop (e.g. `--strict`).
    @discardableResult
    public func render(_ document: Document, engine: LayoutEngine, to url: URL, creationDate: Date,
                       check: (LayoutPlan) throws -> Void = { _ in }) throws -> LayoutPlan {
        let plan = engine.plan(document)
        try check(plan)
        try render(document: document, pageMap: plan.pageMap, to: url, creationDate: creationDate) { draw in
            engine.emit(plan, document, to: draw)
        }
        return plan
    }

    /// Draws the pages `produce` hands out, in order, into `url`.
    public func render(document: Document, pageMap: PageMap, to url: URL, creationDate: Date,
                       produce: ((LaidOutPage) -> Void) -> Void) throws {
        let dir = url.deletingLastPathComponent()
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        defer { try? FileManager.default.removeItem(at: temp) }
        let first = pageMap.firstPageSize ?? document.geometry.size
        guard let surface = cairo_pdf_surface_create(temp.path, first.width, first.height),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw RenderError(description: "\(url.path): cannot create the PDF file")
        }
        var surfaceAlive = true
        defer { if surfaceAlive { cairo_surface_destroy(surface) } }
        setMetadata(surface, document.metadata, date: creationDate)
        let cr = cairo_create(surface)!
        var alts: [String] = []
        var artifactGroups: [Int] = []
        var painter = PagePainter(cr: cr, shaper: shaper, watermarkFamily: document.stylesheet.furniture.font.family,
                                  tagged: tagged)
        var currentSize = first
        produce { page in
            // Only on a change: cairo 1.16 drops the structure tree when set_size is called for an unchanged size.
            if page.size != currentSize {
                cairo_pdf_surface_set_size(surface, page.size.width, page.size.height)
                currentSize = page.size
            }
            cairo_pdf_surface_set_page_label(surface, page.label)
            let painted = painter.paint(page)
            alts += painted.alts
            artifactGroups.append(painted.artifactGroups)
            cairo_show_page(cr)
        }
        painter.tags.closeAll()
        painter.releaseImages()
        shaper.releaseCaches()
        addOutline(surface, pageMap)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError(description: "\(url.path): cairo failed: \(String(cString: cairo_status_to_string(status)))")
        }
        cairo_surface_destroy(surface)
        surfaceAlive = false
        HeapRelease.returnFreedMemory()
        // What cairo 1.16 cannot write: /Lang, /Alt on figures, dates with the D: prefix, keywords, artifacts,
        // link descriptions and tab order, the title shown by viewers, XMP metadata.
        try PDFIncrementalUpdate.appendUpdate(to: temp) { update in
            update.setLanguage(document.metadata.language)
            update.setInfo(creationDate: creationDate, modDate: creationDate)
            if !document.metadata.keywords.isEmpty { update.setKeywords(document.metadata.keywords.joined(separator: ", ")) }
            // Untagged: no Figure elements. Dossier draws figures (images, charts, timelines) as blocks, never in
            // paragraphs, headings, lists' labels or tables.
            if tagged && !alts.isEmpty {
                update.setFigureAlternateTexts(alts, figureFree: ["Table", "P", "H1", "H2", "H3", "H4", "H5", "H6", "Span",
                                                                  "Link", "Lbl", "Caption", "Note", "TOC"])
            }
            if tagged { update.setLanguages(ofType: "BlockQuote", document.quoteLanguages) }
            update.markFormXObjectsAsArtifacts(groupsPerPage: artifactGroups)
            update.displayDocumentTitle()
            update.scopeHeaderCellsToTheirColumns()
            update.setMetadataStream(XMPPacket.make(document.metadata, creatorTool: "Dossier \(Self.version)",
                                                    created: creationDate, modified: creationDate))
            update.describeLinks(Self.linkDescriptions(pageMap))
        }
        if rename(temp.path, url.path) != 0 {
            throw RenderError(description: "\(url.path): cannot move the finished PDF into place (errno \(errno))")
        }
    }

    /// What a screen reader says for a link to each anchor: the heading's title when the anchor is a heading's,
    /// and the page.
    static func linkDescriptions(_ map: PageMap) -> [String: String] {
        var titles: [String: String] = [:]
        for h in map.headings where titles[h.mark.anchor] == nil { titles[h.mark.anchor] = h.mark.title }
        var out: [String: String] = [:]
        for (anchor, label) in map.anchors {
            let page = "page \(label)"
            out[TagAttributes.destinationName(anchor)] = titles[anchor].map { "Go to \($0), \(page)" } ?? "Go to \(page)"
        }
        return out
    }

    private func setMetadata(_ s: OpaquePointer, _ m: DocumentMetadata, date: Date) {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        f.formatOptions = [.withInternetDateTime]
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, m.title)
        if !m.author.isEmpty { cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_AUTHOR, m.author) }
        if !m.subject.isEmpty { cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT, m.subject) }
        if !m.keywords.isEmpty { cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_KEYWORDS, m.keywords.joined(separator: ", ")) }
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "Dossier \(Self.version)")
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, f.string(from: date))
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, f.string(from: date))
    }

    /// Bookmarks from headings, nested by level.
    private func addOutline(_ s: OpaquePointer, _ map: PageMap) {
        var parents: [(level: Int, id: Int32)] = []
        for h in map.headings where h.mark.inContents {
            while let last = parents.last, last.level >= h.mark.level { parents.removeLast() }
            let parent = parents.last?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let link = "dest='\(TagAttributes.destinationName(h.mark.anchor))'"
            let id = cairo_pdf_surface_add_outline(s, parent, h.mark.title, link,
                                                   h.mark.level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0))
            parents.append((h.mark.level, id))
        }
    }
}
