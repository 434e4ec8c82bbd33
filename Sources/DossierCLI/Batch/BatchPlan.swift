import ArgumentParser
import BriefingModel
import Foundation
import Templates

/// What a batch knows about an input before rendering it: its bundle kind and document id (read from the
/// file, without validating it), the files a pack manifest names, and the output name given to it.
struct PlannedInput: Sendable {
    let input: BatchInput
    /// Nil when the file cannot be read or parsed, or for templates over plain JSON.
    let kind: BundleKind?
    /// `visit.id`, `oia.id` or the pack's `id`; nil when absent (the file name is used).
    let documentId: String?
    /// The bundles a pack manifest names, resolved against its folder, and the files (emblems) the input and those
    /// bundles name, confined as loading confines them: their bytes count in the content hash.
    let dependencies: [String]
    /// The output stem: `<name>.pdf`, `<name>__<table>.csv`.
    var name = ""

    /// The id the output is named after: the document id, else the file name without its extension.
    var baseName: String {
        if let documentId, !documentId.isEmpty { return documentId }
        let file = (input.path as NSString).lastPathComponent
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }
}

enum BatchPlan {
    /// Reads each input's kind, id and dependencies (in parallel, one file per thread at a time).
    static func inspect(_ inputs: [BatchInput], template: any ReportTemplate.Type, threads: Int,
                        assetFolders: [String] = []) -> [PlannedInput] {
        let results = LockedArray<PlannedInput?>(repeating: nil, count: inputs.count)
        let next = AtomicCounter()
        let isJSONTemplate = template is any JSONInputTemplate.Type
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, inputs.count))) { _ in
            while true {
                let i = next.increment()
                guard i < inputs.count else { return }
                results[i] = isJSONTemplate
                    ? PlannedInput(input: inputs[i], kind: nil, documentId: nil, dependencies: [])
                    : inspect(inputs[i], confinement: InputFileConfinement(assetFolders: assetFolders))
            }
        }
        return results.values.map { $0! }
    }

    private static func inspect(_ input: BatchInput, confinement: InputFileConfinement) -> PlannedInput {
        let path = input.path
        guard let tree = tree(of: path), let kind = kind(of: tree) else {
            return PlannedInput(input: input, kind: nil, documentId: nil, dependencies: [])
        }
        let id: String?
        var dependencies: [String] = []
        switch kind {
        case .visitSummaryInput: id = tree["visit"]?["id"]?.stringValue
        case .oia: id = tree["oia"]?["id"]?.stringValue
        case .briefingPack:
            id = tree["id"]?.stringValue
            let folder = (path as NSString).deletingLastPathComponent
            if case .array(let references)? = tree["bundles"] {
                for reference in references {
                    guard let p = reference["path"]?.stringValue else { continue }
                    dependencies.append(p.hasPrefix("/") || folder.isEmpty ? p : (folder as NSString).appendingPathComponent(p))
                }
            }
        }
        // The emblems of the input and of the bundles it binds (a name that is refused fails loading; nothing to hash).
        var named: [String] = []
        for (bundle, bundleTree) in [(path, tree)] + dependencies.map({ ($0, Self.tree(of: $0)) }) {
            if let name = bundleTree.flatMap(NamedFiles.emblem(in:)), let file = try? confinement.resolve(name, namedBy: bundle) {
                named.append(file)
            }
        }
        return PlannedInput(input: input, kind: kind, documentId: id, dependencies: dependencies + named)
    }

    /// The raw tree of a JSON or YAML bundle, without validating it; nil when it cannot be read or parsed.
    private static func tree(of path: String) -> JSONValue? {
        let ext = (path as NSString).pathExtension.lowercased()
        var tree: JSONValue?
        if ext == "yaml" || ext == "yml" {
            // YAML: through the loader (the tree of a bundle that decodes).
            tree = BundleLoader().loadAny(path).value?.tree
        } else if let data = FileManager.default.contents(atPath: path) {
            tree = try? JSONParser.parse([UInt8](data))
            if tree == nil, ext != "json" { tree = BundleLoader().loadAny(path).value?.tree }
        }
        return tree
    }

    /// The bundle kind named by `schema`, else guessed from the top-level members (as the loader does).
    static func kind(of tree: JSONValue) -> BundleKind? {
        if let schema = tree["schema"]?.stringValue { return BundleKind.allCases.first { $0.schema == schema } }
        if tree["visit"] != nil { return .visitSummaryInput }
        if tree["oia"] != nil { return .oia }
        if tree["items"] != nil || tree["bundles"] != nil { return .briefingPack }
        return nil
    }

    /// Leaves out the files found by listing a folder whose bundle kind is not the template's (a folder of OIAs
    /// may hold the packs that bind them); returns the note saying so, or nil when none was left out.
    static func leaveOutOtherKinds(_ planned: inout [PlannedInput], template: any ReportTemplate.Type) -> String? {
        guard let kind = template.inputKind else { return nil }
        func other(_ p: PlannedInput) -> Bool { p.input.fromFolder && p.kind != nil && p.kind != kind }
        let names = planned.filter(other).map(\.input.relativeName)
        guard !names.isEmpty else { return nil }
        planned.removeAll(where: other)
        let one = names.count == 1
        return "note: left out \(names.count) file\(one ? "" : "s") of the input folders that "
            + (one ? "is not \(article(kind.label)) \(kind.label) input" : "are not \(kind.label) inputs") + ": "
            + names.prefix(5).joined(separator: ", ") + (names.count > 5 ? " and \(names.count - 5) more" : "")
    }

    /// "FILE: expected an OIA input for the oia template, found a briefing pack" when the input's bundle kind
    /// is known and is not the template's.
    static func kindMismatch(_ job: PlannedInput, template: any ReportTemplate.Type) -> String? {
        guard let expected = template.inputKind, let found = job.kind, found != expected else { return nil }
        return "\(job.input.path): expected \(article(expected.label)) \(expected.label) input for the \(template.name) template, "
            + "found \(article(found.label)) \(found.label)"
    }

    private static func article(_ word: String) -> String {
        "aeiouAEIOU".contains(word.first ?? "x") ? "an" : "a"
    }

    /// Gives every input its output name: the sanitised id, de-duplicated in input order (`<id>-2`, `<id>-3` …;
    /// compared without case, so names stay distinct on case-insensitive file systems too).
    static func assignNames(_ planned: inout [PlannedInput]) {
        var taken: Set<String> = []
        for i in planned.indices {
            let base = OutputNames.sanitize(planned[i].baseName)
            var name = base
            var n = 2
            while !taken.insert(name.lowercased()).inserted {
                name = "\(base)-\(n)"
                n += 1
            }
            planned[i].name = name
        }
    }
}

/// File names made from document ids.
enum OutputNames {
    /// The longest name kept, in UTF-8 bytes: room is left for `__<table>.csv` and the hidden temporary
    /// file's `.` and `.tmp-<pid>` within the usual 255-byte limit.
    static let maxBytes = 150

    /// Path separators, control characters and `..` replaced with `_`, no leading dot, at most `maxBytes`.
    static func sanitize(_ id: String) -> String {
        var name = ""
        for scalar in id.unicodeScalars {
            let v = scalar.value
            let bad = scalar == "/" || scalar == "\\" || v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v)
            name.unicodeScalars.append(bad ? "_" : scalar)
        }
        name = name.trimmingCharacters(in: .whitespaces)
        while name.contains("..") { name = name.replacingOccurrences(of: "..", with: "_") }
        if name.hasPrefix(".") { name = "_" + name.dropFirst() }
        if name.utf8.count > maxBytes {
            var cut = ""
            for ch in name {
                if cut.utf8.count + String(ch).utf8.count > maxBytes { break }
                cut.append(ch)
            }
            name = cut
        }
        return name.isEmpty ? "_" : name
    }
}

/// `--shard K/N`: the K-th of N disjoint shares of a batch's inputs.
struct ShardSpec: ExpressibleByArgument, Sendable, CustomStringConvertible {
    /// 1-based.
    let index: Int
    let count: Int

    init?(argument: String) {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        index = k
        count = n
    }

    var description: String { "\(index)/\(count)" }

    /// Whether the output `name` belongs to this shard: FNV-1a 64 of the name, modulo N. Names are the same
    /// on every machine given the same inputs (the whole list is read and de-duplicated before sharding),
    /// so N shards render each input exactly once.
    func contains(_ name: String) -> Bool { FNV1a.hash64(name) % UInt64(count) == UInt64(index - 1) }
}

/// FNV-1a, 64 bits: a stable hash of a string's UTF-8 bytes (the standard library's `Hasher` is seeded per process).
enum FNV1a {
    static func hash64(_ s: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}

/// A counter shared by threads: each call returns the next number, from 0.
final class AtomicCounter: @unchecked Sendable {
    // @unchecked: `value` is guarded by `lock`.
    private let lock = NSLock()
    private var value = 0
    func increment() -> Int { lock.withLock { defer { value += 1 }; return value } }
}

/// An array written by several threads, each to its own indices.
final class LockedArray<Element>: @unchecked Sendable {
    // @unchecked: `storage` is guarded by `lock`.
    private let lock = NSLock()
    private var storage: [Element]
    init(repeating value: Element, count: Int) { storage = Array(repeating: value, count: count) }
    subscript(i: Int) -> Element {
        get { lock.withLock { storage[i] } }
        set { lock.withLock { storage[i] = newValue } }
    }
    var values: [Element] { lock.withLock { storage } }
}
