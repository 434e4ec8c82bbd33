import Dossier
import DossierLayout
import DossierPDF
import DossierRender
import Foundation
import XCTest

/// Tables as a reader finds them in the PDF: the header on every page the table spans, every data row once,
/// a row split across pages complete, and a 20,000-row annex rendered whole (bench-brief template).
final class TablePDFTests: XCTestCase {
    /// A workload like `shared/bench/WORKLOAD.md`: four sections, then an annex of `rows` rows.
    private func writeBrief(rows: Int, to url: URL) throws {
        let words = ["analysis", "border", "coordination", "delivery", "evaluation", "framework", "guidance", "Michèle",
                     "implementation", "justice", "knowledge", "legislation", "monitoring", "Ñandú", "oversight", "Zoë"]
        func sentence(_ seed: Int, _ n: Int) -> String { (0..<n).map { words[(seed * 7 + $0 * 3) % words.count] }.joined(separator: " ") }
        let brief: [String: Any] = [
            "meta": ["title": "Register test", "subtitle": "Annex pagination", "date": "1 May 2025", "author": "Dossier tests"],
            "sections": (1...4).map { ["heading": "\($0). Section \($0)", "paragraphs": (1...4).map { sentence($0, 60) }] },
            "annex": ["title": "Annex A. Register of items", "columns": ["Ref", "Date", "Entity", "Status", "Description"],
                      "rows": (1...rows).map { i in [String(format: "R-%05d", i), "2025-01-01", "Office \(i % 7)", "Open",
                                                    sentence(i, 8 + i % 9)] }],
        ]
        try JSONSerialization.data(withJSONObject: brief).write(to: url)
    }

    private func render(rows: Int, extra: [String] = []) throws -> (pdf: URL, pages: [String]) {
        let dir = try TemporaryDirectory.forTest(self)
        let json = dir.url.appendingPathComponent("brief.json")
        try writeBrief(rows: rows, to: json)
        let pdf = dir.url.appendingPathComponent("brief.pdf")
        let r = try Run.dossier(["render", "bench-brief", json.path, "-o", pdf.path, "--date", "2025-05-01"] + extra)
        XCTAssertEqual(r.status, 0, r.stderr)
        return (pdf, try PDFTools.pagesText(pdf, mode: .raw))
    }

    func testHeaderOnEveryAnnexPageAndEveryRowOnce() throws {
        let (_, pages) = try render(rows: 400)
        let refs = pages.flatMap { page in page.split(whereSeparator: \.isWhitespace).filter { $0.hasPrefix("R-") }.map(String.init) }
        XCTAssertEqual(refs.count, 400, "every data row once")
        XCTAssertEqual(refs, (1...400).map { String(format: "R-%05d", $0) }, "in order")
        let annexPages = pages.filter { $0.contains("R-0") }
        XCTAssertGreaterThan(annexPages.count, 5)
        for page in annexPages {
            XCTAssertEqual(page.components(separatedBy: "Description").count - 1, 1, "the header row once per page")
        }
    }

    func testTwentyThousandRowAnnexRendersWhole() throws {
        let (pdf, pages) = try render(rows: 20_000, extra: ["--no-tags"])
        XCTAssertGreaterThan(try PDFTools.info(pdf).pages ?? 0, 800)
        XCTAssertTrue(pages.first { $0.contains("R-00001") } != nil, "first row present")
        XCTAssertTrue(pages.last { $0.contains("R-") }?.contains("R-20000") == true, "last row on the last annex page")
        let refs = Set(pages.flatMap { $0.split(whereSeparator: \.isWhitespace).filter { $0.hasPrefix("R-") } })
        XCTAssertEqual(refs.count, 20_000)
    }

    /// A row taller than the space left splits by the lines of its cells; every word of it is in the PDF.
    func testRowSplitAcrossPagesKeepsEveryWord() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let long = (1...2000).map { "w\($0)" }.joined(separator: " ")
        let doc = Document(id: "split", metadata: DocumentMetadata(title: "Split row")) {
            Paragraph((1...30).map { "filler\($0)" }.joined(separator: " "))
            Table([["first", long]], id: "split", style: TableStyle(keepRowsWhole: false)) {
                Column<[String]>("Key", key: "key", width: .fraction(0.2), text: { $0[0] })
                Column<[String]>("Text", key: "text", width: .fraction(0.8), text: { $0[1] })
            }
        }
        let pdf = dir.url.appendingPathComponent("split.pdf")
        try DocumentRenderer(fontDirectory: nil).render(doc, pdf: pdf, settings: RenderSettings(fallbackDate: Date(timeIntervalSince1970: 0)))
        let pages = try PDFTools.pagesText(pdf, mode: .raw)
        XCTAssertGreaterThan(pages.count, 1)
        let found = pages.flatMap { $0.split(whereSeparator: \.isWhitespace).filter { $0.hasPrefix("w") }.map(String.init) }
        XCTAssertEqual(found, (1...2000).map { "w\($0)" }, "every word of the split row, once, in order")
        XCTAssertEqual(pages.filter { $0.contains("Key") }.count, pages.filter { $0.contains("w") }.count,
                       "the header repeats on each page the row continues on")
    }
}
