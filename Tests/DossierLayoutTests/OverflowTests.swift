import Dossier
import DossierLayout
import Foundation
import XCTest

/// Content taller or wider than a page: split when it can be, overflow with a diagnostic when it cannot,
/// never loop and never drop. Pages are 100 × 100 pt (ten 10 pt lines of twenty characters).
final class OverflowTests: XCTestCase {
    private func para(_ prefix: Character, lines: Int) -> Paragraph { Paragraph(Fixture.words(prefix, lines * 4)) }
    private func words(_ prefix: Character, _ n: Int) -> [String] { Fixture.words(prefix, n).split(separator: " ").map(String.init) }

    func testHugeParagraphMidPageFillsPagesInOrder() {
        let doc = Fixture.document { para("a", lines: 3); para("b", lines: 240) }
        let laid = Fixture.layout(doc)
        XCTAssertEqual(laid.pages.count, 25)
        XCTAssertEqual(laid.words, words("a", 12) + words("b", 960))
        XCTAssertLinesInsideFrame(laid, of: doc)
    }

    func testBoxTallerThanAPageSplitsAndKeepsAllItsContent() {
        let doc = Fixture.document { para("a", lines: 2); Box { para("b", lines: 30) }; para("c", lines: 1) }
        let laid = Fixture.layout(doc)
        XCTAssertEqual(laid.words, words("a", 8) + words("b", 120) + words("c", 4))
        XCTAssertGreaterThan(laid.pages.count, 3)
        XCTAssertLinesInsideFrame(laid, of: doc)
        for (p, page) in laid.pages.enumerated() where page.words.contains(where: { $0.hasPrefix("b") }) {
            XCTAssertEqual(page.borders.count, 1, "page \(p + 1) draws its piece of the box")
            for r in page.borders { XCTAssertTrue(doc.frame(of: page).contains(r), "page \(p + 1): border \(r) leaves the frame") }
        }
        XCTAssertTrue(laid.diagnostics.isEmpty, laid.diagnosticText)
    }

    func testNestedBoxesTallerThanAPageSplit() {
        let doc = Fixture.document {
            Box { para("a", lines: 2); Box { para("b", lines: 20); Box { para("c", lines: 10) } }; para("d", lines: 2) }
        }
        let laid = Fixture.layout(doc)
        XCTAssertEqual(laid.words, words("a", 8) + words("b", 80) + words("c", 40) + words("d", 8))
        XCTAssertLinesInsideFrame(laid, of: doc)
    }

    func testBoxStartingWithAListAtThePageFootMovesWhole() {
        // Nothing of the list fits under the box's padding: the box must not leave an empty shell behind.
        let doc = Fixture.document {
            para("a", lines: 8)
            Box { List(items: [Text(Fixture.words("b", 3)), Text(Fixture.words("c", 3))]) }
        }
        let laid = Fixture.layout(doc)
        XCTAssertEqual(laid.pages.count, 2)
        XCTAssertTrue(laid.page(0).borders.isEmpty, "an empty box piece was left on page 1")
        XCTAssertEqual(laid.page(1).borders.count, 1)
    }

    func testKeepTogetherLargerThanAPageSplitsWithAWarning() {
        let line = #line; let doc = Fixture.document { para("a", lines: 3); KeepTogether { para("b", lines: 8); para("c", lines: 8) } }
        let laid = Fixture.layout(doc)
        XCTAssertEqual(laid.words, words("a", 12) + words("b", 32) + words("c", 32))
        let warnings = laid.diagnostics(containing: "keep-together")
        XCTAssertEqual(warnings.count, 1, laid.diagnosticText)
        XCTAssertEqual(warnings.first?.severity, .warning)
        XCTAssertEqual(warnings.first?.source?.line, line)
        // The group starts on a fresh page (it could not stay beside the first paragraph), then splits.
        XCTAssertEqual(laid.page(0).lines.count, 3)
        XCTAssertLinesInsideFrame(laid, of: doc)
    }

    func testLineTallerThanThePageOverflowsWithADiagnosticNamingTheTemplateLine() {
        let line = #line; let doc = Fixture.document { para("a", lines: 2); Paragraph("AB").fontSize(150); para("c", lines: 1) }
        let laid = Fixture.layout(doc, maxPages: 20)
        XCTAssertEqual(laid.words, words("a", 8) + ["A", "B"] + words("c", 4))
        let d = laid.diagnostics(containing: "taller than the page")
        XCTAssertFalse(d.isEmpty, laid.diagnosticText)
        XCTAssertEqual(d.first?.source?.line, line)
        XCTAssertEqual(d.first?.source?.file.hasSuffix("OverflowTests.swift"), true)
        // 150 pt characters are 75 pt wide: one per line, each line inside the frame's width.
        for page in laid.pages { for l in page.lines { XCTAssertLessThanOrEqual(l.rect.width, 100) } }
        for page in laid.pages {
            let frame = doc.frame(of: page)
            for l in page.lines { XCTAssertTrue(l.rect.x >= frame.x && l.rect.maxX <= frame.maxX + 0.01, "\(l.text) at \(l.rect)") }
        }
    }

    func testPageBudgetStopsARunawayDocument() {
        let laid = Fixture.layout(Fixture.document { para("a", lines: 1_000) }, maxPages: 5)
        let errors = laid.diagnostics(containing: "page budget")
        XCTAssertEqual(errors.count, 1, laid.diagnosticText)
        XCTAssertEqual(errors.first?.severity, .error)
        XCTAssertLessThanOrEqual(laid.pages.count, 6)
    }

    func testUnbreakableWordWiderThanTheColumnBreaksBetweenCharacters() {
        let word = String(repeating: "x", count: 297) + "END"
        let doc = Fixture.document { Paragraph("short " + word + " tail") }
        let laid = Fixture.layout(doc)
        let lines = laid.pages.flatMap(\.lines)
        XCTAssertEqual(lines.map(\.text).joined(), "short" + word + "tail")
        for l in lines { XCTAssertLessThanOrEqual(l.rect.width, 100.0001, "\(l.text)") }
        XCTAssertLinesInsideFrame(laid, of: doc)
    }

    func testUnbreakableWordInANestedListStaysInTheFrame() {
        let word = String(repeating: "y", count: 120)
        let doc = Fixture.document {
            List(.numbered) {
                ListItem { Paragraph("one"); List(.lettered) { ListItem { Paragraph(word) } } }
            }
        }
        let laid = Fixture.layout(doc)
        XCTAssertEqual(laid.pages.flatMap(\.lines).map(\.text).filter { $0.hasPrefix("y") }.joined(), word)
        XCTAssertLinesInsideFrame(laid, of: doc)
    }

    func testIndentsWiderThanTheFrameStillLeaveRoomInsideIt() {
        // Five nested numbered lists indent 130 pt in a 100 pt frame.
        func nest(_ depth: Int) -> [Node] {
            depth == 0 ? Paragraph("deep text here").nodes
                : List(.numbered) { ListItem { Paragraph("level\(depth)"); nest(depth - 1) } }.nodes
        }
        let doc = Fixture.document { nest(5) }
        let laid = Fixture.layout(doc)
        // Narrow columns break words between characters: compare the characters.
        let text = laid.pages.flatMap(\.lines).map(\.text).filter { $0 != "1." }.joined().replacingOccurrences(of: " ", with: "")
        XCTAssertEqual(text, "level5level4level3level2level1deeptexthere")
        XCTAssertLinesInsideFrame(laid, of: doc)
    }

    func testLabelsWiderThanTheirGutterAreDrawnWhole() {
        // A 20 pt font makes "(viii)" 60 pt wide in a 26 pt gutter: it must not be cut to "(vi".
        let doc = Fixture.document(width: 300, height: 300, size: 20) {
            List(.roman, items: (1...8).map { Text("item\($0)") })
        }
        let laid = Fixture.layout(doc)
        let labels = laid.pages.flatMap(\.lines).map(\.text).filter { $0.hasPrefix("(") }
        XCTAssertEqual(labels, ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)", "(viii)"])
        XCTAssertLinesInsideFrame(laid, of: doc)
    }

    func testZeroHeightBlocksDoNotLoop() {
        let laid = Fixture.layout(Fixture.document {
            for _ in 0..<50 { Spacer(0); Rule(Stroke(width: 0), spacing: 0); Group {}; Box(border: nil, padding: EdgeInsets(), spacing: 0) {} }
            para("a", lines: 1)
        }, maxPages: 10)
        XCTAssertEqual(laid.pages.count, 1)
        XCTAssertEqual(laid.words, words("a", 4))
    }

    func testEmptyBoxesAtThePageFootMoveRatherThanOverflow() {
        let doc = Fixture.document { para("a", lines: 8); for _ in 0..<12 { Box {} } }
        let laid = Fixture.layout(doc, maxPages: 20)
        XCTAssertEqual(laid.pages.flatMap(\.borders).count, 12)
        for (p, page) in laid.pages.enumerated() {
            for r in page.borders { XCTAssertTrue(doc.frame(of: page).contains(r), "page \(p + 1): empty box \(r) leaves the frame") }
        }
    }

    func testSpacerTallerThanAPageIsDroppedNotLooped() {
        let laid = Fixture.layout(Fixture.document { para("a", lines: 2); Spacer(500); para("b", lines: 2); Spacer(5000) }, maxPages: 10)
        XCTAssertEqual(laid.words, words("a", 8) + words("b", 8))
        XCTAssertLessThanOrEqual(laid.pages.count, 2)
    }

    func testImageTallerThanThePageIsScaledWithAWarning() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-layout-tall-\(UUID().uuidString).svg")
        // 50 × 1000 pixels (images are decoded at layout: a header alone is a damaged file).
        let svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="50" height="1000"><rect width="50" height="1000"/></svg>"#
        try Data(svg.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let doc = Fixture.document { para("a", lines: 3); Image(url.path, alt: "tall", width: 50); para("b", lines: 1) }
        let laid = Fixture.layout(doc)
        XCTAssertEqual(laid.words, words("a", 12) + words("b", 4))
        XCTAssertEqual(laid.diagnostics(containing: "taller than the page").count, 1, laid.diagnosticText)
        for page in laid.pages {
            for case .image(_, let rect, _) in page.items { XCTAssertTrue(doc.frame(of: page).contains(rect), "\(rect)") }
        }
    }

    func testTrailingSpaceDoesNotPushABoxBorderOutOfTheFrame() {
        // The box's inner frame holds exactly eight lines; the paragraph's space after must not make it taller.
        let doc = Fixture.document { Box { Paragraph(Fixture.words("a", 24)).spaceAfter(20) } ; para("b", lines: 1) }
        let laid = Fixture.layout(doc)
        for (p, page) in laid.pages.enumerated() {
            for r in page.borders { XCTAssertTrue(doc.frame(of: page).contains(r), "page \(p + 1): \(r)") }
        }
        XCTAssertEqual(laid.words.count, 28)
    }

    func testTextWiderThanItsFrameIsReported() {
        // Five nested boxes leave no width at all: the text overflows, and says so.
        let doc = Fixture.document { Box { Box { Box { Box { Box { Paragraph("abc") } } } } } }
        let laid = Fixture.layout(doc, maxPages: 20)
        XCTAssertFalse(laid.diagnostics(containing: "wider than its column").isEmpty, laid.diagnosticText)
        XCTAssertEqual(laid.pages.flatMap(\.lines).map(\.text).joined(), "abc")
    }
}
