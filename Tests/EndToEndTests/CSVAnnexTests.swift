import Foundation
import XCTest

/// CSV annexes of the country-visit template (docs/input-contract.md §3.5, tables V1–V4), through `render --annexes`
/// and `csv`.
final class CSVAnnexTests: XCTestCase {
    static let renders = SampleRender()
    override class func tearDown() {
        renders.removeAll()
        super.tearDown()
    }

    static let documentId = "kenya-joint-unoct-cted-visit"

    /// docs/input-contract.md §3.5, V1–V4, column for column (the visit's tables of the domain tests' list).
    static let columns: [String: [String]] = DomainTemplateTests.columns.filter { $0.key.hasPrefix("visit_") }

    /// Data rows of the sample: 4 delegation members, 13 counterparts, 7 areas, 3 previous visits + this one.
    static let rowCounts = ["visit_delegation": 4, "visit_meetings": 13, "visit_ta_areas": 7, "visit_history": 4]

    static func fileName(_ table: String) -> String { "\(documentId)__\(table).csv" }

    private func annexes() throws -> URL { try XCTUnwrap(try Self.renders.kenya().annexes) }

    func testRenderWritesExactlyTheFourAnnexFiles() throws {
        let dir = try annexes()
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        XCTAssertEqual(files, Self.columns.keys.map(Self.fileName).sorted())
        // stdout names the PDF, then every annex written.
        let out = try Self.renders.kenya().result.stdoutLines
        for table in Self.columns.keys {
            XCTAssertTrue(out.contains(dir.appendingPathComponent(Self.fileName(table)).path), "stdout does not list \(table): \(out)")
        }
    }

    func testHeaderRowsAreTheDomainModelColumns() throws {
        let dir = try annexes()
        for table in ["visit_delegation", "visit_meetings", "visit_ta_areas", "visit_history"] {
            let csv = try CSVFile.read(dir.appendingPathComponent(Self.fileName(table)))
            XCTAssertEqual(csv.header, Self.columns[table], "\(table): header row differs from docs/input-contract.md §3.5")
            XCTAssertFalse(csv.hasByteOrderMark, "\(table): no BOM without --bom")
        }
    }

    func testLineEndsAreCRLF() throws {
        let dir = try annexes()
        for table in Self.columns.keys {
            let csv = try CSVFile.read(dir.appendingPathComponent(Self.fileName(table)))
            XCTAssertTrue(csv.allLineEndsCRLF, "\(table): every record must end with CRLF")
        }
    }

    func testRowCounts() throws {
        let dir = try annexes()
        for (table, count) in Self.rowCounts {
            let csv = try CSVFile.read(dir.appendingPathComponent(Self.fileName(table)))
            XCTAssertEqual(csv.rows.count, count, "\(table): data rows")
            for (i, row) in csv.rows.enumerated() {
                XCTAssertEqual(row.count, csv.header.count, "\(table) row \(i + 1): field count differs from the header")
            }
        }
    }

    func testRowContents() throws {
        let dir = try annexes()
        func table(_ id: String) throws -> [[String: String]] {
            let csv = try CSVFile.read(dir.appendingPathComponent(Self.fileName(id)))
            return csv.rows.map { Dictionary(uniqueKeysWithValues: zip(csv.header, $0)) }
        }
        let delegation = try table("visit_delegation")
        XCTAssertEqual(delegation.map { $0["seq"] }, ["1", "2", "3", "4"])
        XCTAssertEqual(delegation.first?["name"], "Vladimir Voronkov")
        XCTAssertEqual(delegation.map { $0["is_named"] }, ["true", "true", "true", "false"])
        XCTAssertEqual(delegation[1]["name"], "Michèle Coninsx", "full Unicode in CSV")
        XCTAssertEqual(delegation[3]["description"], "a representative from the Security Council Monitoring Team")
        XCTAssertEqual(delegation[1]["titles"],
                       "Assistant Secretary-General | Executive Director of the Counter-Terrorism Committee Executive Directorate (CTED)",
                       "lists are joined with \" | \"")
        let meetings = try table("visit_meetings")
        XCTAssertEqual(meetings.filter { $0["group_id"] == "mg-1" }.count, 6)
        XCTAssertEqual(meetings.filter { $0["group_id"] == "mg-2" }.count, 7)
        XCTAssertEqual(meetings.last?["location"], "Kwale county, region of Mombasa")
        let areas = try table("visit_ta_areas")
        XCTAssertEqual(areas.map { $0["area_id"] }, (1...7).map { "ta-\($0)" })
        XCTAssertEqual(areas.first?["text"], "border management, including both aviation and maritime security")
        let history = try table("visit_history")
        XCTAssertEqual(history.map { $0["visit_id"] }, ["kenya-cted-2005-comprehensive", "kenya-cted-2008-follow-up",
                                                         "kenya-cted-2016-follow-up", Self.documentId])
        XCTAssertEqual(history.map { $0["year"] }, ["2005", "2008", "2016", ""], "an unknown year is an empty cell")
        XCTAssertEqual(history[2]["report_approved_on"], "2017")
        XCTAssertEqual(history[2]["report_approved_on_qualifier"], "early")
    }

    func testCSVCommandWritesOnlyTheRequestedTable() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let out = dir.file("csv")
        let r = try Run.dossier(["csv", "country-visit", TestPaths.kenyaSample.path, "-o", out.path, "--table", "visit_delegation"])
        XCTAssertEqual(r.status, 0, r.summary)
        XCTAssertEqual(dir.contents("csv"), [Self.fileName("visit_delegation")])
        XCTAssertEqual(r.stdoutLines, [out.appendingPathComponent(Self.fileName("visit_delegation")).path])
        let csv = try CSVFile.read(out.appendingPathComponent(Self.fileName("visit_delegation")))
        XCTAssertEqual(csv.header, Self.columns["visit_delegation"])
        XCTAssertEqual(csv.rows.count, 4)
        XCTAssertFalse(csv.hasByteOrderMark)
        // The same bytes as the annex written by `render --annexes`.
        XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent(Self.fileName("visit_delegation"))),
                       try Data(contentsOf: try annexes().appendingPathComponent(Self.fileName("visit_delegation"))))
    }

    func testByteOrderMarkOption() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let r = try Run.dossier(["csv", "country-visit", TestPaths.kenyaSample.path, "-o", dir.url.path,
                                 "--table", "visit_ta_areas", "--bom"])
        XCTAssertEqual(r.status, 0, r.summary)
        let data = try Data(contentsOf: dir.file(Self.fileName("visit_ta_areas")))
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF], "--bom must start the file with EF BB BF")
        XCTAssertNotEqual(Array(data.dropFirst(3).prefix(3)), [0xEF, 0xBB, 0xBF], "one BOM only")
        let csv = try CSVFile.parse(data)
        XCTAssertTrue(csv.hasByteOrderMark)
        XCTAssertEqual(csv.header, Self.columns["visit_ta_areas"])
        XCTAssertEqual(csv.rows.count, 7)
    }

    func testUnknownTableIsAUsageError() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let out = dir.file("csv")
        let r = try Run.dossier(["csv", "country-visit", TestPaths.kenyaSample.path, "-o", out.path, "--table", "visit_nonsense"])
        XCTAssertEqual(r.status, 64, r.summary)
        XCTAssertTrue(r.stderr.contains("visit_nonsense"), "stderr should name the unknown table: \(r.stderr)")
        XCTAssertTrue(r.stderr.contains("visit_delegation"), "stderr should list the known tables: \(r.stderr)")
        XCTAssertEqual(dir.contents("csv").filter { $0.hasSuffix(".csv") }, [], "no CSV file for an unknown table")
        XCTAssertEqual(r.stdout, "")
    }
}
