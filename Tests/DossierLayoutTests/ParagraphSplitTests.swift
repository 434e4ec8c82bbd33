import Dossier
import DossierLayout
import XCTest

/// Paragraphs split across pages by lines, with widow and orphan control.
/// Pages are 100 × 100 pt: ten 10 pt lines of twenty characters (four `a001` words).
final class ParagraphSplitTests: XCTestCase {
    /// A paragraph of `lines` full lines of four words.
    private func para(_ prefix: Character, lines: Int, from first: Int = 1) -> Paragraph {
        Paragraph(Fixture.words(prefix, lines * 4, from: first))
    }

    func testLongParagraphSplitsByLinesAndKeepsEveryWordInOrder() {
        let doc = Fixture.document { para("a", lines: 25) }
        let laid = Fixture.layout(doc)
        XCTAssertEqual(laid.pages.count, 3)
        XCTAssertEqual(laid.pages.map { $0.lines.count }, [10, 10, 5])
        XCTAssertEqual(laid.words, Fixture.words("a", 100).split(separator: " ").map(String.init))
        XCTAssertEqual(laid.lines(onPage: 1).first, "a041 a042 a043 a044")
        XCTAssertLinesInsideFrame(laid, of: doc)
        XCTAssertTrue(laid.diagnostics.isEmpty, laid.diagnosticText)
    }

    func testLinesStackWithoutGapsOrOverlap() {
        let doc = Fixture.document { para("a", lines: 3); para("b", lines: 4) }
        let laid = Fixture.layout(doc)
        let tops = laid.page(0).lines.map(\.rect.y)
        let frameTop = doc.frame(of: laid.page(0)).y
        XCTAssertEqual(tops, (0..<7).map { frameTop + Points($0) * 10 })
    }

    func testTwoLineWidowIsNotLeftAloneByDefault() {
        // 8 lines, then 3: two would fit but would leave one widow, and one alone would be an orphan: move all 3.
        let laid = Fixture.layout(Fixture.document { para("a", lines: 8); para("b", lines: 3) })
        XCTAssertEqual(laid.pages.map { $0.lines.count }, [8, 3])
    }

    func testOrphanIsNotLeftAtThePageFootByDefault() {
        // 9 lines, then 4: a single first line would be an orphan, so the paragraph moves.
        let laid = Fixture.layout(Fixture.document { para("a", lines: 9); para("b", lines: 4) })
        XCTAssertEqual(laid.pages.map { $0.lines.count }, [9, 4])
    }

    func testWidowsAndOrphansOfOneAllowAnyBreak() {
        let widow = Fixture.layout(Fixture.document {
            para("a", lines: 8); para("b", lines: 3).widowsOrphans(widows: 1, orphans: 1)
        })
        XCTAssertEqual(widow.pages.map { $0.lines.count }, [10, 1])
        let orphan = Fixture.layout(Fixture.document {
            para("a", lines: 9); para("b", lines: 4).widowsOrphans(widows: 1, orphans: 1)
        })
        XCTAssertEqual(orphan.pages.map { $0.lines.count }, [10, 3])
    }

    func testLargerWidowsPullLinesToTheNextPage() {
        // 5 lines, then 8: five would fit, but four widows are asked for, so only four stay.
        let laid = Fixture.layout(Fixture.document { para("a", lines: 5); para("b", lines: 8).widowsOrphans(widows: 4, orphans: 2) })
        XCTAssertEqual(laid.pages.map { $0.lines.count }, [9, 4])
        XCTAssertEqual(laid.lines(onPage: 1).first, "b017 b018 b019 b020")
    }

    func testLargerOrphansMoveTheParagraph() {
        // 7 lines, then 6: three would fit but four orphans are asked for.
        let laid = Fixture.layout(Fixture.document { para("a", lines: 7); para("b", lines: 6).widowsOrphans(widows: 1, orphans: 4) })
        XCTAssertEqual(laid.pages.map { $0.lines.count }, [7, 6])
    }

    func testWidowsAndOrphansApplyToEveryPageOfALongParagraph() {
        // 23 lines with four widows: 10 + 9 + 4 rather than 10 + 10 + 3.
        let laid = Fixture.layout(Fixture.document { para("a", lines: 23).widowsOrphans(widows: 4, orphans: 2) })
        XCTAssertEqual(laid.pages.map { $0.lines.count }, [10, 9, 4])
        XCTAssertEqual(laid.words.count, 92)
    }

    func testFreshPagePlacesALineEvenWhenTheRulesCannotBeMet() {
        // Three lines per page; a paragraph of four lines asking for three widows and three orphans.
        let doc = Fixture.document(height: 30) { para("a", lines: 4).widowsOrphans(widows: 3, orphans: 3) }
        let laid = Fixture.layout(doc, maxPages: 20)
        XCTAssertEqual(laid.pages.count, 2)
        XCTAssertTrue(laid.pages.allSatisfy { !$0.lines.isEmpty })
        XCTAssertEqual(laid.words.count, 16)
        XCTAssertTrue(laid.diagnostics(containing: "page budget").isEmpty)
    }

    func testImpossibleRulesOnEveryPageStillTerminate() {
        let laid = Fixture.layout(Fixture.document { para("a", lines: 60).widowsOrphans(widows: 50, orphans: 50) }, maxPages: 50)
        XCTAssertEqual(laid.words, Fixture.words("a", 240).split(separator: " ").map(String.init))
        XCTAssertTrue(laid.pages.allSatisfy { !$0.lines.isEmpty })
        XCTAssertLessThanOrEqual(laid.pages.count, 7)
    }

    func testEmptyParagraphTakesOneLineAndDoesNotLoop() {
        let laid = Fixture.layout(Fixture.document { Paragraph(""); para("a", lines: 1); Paragraph("") })
        XCTAssertEqual(laid.pages.count, 1)
        XCTAssertEqual(laid.words, ["a001", "a002", "a003", "a004"])
    }

    func testSpaceBeforeIsDroppedAtTheTopOfAPage() {
        let doc = Fixture.document { para("a", lines: 9); para("b", lines: 3).spaceBefore(7) }
        let laid = Fixture.layout(doc)
        XCTAssertEqual(laid.pages.map { $0.lines.count }, [9, 3])
        XCTAssertEqual(laid.page(1).lines[0].rect.y, doc.frame(of: laid.page(1)).y, accuracy: 0.001)
    }

    func testJustifiedAndCentredLinesStayInTheFrame() {
        let doc = Fixture.document(width: 93) {
            Paragraph(Fixture.words("c", 30)).alignment(.center)
            Paragraph(Fixture.words("e", 30)).alignment(.end)
            Paragraph(Fixture.words("j", 30)).alignment(.justified).firstLineIndent(12)
        }
        let laid = Fixture.layout(doc)
        XCTAssertLinesInsideFrame(laid, of: doc)
        XCTAssertEqual(laid.words.count, 90)
    }
}
