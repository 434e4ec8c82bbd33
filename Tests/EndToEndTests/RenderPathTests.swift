import Foundation
import XCTest

/// One render path for every command: `render briefing-pack` is `pack`, `csv` reads packs, one annex naming
/// rule, a batch hash over every output option and resource byte, the same bytes under concurrency, and every
/// input problem reported in one run.
final class RenderPathTests: XCTestCase {
    private var packManifest: URL { TestPaths.packageRoot.appendingPathComponent("Samples/kenya-pack.json") }

    func testRenderBriefingPackGivesTheBytesOfPackAndCSVReadsPacks() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let viaRender = dir.file("render.pdf"), viaPack = dir.file("pack.pdf")
        let r = try Run.dossier(["render", "briefing-pack", packManifest.path, "-o", viaRender.path, "--annexes", dir.file("a1").path])
        XCTAssertEqual(r.status, 0, r.summary)
        let p = try Run.dossier(["pack", packManifest.path, "-o", viaPack.path, "--annexes", dir.file("a2").path])
        XCTAssertEqual(p.status, 0, p.summary)
        XCTAssertEqual(try Data(contentsOf: viaRender), try Data(contentsOf: viaPack), "render briefing-pack and pack differ")
        XCTAssertEqual(dir.contents("a1"), dir.contents("a2"))

        let c = try Run.dossier(["csv", "briefing-pack", packManifest.path, "-o", dir.file("a3").path])
        XCTAssertEqual(c.status, 0, c.summary)
        let names = dir.contents("a3")
        XCTAssertEqual(names, dir.contents("a1"))
        // One naming rule: the pack's own tables under its id, a bound document's under pack id and document id.
        XCTAssertTrue(names.contains("ctc-kenya-briefing-pack__pack_contents.csv"), "\(names)")
        XCTAssertTrue(names.contains("ctc-kenya-briefing-pack__kenya-joint-unoct-cted-visit__visit_delegation.csv"), "\(names)")
        XCTAssertFalse(names.contains("kenya-joint-unoct-cted-visit__visit_delegation.csv"), "\(names)")
        for name in names {
            XCTAssertEqual(try Data(contentsOf: dir.file("a3/" + name)), try Data(contentsOf: dir.file("a1/" + name)), name)
        }
    }

    func testBatchRendersAgainWhenAnOutputOptionChangesButNotForQuietOrJobs() throws {
        let ws = try BatchWorkspace.make(self, states: 3)
        XCTAssertEqual(BatchOutput.summary(try ws.batch([ws.oiaGlob]))?.rendered, 3)
        let untagged = try ws.batch([ws.oiaGlob, "--no-tags"])
        XCTAssertEqual(BatchOutput.summary(untagged)?.rendered, 3, "--no-tags changes the output: \(untagged.stderr)")
        XCTAssertFalse(try PDFTools.info(ws.out().appendingPathComponent("afg-oia.pdf")).tagged)
        let again = try Run.dossier(["batch", "oia", ws.oiaGlob, "-o", ws.out().path, "--no-tags", "-j", "1"])
        XCTAssertEqual(BatchOutput.summary(again)?.skipped, 3, "-j and --quiet do not change the output: \(again.stderr)")
        XCTAssertEqual(BatchOutput.summary(try ws.batch([ws.oiaGlob, "--no-tags", "--max-pages", "500"]))?.rendered, 3)
    }

    func testBatchRendersAgainWhenOneByteOfAnyResourceFileChanges() throws {
        let ws = try BatchWorkspace.make(self, states: 2)
        let text = ws.dir.file("text")
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("Templates/Text"), to: text)
        let env = ["DOSSIER_TEXT_DIR": text.path]
        func batch() throws -> ProcessResult {
            try Run.dossier(["batch", "oia", ws.oiaGlob, "-o", ws.out().path, "-j", "2", "--quiet"], environment: env)
        }
        XCTAssertEqual(BatchOutput.summary(try batch())?.rendered, 2)
        XCTAssertEqual(BatchOutput.summary(try batch())?.skipped, 2)
        // A resource file the templates may not even read yet (a dictionary added later): one byte changes the hash.
        let extra = text.appendingPathComponent("notes.txt")
        try Data("a".utf8).write(to: extra)
        XCTAssertEqual(BatchOutput.summary(try batch())?.rendered, 2, "a new resource file")
        try Data("b".utf8).write(to: extra)
        XCTAssertEqual(BatchOutput.summary(try batch())?.rendered, 2, "one byte of a resource file")
        XCTAssertEqual(BatchOutput.summary(try batch())?.skipped, 2)
    }

    /// Thirty documents give the same bytes rendered alone, by one worker, by four workers (twice) and as three shards.
    func testBatchesAreByteIdenticalWhateverTheWorkersAndShards() throws {
        let ws = try BatchWorkspace.make(self, states: 30)
        let env = ["SOURCE_DATE_EPOCH": "1533000000"]
        func batch(_ out: String, _ extra: [String]) throws {
            let r = try Run.dossier(["batch", "oia", ws.oiaGlob, "-o", ws.out(out).path, "--quiet"] + extra, environment: env)
            XCTAssertEqual(r.status, 0, r.summary)
        }
        try batch("one", ["-j", "1"])
        try batch("four-a", ["-j", "4"])
        try batch("four-b", ["-j", "4"])
        for k in 1...3 { try batch("shards", ["-j", "2", "--shard", "\(k)/3"]) }
        let reference = BatchOutput.pdfs(ws.out("one"))
        XCTAssertEqual(reference.count, 30)
        for run in ["four-a", "four-b", "shards"] {
            XCTAssertEqual(BatchOutput.pdfs(ws.out(run)), reference, run)
            for pdf in reference {
                XCTAssertEqual(try Data(contentsOf: ws.out(run).appendingPathComponent(pdf)),
                               try Data(contentsOf: ws.out("one").appendingPathComponent(pdf)), "\(run)/\(pdf) differs from -j 1")
            }
        }
        for input in ws.oiaFiles {
            let single = ws.dir.file("single-" + input + ".pdf")
            let r = try Run.dossier(["render", "oia", ws.inputs.appendingPathComponent(input).path, "-o", single.path], environment: env)
            XCTAssertEqual(r.status, 0, r.summary)
            let name = input.replacingOccurrences(of: ".json", with: ".pdf")
            XCTAssertEqual(try Data(contentsOf: single), try Data(contentsOf: ws.out("one").appendingPathComponent(name)),
                           "\(input): a single render differs from the batch's")
        }
    }

    /// A wrong role and an unknown speaker in one file: both reported in one run, each with its path.
    func testDecodingAndReferenceErrorsAreReportedTogether() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let input = try Sample.kenyaVariant(in: dir, named: "two-problems.json") { object in
            object.object("visit") { visit in
                visit.element("delegation", 0) { $0["role"] = "captain" }
                visit.element("quotes", 0) { $0["speakerPersonId"] = "nobody" }
            }
        }
        let r = try Run.dossier(["validate", "country-visit", input.path])
        XCTAssertEqual(r.status, 65, r.summary)
        XCTAssertTrue(r.stderrLines.contains { $0.hasPrefix(input.path + ": visit.delegation[0].role:") }, r.stderr)
        XCTAssertTrue(r.stderrLines.contains { $0.hasPrefix(input.path + ": visit.quotes[0].speakerPersonId:") && $0.contains("nobody") }, r.stderr)
        // Nothing that only follows from the bad role (the member keeps its id and person for the reference checks).
        XCTAssertEqual(r.stderrLines.filter { $0.contains("delegation[0]") }.count, 1, r.stderr)
        let render = try Run.dossier(["render", "country-visit", input.path, "-o", dir.file("x.pdf").path])
        XCTAssertEqual(render.status, 65)
        XCTAssertEqual(render.stderrLines.filter { $0.hasPrefix(input.path) }.count, 2, render.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.file("x.pdf").path))
    }
}
