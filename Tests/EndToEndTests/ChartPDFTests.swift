import Dossier
import DossierLayout
import DossierPDF
import Foundation
import XCTest

/// Bar charts in a real PDF: labels and values readable by pdftotext, a tagged Figure whose /Alt gives the
/// values in words, bars drawn as artifacts, and a long chart continued on the next page.
final class ChartPDFTests: XCTestCase {
    private static let geometry = PageGeometry(paper: .a4, margins: EdgeInsets(all: Length.mm(25)))

    func testChartsAreReadableTaggedAndDescribed() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let statuses = ["Proposed to the State", "Agreed with the State", "In progress", "Completed", "Not pursued"]
        let states = (1...60).map { String(format: "Member State %02d", $0) }
        let stacked = statuses.enumerated().map { s, name in
            ChartSeries(name, values: states.indices.map { Double(($0 * 7 + s * 3) % 5) })
        }
        let doc = Document(id: "charts", metadata: DocumentMetadata(title: "Charts", language: "en"),
                           geometry: Self.geometry, stylesheet: LibraryRender.sheet) {
            Heading("Charts", level: 1)
            BarChart("Recommendations by status", bars: [("Open", 12), ("In progress", 7), ("Implemented", 3), ("Closed", 0)])
            BarChart("Technical-assistance needs by State and status", categories: states, series: stacked)
            Paragraph("After the charts.")
        }
        let (pdf, laidOut) = try LibraryRender.render(doc, in: dir)
        XCTAssertEqual(laidOut.diagnostics.map(\.description), [])
        let pages = try PDFTools.pagesText(pdf, mode: .raw).map(TextMatch.normalize)
        XCTAssertGreaterThan(pages.count, 1, "the 60-State chart continues on the next page")
        let all = pages.joined(separator: " ")
        for text in ["Recommendations by status", "Open 12", "In progress 7", "Implemented 3", "Closed 0",
                     "Member State 01", "Member State 60", "Proposed to the State", "Not pursued", "After the charts."] {
            XCTAssertTrue(all.contains(text), "\(text) not found")
        }
        XCTAssertEqual(states.filter { all.components(separatedBy: $0 + " ").count - 1 >= 1 }.count, 60)
        let qpdf = try QPDFDocument.load(pdf)
        let figures = qpdf.structureElements("/Figure").compactMap { QPDFDocument.string(qpdf.resolve($0["/Alt"])) }
        XCTAssertEqual(figures.count, 1 + pages.count, "one Figure per chart part: the short chart, the long one on each page")
        XCTAssertTrue(figures.contains("Bar chart: Recommendations by status. Open 12; In progress 7; Implemented 3; Closed 0."), "\(figures)")
        XCTAssertTrue(figures.contains { $0.hasPrefix("Stacked bar chart: Technical-assistance needs by State and status. Member State 01: Proposed to the State") })
        XCTAssertTrue(figures.contains { $0.hasSuffix("(continued)") })
        // The bars are artifacts: no path is painted outside marked content, and the labels are tagged.
        let streams = try DecodedStreams.load(pdf)
        for page in streams.document.pages.indices {
            let census = MarkedContentCensus(streams.pageContent(page))
            XCTAssertEqual(census.unmarkedPaths, 0, "page \(page + 1)")
            XCTAssertEqual(census.unmarked, 0, "page \(page + 1)")
        }
    }
}
