import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The batch output folder: final files `<name>.pdf` and `<name>__<table>.csv`, and in the hidden
/// `.dossier/` folder one sidecar per output, `<name>.sha256`: the content hash on the first line, then the
/// names of the files that render wrote. The sidecar is written (atomically) only after every file it
/// lists, and removed before a render starts, so it never vouches for a file that is missing or stale.
struct OutputFolder: Sendable {
    let url: URL
    var sidecarFolder: URL { url.appendingPathComponent(".dossier", isDirectory: true) }

    init(_ path: String) { url = URL(fileURLWithPath: path, isDirectory: true) }

    func create() throws {
        for folder in [url, sidecarFolder] {
            do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                throw CommandFailure(status: ExitStatus.renderFailure,
                                     lines: ["\(folder.path): cannot create folder (\(error.localizedDescription))"])
            }
        }
    }

    func pdf(_ name: String) -> URL { url.appendingPathComponent(name + ".pdf") }
    func sidecar(_ name: String) -> URL { sidecarFolder.appendingPathComponent(name + ".sha256") }

    /// Whether `name`'s outputs exist and were made from content with this hash.
    func isUpToDate(_ name: String, hash: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: sidecar(name).path) else { return false }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.first == hash, lines.count >= 2 else { return false }
        return lines.dropFirst().allSatisfy { file in
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.appendingPathComponent(file).path)
            return ((attributes?[.size] as? NSNumber)?.intValue ?? 0) > 0
        }
    }

    /// Forgets `name`'s hash before its outputs are replaced.
    func removeSidecar(_ name: String) {
        _ = unlink(sidecar(name).path)
    }

    /// Records the hash and the files written (names in this folder), through a temporary file renamed into place.
    func writeSidecar(_ name: String, hash: String, files: [String]) throws {
        let final = sidecar(name)
        let temp = sidecarFolder.appendingPathComponent(".\(name).sha256.tmp-\(getpid())")
        let text = ([hash] + files).joined(separator: "\n") + "\n"
        do {
            guard FileManager.default.createFile(atPath: temp.path, contents: Data(text.utf8)) else {
                throw CocoaError(.fileWriteUnknown)
            }
            let handle = try FileHandle(forWritingTo: temp)
            try handle.synchronize()
            try handle.close()
            guard rename(temp.path, final.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            _ = unlink(temp.path)
            throw CommandFailure(status: ExitStatus.renderFailure, lines: ["\(final.path): cannot record the content hash (\(error))"])
        }
    }

    /// Removes the hidden temporary files (`.<file>.tmp-<pid>`) that an interrupted run left for the outputs
    /// of `names`: PDFs, CSV annexes and sidecars. Only these names' files are touched, so shards sharing
    /// a folder never remove each other's work in progress. Returns the paths removed.
    func removeStaleTemporaries(for names: Set<String>) -> [String] {
        var removed: [String] = []
        func sweep(_ folder: URL, owner: (String) -> Bool) {
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
            for entry in entries where entry.hasPrefix(".") {
                guard let final = Self.temporaryTarget(entry), owner(final) else { continue }
                let path = folder.appendingPathComponent(entry).path
                if unlink(path) == 0 { removed.append(path) }
            }
        }
        sweep(url) { final in
            if final.hasSuffix(".pdf") { return names.contains(String(final.dropLast(4))) }
            guard final.hasSuffix(".csv") else { return false }
            // `<name>__<table>.csv`: any "__" may end the name (names themselves may contain "__").
            var search = final.startIndex
            while let r = final.range(of: "__", range: search..<final.endIndex) {
                if names.contains(String(final[..<r.lowerBound])) { return true }
                search = final.index(after: r.lowerBound)
            }
            return false
        }
        sweep(sidecarFolder) { final in final.hasSuffix(".sha256") && names.contains(String(final.dropLast(7))) }
        return removed.sorted()
    }

    /// `.<final>.tmp-<digits>` → `<final>`.
    static func temporaryTarget(_ entry: String) -> String? {
        guard entry.hasPrefix("."), let r = entry.range(of: ".tmp-", options: .backwards) else { return nil }
        let pid = entry[r.upperBound...]
        guard !pid.isEmpty, pid.allSatisfy(\.isASCII), pid.allSatisfy(\.isNumber) else { return nil }
        let final = entry[entry.index(after: entry.startIndex)..<r.lowerBound]
        return final.isEmpty ? nil : String(final)
    }
}
