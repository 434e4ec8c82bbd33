import Dossier
import DossierLayout
import XCTest

/// Bar charts: bar lengths in proportion on one scale, every bar's value printed, stacked segments with their
/// values and a legend, a tagged Figure with alternative text, and long charts continued on the next page.
///
/// Pages are 200 pt wide with a 10 pt monospace font (5 pt a character): a one-line row is 18 pt high.
final class ChartLayoutTests: XCTestCase {
    private func doc(height: Points = 200, @BlockBuilder _ body: () -> [Node]) -> Document {
        Fixture.document(width: 200, height: height, body: body)
    }

    /// Filled rectangles relative to the body frame.
    private func bars(_ page: LaidOutPage) -> [Rect] {
        let frame = Fixture.document(width: 200, height: 100) { }.frame(of: page)
        return page.items.compactMap { if case .fill(let r, _) = $0 { return r.offsetBy(dx: -frame.x, dy: 0) } else { return nil } }
    }

    private func alts(_ page: LaidOutPage) -> [String] {
        page.items.compactMap { if case .alternateText(let a) = $0 { return a } else { return nil } }
    }

    func testBarsAreInProportionAndCarryTheirValues() {
        let laid = Fixture.layout(doc { BarChart("By status", bars: [("Open", 30), ("Closed", 15), ("Dropped", 0)]) })
        XCTAssertEqual(laid.pages.count, 1)
        let page = laid.page(0)
        XCTAssertEqual(page.textItems.map(\.string), ["By status", "Open", "30", "Closed", "15", "Dropped", "0"])
        let b = bars(page)
        XCTAssertEqual(b.count, 2, "no bar for a zero value")
        XCTAssertEqual(b[0].width / b[1].width, 2, accuracy: 1e-9)
        XCTAssertEqual(b[0].x, b[1].x)
        // Each value sits just after its bar, on the bar's band.
        let values = page.textItems.filter { ["30", "15"].contains($0.string) }
        let frameX = Fixture.document(width: 200, height: 100) { }.frame(of: page).x
        for (bar, value) in zip(b, values) {
            XCTAssertEqual(value.x - frameX, bar.maxX + 4, accuracy: 1e-9)
            XCTAssertLessThan(abs((value.y + 5) - (bar.y + bar.height / 2)), 1)
        }
        XCTAssertLessThanOrEqual(b.map(\.maxX).max() ?? 0, 200)
        XCTAssertEqual(alts(page), ["Bar chart: By status. Open 30; Closed 15; Dropped 0."])
        XCTAssertTagsBalanced(laid)
        XCTAssertLinesInsideFrame(laid, of: Fixture.document(width: 200, height: 200) { })
    }

    func testStackedBarsPrintSegmentValuesAndALegend() {
        let chart = BarChart("Recommendations", categories: ["Kenya", "Chad"],
                             series: [ChartSeries("Open", values: [20, 5]), ChartSeries("Closed", values: [10, 0])])
        let laid = Fixture.layout(doc { chart })
        let page = laid.page(0)
        let texts = page.textItems.map(\.string)
        XCTAssertEqual(texts, ["Recommendations", "Open", "Closed", "Kenya", "20", "10", "30", "Chad", "5", "5"])
        let b = Array(bars(page).dropFirst(2))   // after the legend's two swatches
        // Kenya: two segments end to end; Chad: one.
        XCTAssertEqual(b.count, 3)
        XCTAssertEqual(b[1].x, b[0].maxX, accuracy: 1e-9)
        XCTAssertEqual(b[0].width / b[1].width, 2, accuracy: 1e-9)
        XCTAssertEqual(b[2].width / b[0].width, 0.25, accuracy: 1e-9)
        XCTAssertEqual(alts(page), ["Stacked bar chart: Recommendations. Kenya: Open 20, Closed 10 (30); Chad: Open 5, Closed 0 (5)."])
    }

    func testALongChartContinuesOnTheNextPageOnOneScale() {
        let states = (1...20).map { String(format: "S%02d", $0) }
        let laid = Fixture.layout(doc(height: 100) {
            BarChart(bars: states.enumerated().map { ($0.element, Double($0.offset % 4 + 1)) }, alt: "States")
        })
        XCTAssertGreaterThan(laid.pages.count, 3)
        let labels = laid.pages.flatMap { $0.textItems.map(\.string).filter { $0.hasPrefix("S") } }
        XCTAssertEqual(labels, states, "every category once, in order")
        XCTAssertEqual(alts(laid.page(0)), ["States"])
        for i in 1..<laid.pages.count { XCTAssertEqual(alts(laid.page(i)), ["States (continued)"], "page \(i + 1)") }
        // The same value draws the same bar on every page.
        let widths = Set(laid.pages.flatMap { bars($0).map { ($0.width * 1000).rounded() } })
        XCTAssertEqual(widths.count, 4)
        XCTAssertTagsBalanced(laid)
        XCTAssertTrue(laid.diagnostics.isEmpty, laid.diagnosticText)
    }

    func testAChartThatFitsOnAPageIsNotSplit() {
        // 60 pt of text, then a 5-row chart (90 pt) on 100 pt pages: it moves whole, with its caption.
        let laid = Fixture.layout(doc(height: 100) {
            Paragraph(Fixture.words("a", 24))
            BarChart("Five", bars: ["A", "B", "C", "D", "E"].map { ($0, 1) })
        })
        XCTAssertEqual(laid.pages.count, 2)
        XCTAssertEqual(laid.page(1).textItems.map(\.string).filter { $0.count == 1 || $0 == "Five" },
                       ["Five", "A", "1", "B", "1", "C", "1", "D", "1", "E", "1"])
    }

    func testAStackedChartRepeatsItsLegendOnEveryPage() {
        let states = (1...12).map { String(format: "S%02d", $0) }
        let laid = Fixture.layout(doc(height: 100) {
            BarChart(categories: states, series: [ChartSeries("Open", values: Array(repeating: 1, count: 12)),
                                                  ChartSeries("Closed", values: Array(repeating: 2, count: 12))])
        })
        XCTAssertGreaterThan(laid.pages.count, 2)
        for (i, page) in laid.pages.enumerated() {
            XCTAssertEqual(Array(page.textItems.map(\.string).prefix(2)), ["Open", "Closed"], "page \(i + 1)")
        }
        XCTAssertEqual(laid.pages.flatMap { $0.textItems.map(\.string).filter { $0.hasPrefix("S") } }, states)
    }

    func testNothingToDrawIsHarmless() {
        let laid = Fixture.layout(doc {
            BarChart("Empty", bars: [])
            BarChart("Zeros", bars: [("A", 0), ("B", -3), ("C", .nan)])
            Paragraph("after")
        })
        XCTAssertEqual(laid.pages.count, 1)
        XCTAssertEqual(laid.page(0).textItems.map(\.string), ["Empty", "Zeros", "A", "0", "B", "0", "C", "0", "after"])
        XCTAssertTrue(bars(laid.page(0)).isEmpty)
    }

    func testLongCategoryLabelsWrapInTheirColumn() {
        let label = "Preventing and countering violent extremism"
        let laid = Fixture.layout(doc { BarChart(bars: [(label, 2), ("Short", 1)]) })
        let page = laid.page(0)
        let labelItem = page.textItems.first { $0.string.hasPrefix("Preventing") }
        XCTAssertNotNil(labelItem)
        XCTAssertGreaterThan(labelItem?.lines.count ?? 0, 1)
        XCTAssertLessThanOrEqual(labelItem?.shaped.request.width ?? 999, 200 * 0.35)
        XCTAssertLessThanOrEqual(bars(page).map(\.maxX).max() ?? 0, 200)
    }
}
