import Dossier
import DossierLayout
import XCTest

/// Timelines: events in order with their dates above the line and their descriptions below, rows that wrap at
/// 72 pt an event, a tagged Figure with the events in words, and long timelines continued on the next page.
///
/// Pages are 200 pt wide with a 10 pt monospace font: two events a row.
final class TimelineLayoutTests: XCTestCase {
    private func events(_ n: Int) -> [TimelineEvent] { (1...n).map { TimelineEvent("\(2000 + $0)", "e\($0)") } }

    private func alts(_ page: LaidOutPage) -> [String] {
        page.items.compactMap { if case .alternateText(let a) = $0 { return a } else { return nil } }
    }

    func testEventsInOrderWithDatesAboveTheLineAndDescriptionsBelow() {
        let laid = Fixture.layout(Fixture.document(width: 200, height: 300) { Timeline("History", events: events(3)) })
        XCTAssertEqual(laid.pages.count, 1)
        let page = laid.page(0)
        XCTAssertEqual(page.textItems.map(\.string), ["History", "2001", "2002", "e1", "e2", "2003", "e3"])
        // Each date is above its marker, each description below; the third event starts a second row.
        let markers = page.fills
        XCTAssertEqual(markers.count, 3)
        for (k, marker) in markers.enumerated() {
            let date = page.textItems.first { $0.string == "\(2001 + k)" }!
            let text = page.textItems.first { $0.string == "e\(k + 1)" }!
            XCTAssertLessThan(date.y + 10, marker.y + 0.01, "date \(k + 1) above its marker")
            XCTAssertGreaterThan(text.y, marker.maxY - 0.01, "description \(k + 1) below its marker")
        }
        XCTAssertEqual(markers[0].y, markers[1].y)
        XCTAssertGreaterThan(markers[2].y, markers[1].maxY)
        XCTAssertEqual(alts(page), ["Timeline: History. 2001: e1; 2002: e2; 2003: e3."])
        XCTAssertTagsBalanced(laid)
        XCTAssertLinesInsideFrame(laid, of: Fixture.document(width: 200, height: 300) { })
    }

    func testALongTimelineContinuesOnTheNextPage() {
        let laid = Fixture.layout(Fixture.document(width: 200, height: 100) { Timeline(events: events(12), alt: "Twelve") })
        XCTAssertGreaterThan(laid.pages.count, 1)
        let dates = laid.pages.flatMap { $0.textItems.map(\.string).filter { $0.hasPrefix("20") } }
        XCTAssertEqual(dates, (1...12).map { "\(2000 + $0)" }, "every event once, in order")
        XCTAssertEqual(alts(laid.page(0)), ["Twelve"])
        XCTAssertEqual(alts(laid.page(1)), ["Twelve (continued)"])
        XCTAssertTagsBalanced(laid)
    }

    func testADescriptionTallerThanAPageContinuesOnTheNext() {
        let long = (1...60).map { String(format: "w%02d", $0) }.joined(separator: " ")
        let d = Fixture.document(width: 200, height: 100) { Timeline(events: [TimelineEvent("2001", long), TimelineEvent("2002", "short")]) }
        let laid = Fixture.layout(d)
        XCTAssertGreaterThan(laid.pages.count, 1)
        let words = laid.pages.flatMap { $0.textItems.flatMap { $0.string.split(separator: " ").map(String.init) } }
        XCTAssertEqual(words.filter { $0.hasPrefix("w") }, (1...60).map { String(format: "w%02d", $0) }, "every word once, in order")
        XCTAssertEqual(words.filter { $0.hasPrefix("20") }, ["2001", "2002"], "dates printed once")
        XCTAssertLinesInsideFrame(laid, of: d)
        XCTAssertTagsBalanced(laid)
    }

    func testNoEventsDrawNothingButTheCaption() {
        let laid = Fixture.layout(Fixture.document { Timeline("Empty", events: []); Paragraph("after") })
        XCTAssertEqual(laid.page(0).textItems.map(\.string), ["Empty", "after"])
    }
}
