import DossierPDF
import Foundation
import XCTest

/// `markFormXObjectsAsArtifacts`: the content of each page's form XObjects is wrapped in an /Artifact
/// marked-content sequence; images and page content are left alone.
///
/// The fixture has two pages: page 1 names its resources itself (an uncompressed form whose /Length is an
/// indirect object, and an image); page 2 inherits them from the page tree (a FlateDecode form).
final class PDFArtifactMarkingTests: XCTestCase {
    private static let headerForm = Array("BT /F1 9 Tf 20 760 Td (Running header) Tj ET".utf8)
    private static let footerForm = Array("BT /F1 9 Tf 20 20 Td (Page 2 of 2) Tj ET".utf8)

    private static func fixture() -> Data {
        let page1 = "/P << /MCID 0 >> BDC BT /F1 12 Tf 72 700 Td (Body one) Tj ET EMC q /Fm1 Do Q q 10 0 0 10 0 0 cm /Im1 Do Q"
        let page2 = "/P << /MCID 0 >> BDC BT /F1 12 Tf 72 700 Td (Body two) Tj ET EMC q /Fm2 Do Q"
        let flate = TinyPNG.zlibStored(footerForm)
        let objects: [Int: [UInt8]] = [
            1: Array("<< /Type /Catalog /Pages 2 0 R /MarkInfo << /Marked true >> >>".utf8),
            2: Array("<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /Resources << /Font << /F1 5 0 R >> /XObject << /Fm2 8 0 R >> >> >>".utf8),
            3: Array("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 6 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /Fm1 9 0 R /Im1 11 0 R >> >> >>".utf8),
            4: Array("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 7 0 R >>".utf8),
            5: Array("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".utf8),
            6: Array("<< /Length \(page1.utf8.count) >>\nstream\n\(page1)\nendstream".utf8),
            7: Array("<< /Length \(page2.utf8.count) >>\nstream\n\(page2)\nendstream".utf8),
            8: Array("<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Filter /FlateDecode /Length \(flate.count) >>\nstream\n".utf8)
                + flate + Array("\nendstream".utf8),
            9: Array("<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Length 10 0 R >>\nstream\n".utf8)
                + headerForm + Array("\nendstream".utf8),
            10: Array("\(headerForm.count)".utf8),
            11: Array("<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\nA\nendstream".utf8),
        ]
        var out = Array("%PDF-1.7\n%".utf8) + [0xB5, 0xED, 0xAE, 0xFB, 0x0A]
        var offsets: [Int: Int] = [:]
        for number in objects.keys.sorted() {
            offsets[number] = out.count
            out += Array("\(number) 0 obj\n".utf8) + objects[number]! + Array("\nendobj\n".utf8)
        }
        let xref = out.count
        out += Array("xref\n0 12\n0000000000 65535 f\r\n".utf8)
        for number in 1..<12 { out += Array(String(format: "%010d 00000 n\r\n", offsets[number]!).utf8) }
        out += Array("trailer\n<< /Size 12 /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return Data(out)
    }

    private func write(_ data: Data, _ name: String) throws -> URL {
        let url = try TemporaryDirectory.forTest(self).file(name)
        try data.write(to: url)
        return url
    }

    private func marked(_ pdf: Data) throws -> Data {
        var update = try PDFIncrementalUpdate(pdf: pdf)
        update.markFormXObjectsAsArtifacts(groupsPerPage: [1, 1])
        return try update.apply()
    }

    func testFixtureIsValid() throws {
        let check = try PDFTools.qpdfCheck(try write(Self.fixture(), "fixture.pdf"))
        XCTAssertEqual(check.status, 0, check.summary)
    }

    func testFormsOfEveryPageBecomeArtifactsAndReadBack() throws {
        let pdf = try write(try marked(Self.fixture()), "marked.pdf")
        let check = try PDFTools.qpdfCheck(pdf)
        XCTAssertEqual(check.status, 0, check.summary)
        XCTAssertFalse(check.stdout.contains("WARNING"), check.summary)
        let streams = try DecodedStreams.load(pdf)
        let prefix = "/Artifact BMC\n", suffix = "\nEMC\n"
        XCTAssertEqual(streams.pageForms(0).map(\.content), [Data((prefix + "BT /F1 9 Tf 20 760 Td (Running header) Tj ET" + suffix).utf8)])
        XCTAssertEqual(streams.pageForms(1).map(\.content), [Data((prefix + "BT /F1 9 Tf 20 20 Td (Page 2 of 2) Tj ET" + suffix).utf8)])
        for page in 0..<2 {
            let census = MarkedContentCensus(streams.pageForms(page)[0].content)
            XCTAssertEqual([census.artifact, census.tagged, census.unmarked], [1, 0, 0], "page \(page + 1)")
            XCTAssertEqual(MarkedContentCensus(streams.pageContent(page)).tagged, 1, "page content is unchanged")
        }
        // The rewritten forms are FlateDecode streams with a direct /Length; the image is untouched.
        let text = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        let appendix = try XCTUnwrap(text.components(separatedBy: "%%EOF").dropFirst().first)
        XCTAssertTrue(appendix.contains("8 0 obj") && appendix.contains("9 0 obj"), appendix)
        XCTAssertFalse(appendix.contains("11 0 obj"), "the image is not rewritten")
        XCTAssertFalse(appendix.contains("6 0 obj") || appendix.contains("7 0 obj"), "page content is not rewritten")
        XCTAssertEqual(streams.document.dict("9 0 R")?["/Filter"] as? String, "/FlateDecode")
        XCTAssertNotNil(streams.document.dict("9 0 R")?["/Length"] as? NSNumber)
    }

    func testMarkingIsDeterministicAndNotRepeated() throws {
        let once = try marked(Self.fixture())
        XCTAssertEqual(once, try marked(Self.fixture()))
        let twice = try write(try marked(once), "twice.pdf")
        let streams = try DecodedStreams.load(twice)
        XCTAssertEqual(MarkedContentCensus(streams.pageForms(0)[0].content).artifact, 1)
        XCTAssertEqual(String(decoding: streams.pageForms(0)[0].content, as: UTF8.self).components(separatedBy: "/Artifact").count, 2)
    }

    func testPagesWithoutGroupsAreLeftAlone() throws {
        var update = try PDFIncrementalUpdate(pdf: Self.fixture())
        update.markFormXObjectsAsArtifacts(groupsPerPage: [0, 1])
        let pdf = try write(try update.apply(), "page2.pdf")
        let streams = try DecodedStreams.load(pdf)
        XCTAssertEqual(MarkedContentCensus(streams.pageForms(0)[0].content).unmarked, 1)
        XCTAssertEqual(MarkedContentCensus(streams.pageForms(1)[0].content).artifact, 1)
    }

    func testAFormCountOtherThanTheGroupsDrawnFails() throws {
        var update = try PDFIncrementalUpdate(pdf: Self.fixture())
        update.markFormXObjectsAsArtifacts(groupsPerPage: [2, 1])
        XCTAssertThrowsError(try update.apply()) { error in
            XCTAssertEqual(error as? PDFPatchError, .artifactCountMismatch(page: 1, drawn: 2, found: 1))
        }
    }

    func testCorruptFlateDataIsAnError() throws {
        var bytes = [UInt8](Self.fixture())
        // Break the stored block's length check (LEN vs NLEN) of the FlateDecode form.
        let marker = Array("/Length \(TinyPNG.zlibStored(Self.footerForm).count) >>\nstream\n".utf8)
        let start = try XCTUnwrap(bytes.firstRange(of: marker)).upperBound
        bytes[start + 5] ^= 0xFF
        var update = try PDFIncrementalUpdate(pdf: Data(bytes))
        update.markFormXObjectsAsArtifacts(groupsPerPage: [1, 1])
        XCTAssertThrowsError(try update.apply()) { error in
            guard case .badStream? = error as? PDFPatchError else { return XCTFail("\(error)") }
        }
    }
}
