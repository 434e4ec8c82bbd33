import Foundation
import XCTest

/// The issuing organisation's emblem in the masthead (`meta.emblem`): an SVG drawn as vectors (never a raster
/// image), a PNG painted as its pixels, alt text from the input or the organisation's name, only manifest fonts,
/// files found in the input's folder or an assets folder, and part of the batch content hash.
final class EmblemTests: XCTestCase {
    /// The team emblem's fill colour, #009EDB, as cairo writes it in a content stream.
    static let emblemFill = "0 0.619608 0.858824 rg"

    /// The sample's SVG emblem is vector paths in a page's content (its fill colour is set there), and the PDF holds
    /// no raster image; the Figure's alt text is the input's.
    func testSVGEmblemIsDrawnAsVectors() throws {
        let ws = try EmblemWorkspace.make(self)
        try FileManager.default.copyItem(at: EmblemWorkspace.sampleEmblem, to: ws.inputs.appendingPathComponent("emblem.svg"))
        let input = try ws.input(emblem: ["file": "emblem.svg", "alt": "Team emblem, a globe"])
        let r = try ws.render(input)
        XCTAssertEqual(r.status, 0, r.summary)
        XCTAssertTrue(r.stderr.isEmpty, r.summary)
        let images = try Run.tool("pdfimages", ["-list", ws.pdf.path])
        XCTAssertEqual(images.stdoutLines.count, 2, "pdfimages lists a raster image:\n\(images.stdout)")   // the two header lines only
        let expanded = try Self.qdf(ws.pdf, in: ws)
        XCTAssertTrue(expanded.contains(Self.emblemFill), "the emblem's fill colour is in no content stream")
        XCTAssertTrue(expanded.contains("Team emblem, a globe"), "the Figure's alt text is missing")
    }

    /// A document with an emblem embeds only the fonts of Fonts/manifest.json (the emblem brings none).
    func testDocumentWithEmblemUsesOnlyManifestFonts() throws {
        let ws = try EmblemWorkspace.make(self)
        try FileManager.default.copyItem(at: EmblemWorkspace.sampleEmblem, to: ws.inputs.appendingPathComponent("emblem.svg"))
        let r = try ws.render(try ws.input(emblem: "emblem.svg"))
        XCTAssertEqual(r.status, 0, r.summary)
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: TestPaths.packageRoot.appendingPathComponent("Fonts/manifest.json")))
        let families = ((manifest as? [String: Any])?["families"] as? [[String: Any]] ?? []).compactMap { $0["family"] as? String }
        let known = Set(families.map(ArabicChinesePDFTests.fontKey))
        let fonts = try PDFTools.fonts(ws.pdf)
        XCTAssertFalse(fonts.isEmpty)
        for f in fonts { XCTAssertTrue(known.contains(ArabicChinesePDFTests.fontKey(f.name)), "\(f.name) is not in Fonts/manifest.json") }
    }

    /// Written as a plain string, the emblem's alt text is the organisation's name.
    func testPlainStringEmblemTakesTheOrganisationsNameAsAltText() throws {
        let ws = try EmblemWorkspace.make(self)
        try FileManager.default.copyItem(at: EmblemWorkspace.sampleEmblem, to: ws.inputs.appendingPathComponent("emblem.svg"))
        let r = try ws.render(try ws.input(emblem: "emblem.svg"))
        XCTAssertEqual(r.status, 0, r.summary)
        XCTAssertTrue(try Self.qdf(ws.pdf, in: ws).contains("/Alt (United Nations)"), "no /Alt (United Nations)")
    }

    /// A PNG emblem is painted as one raster image.
    func testPNGEmblemIsPainted() throws {
        let ws = try EmblemWorkspace.make(self)
        try ws.file("emblem.png", PNGBytes.image(width: 40, height: 40))
        let r = try ws.render(try ws.input(emblem: "emblem.png"))
        XCTAssertEqual(r.status, 0, r.summary)
        let images = try Run.tool("pdfimages", ["-list", ws.pdf.path])
        XCTAssertEqual(images.stdoutLines.count, 3, images.stdout)
        XCTAssertTrue(images.stdoutLines.last?.contains(" 40 ") == true, images.stdout)
    }

    /// `--assets DIR` is searched after the input's folder.
    func testEmblemFoundInTheAssetsFolder() throws {
        let ws = try EmblemWorkspace.make(self)
        let assets = ws.dir.file("assets")
        try FileManager.default.createDirectory(at: assets, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: EmblemWorkspace.sampleEmblem, to: assets.appendingPathComponent("emblem.svg"))
        let input = try ws.input(emblem: "emblem.svg")
        let without = try ws.render(input)
        XCTAssertEqual(without.status, 65, without.summary)
        XCTAssertTrue(without.stderr.contains("meta.emblem: \"emblem.svg\" not found"), without.summary)
        let with = try ws.render(input, ["--assets", assets.path])
        XCTAssertEqual(with.status, 0, with.summary)
        XCTAssertTrue(try Self.qdf(ws.pdf, in: ws).contains(Self.emblemFill))
    }

    /// A batch renders again when only the emblem file changed, and skips when nothing did.
    func testBatchRendersAgainWhenOnlyTheEmblemChanged() throws {
        let ws = try EmblemWorkspace.make(self)
        let emblem = ws.inputs.appendingPathComponent("emblem.svg")
        try FileManager.default.copyItem(at: EmblemWorkspace.sampleEmblem, to: emblem)
        let input = try ws.input(emblem: "emblem.svg")
        func batch() throws -> (rendered: Int, skipped: Int, failed: Int, pages: Int)? {
            let r = try Run.dossier(["batch", "country-visit", input.path, "-o", ws.out.path, "-j", "1", "--quiet", "--date", "2018-07-31"])
            XCTAssertEqual(r.status, 0, r.summary)
            return BatchOutput.summary(r)
        }
        XCTAssertEqual(try batch()?.rendered, 1)
        XCTAssertEqual(try batch()?.skipped, 1)
        let recoloured = try String(contentsOf: emblem, encoding: .utf8).replacingOccurrences(of: "#009edb", with: "#4d4d4d")
        try recoloured.write(to: emblem, atomically: true, encoding: .utf8)
        XCTAssertEqual(try batch()?.rendered, 1, "a changed emblem did not render again")
    }

    /// Every sample names the team emblem, which sits beside it, is marked illustrative and is not the UN emblem.
    func testSamplesCarryTheIllustrativeTeamEmblem() throws {
        let samples = TestPaths.packageRoot.appendingPathComponent("Samples")
        let original = try Data(contentsOf: samples.appendingPathComponent("emblem.svg"))
        XCTAssertTrue(String(decoding: original, as: UTF8.self).contains("ILLUSTRATIVE"))
        for folder in ["", "ar/", "es/", "fr/", "ru/", "zh/"] {
            XCTAssertEqual(try Data(contentsOf: samples.appendingPathComponent(folder + "emblem.svg")), original, "\(folder)emblem.svg differs")
            for name in ["kenya-2018-visit.json", "kenya-oia.json", "kenya-pack.json"] {
                let object = try JSONSerialization.jsonObject(with: Data(contentsOf: samples.appendingPathComponent(folder + name))) as? [String: Any]
                let emblem = (object?["meta"] as? [String: Any])?["emblem"] as? [String: Any]
                XCTAssertEqual(emblem?["file"] as? String, "emblem.svg", folder + name)
            }
        }
    }

    /// The PDF with its streams uncompressed (`qpdf --qdf`), as text.
    static func qdf(_ pdf: URL, in ws: EmblemWorkspace) throws -> String {
        let expanded = ws.dir.file("qdf.pdf")
        let r = try Run.tool("qpdf", ["--qdf", "--object-streams=disable", pdf.path, expanded.path])
        XCTAssertTrue(r.status == 0 || r.status == 3, r.summary)
        return String(decoding: try Data(contentsOf: expanded), as: UTF8.self)
    }
}
