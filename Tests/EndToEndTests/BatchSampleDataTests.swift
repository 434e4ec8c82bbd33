import Foundation
import XCTest

/// `dossier sample-data` (deterministic, valid, illustrative) and `dossier validate` (exit statuses, messages).
final class BatchSampleDataTests: XCTestCase {
    func testSampleDataIsDeterministicAndEveryFileValidates() throws {
        let a = try BatchWorkspace.make(self, states: 6, seed: 7)
        let b = try BatchWorkspace.make(self, states: 6, seed: 7)
        let files = BatchOutput.entries(a.inputs)
        XCTAssertEqual(files, ["afg-oia.json", "ago-oia.json", "alb-oia.json", "and-oia.json", "atg-oia.json", "dza-oia.json",
                               "pack-africa.json", "pack-americas.json", "pack-asia.json", "pack-europe.json"])
        XCTAssertEqual(BatchOutput.entries(b.inputs), files)
        for file in files {
            XCTAssertEqual(try Data(contentsOf: a.inputs.appendingPathComponent(file)),
                           try Data(contentsOf: b.inputs.appendingPathComponent(file)), "\(file) differs between two runs")
        }
        // Another seed, other content; a State's file does not depend on how many States are generated.
        let other = try BatchWorkspace.make(self, states: 2, seed: 8)
        XCTAssertNotEqual(try Data(contentsOf: other.inputs.appendingPathComponent("afg-oia.json")),
                          try Data(contentsOf: a.inputs.appendingPathComponent("afg-oia.json")))
        let fewer = try BatchWorkspace.make(self, states: 2, seed: 7)
        XCTAssertEqual(try Data(contentsOf: fewer.inputs.appendingPathComponent("alb-oia.json")),
                       try Data(contentsOf: a.inputs.appendingPathComponent("alb-oia.json")))

        // Every OIA validates with no problem at all, even under --strict.
        let oias = try Run.dossier(["validate", "oia", a.oiaGlob, "--strict"])
        XCTAssertEqual(oias.status, 0, oias.summary)
        XCTAssertEqual(oias.stderr, "", "no error and no warning")
        XCTAssertEqual(oias.stdoutLines, a.oiaFiles.map { "valid: " + a.inputs.appendingPathComponent($0).path })
        // Every pack validates with its bundles (warnings only: the committee's organizations are not in OIA bundles).
        let packs = try Run.dossier(["validate", "briefing-pack", a.inputs.path + "/pack-*.json"])
        XCTAssertEqual(packs.status, 0, packs.summary)
        XCTAssertEqual(packs.stdoutLines.count, 4, packs.stdout)
        XCTAssertFalse(packs.stderrLines.contains { !$0.contains("warning:") }, packs.stderr)

        // Illustrative throughout: the flag, and no record without provenance "illustrative".
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: a.inputs.appendingPathComponent("ago-oia.json"))) as? [String: Any])
        XCTAssertEqual(object["illustrative"] as? Bool, true)
        XCTAssertEqual(object["schema"] as? String, "ct-briefs/oia")
        let oia = try XCTUnwrap(object["oia"] as? [String: Any])
        XCTAssertEqual(oia["id"] as? String, "ago-oia")
        XCTAssertEqual(oia["provenance"] as? String, "illustrative")
        let recommendations = try XCTUnwrap(oia["priorityRecommendations"] as? [[String: Any]])
        XCTAssertTrue((3...8).contains(recommendations.count), "\(recommendations.count) recommendations")
        XCTAssertTrue(recommendations.allSatisfy { $0["provenance"] as? String == "illustrative" })
        let state = try XCTUnwrap(object["memberState"] as? [String: Any])
        XCTAssertEqual(state["shortName"] as? String, "Angola")
        XCTAssertEqual(state["region"] as? String, "Africa")
        XCTAssertEqual(state["subregion"] as? String, "Sub-Saharan Africa")
    }

    func testGeneratedPackRendersWithContentsAndBookmarks() throws {
        let ws = try BatchWorkspace.make(self, states: 6)
        let pdf = ws.dir.file("pack-africa.pdf")
        let r = try Run.dossier(["pack", ws.inputs.appendingPathComponent("pack-africa.json").path, "-o", pdf.path])
        XCTAssertEqual(r.status, 0, r.summary)
        let text = try PDFTools.text(pdf)
        let missing = TextMatch.missing(["Contents", "Briefing note", "Overview of Implementation Assessment: Algeria",
                                         "Overview of Implementation Assessment: Angola", "ILLUSTRATIVE"], in: text)
        XCTAssertEqual(missing, [])
        let outline = try Run.tool("qpdf", ["--json", "--json-key=outlines", pdf.path])
        XCTAssertEqual(outline.status, 0, outline.summary)
        XCTAssertTrue(outline.stdout.contains("Overview of Implementation Assessment: Angola"), "bookmarks: \(outline.stdout.prefix(400))")
        // The cross-State overview: status codes under numbered areas, keyed in the notes, and the recommendations
        // and needs of every State by status, as stacked bar charts described for screen readers.
        let flat = TextMatch.normalize(try PDFTools.text(pdf, mode: .raw))
        for key in ["Thematic areas: 1 ", "Status: SI Substantially implemented; PI Partially implemented",
                    "Recommendations by State and status", "Technical-assistance needs by State and status"] {
            XCTAssertTrue(flat.contains(key), key)
        }
        let qpdf = try QPDFDocument.load(pdf)
        let alts = qpdf.structureElements("/Figure").compactMap { QPDFDocument.string(qpdf.resolve($0["/Alt"])) }
        let recommendations = try XCTUnwrap(alts.first { $0.hasPrefix("Stacked bar chart: Recommendations by State and status.") })
        let algeria = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: ws.inputs.appendingPathComponent("dza-oia.json"))) as? [String: Any])
        let count = ((algeria["oia"] as? [String: Any])?["priorityRecommendations"] as? [Any])?.count ?? -1
        XCTAssertTrue(recommendations.contains("Algeria: ") && recommendations.contains("(\(count));"),
                      "Algeria's \(count) recommendations: \(recommendations)")
        XCTAssertTrue(alts.contains { $0.hasPrefix("Stacked bar chart: Technical-assistance needs by State and status.") }, "\(alts)")
    }

    func testValidateExitStatuses() throws {
        let ws = try BatchWorkspace.make(self, states: 2)
        let valid = try Run.dossier(["validate", "oia", ws.inputs.path])
        XCTAssertEqual(valid.status, 0, valid.summary)
        XCTAssertEqual(valid.stdoutLines.count, 2, valid.stdout)

        // Two problems in one file: both reported, as FILE: PATH: message; the valid file is still listed.
        let broken = ws.inputs.appendingPathComponent("broken-oia.json")
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: ws.inputs.appendingPathComponent("afg-oia.json"))) as? [String: Any])
        object.object("oia") { oia in
            oia["status"] = "finished"
            oia["asOf"] = "last year"
        }
        try Sample.write(object, to: broken)
        let r = try Run.dossier(["validate", "oia", ws.oiaGlob])
        XCTAssertEqual(r.status, 65, r.summary)
        XCTAssertEqual(r.stdoutLines, ws.oiaFiles.filter { $0 != "broken-oia.json" }.map { "valid: " + ws.inputs.appendingPathComponent($0).path })
        XCTAssertTrue(r.stderrLines.contains { $0.hasPrefix(broken.path + ": oia.status: ") }, r.stderr)
        XCTAssertTrue(r.stderrLines.contains { $0.hasPrefix(broken.path + ": oia.asOf: ") }, r.stderr)

        let missing = try Run.dossier(["validate", "oia", ws.inputs.appendingPathComponent("no-such.json").path])
        XCTAssertEqual(missing.status, 65, missing.summary)
        XCTAssertEqual(try Run.dossier(["validate", "no-such-template", ws.inputs.path]).status, 64)
    }
}
