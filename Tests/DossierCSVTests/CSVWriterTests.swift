import Dossier
import DossierCSV
import XCTest

final class CSVWriterTests: XCTestCase {
    private func records(_ table: TableModel, options: CSVOptions = CSVOptions()) throws -> [[String]] {
        try StrictCSVParser.parse(CSVExport.data(table, options: options))
    }

    func testQuotesCommasAndLineBreaksRoundTrip() throws {
        let values: [String] = ["plain", "say \"hi\"", "a,b", "line1\nline2", "cr\rinside", "crlf\r\nend", "\"", ",", ""]
        let parsed = try records(Fixtures.singleColumn(values.map(CellValue.text)))
        XCTAssertEqual(parsed, [["value"]] + values.map { [$0] })
    }

    func testQuotingIsExact() {
        let table = Fixtures.table(columns: [Fixtures.column("a"), Fixtures.column("b")],
                                   rows: [TableRow(values: ["x\"y", "p,q"]), TableRow(values: ["plain", "l\nm"])])
        XCTAssertEqual(String(decoding: CSVExport.data(table), as: UTF8.self),
                       "a,b\r\n\"x\"\"y\",\"p,q\"\r\nplain,\"l\nm\"\r\n")
    }

    func testNonASCIIRoundTripsAsUTF8() throws {
        let values: [String] = ["“Michèle Coninsx”", "مجلس الأمن", "vis-à-vis", "日本語, 中文"]
        let table = Fixtures.singleColumn(values.map(CellValue.text))
        XCTAssertEqual(try records(table), [["value"]] + values.map { [$0] })
    }

    func testFormulaCellsAreNeutralisedByDefault() throws {
        let values: [String] = ["=SUM(A1)", "+1", "-2", "@x", "\tTAB", "\rCR", "safe=1"]
        let parsed = try records(Fixtures.singleColumn(values.map(CellValue.text)))
        XCTAssertEqual(parsed.dropFirst().map { $0[0] },
                       ["'=SUM(A1)", "'+1", "'-2", "'@x", "'\tTAB", "'\rCR", "safe=1"])
    }

    func testFormulaListsAreNeutralised() throws {
        let parsed = try records(Fixtures.singleColumn([.list(["=1+1", "b"]), .list(["a", "=b"])]))
        XCTAssertEqual(parsed.dropFirst().map { $0[0] }, ["'=1+1 | b", "a | =b"])
    }

    func testFormulaNeutralisationCanBeTurnedOff() throws {
        let values: [String] = ["=SUM(A1)", "+1", "-2", "@x", "\tTAB", "\rCR"]
        let options = CSVOptions(neutralizeFormulas: false)
        let parsed = try records(Fixtures.singleColumn(values.map(CellValue.text)), options: options)
        XCTAssertEqual(parsed.dropFirst().map { $0[0] }, values)
    }

    func testNumbersAreNeverAltered() throws {
        let parsed = try records(Fixtures.singleColumn([.integer(-42), .number(-3.5, fractionDigits: 2), .integer(7)]))
        XCTAssertEqual(parsed.dropFirst().map { $0[0] }, ["-42", "-3.50", "7"])
    }

    func testByteOrderMark() {
        let table = Fixtures.singleColumn(["x"])
        let withBOM = CSVExport.data(table, options: CSVOptions(byteOrderMark: true))
        XCTAssertEqual(Array(withBOM.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(Array(withBOM.dropFirst(3)), CSVExport.data(table))
        XCTAssertEqual(Array(CSVExport.data(table).prefix(5)), Array("value".utf8))
    }

    func testValueKinds() throws {
        let columns = ["empty", "list", "yes", "no", "date", "number"].map { Fixtures.column($0) }
        let row = TableRow(values: [.empty, .list(["a", "b", "c"]), .bool(true), .bool(false), .date("2018-07"),
                                    .number(1234.5, fractionDigits: 1)])
        let parsed = try records(Fixtures.table(columns: columns, rows: [row]))
        XCTAssertEqual(parsed[1], ["", "a | b | c", "true", "false", "2018-07", "1234.5"])
    }

    func testSingleEmptyFieldIsNotABlankLine() {
        let bytes = CSVExport.data(Fixtures.singleColumn([.empty]))
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "value\r\n\"\"\r\n")
    }

    func testEveryRecordEndsWithCRLF() {
        let bytes = CSVExport.data(Fixtures.singleColumn(["a", "b"]))
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "value\r\na\r\nb\r\n")
    }
}
