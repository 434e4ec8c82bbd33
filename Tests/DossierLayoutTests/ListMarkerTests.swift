import Dossier
import XCTest

final class ListMarkerTests: XCTestCase {
    func testLabelsFollowUNSubparagraphStyle() {
        XCTAssertEqual((1...3).map(ListMarker.lettered.label), ["(a)", "(b)", "(c)"])
        XCTAssertEqual(ListMarker.lettered.label(27), "(aa)")
        XCTAssertEqual([1, 4, 9, 14].map(ListMarker.roman.label), ["(i)", "(iv)", "(ix)", "(xiv)"])
        XCTAssertEqual(ListMarker.numbered.label(12), "12.")
        XCTAssertEqual(HeadingNumbering.unitedNations.style(depth: 1).label(7), "VII.")
        XCTAssertEqual(HeadingNumbering.unitedNations.style(depth: 2).label(2), "B.")
    }
}
