import Dossier
import DossierCSV
import Foundation
import XCTest

final class CSVExportTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("csv-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: directory)
    }

    func testHeaderHoldsExportedKeysAndOnlyDataRowsAreExported() throws {
        let columns = [Fixtures.column("country"), Fixtures.column("flag", .pdfOnly),
                       Fixtures.column("source_id", .csvOnly), Fixtures.column("troops")]
        let rows = [
            TableRow(kind: .groupHeading, values: ["Africa", .empty, .empty, .empty]),
            TableRow(values: ["Mali", "🇲🇱", "S1", .integer(12)]),
            TableRow(values: ["Niger", "🇳🇪", "S2", .integer(3)]),
            TableRow(kind: .subtotal, values: ["Subtotal", .empty, .empty, .integer(15)]),
            TableRow(kind: .footer, values: ["Total", .empty, .empty, .integer(15)]),
        ]
        let parsed = try StrictCSVParser.parse(CSVExport.data(Fixtures.table(columns: columns, rows: rows)))
        XCTAssertEqual(parsed, [["country", "source_id", "troops"], ["Mali", "S1", "12"], ["Niger", "S2", "3"]])
    }

    func testIndependentParserAgrees() throws {
        let python = URL(fileURLWithPath: "/usr/bin/python3")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: python.path), "python3 not installed")
        let values: [CellValue] = ["“Michèle Coninsx”", "a,\"b\"\r\nc", "vis-à-vis", "=SUM(A1)", .integer(-5), .empty]
        let url = directory.appendingPathComponent("py.csv")
        try CSVExport.write(Fixtures.singleColumn(values), to: url, options: CSVOptions(byteOrderMark: true))

        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                print(json.dumps(list(csv.reader(f, strict=True))))
            """, url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: output) as? [[String]])
        XCTAssertEqual(rows, [["value"], ["“Michèle Coninsx”"], ["a,\"b\"\r\nc"], ["vis-à-vis"], ["'=SUM(A1)"], ["-5"], [""]])
    }

    func testAtomicWriteLeavesNoTemporaryFile() throws {
        let url = directory.appendingPathComponent("doc__t.csv")
        try Data("old".utf8).write(to: url)
        let table = Fixtures.singleColumn(["new"])
        try CSVExport.write(table, to: url)
        XCTAssertEqual(try Data(contentsOf: url), Data(CSVExport.data(table)))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["doc__t.csv"])
    }

    func testFailedWriteLeavesNothingUnderTheFinalName() {
        let url = directory.appendingPathComponent("missing-dir/doc__t.csv")
        XCTAssertThrowsError(try CSVExport.write(Fixtures.singleColumn(["x"]), to: url))
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path))
    }

    func testMillionCellTable() throws {
        let columnCount = 10, rowCount = 100_000
        let columns = (0..<columnCount).map { Fixtures.column("c\($0)") }
        var expectedSize = columns.map(\.key.utf8.count).reduce(0, +) + columnCount - 1 + 2
        var rows: [TableRow] = []
        rows.reserveCapacity(rowCount)
        for r in 0..<rowCount {
            let values: [CellValue] = (0..<columnCount).map { c in c % 2 == 0 ? .integer(r * columnCount + c) : .text("r\(r) c\(c)") }
            expectedSize += values.map(\.csvText.utf8.count).reduce(0, +) + columnCount - 1 + 2
            rows.append(TableRow(values: values))
        }
        let url = directory.appendingPathComponent("big.csv")
        try CSVExport.write(Fixtures.table(columns: columns, rows: rows), to: url)

        let bytes = try Data(contentsOf: url)
        XCTAssertEqual(bytes.count, expectedSize)
        XCTAssertEqual(bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }, rowCount + 1)
        XCTAssertEqual(Array(bytes.suffix(2)), [0x0D, 0x0A])
    }

    func testAnnexFileName() {
        XCTAssertEqual(CSVExport.annexFileName(documentId: "S-2024-1", tableId: "troops"), "S-2024-1__troops.csv")
        XCTAssertEqual(CSVExport.annexFileName(documentId: "../etc", tableId: "a/b\\c"), "__etc__a_b_c.csv")
        XCTAssertEqual(CSVExport.annexFileName(documentId: ".hidden", tableId: "x..y"), "_hidden__x_y.csv")
    }
}
