import Dossier
import DossierLayout
import XCTest

/// A right-to-left document is the mirror image of the same document laid out left to right, block by block
/// (docs/languages.md §4): every line, label, rule, fill and border of every page, body and furniture, is turned over
/// inside the page. One mechanism does it (the direction of the region), so one comparison covers every block.
final class MirroringTests: XCTestCase {
    /// Every kind of block: numbered paragraphs and headings, a labelled list in a box, a quotation with its
    /// attribution, a table with a caption, spans, zebra and a note, a footnote, a bar chart with a legend, a
    /// timeline, the contents, a running header and a page footer.
    private func document(_ direction: TextDirection) -> Document {
        let template = PageTemplate(header: { ctx in Paragraph("ref \(ctx.pageLabel)").alignment(.end).nodes },
                                    footer: { ctx in Paragraph("page \(ctx.pageLabel)").alignment(.center).nodes })
        return Fixture.document(width: 300, height: 260, numberWidth: 30, template: template, numbering: .unitedNations,
                                direction: direction) {
            TableOfContents()
            Section("alpha") {
                Paragraph("one two three four five six seven eight nine ten eleven").numbered()
                Paragraph(Text("with a note") + Text.footnote(Text("the note")) + Text(" after it")).numbered()
                Box(border: Stroke(width: 1), background: .gray(0.9), padding: EdgeInsets(top: 4, leading: 6, bottom: 4, trailing: 16)) {
                    List(.numbered, items: ["first item of the box", "second item"])
                }
                BlockQuote("a quoted sentence that runs over two lines at least", attribution: "said someone")
            }
            Section("beta") {
                Table([["a", "bb"], ["ccc", "dddd"], ["e", "f"]], id: "t", caption: Text("the table"),
                      style: TableStyle(zebra: .gray(0.95)), footer: [[.text("total"), .empty]], footerSpans: [2],
                      notes: [Text("a table note")]) {
                    Column<[String]>("left", key: "l", width: .fraction(0.3)) { $0[0] }.leader()
                    Column<[String]>("right", key: "r", width: .fraction(0.7)) { $0[1] }
                }
                BarChart("chart", categories: ["north", "south"],
                         series: [ChartSeries("open", values: [3, 1]), ChartSeries("closed", values: [1, 2])])
                Timeline("history", events: [TimelineEvent("2001", "first"), TimelineEvent("2002", "second"),
                                             TimelineEvent("2003", "third")])
            }
        }
    }

    /// A page's drawn geometry: text lines (with their text), fills, borders, rules and dot leaders.
    private func shapes(_ page: LaidOutPage) -> [String] {
        var out = page.lines.map { "text \($0.text) x=\(r($0.rect.x)) y=\(r($0.rect.y)) w=\(r($0.rect.width))" }
        for item in page.items + page.furniture {
            switch item {
            case .fill(let rect, _): out.append("fill \(box(rect))")
            case .border(let rect, _): out.append("border \(box(rect))")
            case .line(let x1, let y1, let x2, let y2, _): out.append("line \(r(min(x1, x2)))-\(r(max(x1, x2))) y=\(r(y1))-\(r(y2))")
            case .dots(let x1, let x2, let b, _): out.append("dots \(r(x1))-\(r(x2)) y=\(r(b))")
            default: break
            }
        }
        return out.sorted()
    }

    /// The same shapes turned over inside a page `width` wide.
    private func mirrored(_ page: LaidOutPage) -> [String] {
        let w = page.size.width
        var out = page.lines.map { "text \($0.text) x=\(r(w - $0.rect.maxX)) y=\(r($0.rect.y)) w=\(r($0.rect.width))" }
        for item in page.items + page.furniture {
            switch item {
            case .fill(let rect, _): out.append("fill \(box(Rect(x: w - rect.maxX, y: rect.y, width: rect.width, height: rect.height)))")
            case .border(let rect, _): out.append("border \(box(Rect(x: w - rect.maxX, y: rect.y, width: rect.width, height: rect.height)))")
            case .line(let x1, let y1, let x2, let y2, _):
                out.append("line \(r(w - max(x1, x2)))-\(r(w - min(x1, x2))) y=\(r(y1))-\(r(y2))")
            case .dots(let x1, let x2, let b, _): out.append("dots \(r(w - x2))-\(r(w - x1)) y=\(r(b))")
            default: break
            }
        }
        return out.sorted()
    }

    private func r(_ v: Points) -> String { String(format: "%.2f", v) }
    private func box(_ rect: Rect) -> String { "\(r(rect.x)),\(r(rect.y)) \(r(rect.width))x\(r(rect.height))" }

    func testARightToLeftDocumentIsTheMirrorImageOfTheLeftToRightOne() {
        let ltr = Fixture.layout(document(.leftToRight)), rtl = Fixture.layout(document(.rightToLeft))
        XCTAssertEqual(ltr.pages.count, rtl.pages.count)
        XCTAssertGreaterThan(ltr.pages.count, 1, "the contents, footnote and furniture are on several pages")
        for (i, (a, b)) in zip(ltr.pages, rtl.pages).enumerated() {
            let expected = mirrored(a), actual = shapes(b)
            XCTAssertEqual(actual, expected, "page \(i + 1): \(Set(actual).symmetricDifference(expected).sorted().prefix(6))")
        }
    }

    func testLabelsNumbersAndFirstColumnAreOnTheRight() throws {
        let d = document(.rightToLeft)
        let laid = Fixture.layout(d)
        let lines = laid.pages.flatMap(\.lines)
        func line(_ s: String, _ index: Int = 0) throws -> PlacedLine {
            let found = lines.filter { $0.text == s }
            return try XCTUnwrap(index < found.count ? found[index] : nil, "no line \(s) #\(index + 1)")
        }
        XCTAssertGreaterThan(try line("1.").rect.x, try line("one two three four five six seven eight nine ten").rect.maxX, "paragraph number")
        XCTAssertGreaterThan(try line("I.").rect.x, try line("alpha").rect.maxX, "chapter number")
        XCTAssertGreaterThan(try line("1.", 1).rect.x, try line("first item of the box").rect.maxX, "list label in a box")
        XCTAssertGreaterThan(try line("left").rect.x, try line("right").rect.maxX, "first column on the right")
        XCTAssertGreaterThan(try line("north").rect.x, try line("closed").rect.maxX, "chart labels right of the legend and bars")
        let earliest = try line("2001"), latest = try line("2003")
        XCTAssertGreaterThan(earliest.rect.x, latest.rect.maxX, "the earliest event is on the right")
    }

    /// A paragraph marked as English in a right-to-left document runs left to right, keeps its number on the right
    /// and its region-relative alignment (start: the right).
    func testAPassageInAnotherLanguageKeepsTheRegionButNotItsDirection() throws {
        let d = Fixture.document(width: 200, height: 200, numberWidth: 20, direction: .rightToLeft) {
            Paragraph("english words").numbered().language("en")
            Paragraph("arabic words").numbered()
        }
        var sheet = d.stylesheet
        sheet = sheet.language("ar")
        var doc = d
        doc.stylesheet = sheet
        doc.metadata.language = "ar"
        let laid = Fixture.layout(doc)
        let items = laid.page(0).textItems
        let english = try XCTUnwrap(items.first { $0.string == "english words" })
        let arabic = try XCTUnwrap(items.first { $0.string == "arabic words" })
        XCTAssertEqual(english.shaped.request.style.direction, .leftToRight)
        XCTAssertEqual(arabic.shaped.request.style.direction, .rightToLeft)
        XCTAssertEqual(english.shaped.request.style.alignment, .end, "start of the region = end of left-to-right text")
        let frame = doc.frame(of: laid.page(0))
        XCTAssertEqual(try XCTUnwrap(english.placedLines.first).rect.maxX, frame.maxX - 20, accuracy: 0.01, "flush right")
        let number = try XCTUnwrap(items.first { $0.string == "1." })
        XCTAssertGreaterThanOrEqual(number.x, english.x + english.shaped.request.width - 0.01, "number on the right")
    }
}
