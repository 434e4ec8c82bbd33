import Dossier
import DossierLayout
import XCTest

/// Tables across pages: repeated headers, rows split only when they must be, no header alone at a page foot,
/// captions, notes, zebra, UN rules, column widths, groups and footers.
///
/// Pages are 200 × 100 pt with a 10 pt font: a one-line row is 15 pt high (2.5 pt padding above and below),
/// so a page holds the header and five one-line rows.
final class TableLayoutTests: XCTestCase {
    private func rows(_ n: Int) -> [[String]] { (1...n).map { [String(format: "r%02d", $0), String(format: "v%02d", $0)] } }

    private func table(_ rows: [[String]], titles: [String] = ["Name", "Value"], style: TableStyle = .un,
                       caption: Text? = nil, notes: [Text] = [], footer: [[CellValue]] = [],
                       widths: [ColumnWidth]? = nil) -> Table {
        Table(rows, id: "t", caption: caption, style: style, footer: footer, notes: notes) {
            for (i, title) in titles.enumerated() {
                Column<[String]>(title, key: "c\(i)", width: widths?[i] ?? .auto, text: { $0[i] })
            }
        }
    }

    private func doc(width: Points = 200, height: Points = 100, @BlockBuilder _ body: () -> [Node]) -> Document {
        Fixture.document(width: width, height: height, body: body)
    }

    /// Printed column widths, read from the header cells (each is shaped at its column width minus padding).
    private func columnWidths(_ page: LaidOutPage, columns: Int) -> [Points] {
        page.textItems.prefix(columns).map { $0.shaped.request.width + 8 }
    }

    func testHeaderRowRepeatsOnEveryPage() {
        let d = doc { table(rows(20)) }
        let laid = Fixture.layout(d)
        XCTAssertEqual(laid.pages.count, 4)
        for (i, page) in laid.pages.enumerated() {
            XCTAssertEqual(Array(page.words.prefix(2)), ["Name", "Value"], "page \(i + 1)")
            XCTAssertEqual(page.words.filter { $0 == "Name" }.count, 1, "page \(i + 1)")
        }
        XCTAssertLinesInsideFrame(laid, of: d)
        XCTAssertTagsBalanced(laid)
    }

    func testEveryDataRowAppearsExactlyOnceInOrder() {
        for n in [1, 4, 5, 6, 11, 16, 23, 57] {
            let laid = Fixture.layout(doc { Paragraph("intro"); table(rows(n)); Paragraph("outro") })
            let cells = laid.words.filter { $0.first == "r" || $0.first == "v" }
            XCTAssertEqual(cells, rows(n).flatMap { $0 }, "\(n) rows")
            XCTAssertEqual(laid.words.last, "outro")
        }
    }

    func testRowTallerThanAPageSplitsByCellLinesAndKeepsEveryWord() {
        let long = Fixture.words("x", 100)
        let d = doc { table([["a", long], ["b", "short"]]) }
        let laid = Fixture.layout(d)
        XCTAssertGreaterThanOrEqual(laid.pages.count, 3)
        XCTAssertEqual(laid.words.filter { $0.first == "x" }, long.split(separator: " ").map(String.init))
        XCTAssertEqual(laid.words.filter { $0 == "a" || $0 == "b" || $0 == "short" }, ["a", "b", "short"])
        for page in laid.pages { XCTAssertEqual(Array(page.words.prefix(2)), ["Name", "Value"]) }
        XCTAssertLinesInsideFrame(laid, of: d)
        XCTAssertTrue(laid.diagnostics.isEmpty, laid.diagnosticText)
    }

    func testOneColumnTableWithASingleHugeCell() {
        let long = Fixture.words("y", 300)
        let laid = Fixture.layout(doc { table([[long]], titles: ["Only"]) })
        XCTAssertEqual(laid.words.filter { $0.first == "y" }, long.split(separator: " ").map(String.init))
        XCTAssertEqual(laid.words.filter { $0 == "Only" }.count, laid.pages.count)
    }

    func testRowThatFitsAPageIsNeverSplit() {
        // Three-line rows (35 pt). Slide the table down the page so that every possible foot is tried.
        let three = (1...9).map { i in [String(format: "r%02d", i), (1...3).map { String(format: "w%02d%d", i, $0) }.joined(separator: " ")] }
        for filler in 0...9 {
            let laid = Fixture.layout(doc {
                if filler > 0 { Paragraph(Fixture.words("f", filler * 8)).widowsOrphans(widows: 1, orphans: 1) }
                table(three, widths: [.fixed(40), .fixed(40)])
            })
            for row in three {
                let words = [row[0]] + row[1].split(separator: " ").map(String.init)
                let pages = Set(words.compactMap { w in laid.pages.firstIndex { $0.words.contains(w) } })
                XCTAssertEqual(pages.count, 1, "filler \(filler): row \(row[0]) split across pages \(pages.sorted())")
            }
        }
    }

    func testRowsMaySplitWhenKeepRowsWholeIsOff() {
        var style = TableStyle.un
        style.keepRowsWhole = false
        let three = [["r1", "a1 a2 a3"], ["r2", "b1 b2 b3"]]
        let laid = Fixture.layout(doc {
            Paragraph(Fixture.words("f", 48)); table(three, titles: ["N", "V"], style: style, widths: [.fixed(40), .fixed(30)])
        })
        // 6 filler lines leave 40 pt: the header (15) and two lines of the first row (25).
        XCTAssertEqual(laid.page(0).words.suffix(4), ["V", "r1", "a1", "a2"])
        XCTAssertEqual(laid.words.filter { $0.first == "a" || $0.first == "b" }, ["a1", "a2", "a3", "b1", "b2", "b3"])
    }

    func testHeaderIsNeverLeftAloneAtThePageFoot() {
        // Eight filler lines leave 20 pt: the header (15) would fit, a row (15) would not.
        let laid = Fixture.layout(doc { Paragraph(Fixture.words("f", 64)); table(rows(3)) })
        XCTAssertEqual(laid.pages.count, 2)
        XCTAssertFalse(laid.page(0).words.contains("Name"))
        XCTAssertEqual(Array(laid.page(1).words.prefix(2)), ["Name", "Value"])
    }

    func testHeaderOfASplittingRowIsNotLeftAlone() {
        // A row taller than a page cannot move whole; where not one line of it fits under the header, the
        // table starts on the next page.
        let laid = Fixture.layout(doc { Paragraph(Fixture.words("f", 64)); table([["a", Fixture.words("x", 80)]]) })
        XCTAssertFalse(laid.page(0).words.contains("Name"))
    }

    func testCaptionIsKeptWithTheTable() {
        // Seven filler lines: the caption and the header would fit, a row would not.
        let laid = Fixture.layout(doc { Paragraph(Fixture.words("f", 56)); table(rows(3), caption: "Caption text") })
        XCTAssertEqual(laid.pages.count, 2)
        XCTAssertEqual(laid.texts(onPage: 1).first, "Caption text")
        XCTAssertEqual(laid.texts(onPage: 1).dropFirst().prefix(2), ["Name", "Value"])
    }

    func testCaptionAtThePageTopIsNotLeftAloneByATallFirstRow() {
        // The first row fits a page on its own but not under the caption and header: moving everything to the
        // next page cannot help, so the row splits here.
        let tall = (1...8).map { "z\($0)" }.joined(separator: " ")
        let laid = Fixture.layout(doc { table([["a", tall]], titles: ["N", "V"], caption: "Caption", widths: [.fixed(40), .fixed(30)]) })
        XCTAssertTrue(laid.page(0).words.contains("z1"), "\(laid.pages.map(\.words))")
        XCTAssertEqual(laid.words.filter { $0.first == "z" }.count, 8)
    }

    func testNotesAreLetteredUnderTheTable() {
        let laid = Fixture.layout(doc(height: 200) { table(rows(2), notes: ["First note.", "Second note."]) })
        XCTAssertEqual(Array(laid.texts(onPage: 0).suffix(4)), ["a", "First note.", "b", "Second note."])
    }

    func testCellFootnotesAreLetteredAfterTheTablesOwnNotes() {
        let notes: [String: Text] = ["r01": Text.footnote("Estimate.") + Text("."), "r02": .footnote("Provisional."),
                                     "r03": .footnote("Estimate.")]
        let t = Table(rows(4), id: "t", notes: ["General note."]) {
            Column<[String]>("Name", key: "c0") { $0[0] }
            Column<[String]>("Value", key: "c1") { $0[1] }.displayed { Text($0[1]) + (notes[$0[0]] ?? Text("")) }
        }
        let laid = Fixture.layout(doc(height: 300) { t })
        XCTAssertEqual(laid.pages.count, 1)
        let texts = laid.texts(onPage: 0)
        // Marks in the cells (after a following full stop), one letter per distinct note, in reading order.
        XCTAssertEqual(texts.filter { $0.hasPrefix("v") }, ["v01.b", "v02c", "v03b", "v04"])
        XCTAssertEqual(Array(texts.suffix(6)), ["a", "General note.", "b", "Estimate.", "c", "Provisional."])
        XCTAssertTrue(laid.diagnostics.isEmpty, laid.diagnosticText)
    }

    func testHeadersOfNumberColumnsAlignWithTheNumbers() {
        let rows: [(String, Int?)] = [("a", 3), ("b", nil), ("c", 12)]
        let t = Table(rows, id: "t") {
            Column<(String, Int?)>("Name", key: "name") { $0.0 }
            Column<(String, Int?)>("Days", key: "days") { $0.1.map(CellValue.integer) ?? .empty }
            Column<(String, Int?)>("Note", key: "note", alignment: .center) { _ in "x" }
        }
        let laid = Fixture.layout(doc(width: 300, height: 200) { t })
        let header = laid.page(0).textItems.prefix(3).map(\.shaped.request.style.alignment)
        XCTAssertEqual(header, [.start, .end, .center])
    }

    func testShadedCellsFillTheirCellOnly() {
        let shades: [String: Color] = ["r01": .gray(0.5), "r03": .gray(0.8)]
        let t = Table(rows(3), id: "t") {
            Column<[String]>("Name", key: "c0", width: .fixed(80)) { $0[0] }
            Column<[String]>("Value", key: "c1", width: .fixed(120)) { $0[1] }.shaded { shades[$0[0]] }
        }
        let d = doc { t }
        let laid = Fixture.layout(d)
        let frame = d.frame(of: laid.page(0))
        let fills = laid.page(0).fills.map { $0.offsetBy(dx: -frame.x, dy: -frame.y) }
        XCTAssertEqual(fills.count, 2)
        for f in fills {
            XCTAssertEqual(f.x, 80, accuracy: 0.01)
            XCTAssertEqual(f.width, 120, accuracy: 0.01)
            XCTAssertEqual(f.height, 15, accuracy: 0.01, "a one-line row")
        }
        XCTAssertEqual(fills[1].y - fills[0].y, 30, accuracy: 0.01, "rows 1 and 3")
        XCTAssertEqual(t.node.model.rows[1].backgrounds?.compactMap { $0 }, [], "a row without shade")
    }

    func testAnEmptyTableTakesNoRoomAndMakesNoBlankPage() {
        // An empty headerless gridded table draws nothing; a page-high kept group after it must start right there.
        let empty = Table([[String]](), id: "t", style: .gridded()) { Column<[String]>("A", key: "a") { $0[0] } }.headerless()
        let laid = Fixture.layout(doc { empty; KeepTogether { Paragraph(Fixture.words("k", 80)) } })
        XCTAssertEqual(laid.pages.count, 1, "\(laid.pages.map { $0.lines.map(\.text) })")
        XCTAssertEqual(laid.page(0).lines.count, 10)
    }

    func testZebraFillsAlternateDataRowsAcrossPages() {
        let d = doc { table(rows(12), style: TableStyle(zebra: .gray(0.9))) }
        let laid = Fixture.layout(d)
        var striped: [String] = []
        for page in laid.pages {
            for fill in page.fills {
                let cell = page.textItems.first { abs($0.y - (fill.y + 2.5)) < 0.01 && $0.string.hasPrefix("r") }
                XCTAssertNotNil(cell, "a zebra fill at \(fill) has no row")
                if let c = cell { striped.append(c.string) }
            }
        }
        XCTAssertEqual(striped, ["r02", "r04", "r06", "r08", "r10", "r12"])
    }

    func testUNStyleDrawsOnlyTopHeaderAndBottomRules() {
        let d = doc { table(rows(12)) }
        let laid = Fixture.layout(d)
        for (i, page) in laid.pages.enumerated() {
            XCTAssertTrue(page.borders.isEmpty, "page \(i + 1) has cell borders")
            let rules = page.rules
            XCTAssertTrue(rules.allSatisfy { abs($0.y1 - $0.y2) < 0.001 }, "page \(i + 1) has a vertical rule")
            let ys = rules.map(\.y1).sorted()
            let top = d.frame(of: page).y
            let rows = page.words.filter { $0.first == "r" }.count
            XCTAssertEqual(ys.count, 3, "page \(i + 1): top, under the header, bottom")
            if ys.count == 3 {
                XCTAssertEqual(ys[0], top, accuracy: 0.001)
                XCTAssertEqual(ys[1], top + 15, accuracy: 0.001)
                XCTAssertEqual(ys[2], top + 15 + Points(rows) * 15, accuracy: 0.001)
            }
        }
    }

    func testGriddedStyleDrawsCellBordersInsideTheFrame() {
        let d = doc { table(rows(8), style: .gridded()) }
        let laid = Fixture.layout(d)
        for page in laid.pages {
            XCTAssertFalse(page.borders.isEmpty)
            for r in page.borders { XCTAssertTrue(d.frame(of: page).contains(r), "\(r)") }
        }
    }

    func testFixedFractionAndAutoWidthsFillTheFrame() throws {
        let data = [["id1", "Some text", "tiny", "Extraordinarily long wording"]]
        let laid = Fixture.layout(doc {
            table(data, titles: ["Id", "Text", "T", "Long"], widths: [.fixed(40), .fraction(0.25), .auto, .auto])
        })
        let w = columnWidths(laid.page(0), columns: 4)
        XCTAssertEqual(w.reduce(0, +), 200, accuracy: 0.01)
        XCTAssertEqual(w[0], 40, accuracy: 0.01)
        XCTAssertEqual(w[1], 40, accuracy: 0.01, "a quarter of what the fixed column leaves")
        XCTAssertGreaterThanOrEqual(w[2], 4 * 5 + 8 - 0.01, "auto column holds its longest word")
        XCTAssertGreaterThanOrEqual(w[3], 15 * 5 + 8 - 0.01, "auto column holds \"Extraordinarily\"")
    }

    func testAutoWidthsFollowContent() {
        let laid = Fixture.layout(doc { table([["x", Fixture.words("a", 12)]], titles: ["N", "Text"]) })
        let w = columnWidths(laid.page(0), columns: 2)
        XCTAssertEqual(w.reduce(0, +), 200, accuracy: 0.01)
        XCTAssertLessThan(w[0], w[1])
        XCTAssertGreaterThanOrEqual(w[0], 5 + 8 - 0.01)
    }

    func testFractionsAloneFillTheFrame() {
        let laid = Fixture.layout(doc { table(rows(2), widths: [.fraction(0.3), .fraction(0.2)]) })
        let w = columnWidths(laid.page(0), columns: 2)
        XCTAssertEqual(w.reduce(0, +), 200, accuracy: 0.01)
        XCTAssertEqual(w[0] / w[1], 1.5, accuracy: 0.001)
    }

    func testAFractionColumnIsWidenedToItsLongestWord() {
        // A tenth of 200 pt is 20 pt; "Extraordinarily" needs 15 × 5 + 8 pt of padding.
        let data = [["Extraordinarily", "short words only here"]]
        for widths in [[ColumnWidth.fraction(0.1), .fraction(0.9)], [.fraction(0.1), .auto], [.fraction(0.1), .fixed(60), .auto]] {
            let titles = ["A", "B", "C"].prefix(widths.count).map { $0 }
            let rows = data.map { Array(($0 + ["c"]).prefix(widths.count)) }
            let d = doc { table(rows, titles: titles, widths: widths) }
            let laid = Fixture.layout(d)
            let w = columnWidths(laid.page(0), columns: widths.count)
            XCTAssertEqual(w.reduce(0, +), 200, accuracy: 0.01, "\(widths)")
            XCTAssertEqual(w[0], 15 * 5 + 8, accuracy: 0.01, "\(widths): the column holds its longest word")
            XCTAssertTrue(laid.words.contains("Extraordinarily"), "\(widths): the word is not broken")
            XCTAssertLinesInsideFrame(laid, of: d)
        }
    }

    func testAFractionColumnWhoseWordCannotFitKeepsItsShare() {
        // Two 15-character words need 83 pt each; the frame has 150: the narrow column would need 53 pt more, the
        // wide one can give 37, so the narrow column keeps its fifth and its word breaks.
        let d = doc(width: 150) { table([["Extraordinarily", "Incommensurable"]], widths: [.fraction(0.2), .fraction(0.8)]) }
        let laid = Fixture.layout(d)
        let w = columnWidths(laid.page(0), columns: 2)
        XCTAssertEqual(w[0], 30, accuracy: 0.01)
        XCTAssertEqual(w[1], 120, accuracy: 0.01)
        XCTAssertTrue(laid.words.contains("Incommensurable"))
        XCTAssertLinesInsideFrame(laid, of: d)
    }

    func testColumnsLackingLeastAreWidenedFirst() {
        // 200 pt: three tenths (20 pt) and 0.7 (140 pt). "Words" lacks 13 pt, "Extraordinarily" 63 pt; the other
        // columns can spare 2 + 32 pt above their longest words: the first is served, the second keeps its tenth.
        let d = doc { table([["Words", "Extraordinarily", "ab", "abcdefghijklmnopqrst"]], titles: ["A", "B", "C", "D"],
                            widths: [.fraction(0.1), .fraction(0.1), .fraction(0.1), .fraction(0.7)]) }
        let laid = Fixture.layout(d)
        let w = columnWidths(laid.page(0), columns: 4)
        XCTAssertEqual(w.reduce(0, +), 200, accuracy: 0.01)
        XCTAssertEqual(w[0], 5 * 5 + 8, accuracy: 0.01)
        XCTAssertEqual(w[1], 20, accuracy: 0.01)
        XCTAssertGreaterThanOrEqual(w[2], 2 * 5 + 8 - 0.01)
        XCTAssertGreaterThanOrEqual(w[3], 20 * 5 + 8 - 0.01)
        XCTAssertTrue(laid.words.contains("Words") && laid.words.contains("abcdefghijklmnopqrst"))
        XCTAssertLinesInsideFrame(laid, of: d)
    }

    func testFixedWidthsWiderThanTheFrameShrinkWithAWarning() {
        let d = doc { table(rows(2), widths: [.fixed(150), .fixed(150)]) }
        let laid = Fixture.layout(d)
        let w = columnWidths(laid.page(0), columns: 2)
        XCTAssertEqual(w.reduce(0, +), 200, accuracy: 0.01)
        XCTAssertFalse(laid.diagnostics(containing: "wider than").isEmpty, laid.diagnosticText)
        XCTAssertLinesInsideFrame(laid, of: d)
    }

    func testGroupHeadingsSubtotalsAndFooterRows() {
        struct Item { var region: String; var name: String; var amount: Int }
        let items = [Item(region: "Europe", name: "France", amount: 10), Item(region: "Asia", name: "Japan", amount: 5),
                     Item(region: "Europe", name: "Spain", amount: 20)]
        let groups = RowGroups<Item>(by: { $0.region }, subtotal: { rs in [.text("Subtotal"), .integer(rs.reduce(0) { $0 + $1.amount })] })
        let laid = Fixture.layout(doc(height: 300) {
            Table(items, id: "g", groups: groups, footer: [[.text("Total"), .integer(35)]]) {
                Column<Item>("Name", key: "name", text: { $0.name })
                Column<Item>("Amount", key: "amount") { .integer($0.amount) }
            }
        })
        XCTAssertEqual(laid.texts(onPage: 0).filter { !$0.isEmpty }, [
            "Name", "Amount",
            "Europe", "France", "10", "Spain", "20", "Subtotal", "30",
            "Asia", "Japan", "5", "Subtotal", "5",
            "Total", "35",
        ])
        // The group heading spans the table.
        let heading = laid.page(0).textItems.first { $0.string == "Europe" }
        XCTAssertEqual(heading?.shaped.request.width ?? 0, 200 - 8, accuracy: 0.01)
    }

    func testFooterRowsComeAfterAllDataRowsOnTheLastPage() {
        let laid = Fixture.layout(doc { table(rows(14), footer: [[.text("Total"), .integer(14)]]) })
        XCTAssertEqual(laid.words.suffix(2), ["Total", "14"])
        XCTAssertEqual(laid.words.filter { $0 == "Total" }.count, 1)
    }

    func testEmptyTablePrintsItsHeaderAndTerminates() {
        let laid = Fixture.layout(doc { table([]); Paragraph("after") }, maxPages: 10)
        XCTAssertEqual(laid.pages.count, 1)
        XCTAssertEqual(laid.words, ["Name", "Value", "after"])
    }

    func testRightToLeftTableMirrorsColumns() throws {
        let laid = Fixture.layout(doc { Section { table(rows(1)) }.direction(.rightToLeft) })
        let name = try XCTUnwrap(laid.page(0).textItems.first { $0.string == "Name" })
        let value = try XCTUnwrap(laid.page(0).textItems.first { $0.string == "Value" })
        XCTAssertGreaterThan(name.x, value.x)
    }

    func testTableInsideABoxSplitsWithRepeatedHeaders() {
        let d = doc(height: 150) { Box { table(rows(25)) } }
        let laid = Fixture.layout(d)
        XCTAssertGreaterThan(laid.pages.count, 2)
        XCTAssertEqual(laid.words.filter { $0.first == "r" }, rows(25).map { $0[0] })
        for page in laid.pages { XCTAssertEqual(Array(page.words.prefix(2)), ["Name", "Value"]) }
        XCTAssertLinesInsideFrame(laid, of: d)
    }

    func testTableInsideKeepTogetherMovesWhole() {
        let laid = Fixture.layout(doc { Paragraph(Fixture.words("f", 40)); KeepTogether { table(rows(3)) } })
        XCTAssertEqual(laid.pages.count, 2)
        XCTAssertFalse(laid.page(0).words.contains("Name"))
    }

    func testManyNarrowColumnsStayInTheFrame() {
        let titles = (1...12).map { "C\($0)" }
        let data = (1...5).map { r in (1...12).map { "c\(r)x\($0)" } }
        let d = doc { table(data, titles: titles) }
        let laid = Fixture.layout(d)
        let text = laid.pages.flatMap(\.lines).map(\.text).joined()
        for row in data { for cell in row { XCTAssertTrue(text.contains(cell), cell) } }
        XCTAssertEqual(columnWidths(laid.page(0), columns: 12).reduce(0, +), 200, accuracy: 0.01)
        XCTAssertLinesInsideFrame(laid, of: d)
    }

    func testEmptyTableAtThePageFootMovesRatherThanLeavingTheFrame() {
        // Nine filler lines leave 10 pt: not even the header fits.
        let d = doc { Paragraph(Fixture.words("f", 72)); table([]) }
        let laid = Fixture.layout(d)
        XCTAssertEqual(laid.pages.count, 2)
        XCTAssertEqual(laid.page(1).words, ["Name", "Value"])
        XCTAssertLinesInsideFrame(laid, of: d)
    }

    func testColumnNarrowerThanACharacterIsReported() {
        let laid = Fixture.layout(doc { table([["x", "wide enough"]], widths: [.fixed(10), .auto]) })
        XCTAssertFalse(laid.diagnostics(containing: "narrower than a character").isEmpty, laid.diagnosticText)
        XCTAssertEqual(laid.words.filter { $0 == "x" }.count, 1)
    }
}

/// Dot leaders in contents tables (`Column.leader()`).
final class TableLeaderTests: XCTestCase {
    private func contents(_ direction: TextDirection) -> LaidOutPage {
        let d = Fixture.document(width: 200, height: 100, direction: direction) {
            Table([["Briefing note", "1"], ["Overview", "2-5"]], id: "toc") {
                Column<[String]>("Document", key: "title", width: .fraction(1), text: { $0[0] }).leader()
                Column<[String]>("Pages", key: "pages", width: .fixed(30), alignment: .end, text: { $0[1] })
            }
        }
        return Fixture.layout(d).pages[0]
    }

    private func dots(_ page: LaidOutPage) -> [(x1: Points, x2: Points, baseline: Points)] {
        page.items.compactMap { if case .dots(let a, let b, let y, _) = $0 { return (a, b, y) } else { return nil } }
    }

    func testEachDataCellOfALeaderColumnEndsInDotsUpToItsColumnEdge() {
        let page = contents(.leftToRight)
        let leaders = dots(page)
        XCTAssertEqual(leaders.count, 2, "one leader per data row, none in the header")
        let title = page.lines.first { $0.text == "Briefing note" }!
        let pages = page.lines.first { $0.text == "1" }!
        XCTAssertGreaterThan(leaders[0].x1, title.rect.maxX, "the dots start after the title")
        XCTAssertLessThan(leaders[0].x2, pages.rect.x, "and stop before the page number")
    }

    func testRightToLeftLeadersRunLeftwardsFromTheTitle() {
        let page = contents(.rightToLeft)
        let leaders = dots(page)
        XCTAssertEqual(leaders.count, 2)
        let title = page.lines.first { $0.text == "Briefing note" }!
        let pages = page.lines.first { $0.text == "1" }!
        XCTAssertLessThan(pages.rect.maxX, title.rect.x, "the page number is on the left of the title")
        XCTAssertLessThan(leaders[0].x2, title.rect.x, "the dots end before the title")
        XCTAssertGreaterThan(leaders[0].x1, pages.rect.maxX, "and start after the page number")
    }

    func testPageRangesInRightToLeftTextUseAHyphenMinus() {
        XCTAssertEqual(Typography(language: "ar").pageRangeSeparator, "-")
        XCTAssertEqual(Typography(language: "fr").pageRangeSeparator, "–")
    }
}
