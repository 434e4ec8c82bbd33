import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `dossier batch`: many inputs on worker threads, named by document id, failures reported without stopping,
/// shards, incremental re-runs, and no partial file under a final name after a kill.
final class BatchTests: XCTestCase {
    func testBatchRendersEveryInputNamedByItsId() throws {
        let ws = try BatchWorkspace.make(self, states: 6)
        XCTAssertEqual(ws.oiaFiles.count, 6)
        let r = try ws.batch([ws.oiaGlob, "--annexes"])
        XCTAssertEqual(r.status, 0, r.summary)
        let expected = BatchOutput.expectedPDFs(ws.oiaFiles)
        XCTAssertEqual(BatchOutput.pdfs(ws.out()), expected)
        // stdout: only the files written, one path per line (each PDF and its four annex tables).
        XCTAssertEqual(r.stdoutLines.count, 6 * 5, r.stdout)
        XCTAssertEqual(Set(r.stdoutLines.filter { $0.hasSuffix(".pdf") }), Set(expected.map { ws.out().appendingPathComponent($0).path }))
        XCTAssertTrue(r.stdoutLines.allSatisfy { FileManager.default.fileExists(atPath: $0) }, r.stdout)
        XCTAssertTrue(BatchOutput.entries(ws.out()).contains("afg-oia__oia_thematic_status.csv"))
        let s = try XCTUnwrap(BatchOutput.summary(r), r.stderr)
        XCTAssertEqual(s.rendered, 6)
        XCTAssertEqual(s.failed, 0)
        XCTAssertGreaterThan(s.pages, 6)
        XCTAssertEqual(try PDFTools.info(ws.out().appendingPathComponent("afg-oia.pdf")).pages.map { $0 > 1 }, true)
        XCTAssertEqual(BatchOutput.temporaries(ws.out()), [])
    }

    func testInvalidInputInTheMiddleIsReportedAndTheOthersRendered() throws {
        let ws = try BatchWorkspace.make(self, states: 6)
        // "bad-oia.json" sorts between "atg-oia.json" and "dza-oia.json".
        let bad = ws.inputs.appendingPathComponent("bad-oia.json")
        try Data("{\n  \"schema\": \"ct-briefs/oia\",\n  \"oia\": { \"id\": \n}\n".utf8).write(to: bad)
        let r = try ws.batch([ws.oiaGlob])
        XCTAssertEqual(r.status, 65, r.summary)
        XCTAssertEqual(BatchOutput.pdfs(ws.out()), BatchOutput.expectedPDFs(ws.oiaFiles.filter { $0 != "bad-oia.json" }))
        XCTAssertTrue(r.stderrLines.contains { $0.hasPrefix(bad.path + ":") && $0.localizedCaseInsensitiveContains("json") },
                      "the bad input should be reported with its file: \(r.stderr)")
        XCTAssertFalse(r.stdout.contains("bad-oia"), r.stdout)
        let s = try XCTUnwrap(BatchOutput.summary(r), r.stderr)
        XCTAssertEqual(s.rendered, 6)
        XCTAssertEqual(s.failed, 1)
    }

    func testRenderFailuresExitWith70() throws {
        let ws = try BatchWorkspace.make(self, states: 2)
        try Data("not json".utf8).write(to: ws.inputs.appendingPathComponent("bad-oia.json"))
        // Every OIA has more than one page: each fails to render; the invalid input alone would give 65.
        let r = try ws.batch([ws.oiaGlob, "--max-pages", "1"])
        XCTAssertEqual(r.status, 70, r.summary)
        XCTAssertEqual(BatchOutput.pdfs(ws.out()), [])
        XCTAssertEqual(BatchOutput.summary(r)?.failed, 3, r.stderr)
        XCTAssertEqual(BatchOutput.temporaries(ws.out()), [])
    }

    func testShardsAreDisjointAndCoverEveryInput() throws {
        let ws = try BatchWorkspace.make(self, states: 9)
        var seen: [String: Int] = [:]
        for k in 1...3 {
            let r = try ws.batch([ws.inputs.path, "--shard", "\(k)/3"], out: "out\(k)")
            XCTAssertEqual(r.status, 0, r.summary)
            for pdf in BatchOutput.pdfs(ws.out("out\(k)")) { seen[pdf, default: 0] += 1 }
        }
        XCTAssertEqual(seen.keys.sorted(), BatchOutput.expectedPDFs(ws.oiaFiles))
        XCTAssertEqual(seen.values.filter { $0 != 1 }, [], "each output exactly once: \(seen)")
        // The same shard twice gives the same share.
        let again = try ws.batch([ws.inputs.path, "--shard", "2/3", "--force"], out: "again")
        XCTAssertEqual(BatchOutput.pdfs(ws.out("again")), BatchOutput.pdfs(ws.out("out2")), again.summary)
        // K outside 1…N is bad usage.
        for bad in ["0/3", "4/3", "1/0", "x"] {
            XCTAssertEqual(try ws.batch([ws.inputs.path, "--shard", bad], out: "bad").status, 64, bad)
        }
    }

    func testSecondRunSkipsAndChangedInputsAreRenderedAgain() throws {
        let ws = try BatchWorkspace.make(self, states: 4)
        let first = try ws.batch([ws.oiaGlob])
        XCTAssertEqual(first.status, 0, first.summary)
        XCTAssertEqual(BatchOutput.summary(first)?.rendered, 4, first.stderr)

        let second = try ws.batch([ws.oiaGlob])
        XCTAssertEqual(second.status, 0, second.summary)
        XCTAssertEqual(BatchOutput.summary(second)?.skipped, 4, second.stderr)
        XCTAssertEqual(BatchOutput.summary(second)?.rendered, 0, second.stderr)
        XCTAssertEqual(second.stdout, "", "nothing written, nothing listed")

        // A changed input is rendered again, the others are skipped.
        let changed = ws.inputs.appendingPathComponent("alb-oia.json")
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: changed)) as? [String: Any])
        object.object("oia") { oia in oia["edition"] = "second" }
        try Sample.write(object, to: changed)
        let third = try ws.batch([ws.oiaGlob])
        XCTAssertEqual(third.status, 0, third.summary)
        XCTAssertEqual(BatchOutput.summary(third)?.rendered, 1, third.stderr)
        XCTAssertEqual(BatchOutput.summary(third)?.skipped, 3, third.stderr)
        XCTAssertEqual(third.stdoutLines, [ws.out().appendingPathComponent("alb-oia.pdf").path])
        XCTAssertTrue(try PDFTools.text(ws.out().appendingPathComponent("alb-oia.pdf")).contains("Second"))

        // A deleted output is rendered again; --force renders everything.
        try FileManager.default.removeItem(at: ws.out().appendingPathComponent("afg-oia.pdf"))
        XCTAssertEqual(BatchOutput.summary(try ws.batch([ws.oiaGlob]))?.rendered, 1)
        let forced = try ws.batch([ws.oiaGlob, "--force"])
        XCTAssertEqual(BatchOutput.summary(forced)?.rendered, 4, forced.stderr)
        // Options that change the output count too: with annexes, everything is rendered again.
        XCTAssertEqual(BatchOutput.summary(try ws.batch([ws.oiaGlob, "--annexes"]))?.rendered, 4)
    }

    func testSameIdTwiceGetsASuffixInInputOrder() throws {
        let ws = try BatchWorkspace.make(self, states: 1)
        let source = ws.inputs.appendingPathComponent("afg-oia.json")
        try FileManager.default.copyItem(at: source, to: ws.inputs.appendingPathComponent("zz-copy.json"))
        let r = try ws.batch([ws.oiaGlob, ws.inputs.appendingPathComponent("zz-copy.json").path])
        XCTAssertEqual(r.status, 0, r.summary)
        XCTAssertEqual(BatchOutput.pdfs(ws.out()), ["afg-oia-2.pdf", "afg-oia.pdf"])
    }

    /// A batch killed with SIGKILL leaves complete PDFs only; the next run removes its temporary files and finishes.
    func testKilledBatchLeavesNoPartialFileAndTheNextRunCompletes() throws {
        let ws = try BatchWorkspace.make(self, states: 40)
        let out = ws.out()
        let process = Process()
        process.executableURL = TestPaths.dossierBinary
        process.arguments = ["batch", "oia", ws.oiaGlob, "-o", out.path, "-j", "1", "--quiet", "--annexes"]
        process.environment = ProcessInfo.processInfo.environment.filter { !Run.scrubbed.contains($0.key) }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while BatchOutput.pdfs(out).isEmpty && process.isRunning && Date() < deadline { usleep(2_000) }
        usleep(50_000)   // well into the next document
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal, "the batch should have been killed before it finished")

        let partialRun = BatchOutput.pdfs(out)
        XCTAssertFalse(partialRun.isEmpty)
        for pdf in partialRun {
            let check = try PDFTools.qpdfCheck(out.appendingPathComponent(pdf))
            XCTAssertEqual(check.status, 0, "\(pdf) is not a complete PDF: \(check.summary)")
        }
        for csv in BatchOutput.entries(out) where csv.hasSuffix(".csv") && !csv.hasPrefix(".") {
            XCTAssertNoThrow(try CSVFile.read(out.appendingPathComponent(csv)), csv)
        }
        // A stale temporary file as a killed run leaves it (the kill may also have left real ones).
        try Data("%PDF-1.5 partial".utf8).write(to: out.appendingPathComponent(".afg-oia.pdf.tmp-99999"))

        let next = try ws.batch([ws.oiaGlob, "--annexes"])
        XCTAssertEqual(next.status, 0, next.summary)
        XCTAssertEqual(BatchOutput.temporaries(out), [], "the next run removes the temporary files")
        XCTAssertEqual(BatchOutput.pdfs(out), BatchOutput.expectedPDFs(ws.oiaFiles))
        let s = try XCTUnwrap(BatchOutput.summary(next), next.stderr)
        XCTAssertEqual(s.rendered + s.skipped, 40)
        XCTAssertGreaterThan(s.skipped, 0, "outputs completed before the kill are kept")
        for pdf in BatchOutput.pdfs(out) where !partialRun.contains(pdf) {
            XCTAssertEqual(try PDFTools.qpdfCheck(out.appendingPathComponent(pdf)).status, 0, pdf)
        }
    }
}
