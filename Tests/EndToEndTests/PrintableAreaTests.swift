import Foundation
import XCTest

/// Word boxes from `pdftotext -bbox-layout`: nothing outside the printable area, body text inside the margins.
final class PrintableAreaTests: XCTestCase {
    static let renders = SampleRender()
    override class func tearDown() {
        renders.removeAll()
        super.tearDown()
    }

    /// Unprintable band at the paper edge that office printers need (about 3.5 mm).
    static let edge = 10.0
    /// The country-visit template's margins: 22 mm on every side.
    static let margin = 22.0 * 72.0 / 25.4
    static let tolerance = 1.0

    /// Words closer than `edge` to a page edge (or off the page).
    static func wordsOutsidePrintableArea(_ doc: BBoxDocument) -> [String] {
        doc.pages.flatMap { page in
            page.words.filter { w in
                w.xMin < edge || w.yMin < edge || w.xMax > page.width - edge || w.yMax > page.height - edge
            }.map { "page \(page.number) (\(BBoxWord.f(page.width))×\(BBoxWord.f(page.height))): \($0)" }
        }
    }

    func testNoWordOutsideThePrintableArea() throws {
        let doc = try PDFTools.bbox(try Self.renders.kenya().pdf)
        XCTAssertFalse(doc.pages.isEmpty)
        XCTAssertGreaterThan(doc.pages.flatMap(\.words).count, 500, "too few words extracted")
        let outside = Self.wordsOutsidePrintableArea(doc)
        XCTAssertEqual(outside, [], "words within \(Self.edge) pt of the paper edge:\n" + outside.joined(separator: "\n"))
    }

    /// Sensitivity markings are printed at the top and bottom of every page, in the margins: they too must
    /// stay inside the printable area.
    func testSensitivityMarkingStaysInsideThePrintableArea() throws {
        let render = try Self.renders.kenyaVariant("confidential") { sample in
            sample["meta"] = ["sensitivity": "CONFIDENTIAL"]
        }
        let doc = try PDFTools.bbox(render.pdf)
        for page in doc.pages {
            let markings = page.words.filter { $0.text == "CONFIDENTIAL" }
            XCTAssertEqual(markings.count, 2, "page \(page.number): the marking is printed at the top and at the bottom")
        }
        let outside = Self.wordsOutsidePrintableArea(doc)
        XCTAssertEqual(outside, [], "words within \(Self.edge) pt of the paper edge:\n" + outside.joined(separator: "\n"))
    }

    func testBodyWordsLieWithinTheMargins() throws {
        let doc = try PDFTools.bbox(try Self.renders.kenya().pdf)
        let m = Self.margin, t = Self.tolerance
        var problems: [String] = []
        var bodyWords = 0
        let pageCount = doc.pages.count
        for page in doc.pages {
            let left = m - t, right = page.width - m + t, top = m - t, bottom = page.height - m + t
            for line in page.lines {
                // Furniture lives in the margins: the running header (page 2 on) above the body, the footer below.
                if line.yMax <= m + t && Self.isRunningHeader(line, page: page.number, of: pageCount) { continue }
                if line.yMin >= page.height - m - t && Self.isFooter(line, page: page.number, of: pageCount) { continue }
                for w in line.words {
                    bodyWords += 1
                    if w.xMin < left || w.xMax > right || w.yMin < top || w.yMax > bottom {
                        problems.append("page \(page.number): \(w) in line \"\(line.text)\"")
                    }
                }
            }
            // Every page has its footer; pages after the first have the running header.
            XCTAssertTrue(page.lines.contains { Self.isFooter($0, page: page.number, of: pageCount) }, "page \(page.number): no footer")
            if page.number > 1 {
                XCTAssertTrue(page.lines.contains { Self.isRunningHeader($0, page: page.number, of: pageCount) },
                              "page \(page.number): no running header")
            }
        }
        XCTAssertGreaterThan(bodyWords, 500)
        XCTAssertEqual(problems, [], "body words outside the 22 mm margins (±\(Self.tolerance) pt):\n" + problems.joined(separator: "\n"))
    }

    /// The body text starts at the left margin (the masthead and numbered paragraphs' numbers).
    func testBodyTextUsesTheLeftMargin() throws {
        let doc = try PDFTools.bbox(try Self.renders.kenya().pdf)
        let first = try XCTUnwrap(doc.pages.first)
        let minX = try XCTUnwrap(first.words.map(\.xMin).min())
        XCTAssertEqual(minX, Self.margin, accuracy: 1.5, "the leftmost word of page 1 does not sit on the 22 mm margin")
    }

    static func isFooter(_ line: BBoxLine, page: Int, of total: Int) -> Bool {
        line.text == "Page \(page) of \(total)"
    }

    static func isRunningHeader(_ line: BBoxLine, page: Int, of total: Int) -> Bool {
        line.text.hasSuffix("\(page)/\(total)") || line.words.first?.text == "kenya-joint-unoct-cted-visit"
            || line.text == "\(page)/\(total)"
    }
}
