import Dossier
import DossierLayout
import XCTest

/// List labels hang in the start-side gutter: left of the text box in left-to-right text, right of it in
/// right-to-left text. Pages are 200 × 200 pt with a 10 pt font (5 pt characters).
final class ListTests: XCTestCase {
    /// The text item whose text is `s` on the first page.
    private func item(_ laid: LaidOutDocument, _ s: String, page: Int = 0, file: StaticString = #filePath, line: UInt = #line) -> TextItem? {
        let found = laid.page(page).textItems.first { $0.string == s }
        if found == nil { XCTFail("no text item \"\(s)\" on page \(page + 1): \(laid.texts(onPage: page))", file: file, line: line) }
        return found
    }

    /// Label strings in drawing order (items that precede their paragraph's text item).
    private func labels(_ laid: LaidOutDocument, _ candidates: Set<String>) -> [String] {
        laid.pages.flatMap(\.textItems).map(\.string).filter(candidates.contains)
    }

    private func doc(numberWidth: Points = 0, @BlockBuilder _ body: () -> [Node]) -> Document {
        Fixture.document(width: 200, height: 200, numberWidth: numberWidth, body: body)
    }

    func testBulletLabelsHangLeftOfTheText() throws {
        let d = doc { List(items: ["alpha", "beta"]) }
        let laid = Fixture.layout(d)
        let frame = d.frame(of: laid.page(0))
        XCTAssertEqual(laid.texts(onPage: 0), ["•", "alpha", "•", "beta"])
        let label = laid.page(0).textItems[0]
        let text = try XCTUnwrap(item(laid, "alpha"))
        XCTAssertEqual(label.x, frame.x, accuracy: 0.001)
        XCTAssertEqual(text.x, frame.x + 14, accuracy: 0.001)
        XCTAssertEqual(label.y, text.y, accuracy: 0.001, "label baseline aligns with the first line")
    }

    func testNumberedLetteredAndRomanLabels() {
        let laid = Fixture.layout(doc {
            List(.numbered, items: ["one", "two", "three"])
            List(.lettered, items: ["a", "b", "c"])
            List(.roman, items: ["i", "ii", "iii", "iv"])
            List(.numbered, items: ["four", "five"], start: 4)
        })
        XCTAssertEqual(laid.texts(onPage: 0), [
            "1.", "one", "2.", "two", "3.", "three",
            "(a)", "a", "(b)", "b", "(c)", "c",
            "(i)", "i", "(ii)", "ii", "(iii)", "iii", "(iv)", "iv",
            "4.", "four", "5.", "five",
        ])
    }

    func testLabelsSitInTheGutterStartSide() throws {
        let d = doc { List(.lettered, items: ["first item"]) }
        let laid = Fixture.layout(d)
        let frame = d.frame(of: laid.page(0))
        let label = try XCTUnwrap(item(laid, "(a)"))
        let text = try XCTUnwrap(item(laid, "first item"))
        XCTAssertEqual(label.x, frame.x, accuracy: 0.001)
        XCTAssertEqual(text.x, frame.x + 26, accuracy: 0.001)
        XCTAssertLessThanOrEqual(label.placedLines[0].rect.maxX, text.x)
    }

    func testNestedListsIndentFurther() throws {
        let d = doc {
            List(.numbered) {
                ListItem { Paragraph("outer"); List(.lettered) { ListItem("inner"); ListItem("second") } }
                ListItem("next")
            }
        }
        let laid = Fixture.layout(d)
        let frame = d.frame(of: laid.page(0))
        XCTAssertEqual(laid.texts(onPage: 0), ["1.", "outer", "(a)", "inner", "(b)", "second", "2.", "next"])
        XCTAssertEqual(try XCTUnwrap(item(laid, "(a)")).x, frame.x + 26, accuracy: 0.001)
        XCTAssertEqual(try XCTUnwrap(item(laid, "inner")).x, frame.x + 52, accuracy: 0.001)
        XCTAssertEqual(try XCTUnwrap(item(laid, "2.")).x, frame.x, accuracy: 0.001)
        XCTAssertTagsBalanced(laid)
    }

    func testCustomLabels() throws {
        let d = doc {
            List(.custom) { ListItem("first", label: "A-1"); ListItem("second", label: "B-22") }
        }
        let laid = Fixture.layout(d)
        XCTAssertEqual(laid.texts(onPage: 0), ["A-1", "first", "B-22", "second"])
        let frame = d.frame(of: laid.page(0))
        // The gutter fits the longest label: 4 characters × 5.5 + 8.
        XCTAssertEqual(try XCTUnwrap(item(laid, "first")).x, frame.x + 30, accuracy: 0.001)
    }

    func testOnlyTheFirstParagraphOfAnItemIsLabelled() {
        let laid = Fixture.layout(doc {
            List(.numbered) { ListItem { Paragraph("p1"); Paragraph("p2") }; ListItem("q") }
        })
        XCTAssertEqual(laid.texts(onPage: 0), ["1.", "p1", "p2", "2.", "q"])
    }

    func testRightToLeftSectionPutsTheLabelOnTheRight() throws {
        let d = doc { Section { List(.numbered, items: ["alpha beta"]) }.direction(.rightToLeft) }
        let laid = Fixture.layout(d)
        let frame = d.frame(of: laid.page(0))
        let label = try XCTUnwrap(item(laid, "1."))
        let text = try XCTUnwrap(item(laid, "alpha beta"))
        let textRight = text.x + text.shaped.request.width
        XCTAssertGreaterThanOrEqual(label.x, textRight - 0.001)
        XCTAssertEqual(text.x, frame.x, accuracy: 0.001)
        XCTAssertEqual(textRight, frame.maxX - 26, accuracy: 0.001)
        XCTAssertLessThanOrEqual(label.placedLines[0].rect.maxX, frame.maxX + 0.001)
    }

    func testRightToLeftNumberedParagraphPutsItsNumberOnTheRight() throws {
        let d = doc(numberWidth: 30) {
            Paragraph("left to right").numbered()
            Paragraph("right to left").numbered().direction(.rightToLeft)
        }
        let laid = Fixture.layout(d)
        let frame = d.frame(of: laid.page(0))
        let ltrLabel = try XCTUnwrap(item(laid, "1."))
        let ltrText = try XCTUnwrap(item(laid, "left to right"))
        XCTAssertEqual(ltrLabel.x, frame.x, accuracy: 0.001)
        XCTAssertEqual(ltrText.x, frame.x + 30, accuracy: 0.001)
        let rtlLabel = try XCTUnwrap(item(laid, "2."))
        let rtlText = try XCTUnwrap(item(laid, "right to left"))
        XCTAssertGreaterThanOrEqual(rtlLabel.x, rtlText.x + rtlText.shaped.request.width - 0.001)
        XCTAssertEqual(rtlText.x, frame.x, accuracy: 0.001)
    }

    func testRightToLeftNestedListLabelsMirror() throws {
        let d = doc {
            Section {
                List(.numbered) { ListItem { Paragraph("outer"); List(.lettered) { ListItem("inner") } } }
            }.direction(.rightToLeft)
        }
        let laid = Fixture.layout(d)
        let frame = d.frame(of: laid.page(0))
        XCTAssertEqual(try XCTUnwrap(item(laid, "1.")).x, frame.maxX - 26, accuracy: 0.001)
        XCTAssertEqual(try XCTUnwrap(item(laid, "(a)")).x, frame.maxX - 52, accuracy: 0.001)
        XCTAssertLinesInsideFrame(laid, of: d)
    }

    func testListItemsSplitAcrossPagesKeepTheirLabelOnTheFirstPiece() {
        let d = Fixture.document(height: 50) {
            List(.numbered, items: [Text(Fixture.words("a", 30)), Text(Fixture.words("b", 3))])
        }
        let laid = Fixture.layout(d)
        let all = laid.pages.flatMap(\.textItems).map(\.string)
        XCTAssertEqual(all.filter { $0 == "1." || $0 == "2." }, ["1.", "2."])
        XCTAssertEqual(laid.words.filter { $0.first == "a" }.count, 30)
        XCTAssertLinesInsideFrame(laid, of: d)
    }

    func testNumberedParagraphsCountConsecutivelyAcrossSections() {
        let laid = Fixture.layout(Fixture.document(width: 200, height: 60, numberWidth: 30, numbering: .unitedNations) {
            Paragraph("front matter")
            Paragraph("more front")
            Section("Introduction") {
                Paragraph("first").numbered()
                Paragraph("second").numbered()
                Paragraph("unnumbered aside")
            }
            Section("Findings") {
                Paragraph("third").numbered()
                Section("Detail") { Paragraph("fourth").numbered() }
                List(items: ["bullet"])
                Paragraph("fifth").numbered()
            }
        })
        let texts = laid.pages.flatMap(\.textItems).map(\.string)
        let numbers = texts.filter { $0.range(of: #"^\d+\.$"#, options: .regularExpression) != nil }
        XCTAssertEqual(numbers, ["1.", "2.", "3.", "4.", "5."])
        for (n, word) in ["first", "second", "third", "fourth", "fifth"].enumerated() {
            let i = texts.firstIndex(of: word)
            XCTAssertEqual(i.map { texts[$0 - 1] }, "\(n + 1).", "the number precedes \(word)")
        }
        XCTAssertFalse(texts.contains { $0.hasPrefix("0") })
        XCTAssertGreaterThan(laid.pages.count, 1, "numbering continues across pages")
    }

    func testNumberedParagraphInsideABoxKeepsItsWholeNumber() {
        let d = Fixture.document(width: 200, height: 200, numberWidth: 30) {
            Paragraph("outside").numbered()
            Box { Paragraph("inside a box").numbered() }
        }
        let laid = Fixture.layout(d)
        let texts = laid.page(0).textItems.map(\.string)
        XCTAssertEqual(texts, ["1.", "outside", "2.", "inside a box"])
        let label = laid.page(0).textItems[2], text = laid.page(0).textItems[3]
        XCTAssertLessThanOrEqual(label.placedLines[0].rect.maxX, text.x + 0.001, "the number does not overprint the text")
        XCTAssertLinesInsideFrame(laid, of: d)
    }

    func testWideRightToLeftLabelsStayInTheFrame() {
        let d = Fixture.document(width: 150, height: 300, size: 20, direction: .rightToLeft) {
            List(.roman, items: (1...8).map { Text("item\($0)") })
        }
        let laid = Fixture.layout(d)
        XCTAssertEqual(laid.pages.flatMap(\.lines).map(\.text).filter { $0.hasPrefix("(") }.count, 8)
        XCTAssertLinesInsideFrame(laid, of: d)
    }

    func testItemsThatDoNotOpenWithAParagraphKeepEveryLabel() {
        let laid = Fixture.layout(doc {
            List(.numbered) {
                ListItem { List(.lettered) { ListItem("inner one"); ListItem("inner two") } }
                ListItem {
                    Table([["cell"]], id: "t", notes: ["the note"]) { Column<[String]>("Head", key: "h", text: { $0[0] }) }
                }
                ListItem {}
                ListItem("last")
            }
        })
        let texts = laid.pages.flatMap(\.textItems).map(\.string)
        for label in ["1.", "(a)", "(b)", "2.", "a", "3.", "4."] {
            XCTAssertTrue(texts.contains(label), "label \(label) missing from \(texts)")
        }
        XCTAssertEqual(texts.filter { $0 == "1." || $0 == "2." || $0 == "3." || $0 == "4." }, ["1.", "2.", "3.", "4."])
        XCTAssertTagsBalanced(laid)
    }
}
