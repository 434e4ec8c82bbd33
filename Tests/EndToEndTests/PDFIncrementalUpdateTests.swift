import DossierPDF
import Foundation
import XCTest

/// A minimal tagged PDF with a classic xref table, written the way cairo 1.16 writes one (Info dates without
/// `D:`), with offsets computed as it is built. Document order of the two Figures (8, then 7) differs from
/// their object numbers.
private enum FixturePDF {
    static let content = "/Figure << /MCID 0 >> BDC 0 0 m 10 10 l S EMC /Figure << /MCID 1 >> BDC 20 20 m 30 30 l S EMC"

    static func objects(info: Bool = true) -> [Int: String] {
        var objects: [Int: String] = [
            1: "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R /MarkInfo << /Marked true >> >>",
            2: "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> /StructParents 0 >>",
            4: "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            5: "<< /Type /StructTreeRoot /K 6 0 R /ParentTree 11 0 R >>",
            6: "<< /Type /StructElem /S /Document /P 5 0 R /K [8 0 R 9 0 R] >>",
            7: "<< /Type /StructElem /S /Figure /P 9 0 R /Pg 3 0 R /K 1 >>",
            8: "<< /Type /StructElem /S /Figure /P 6 0 R /Pg 3 0 R /K 0 >>",
            9: "<< /Type /StructElem /S /Sect /P 6 0 R /K [7 0 R] >>",
            11: "<< /Nums [0 [8 0 R 7 0 R]] >>",
        ]
        if info {
            objects[10] = "<< /Producer (cairo 1.16.0 \\(https://cairographics.org\\)) /Creator (Dossier) /Title (Report) /CreationDate (20240501120000Z) >>"
        }
        return objects
    }

    static func make(info: Bool = true) -> Data {
        let objects = objects(info: info)
        var out = Array("%PDF-1.7\n%".utf8) + [0xB5, 0xED, 0xAE, 0xFB] + [0x0A]
        var offsets: [Int: Int] = [:]
        for number in objects.keys.sorted() {
            offsets[number] = out.count
            out += Array("\(number) 0 obj\n\(objects[number]!)\nendobj\n".utf8)
        }
        let xref = out.count
        out += Array("xref\n0 12\n0000000000 65535 f\r\n".utf8)
        for number in 1..<12 {
            out += Array((offsets[number].map { String(format: "%010d 00000 n\r\n", $0) } ?? "0000000000 00000 f\r\n").utf8)
        }
        let infoEntry = info ? " /Info 10 0 R" : ""
        out += Array("trailer\n<< /Size 12 /Root 1 0 R\(infoEntry) >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return Data(out)
    }
}

/// Runs qpdf on PDFs written to a temporary directory.
private struct QPDF {
    static let executable = "/usr/bin/qpdf"
    let directory: URL

    private func run(_ arguments: [String]) throws -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    private func write(_ pdf: Data) throws -> URL {
        let url = directory.appendingPathComponent("\(UUID().uuidString).pdf")
        try pdf.write(to: url)
        return url
    }

    /// `qpdf --check`: exit status and report.
    func check(_ pdf: Data) throws -> (status: Int32, report: String) {
        let result = try run(["--check", try write(pdf).path])
        return (result.status, String(decoding: result.output, as: UTF8.self))
    }

    /// The objects of `qpdf --json=2`, keyed `obj:N G R` and `trailer`, each object's `value`.
    func objects(_ pdf: Data) throws -> [String: Any] {
        let result = try run(["--json=2", "--json-key=qpdf", try write(pdf).path])
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        let sections = try XCTUnwrap(json["qpdf"] as? [Any])
        let objects = try XCTUnwrap(sections.last as? [String: Any])
        return objects.compactMapValues { ($0 as? [String: Any])?["value"] }
    }
}

final class PDFIncrementalUpdateTests: XCTestCase {
    private var directory: URL!
    private var qpdf: QPDF { QPDF(directory: directory) }
    private let created = Date(timeIntervalSince1970: 1_714_564_800)  // 2024-05-01 12:00:00 UTC
    private let modified = Date(timeIntervalSince1970: 1_717_243_199)  // 2024-06-01 11:59:59 UTC

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-update-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: directory)
    }

    private func requireQPDF() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: QPDF.executable), "qpdf not installed")
    }

    private func fullUpdate(_ pdf: Data = FixturePDF.make()) throws -> PDFIncrementalUpdate {
        var update = try PDFIncrementalUpdate(pdf: pdf)
        update.setLanguage("en")
        update.setInfo(creationDate: created, modDate: modified)
        update.setKeywords("peacekeeping, MINUSMA (Mali), vis-à-vis \\ “quotes”")
        update.setFigureAlternateTexts(["Map of Mali (2013)", "Troops by year — مجلس الأمن"])
        return update
    }

    private func dictionary(_ objects: [String: Any], _ key: String) throws -> [String: Any] {
        try XCTUnwrap(objects[key] as? [String: Any], "no dictionary \(key)")
    }

    func testFixtureIsValid() throws {
        try requireQPDF()
        let check = try qpdf.check(FixturePDF.make())
        XCTAssertEqual(check.status, 0, check.report)
    }

    func testPatchedFileIsValidAndReadsBack() throws {
        try requireQPDF()
        let patched = try fullUpdate().apply()
        let check = try qpdf.check(patched)
        XCTAssertEqual(check.status, 0, check.report)
        XCTAssertTrue(check.report.contains("No syntax or stream encoding errors found"), check.report)

        let objects = try qpdf.objects(patched)
        XCTAssertEqual(try dictionary(objects, "obj:1 0 R")["/Lang"] as? String, "u:en")
        let info = try dictionary(objects, "obj:10 0 R")
        XCTAssertEqual(info["/CreationDate"] as? String, "u:D:20240501120000Z")
        XCTAssertEqual(info["/ModDate"] as? String, "u:D:20240601115959Z")
        XCTAssertEqual(info["/Keywords"] as? String, "u:peacekeeping, MINUSMA (Mali), vis-à-vis \\ “quotes”")
        XCTAssertEqual(info["/Title"] as? String, "u:Report")
        XCTAssertEqual(info["/Producer"] as? String, "u:cairo 1.16.0 (https://cairographics.org)")
        XCTAssertEqual(try dictionary(objects, "obj:8 0 R")["/Alt"] as? String, "u:Map of Mali (2013)")
        XCTAssertEqual(try dictionary(objects, "obj:7 0 R")["/Alt"] as? String, "u:Troops by year — مجلس الأمن")
        XCTAssertNil(try dictionary(objects, "obj:9 0 R")["/Alt"])
        let trailer = try dictionary(objects, "trailer")
        XCTAssertEqual(trailer["/Root"] as? String, "1 0 R")
        XCTAssertEqual(trailer["/Info"] as? String, "10 0 R")
        XCTAssertEqual(trailer["/Size"] as? Int, 12)
    }

    func testOriginalBytesAreKeptAndTrailerPointsBack() throws {
        let original = FixturePDF.make()
        let patched = try fullUpdate(original).apply()
        XCTAssertEqual(patched.prefix(original.count), original)
        let appended = String(decoding: patched.dropFirst(original.count), as: UTF8.self)
        let originalText = String(decoding: original, as: UTF8.self)
        let previous = try XCTUnwrap(originalText.range(of: "xref\n0 12")).lowerBound.utf16Offset(in: originalText)
        XCTAssertTrue(appended.contains("/Prev \(previous)"), appended)
        XCTAssertTrue(appended.contains("/Lang (en)"), appended)
        XCTAssertTrue(appended.contains("/CreationDate (D:20240501120000Z)"), appended)
        XCTAssertTrue(appended.hasSuffix("%%EOF\n"))
        XCTAssertFalse(appended.contains("4 0 obj"), "unchanged objects are not rewritten")
    }

    func testOutputIsDeterministic() throws {
        let first = try fullUpdate().apply()
        XCTAssertEqual(first, try fullUpdate().apply())
        let update = try fullUpdate()
        XCTAssertEqual(try update.apply(), try update.apply())
    }

    func testPatchingAPatchedFileReplacesTheLanguage() throws {
        try requireQPDF()
        var first = try PDFIncrementalUpdate(pdf: FixturePDF.make())
        first.setLanguage("en")
        var second = try PDFIncrementalUpdate(pdf: try first.apply())
        second.setLanguage("fr-CA")
        second.setFigureAlternateTexts(["Carte", "Graphique"])
        let patched = try second.apply()
        let check = try qpdf.check(patched)
        XCTAssertEqual(check.status, 0, check.report)
        let objects = try qpdf.objects(patched)
        XCTAssertEqual(try dictionary(objects, "obj:1 0 R")["/Lang"] as? String, "u:fr-CA")
        XCTAssertEqual(try dictionary(objects, "obj:8 0 R")["/Alt"] as? String, "u:Carte")
        XCTAssertEqual(String(decoding: patched, as: UTF8.self).components(separatedBy: "/Lang").count - 1, 2)
    }

    func testMissingInfoDictionaryIsCreated() throws {
        try requireQPDF()
        var update = try PDFIncrementalUpdate(pdf: FixturePDF.make(info: false))
        update.setInfo(creationDate: created, modDate: created)
        let patched = try update.apply()
        let check = try qpdf.check(patched)
        XCTAssertEqual(check.status, 0, check.report)
        let objects = try qpdf.objects(patched)
        let trailer = try dictionary(objects, "trailer")
        XCTAssertEqual(trailer["/Info"] as? String, "12 0 R")
        XCTAssertEqual(trailer["/Size"] as? Int, 13)
        XCTAssertEqual(try dictionary(objects, "obj:12 0 R")["/ModDate"] as? String, "u:D:20240501120000Z")
    }

    func testDisplayDocumentTitleIsAViewerPreference() throws {
        try requireQPDF()
        var update = try PDFIncrementalUpdate(pdf: FixturePDF.make())
        update.displayDocumentTitle()
        update.setLanguage("en")
        let patched = try update.apply()
        XCTAssertEqual(try qpdf.check(patched).status, 0)
        let catalog = try dictionary(try qpdf.objects(patched), "obj:1 0 R")
        XCTAssertEqual((catalog["/ViewerPreferences"] as? [String: Any])?["/DisplayDocTitle"] as? Bool, true)
        XCTAssertEqual(catalog["/Lang"] as? String, "u:en")
        XCTAssertNotNil(catalog["/StructTreeRoot"], "the catalog keeps its entries")
    }

    func testFigureCountMismatchFails() throws {
        var update = try PDFIncrementalUpdate(pdf: FixturePDF.make())
        update.setFigureAlternateTexts(["only one"])
        XCTAssertThrowsError(try update.apply()) { error in
            XCTAssertEqual(error as? PDFPatchError, .figureCountMismatch(figures: 2, alternateTexts: 1))
        }
    }

    func testCrossReferenceStreamsAreRejected() {
        let body = "%PDF-1.7\n1 0 obj\n<< /Type /XRef /Size 2 /Root 1 0 R /W [1 2 1] /Length 0 >>\nstream\n\nendstream\nendobj\n"
        let pdf = Data("\(body)startxref\n9\n%%EOF\n".utf8)
        XCTAssertThrowsError(try PDFIncrementalUpdate(pdf: pdf)) { error in
            XCTAssertEqual(error as? PDFPatchError, .xrefStreamUnsupported(offset: 9))
        }
    }

    func testNotAPDFIsRejected() {
        XCTAssertThrowsError(try PDFIncrementalUpdate(pdf: Data("hello".utf8))) { error in
            XCTAssertEqual(error as? PDFPatchError, .missingStartXRef)
        }
    }

    func testNothingSetKeepsTheFile() throws {
        let original = FixturePDF.make()
        XCTAssertEqual(try PDFIncrementalUpdate(pdf: original).apply(), original)
    }

    func testTextStringsAndDates() {
        XCTAssertEqual(String(decoding: PDFObject.textString("a(b)\\c").bytes, as: UTF8.self), "(a\\(b\\)\\\\c)")
        XCTAssertEqual(String(decoding: PDFObject.textString("é€").bytes, as: UTF8.self), "<FEFF00E920AC>")
        XCTAssertEqual(String(decoding: PDFObject.textString("line\nbreak").bytes, as: UTF8.self), "<FEFF006C0069006E0065000A0062007200650061006B>")
        XCTAssertEqual(String(decoding: PDFObject.date(created).bytes, as: UTF8.self), "(D:20240501120000Z)")
    }

    func testPatchFileWritesAtomically() throws {
        try requireQPDF()
        let url = directory.appendingPathComponent("report.pdf")
        try FixturePDF.make().write(to: url)
        try PDFIncrementalUpdate.patchFile(at: url) { $0.setLanguage("en") }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path), ["report.pdf"])
        let objects = try qpdf.objects(try Data(contentsOf: url))
        XCTAssertEqual(try dictionary(objects, "obj:1 0 R")["/Lang"] as? String, "u:en")
    }
}
