import Dossier
import DossierLayout
import XCTest

/// Chinese text breaks between ideographs, never before closing punctuation and never after opening punctuation
/// (docs/languages.md §5), and a table column of Chinese text never narrows below two ideographs. With the monospace
/// shaper (5 pt characters at 10 pt), which follows the same rules as Pango with the language set.
final class ChineseBreakingTests: XCTestCase {
    private let shaper = MonospaceShaper()
    private func style() -> ParagraphStyle {
        var s = ParagraphStyle(font: FontSpec(family: "Mono", size: 10), lineHeight: 10)
        s.language = "zh"
        return s
    }

    private func lines(_ text: String, width: Points) -> [String] {
        let shaped = shaper.shape(TextRequest(text: StyledText(text), style: style(), width: width))
        let utf8 = Array(text.utf8)
        return shaped.lines.map { String(decoding: utf8[$0.start..<($0.start + $0.length)], as: UTF8.self) }
    }

    func testIdeographsBreakBetweenThemselves() {
        XCTAssertEqual(lines("一二三四五六七八九十一二三四五", width: 50), ["一二三四五六七八九十", "一二三四五"])
    }

    func testClosingPunctuationNeverStartsALineAndOpeningNeverEndsOne() {
        // The tenth character of the line would be "。" on the next line: "十。" move together.
        XCTAssertEqual(lines("一二三四五六七八九十。一二", width: 50), ["一二三四五六七八九", "十。一二"])
        // "（" would end the first line: it moves to the next one with what it opens.
        XCTAssertEqual(lines("一二三四五六七八九（十）", width: 50), ["一二三四五六七八九", "（十）"])
        for text in ["联合国反恐怖主义办公室（反恐办）和反恐怖主义委员会执行局《联合国全球反恐战略》，安全理事会：决议。",
                     "代表团由弗拉基米尔、沃龙科夫先生；联合国“一个声音说话”的新侧重点！"] {
            for width in stride(from: 20.0, through: 120, by: 5) {
                let ls = lines(text, width: width)
                XCTAssertEqual(ls.joined(), text, "nothing lost at \(width)")
                for (i, l) in ls.enumerated() {
                    if i > 0, let first = l.unicodeScalars.first {
                        XCTAssertFalse(MonospaceShaper.noBreakBefore.contains(first), "line \(i + 1) at \(width) pt starts with \(first): \(ls)")
                    }
                    if i < ls.count - 1, let last = l.unicodeScalars.last {
                        XCTAssertFalse(MonospaceShaper.noBreakAfter.contains(last), "line \(i + 1) at \(width) pt ends with \(last): \(ls)")
                    }
                }
            }
        }
    }

    func testUnbreakableSegmentsAreIdeographsWithTheirPunctuation() {
        XCTAssertEqual(shaper.unbreakableSegments("联合国（反恐办）。", style: style()).map(String.init),
                       ["联", "合", "国", "（反", "恐", "办）。"])
        XCTAssertEqual(shaper.unbreakableSegments("Counter-Terrorism office", style: style()).map(String.init),
                       ["Counter-Terrorism", "office"])
    }

    /// The delegation table of the Chinese visit had its entity column collapse to one character a line: a fraction
    /// column of Chinese text is widened to two ideographs (plus padding), paid by the other columns.
    func testAChineseColumnKeepsTwoIdeographsAtLeast() throws {
        let rows = [["联合国反恐怖主义办公室", String(repeating: "安全理事会", count: 8)]]
        let d = Fixture.document(width: 300, height: 300) {
            Table(rows, id: "t", style: TableStyle(padding: EdgeInsets(vertical: 2, horizontal: 4))) {
                Column<[String]>("实体", key: "a", width: .fraction(0.02)) { $0[0] }
                Column<[String]>("说明", key: "b", width: .fraction(0.98)) { $0[1] }
            }
        }
        var sheet = d.stylesheet.language("zh")
        sheet.tableCell.language = "zh"
        var doc = d
        doc.stylesheet = sheet
        let laid = Fixture.layout(doc)
        XCTAssertEqual(laid.diagnostics.map(\.description), [])
        let entity = try XCTUnwrap(laid.page(0).textItems.first { $0.shaped.request.text.string == rows[0][0] })
        XCTAssertGreaterThanOrEqual(entity.shaped.request.width, 20 - 0.01, "two ideographs of 10 pt")
        XCTAssertTrue(entity.placedLines.allSatisfy { $0.text.count >= 2 }, "\(entity.placedLines.map(\.text))")
    }

    /// Pango stretches only the spaces of a justified line: in justified Chinese they become thin spaces (not
    /// stretched), so the slack spreads between the characters; footnote marks and styled runs keep their places.
    func testJustifiedChineseHasNoStretchableSpaces() throws {
        var d = Fixture.document(width: 200, height: 200) {
            Paragraph(Text("会议上 – 其中包括") + Text("教育部长").bold() + Text("。") + Text.footnote(Text("注")) + Text(" 之后")).alignment(.justified)
        }
        d.stylesheet = d.stylesheet.language("zh")
        let laid = Fixture.layout(d)
        let items = laid.page(0).textItems
        let body = try XCTUnwrap(items.first { $0.shaped.request.text.string.hasPrefix("会议上") })
        let text = body.shaped.request.text
        XCTAssertEqual(text.string, "会议上\u{2009}–\u{2009}其中包括教育部长。1\u{2009}之后")
        let bold = try XCTUnwrap(text.spans.first { $0.style.bold })
        XCTAssertEqual(String(decoding: Array(text.string.utf8)[bold.start..<bold.end], as: UTF8.self), "教育部长")
        let mark = try XCTUnwrap(text.spans.first { $0.style.superscript })
        XCTAssertEqual(String(decoding: Array(text.string.utf8)[mark.start..<mark.end], as: UTF8.self), "1")
        XCTAssertTrue(items.contains { $0.shaped.request.text.string == "注" }, "the note at the foot of the page")
    }
}
