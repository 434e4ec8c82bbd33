import Dossier
import DossierLayout
import DossierPDF
import DossierRender
import Foundation
import XCTest

/// Headers, footers, markings, watermarks and the body's rules and backgrounds are drawn but not read out: they
/// sit in form XObjects whose content is an `/Artifact` marked-content sequence, while every other piece of text
/// is tagged (has an MCID that a structure element refers to — also beside links, which cairo makes child elements).
final class ArtifactTests: XCTestCase {
    static let renders = SampleRender()

    override class func tearDown() {
        renders.removeAll()
        super.tearDown()
    }

    private static let geometry = PageGeometry(paper: .a4, margins: EdgeInsets(all: Length.mm(25)))

    /// Asserts the artifact rule on every page of `pdf`: body text tagged (each MCID in the structure tree), no
    /// rule or fill outside marked content, and `forms` form XObjects per page whose content is all artifact
    /// (text and drawing), one of them holding the furniture's text.
    private func assertFurnitureIsArtifact(_ pdf: URL, forms: ClosedRange<Int>, file: StaticString = #filePath, line: UInt = #line) throws {
        let streams = try DecodedStreams.load(pdf)
        XCTAssertTrue(try PDFTools.info(pdf).tagged, "pdfinfo should say Tagged: yes", file: file, line: line)
        let check = try PDFTools.qpdfCheck(pdf)
        XCTAssertEqual(check.status, 0, check.summary, file: file, line: line)
        XCTAssertFalse(check.stdout.contains("WARNING"), check.summary, file: file, line: line)
        let referenced = streams.referencedMCIDs()
        for page in streams.document.pages.indices {
            let body = MarkedContentCensus(streams.pageContent(page))
            XCTAssertTrue(body.balanced, "page \(page + 1): marked content does not pair up", file: file, line: line)
            let orphans = body.mcids.subtracting(referenced[page] ?? [])
            XCTAssertEqual(orphans, [], "page \(page + 1): marked content no structure element refers to", file: file, line: line)
            XCTAssertGreaterThan(body.tagged, 0, "page \(page + 1) has no tagged text", file: file, line: line)
            XCTAssertEqual(body.unmarked, 0, "page \(page + 1): text outside both structure and artifacts", file: file, line: line)
            XCTAssertEqual(body.artifact, 0, "page \(page + 1): artifact text in the page content", file: file, line: line)
            XCTAssertEqual(body.unmarkedPaths, 0, "page \(page + 1): rules or fills outside artifacts", file: file, line: line)
            let pageForms = streams.pageForms(page)
            XCTAssertTrue(forms.contains(pageForms.count), "page \(page + 1): \(pageForms.count) form XObjects", file: file, line: line)
            var furnitureText = 0
            for form in pageForms {
                let census = MarkedContentCensus(form.content)
                XCTAssertTrue(census.balanced, "page \(page + 1) \(form.ref)", file: file, line: line)
                XCTAssertEqual(census.tagged + census.unmarked + census.unmarkedPaths, 0,
                               "page \(page + 1) \(form.ref): content not marked as artifact", file: file, line: line)
                XCTAssertTrue(form.content.starts(with: Data("/Artifact BMC".utf8)), "page \(page + 1) \(form.ref)", file: file, line: line)
                furnitureText += census.artifact
            }
            XCTAssertGreaterThan(furnitureText, 0, "page \(page + 1): no furniture text in artifacts", file: file, line: line)
        }
    }

    func testOIAWatermarkHeaderFooterAndMarkingsAreArtifacts() throws {
        let r = try Self.renders.oia()
        XCTAssertEqual(r.result.status, 0, r.result.stderr)
        try assertFurnitureIsArtifact(r.pdf, forms: 2...3)   // watermark, rules and fills (most pages), furniture
        // Header cells head their columns (cairo cannot write the attribute).
        let qpdf = try QPDFDocument.load(r.pdf)
        let headers = qpdf.structureElements("/TH")
        XCTAssertGreaterThan(headers.count, 10)
        for th in headers {
            let attributes = try XCTUnwrap(qpdf.dict(th["/A"]), "TH without attributes")
            XCTAssertEqual(attributes["/O"] as? String, "/Table")
            XCTAssertEqual(attributes["/Scope"] as? String, "/Column")
        }
        // Rows are grouped: header rows in THead (so that the header search need not read the body), the rest in
        // TBody or TFoot, every group in a Table.
        let rows = qpdf.structureElements("/TR")
        XCTAssertGreaterThan(rows.count, 10)
        for row in rows {
            let group = try XCTUnwrap(qpdf.dict(row["/P"]), "TR without a parent")
            let groupType = try XCTUnwrap(group["/S"] as? String)
            XCTAssertEqual(qpdf.dict(group["/P"])?["/S"] as? String, "/Table")
            let cellTypes = Set((qpdf.array(row["/K"]) ?? []).compactMap { qpdf.dict($0)?["/S"] as? String })
            switch groupType {
            case "/THead": XCTAssertEqual(cellTypes, ["/TH"])
            case "/TBody", "/TFoot": XCTAssertEqual(cellTypes, ["/TD"])
            default: XCTFail("TR in \(groupType)")
            }
        }
        let headGroups = qpdf.structureElements("/THead").count
        XCTAssertGreaterThan(headGroups, 0)
        XCTAssertLessThanOrEqual(headGroups, qpdf.structureElements("/Table").count, "at most one header group per table piece")
        // Still drawn: the furniture is visible on every page.
        let pages = try PDFTools.pagesText(r.pdf, mode: .raw)
        for (i, text) in pages.enumerated() {
            let flat = TextMatch.normalize(text)
            XCTAssertTrue(flat.contains("Page \(i + 1) of \(pages.count)"), "page \(i + 1): \(flat.prefix(200))")
            XCTAssertTrue(flat.contains("CONFIDENTIAL"), "page \(i + 1)")
        }
    }

    func testVisitSummaryFurnitureIsArtifact() throws {
        let r = try Self.renders.kenya()
        XCTAssertEqual(r.result.status, 0, r.result.stderr)
        try assertFurnitureIsArtifact(r.pdf, forms: 1...2)   // no watermark on the visit summary
    }

    func testPackFurnitureIsArtifactOnEveryDocument() throws {
        let r = try Self.renders.pack(duplex: false)
        XCTAssertEqual(r.result.status, 0, r.result.stderr)
        try assertFurnitureIsArtifact(r.pdf, forms: 2...3)
    }

    /// Images are image XObjects, not forms: they stay tagged Figures next to artifact furniture.
    func testFiguresStayContentBesideArtifacts() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let png = dir.file("chart.png")
        try TinyPNG.data(width: 24, height: 12) { x, y in (UInt8(x * 10), UInt8(y * 20), 90) }.write(to: png)
        let template = PageTemplate(header: { _ in Paragraph("Running header").nodes }, marking: Marking("RESTRICTED"),
                                    watermark: "DRAFT")
        let doc = Document(id: "figures", metadata: DocumentMetadata(title: "Figures", language: "en"),
                           geometry: Self.geometry, stylesheet: LibraryRender.sheet, pageTemplate: template) {
            Heading("Figures", level: 1)
            for i in 1...3 {
                Paragraph(NavigationTests.filler(i, sentences: 30))
                Image(png.path, alt: "Chart \(i)", width: 300)
            }
        }
        let (pdf, laidOut) = try LibraryRender.render(doc, in: dir)
        XCTAssertEqual(laidOut.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        XCTAssertGreaterThan(laidOut.pages.count, 1)
        try assertFurnitureIsArtifact(pdf, forms: 2...3)
        let qpdf = try QPDFDocument.load(pdf)
        XCTAssertEqual(qpdf.structureElements("/Figure").count, 3)
    }

    /// cairo makes every link a child structure element and marks content only in leaf elements: the text of a
    /// paragraph, contents entry or cell with a link is in a Span beside the Link, also on the page of a split
    /// paragraph where the link is not, so no text is left untagged or orphaned.
    func testTextBesideLinksIsTagged() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let rows = ["alpha", "beta", "gamma"]
        let doc = Document(id: "links", metadata: DocumentMetadata(title: "Links", language: "en"),
                           geometry: Self.geometry, stylesheet: LibraryRender.sheet) {
            TableOfContents(maxLevel: 1)
            Heading("Cross-references", level: 1)
            Paragraph(Text(NavigationTests.filler(1, sentences: 70) + " As shown on page ") + .pageRef("sec-gamma") + Text("."))
            Paragraph(Text("See the ") + Text("Committee's site").link(.uri("https://www.un.org/securitycouncil/ctc/")) + Text("."))
            Table(rows, id: "refs") {
                Column<String>("Section", key: "section") { $0 }
                Column<String>("Page", key: "page") { .pageRef("sec-\($0)") }
            }
            for name in rows {
                Section(name.capitalized) { Paragraph(NavigationTests.filler(name.count, sentences: 20)) }.anchor("sec-\(name)")
            }
        }
        let (pdf, laidOut) = try LibraryRender.render(doc, in: dir)
        XCTAssertEqual(laidOut.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        XCTAssertGreaterThan(laidOut.pages.count, 2)
        try assertFurnitureIsArtifact(pdf, forms: 1...2)
        // The long paragraph is split: its first page has no link, yet its text is in a Span there too.
        let qpdf = try QPDFDocument.load(pdf)
        let links = qpdf.links
        XCTAssertGreaterThanOrEqual(links.count, 1 + 3 + 4, "contents entries, table cells and the page reference")
        XCTAssertEqual(qpdf.structureElements("/Link").count, links.count, "one Link element per link annotation")
        XCTAssertGreaterThan(qpdf.structureElements("/Span").count, 0)
        // What a screen reader says for each link, the structure tab order, and the title in the window.
        let annotations = qpdf.dictionaries.map(\.dict).filter { $0["/Subtype"] as? String == "/Link" }
        let said = annotations.compactMap { QPDFDocument.string(qpdf.resolve($0["/Contents"])) }
        XCTAssertEqual(said.count, annotations.count, "every link has a /Contents description")
        let gammaPage = try XCTUnwrap(laidOut.pageMap.anchors["sec-gamma"])
        XCTAssertTrue(said.contains("Go to Gamma, page \(gammaPage)"), "\(said)")
        XCTAssertTrue(said.contains("Link to https://www.un.org/securitycouncil/ctc/"), "\(said)")
        for link in links {
            let page = try XCTUnwrap(qpdf.dict(qpdf.pages[link.page - 1]))
            XCTAssertEqual(page["/Tabs"] as? String, "/S", "page \(link.page)")
        }
        XCTAssertEqual(qpdf.dict(qpdf.catalog["/ViewerPreferences"])?["/DisplayDocTitle"] as? Bool, true)
    }

    /// XMP metadata beside the Info dictionary: the same title, author, subject, keywords, language and dates,
    /// well-formed XML with markup characters escaped.
    func testXMPMetadataRepeatsTheDocumentInformation() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let metadata = DocumentMetadata(title: "Kenya & Somalia: <draft> \"brief\"", author: "CTED", subject: "Briefing — مجلس الأمن",
                                        keywords: ["counter-terrorism", "Kenya"], language: "en")
        let doc = Document(id: "xmp", metadata: metadata, geometry: Self.geometry, stylesheet: LibraryRender.sheet) {
            Paragraph("Body text.")
        }
        let (pdf, _) = try LibraryRender.render(doc, in: dir)
        let streams = try DecodedStreams.load(pdf)
        let qpdf = streams.document
        let ref = try XCTUnwrap(qpdf.catalog["/Metadata"] as? String)
        XCTAssertEqual(qpdf.dict(ref)?["/Subtype"] as? String, "/XML")
        let xml = try XCTUnwrap(streams.data[ref])
        let parsed = try XMPFields.parse(xml)
        XCTAssertEqual(parsed["dc:title"], [metadata.title])
        XCTAssertEqual(parsed["dc:creator"], ["CTED"])
        XCTAssertEqual(parsed["dc:description"], [metadata.subject])
        XCTAssertEqual(parsed["dc:subject"], ["counter-terrorism", "Kenya"])
        XCTAssertEqual(parsed["dc:language"], ["en"])
        XCTAssertEqual(parsed["xmp:CreateDate"], ["2018-07-31T00:00:00Z"])
        XCTAssertEqual(parsed["xmp:CreatorTool"], ["Dossier \(PDFRenderer.version)"])
        XCTAssertEqual(qpdf.infoString("/Title"), metadata.title, "the Info dictionary says the same")
        XCTAssertEqual(try PDFTools.qpdfCheck(pdf).status, 0)
    }

    /// Without tags there is no structure to keep furniture out of: it is drawn directly, with no forms.
    func testUntaggedPDFDrawsFurnitureDirectly() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let doc = Document(id: "untagged", metadata: DocumentMetadata(title: "Untagged", language: "en"),
                           geometry: Self.geometry, stylesheet: LibraryRender.sheet,
                           pageTemplate: PageTemplate(watermark: "DRAFT")) {
            for i in 1...12 { Paragraph(NavigationTests.filler(i, sentences: 12)) }
            BarChart("Figures without tags", bars: [("One", 1), ("Two", 2)])   // alternative text has nowhere to go
        }
        let pdf = dir.file("untagged.pdf")
        try DocumentRenderer(fontDirectory: nil).render(doc, pdf: pdf, settings: RenderSettings(tagged: false, fallbackDate: LibraryRender.creationDate))
        XCTAssertFalse(try PDFTools.info(pdf).tagged)
        let streams = try DecodedStreams.load(pdf)
        XCTAssertGreaterThan(streams.document.pages.count, 1)
        for page in streams.document.pages.indices {
            XCTAssertEqual(streams.pageForms(page).count, 0, "page \(page + 1)")
            XCTAssertGreaterThan(MarkedContentCensus(streams.pageContent(page)).unmarked, 0)
        }
        let text = TextMatch.normalize(try PDFTools.text(pdf, mode: .raw))
        XCTAssertTrue(text.contains("Page 1 of \(streams.document.pages.count)"))
        XCTAssertTrue(text.contains("Figures without tags"))
    }
}
