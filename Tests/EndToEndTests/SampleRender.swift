import Foundation
import XCTest

/// Renders of the Kenya sample shared by the tests of a class: each rendered once, on first use, and removed
/// by `removeAll()` in the class's `tearDown`. A failed render is kept and reported by every test that needs it.
final class SampleRender: @unchecked Sendable {
    // @unchecked: XCTest runs the tests of a process one after the other; the lock guards the cache anyway.
    private let lock = NSLock()
    private var folder: TemporaryDirectory?
    private var cache: [String: Result<RenderedFile, Error>] = [:]

    /// A rendered PDF and what the CLI printed while rendering it.
    struct RenderedFile {
        let pdf: URL
        let result: ProcessResult
        let annexes: URL?
    }

    /// The sample rendered with `--date 2018-07-31` and `--annexes <folder>/annexes`.
    func kenya() throws -> RenderedFile {
        try render(key: "kenya") { dir in
            let pdf = dir.file("kenya-visit.pdf")
            let annexes = dir.file("annexes")
            let r = try Run.dossier(["render", "country-visit", TestPaths.kenyaSample.path, "-o", pdf.path,
                                     "--annexes", annexes.path, "--date", "2018-07-31"])
            return RenderedFile(pdf: pdf, result: r, annexes: annexes)
        }
    }

    /// A variant of the sample (its JSON object changed by `change`) rendered with `--date 2018-07-31`.
    func kenyaVariant(_ key: String, _ change: @escaping (inout [String: Any]) throws -> Void) throws -> RenderedFile {
        try render(key: key) { dir in
            let input = try Sample.kenyaVariant(in: dir, named: "\(key).json", change)
            let pdf = dir.file("\(key).pdf")
            let r = try Run.dossier(["render", "country-visit", input.path, "-o", pdf.path, "--date", "2018-07-31"])
            return RenderedFile(pdf: pdf, result: r, annexes: nil)
        }
    }

    /// `render oia Samples/kenya-oia.json --with Samples/kenya-2018-visit.json --annexes … --date 2018-07-31`.
    func oia() throws -> RenderedFile {
        try render(key: "oia") { dir in
            let pdf = dir.file("kenya-oia.pdf"), annexes = dir.file("annexes")
            let r = try Run.dossier(["render", "oia", Self.sample("kenya-oia.json"), "--with", Self.sample("kenya-2018-visit.json"),
                                     "-o", pdf.path, "--annexes", annexes.path, "--date", "2018-07-31"])
            return RenderedFile(pdf: pdf, result: r, annexes: annexes)
        }
    }

    /// `pack Samples/kenya-pack.json --annexes …` (and `--duplex`).
    func pack(duplex: Bool) throws -> RenderedFile {
        try render(key: duplex ? "pack-duplex" : "pack") { dir in
            let pdf = dir.file("kenya-pack.pdf"), annexes = dir.file("annexes")
            let r = try Run.dossier(["pack", Self.sample("kenya-pack.json"), "-o", pdf.path, "--annexes", annexes.path]
                                    + (duplex ? ["--duplex"] : []))
            return RenderedFile(pdf: pdf, result: r, annexes: annexes)
        }
    }

    private static func sample(_ name: String) -> String { TestPaths.packageRoot.appendingPathComponent("Samples/\(name)").path }

    private func render(key: String, _ make: (TemporaryDirectory) throws -> RenderedFile) throws -> RenderedFile {
        lock.lock()
        defer { lock.unlock() }
        if let hit = cache[key] { return try hit.get() }
        let result = Result<RenderedFile, Error> {
            if folder == nil { folder = try TemporaryDirectory(prefix: "dossier-e2e-shared") }
            let file = try make(try TemporaryDirectory(subfolder: key, of: folder!))
            guard file.result.status == 0, FileManager.default.fileExists(atPath: file.pdf.path) else {
                throw ToolFailure(result: file.result)
            }
            return file
        }
        cache[key] = result
        return try result.get()
    }

    /// Removes every render.
    func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        folder?.remove()
        folder = nil
        cache = [:]
    }
}
