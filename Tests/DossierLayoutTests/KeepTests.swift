import Dossier
import DossierLayout
import XCTest

/// Headings keep with what follows, keep-with-next chains move together, keep-together groups stay on one
/// page when they can. Pages are 100 × 100 pt: ten 10 pt lines of four words.
final class KeepTests: XCTestCase {
    private func para(_ prefix: Character, lines: Int) -> Paragraph { Paragraph(Fixture.words(prefix, lines * 4)) }

    /// The last text line on page `i`.
    private func lastLine(_ laid: LaidOutDocument, _ i: Int) -> String? { laid.lines(onPage: i).last }

    func testHeadingMovesWhenTheParagraphCannotFollowOnTheSamePage() {
        // 8 filler lines, heading on line 9: one line of the paragraph would fit, an orphan, so both move.
        let laid = Fixture.layout(Fixture.document { para("a", lines: 8); Heading("Title"); para("b", lines: 5) })
        XCTAssertEqual(laid.pages.count, 2)
        XCTAssertEqual(laid.page(0).lines.count, 8)
        XCTAssertEqual(laid.lines(onPage: 1).first, "Title")
        XCTAssertEqual(laid.page(1).headings.map(\.title), ["Title"])
        XCTAssertTrue(laid.page(0).headings.isEmpty)
    }

    func testPageBreakInsideAKeepTogetherOrABoxIsIgnoredWithAWarning() {
        let laid = Fixture.layout(Fixture.document {
            KeepTogether { Paragraph("one"); PageBreak(); Paragraph("two") }
            Box { Paragraph("three"); PageBreak(); Paragraph("four") }
        })
        XCTAssertEqual(laid.pages.map { $0.lines.map(\.text) }, [["one", "two", "three", "four"]])
        XCTAssertEqual(laid.diagnostics(containing: "page break inside a KeepTogether is ignored").count, 1, laid.diagnosticText)
        XCTAssertEqual(laid.diagnostics(containing: "page break inside a box is ignored").count, 1, laid.diagnosticText)
        XCTAssertTrue(laid.diagnostics.allSatisfy { $0.severity == .warning && $0.source != nil }, laid.diagnosticText)
    }

    func testHeadingStaysWithTwoLinesOfTheParagraph() {
        let laid = Fixture.layout(Fixture.document { para("a", lines: 7); Heading("Title"); para("b", lines: 5) })
        XCTAssertEqual(laid.lines(onPage: 0).suffix(3), ["Title", "b001 b002 b003 b004", "b005 b006 b007 b008"])
        XCTAssertEqual(laid.page(1).lines.count, 3)
    }

    func testHeadingIsNeverTheLastLineOfAPage() {
        // Slide a heading through every position of the page.
        for filler in 0...12 {
            let laid = Fixture.layout(Fixture.document { para("a", lines: filler); Heading("Title"); para("b", lines: 6) })
            for p in laid.pages.indices {
                XCTAssertNotEqual(lastLine(laid, p), "Title", "filler \(filler): heading stranded at the foot of page \(p + 1)")
            }
            XCTAssertEqual(laid.words.filter { $0.hasPrefix("b") }.count, 24, "filler \(filler)")
        }
    }

    func testHeadingChainMovesTogether() {
        let laid = Fixture.layout(Fixture.document {
            para("a", lines: 7); Heading("One"); Heading("Two", level: 2); para("b", lines: 5)
        })
        XCTAssertEqual(laid.page(0).lines.count, 7)
        XCTAssertEqual(Array(laid.lines(onPage: 1).prefix(3)), ["One", "Two", "b001 b002 b003 b004"])
    }

    func testSectionHeadingsChainMovesTogether() {
        let laid = Fixture.layout(Fixture.document(numbering: .unitedNations) {
            para("a", lines: 7)
            Section("One") { Section("Two") { para("b", lines: 5) } }
        })
        XCTAssertEqual(laid.page(0).lines.count, 7)
        XCTAssertEqual(laid.page(1).headings.map(\.title), ["I. One", "A. Two"])
    }

    func testHeadingAtTheTopOfAPageWithAHugeParagraphDoesNotLoop() {
        let laid = Fixture.layout(Fixture.document { Heading("Title"); para("b", lines: 95) }, maxPages: 100)
        XCTAssertEqual(laid.pages.count, 10)
        XCTAssertEqual(laid.lines(onPage: 0).prefix(2), ["Title", "b001 b002 b003 b004"])
        XCTAssertEqual(laid.words.count, 1 + 380)
    }

    func testHeadingChainFillingAPageDoesNotLoop() {
        // Eleven headings in a keep chain are taller than the page: the chain breaks rather than looping.
        let laid = Fixture.layout(Fixture.document {
            for i in 1...11 { Heading("H\(i)") }
            para("b", lines: 3)
        }, maxPages: 50)
        XCTAssertEqual(laid.words.count, 11 + 12)
        XCTAssertLessThanOrEqual(laid.pages.count, 3)
    }

    func testHeadingAtTheTopIsNotLeftAloneByAGroupThatCannotFitBesideIt() {
        // The group fits a page on its own but not under the heading: moving both cannot help, so the group
        // splits here rather than leaving the heading alone on the page.
        let laid = Fixture.layout(Fixture.document {
            Heading("Title")
            KeepTogether { para("b", lines: 5); para("c", lines: 5) }
        })
        XCTAssertNotEqual(lastLine(laid, 0), "Title")
        XCTAssertEqual(laid.words.count, 41)
    }

    func testKeepWithNextParagraphMovesWithTheFollowingBlock() {
        let laid = Fixture.layout(Fixture.document {
            para("a", lines: 6); para("k", lines: 2).keepWithNext(); para("b", lines: 4)
        })
        // k takes lines 7–8 and b splits two and two: nothing to move.
        XCTAssertEqual(laid.pages.map { $0.lines.count }, [10, 2])
        // k takes lines 8–9; b's single line would be an orphan, so b moves and takes k along.
        let moved = Fixture.layout(Fixture.document {
            para("a", lines: 7); para("k", lines: 2).keepWithNext(); para("b", lines: 4)
        })
        XCTAssertEqual(moved.pages.map { $0.lines.count }, [7, 6])
        XCTAssertEqual(moved.lines(onPage: 1).first, "k001 k002 k003 k004")
    }

    func testKeepTogetherMovesWholeToTheNextPage() {
        let laid = Fixture.layout(Fixture.document {
            para("a", lines: 6)
            KeepTogether { para("b", lines: 3); para("c", lines: 3) }
        })
        XCTAssertEqual(laid.pages.map { $0.lines.count }, [6, 6])
        XCTAssertTrue(laid.diagnostics.isEmpty, laid.diagnosticText)
    }

    func testCaptionStaysWithItsTable() {
        let laid = Fixture.layout(Fixture.document {
            para("a", lines: 8)
            Table([["x1", "y1"], ["x2", "y2"]], id: "t", caption: "Caption") {
                Column("X", key: "x") { $0[0] }
                Column("Y", key: "y") { $0[1] }
            }
        })
        XCTAssertEqual(laid.pages.count, 2)
        XCTAssertEqual(laid.texts(onPage: 1).first, "Caption")
        XCTAssertFalse(laid.texts(onPage: 0).contains("Caption"))
    }

    func testAnchorBetweenHeadingAndParagraphMovesWithThem() {
        let laid = Fixture.layout(Fixture.document {
            para("a", lines: 8); Heading("Title"); Anchor("here"); para("b", lines: 5)
        })
        XCTAssertEqual(laid.pageMap.anchors["here"], "2")
        XCTAssertTrue(laid.page(1).items.contains { if case .anchor("here", _) = $0 { return true } else { return false } })
    }

    func testListAfterAHeadingMovesWithItsStructureTags() {
        let laid = Fixture.layout(Fixture.document {
            para("a", lines: 8); Heading("Title")
            List(items: [Text(Fixture.words("b", 12)), Text(Fixture.words("c", 4))])
        })
        XCTAssertEqual(laid.lines(onPage: 1).first, "Title")
        XCTAssertTagsBalanced(laid)
    }

    func testHeadingBeforeATallSpacerIsNotStranded() {
        let laid = Fixture.layout(Fixture.document { para("a", lines: 7); Heading("Title"); Spacer(40); para("b", lines: 3) })
        XCTAssertNotEqual(lastLine(laid, 0), "Title")
        XCTAssertEqual(laid.words.count, 28 + 1 + 12)
    }

    func testStructureTagsNestAcrossPages() {
        let laid = Fixture.layout(Fixture.document {
            for i in 0..<6 {
                Heading("H\(i)")
                List(items: [Text(Fixture.words("l", 9)), Text(Fixture.words("m", 3))])
                BlockQuote(Fixture.words("q", 8), attribution: "Someone")
                KeepTogether { para("k", lines: 2) }
                Box { para("x", lines: 3) }
                if i % 2 == 0 { Heading("Lonely") }
            }
        })
        XCTAssertTagsBalanced(laid)
    }
}
