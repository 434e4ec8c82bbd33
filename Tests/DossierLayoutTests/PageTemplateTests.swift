import Dossier
import DossierLayout
import XCTest

/// Page furniture: headers, footers with forward page counts, first-page variants, landscape sections,
/// markings and watermarks. Pages are 300 × 400 pt frames on A4 paper, so the margins hold the furniture.
final class PageTemplateTests: XCTestCase {
    private func doc(_ template: PageTemplate, @BlockBuilder _ body: () -> [Node]) -> Document {
        Fixture.document(width: 300, height: 400, template: template, body: body)
    }

    /// Lines above the body frame, below it, and inside it.
    private func zones(_ d: Document, _ page: LaidOutPage) -> (top: [String], bottom: [String], body: [String]) {
        let frame = d.frame(of: page)
        var top: [String] = [], bottom: [String] = [], body: [String] = []
        for l in page.lines {
            if l.rect.maxY <= frame.y + 0.01 { top.append(l.text) }
            else if l.rect.y >= frame.maxY - 0.01 { bottom.append(l.text) }
            else { body.append(l.text) }
        }
        return (top, bottom, body)
    }

    /// Enough text for about `pages` pages of 40 lines of 60 characters.
    private func filler(pages: Int) -> Paragraph { Paragraph(Fixture.words("f", pages * 40 * 12)) }

    func testPageXOfYFooterOnEveryPageWithTheTrueCount() {
        let d = doc(PageTemplate()) { filler(pages: 3); Paragraph("end") }
        let laid = Fixture.layout(d)
        let n = laid.pages.count
        XCTAssertGreaterThanOrEqual(n, 4)
        for (i, page) in laid.pages.enumerated() {
            XCTAssertEqual(zones(d, page).bottom, ["Page \(i + 1) of \(n)"], "page \(i + 1)")
        }
    }

    func testFirstPageHasItsOwnHeader() {
        let template = PageTemplate(header: { _ in Paragraph("RUNNING").nodes }, footer: { _ in [] },
                                    firstPageHeader: { _ in Paragraph("FIRST").nodes })
        let d = doc(template) { filler(pages: 2) }
        let laid = Fixture.layout(d)
        XCTAssertGreaterThanOrEqual(laid.pages.count, 2)
        XCTAssertEqual(zones(d, laid.page(0)).top, ["FIRST"])
        for page in laid.pages.dropFirst() { XCTAssertEqual(zones(d, page).top, ["RUNNING"]) }
    }

    func testHeaderSeesTheCurrentSectionTitle() {
        let template = PageTemplate(header: { ctx in Paragraph(ctx.sectionTitle ?? "-").nodes }, footer: { _ in [] })
        let d = doc(template) {
            Section("Alpha") { filler(pages: 1) }
            Section("Beta") { Paragraph("b") }.startsOnNewPage()
        }
        let laid = Fixture.layout(d)
        XCTAssertEqual(laid.pages.map { zones(d, $0).top }.first, ["Alpha"])
        XCTAssertEqual(laid.pages.map { zones(d, $0).top }.last, ["Beta"])
    }

    func testLandscapeSectionThenPortraitAgain() {
        let d = doc(Fixture.bare) {
            Paragraph("before")
            Section("Annex") { Paragraph(Fixture.words("l", 700)) }.landscape()
            Paragraph("after")
        }
        let laid = Fixture.layout(d)
        let portrait = Fixture.paper, landscape = Size(width: portrait.height, height: portrait.width)
        let sizes = laid.pages.map(\.size)
        XCTAssertEqual(sizes.first, portrait)
        XCTAssertEqual(sizes.last, portrait)
        XCTAssertGreaterThanOrEqual(sizes.filter { $0 == landscape }.count, 2, "the annex spans landscape pages")
        XCTAssertEqual(sizes.dropFirst().dropLast(), ArraySlice(Array(repeating: landscape, count: sizes.count - 2)))
        for (i, page) in laid.pages.enumerated() {
            let body = zones(d, page).body.joined(separator: " ")
            if page.size == landscape { XCTAssertFalse(body.contains("before") || body.contains("after"), "page \(i + 1)") }
            else { XCTAssertFalse(body.contains("l001"), "page \(i + 1)") }
        }
        XCTAssertLinesInsideFrame(laid, of: d)
    }

    func testLandscapeSectionAtTheStartAddsNoBlankPage() {
        let d = doc(Fixture.bare) { Section { Paragraph("wide") }.landscape(); Paragraph("tall") }
        let laid = Fixture.layout(d)
        XCTAssertEqual(laid.pages.map { $0.lines.map(\.text) }, [["wide"], ["tall"]])
        XCTAssertEqual(laid.pages.first?.size.width, Fixture.paper.height)
    }

    func testMarkingsAtTopAndBottomOfEveryPage() {
        let d = doc(PageTemplate(footer: { _ in [] }, marking: Marking("CONFIDENTIAL"))) { filler(pages: 2) }
        let laid = Fixture.layout(d)
        XCTAssertGreaterThanOrEqual(laid.pages.count, 2)
        for page in laid.pages {
            let z = zones(d, page)
            XCTAssertEqual(z.top, ["CONFIDENTIAL"])
            XCTAssertEqual(z.bottom, ["CONFIDENTIAL"])
            let marks = page.lines.filter { $0.text == "CONFIDENTIAL" }
            XCTAssertLessThan(marks[0].rect.y, 20)
            XCTAssertGreaterThan(marks[1].rect.maxY, page.size.height - 20)
            XCTAssertTrue(marks.allSatisfy { $0.rect.x >= 0 && $0.rect.maxX <= page.size.width })
        }
    }

    func testWatermarkOnEveryPage() {
        let laid = Fixture.layout(doc(PageTemplate(watermark: "DRAFT")) { filler(pages: 2) })
        XCTAssertGreaterThanOrEqual(laid.pages.count, 2)
        XCTAssertEqual(Set(laid.pages.map(\.watermark)), ["DRAFT"])
        XCTAssertEqual(Set(Fixture.layout(doc(PageTemplate()) { filler(pages: 1) }).pages.map(\.watermark)), [nil])
    }

    func testTableOfContentsAtTheStartAddsNoBlankPage() {
        let d = doc(Fixture.bare) {
            TableOfContents()
            Section("Alpha") { Paragraph("a") }
            Section("Beta") { Paragraph("b") }
        }
        let laid = Fixture.layout(d)
        XCTAssertEqual(laid.pages.count, 1, "\(laid.pages.map { $0.lines.map(\.text) })")
        XCTAssertEqual(laid.lines(onPage: 0).prefix(2), ["Alpha", "1"])
    }

    func testContentsAndPageReferencesShowTheTruePages() {
        let d = doc(Fixture.bare) {
            TableOfContents()
            Paragraph(Text("see page ") + .pageRef("beta"))
            Section("Alpha") { filler(pages: 2) }
            Section("Beta") { Paragraph("b") }.anchor("beta")
        }
        let laid = Fixture.layout(d)
        let betaPage = laid.pages.firstIndex { $0.headings.contains { $0.title == "Beta" } }.map { $0 + 1 }
        XCTAssertNotNil(betaPage)
        XCTAssertEqual(laid.pageMap.anchors["beta"], betaPage.map(String.init))
        let first = laid.lines(onPage: 0)
        XCTAssertTrue(first.contains("see page \(betaPage ?? 0)"), "\(first)")
        XCTAssertLessThanOrEqual(laid.passes, 5)
        XCTAssertTrue(laid.diagnostics.isEmpty, laid.diagnosticText)
    }

    func testAnchorBeforeALandscapeSectionMakesNoBlankPage() {
        let d = doc(Fixture.bare) {
            Paragraph("first")
            PageBreak()
            Anchor("annex")
            Section { Paragraph("wide") }.landscape()
            Anchor("end")
        }
        let laid = Fixture.layout(d)
        XCTAssertEqual(laid.pages.map { $0.lines.map(\.text) }, [["first"], ["wide"]])
        XCTAssertEqual(laid.pageMap.anchors["annex"], "2")
        XCTAssertEqual(laid.pageMap.anchors["end"], "2")
    }

    func testFurnitureWarningsAreKeptBesideOtherWarnings() {
        // One page, an unknown page reference, and a header too tall for the top margin.
        let template = PageTemplate(header: { _ in Paragraph(Fixture.words("h", 240)).nodes }, footer: { _ in [] })
        let laid = Fixture.layout(doc(template) { Paragraph(Text("see page ") + .pageRef("nowhere")) })
        XCTAssertEqual(laid.pages.count, 1)
        XCTAssertFalse(laid.diagnostics(containing: "unknown anchor").isEmpty, laid.diagnosticText)
        XCTAssertFalse(laid.diagnostics(containing: "does not fit in the margin").isEmpty, laid.diagnosticText)
    }
}
