import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Helpers of the batch, validate and sample-data tests: generated inputs, output listings, summary parsing.

/// A test folder with generated OIA inputs in `in/` and outputs under `out…/`.
struct BatchWorkspace {
    let dir: TemporaryDirectory
    var inputs: URL { dir.file("in") }
    func out(_ name: String = "out") -> URL { dir.file(name) }

    /// `dossier sample-data --states N -o in/`.
    static func make(_ test: XCTestCase, states: Int, seed: Int = 1) throws -> BatchWorkspace {
        let ws = BatchWorkspace(dir: try TemporaryDirectory.forTest(test, prefix: "dossier-batch"))
        let r = try Run.dossier(["sample-data", "--states", "\(states)", "--seed", "\(seed)", "-o", ws.inputs.path])
        XCTAssertEqual(r.status, 0, r.summary)
        return ws
    }

    /// The generated OIA inputs (`*-oia.json`), sorted.
    var oiaFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: inputs.path)) ?? []).filter { $0.hasSuffix("-oia.json") }.sorted()
    }

    /// The quoted-glob argument for every generated OIA.
    var oiaGlob: String { inputs.path + "/*-oia.json" }

    /// Runs `dossier batch oia <args>` with a small worker count and no progress display.
    func batch(_ arguments: [String], out: String = "out", jobs: Int = 2) throws -> ProcessResult {
        try Run.dossier(["batch", "oia"] + arguments + ["-o", self.out(out).path, "-j", "\(jobs)", "--quiet"])
    }
}

enum BatchOutput {
    /// Entries of a folder (hidden ones included), sorted; empty when it does not exist.
    static func entries(_ url: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }

    /// The `*.pdf` files of a folder.
    static func pdfs(_ url: URL) -> [String] { entries(url).filter { $0.hasSuffix(".pdf") && !$0.hasPrefix(".") } }

    /// Hidden temporary files (`.<name>.tmp-<pid>`) in the folder and its `.dossier/` sidecar folder.
    static func temporaries(_ url: URL) -> [String] {
        (entries(url) + entries(url.appendingPathComponent(".dossier"))).filter { $0.hasPrefix(".") && $0.contains(".tmp-") }
    }

    /// The numbers of the summary line: "batch: 6 rendered, 0 skipped, 0 failed; 49 pages in …".
    static func summary(_ r: ProcessResult) -> (rendered: Int, skipped: Int, failed: Int, pages: Int)? {
        guard let line = r.stderrLines.last(where: { $0.hasPrefix("batch: ") && $0.contains(" rendered, ") }) else { return nil }
        func number(before word: String) -> Int? {
            guard let range = line.range(of: " " + word) else { return nil }
            let digits = line[..<range.lowerBound].reversed().prefix { $0.isNumber }
            return Int(String(digits.reversed()))
        }
        guard let rendered = number(before: "rendered"), let skipped = number(before: "skipped"),
              let failed = number(before: "failed"), let pages = number(before: "pages") else { return nil }
        return (rendered, skipped, failed, pages)
    }

    /// The expected output names for generated inputs: `afg-oia.json` → `afg-oia.pdf` (the id is `<iso3>-oia`).
    static func expectedPDFs(_ inputs: [String]) -> [String] {
        inputs.map { String($0.dropLast(".json".count)) + ".pdf" }.sorted()
    }
}
