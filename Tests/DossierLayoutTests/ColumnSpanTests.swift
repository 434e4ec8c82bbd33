import Dossier
import DossierLayout
import XCTest

/// Column spans: a footer label across several columns, in left-to-right and right-to-left tables.
final class ColumnSpanTests: XCTestCase {
    private let rows = [["a", "b", "1"], ["c", "d", "2"]]

    private func document(direction: TextDirection = .leftToRight) -> Document {
        Fixture.document(width: 200, height: 200) {
            Section {
                Table(rows, id: "spans", footer: [[.text("Total"), .empty, .integer(3)]], footerSpans: [2, 1]) {
                    Column<[String]>("X", key: "x", width: .fixed(60), text: { $0[0] })
                    Column<[String]>("Y", key: "y", width: .fixed(60), text: { $0[1] })
                    Column<[String]>("N", key: "n", width: .fixed(80)) { .integer(Int($0[2]) ?? 0) }
                }
            }.direction(direction)
        }
    }

    func testFooterLabelSpansTheColumnsItCovers() throws {
        let laid = Fixture.layout(document())
        let total = try XCTUnwrap(laid.page(0).textItems.first { $0.string == "Total" })
        let sum = try XCTUnwrap(laid.page(0).textItems.first { $0.string == "3" })
        XCTAssertEqual(total.shaped.request.width, 120 - 8, accuracy: 0.01, "the label cell covers the first two columns")
        XCTAssertEqual(sum.shaped.request.width, 80 - 8, accuracy: 0.01)
        XCTAssertGreaterThan(sum.x, total.x)
        XCTAssertLinesInsideFrame(laid, of: document())
    }

    func testSpansFollowTheMirroredColumnsOfARightToLeftTable() throws {
        let d = document(direction: .rightToLeft)
        let laid = Fixture.layout(d)
        let total = try XCTUnwrap(laid.page(0).textItems.first { $0.string == "Total" })
        let sum = try XCTUnwrap(laid.page(0).textItems.first { $0.string == "3" })
        XCTAssertEqual(total.shaped.request.width, 120 - 8, accuracy: 0.01)
        XCTAssertLessThan(sum.x, total.x, "the sum's column stands on the left in a right-to-left table")
        XCTAssertLinesInsideFrame(laid, of: d)
    }
}
