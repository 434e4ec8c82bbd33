import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One input file of a batch or validation run.
struct BatchInput: Sendable, Equatable {
    /// The path to open (as given, or the folder or glob argument joined with the file name).
    let path: String
    /// The name relative to the folder argument or to the glob's fixed folder ("a/x.json" for `in/*/x.json`);
    /// the file name for a file argument.
    let relativeName: String
    /// Found by listing a folder (inputs of another bundle kind are then left out rather than failed).
    let fromFolder: Bool
}

/// Expands INPUT arguments: a file stays itself, a folder gives its `*.json`, `*.yaml` and `*.yml` files
/// (not hidden ones, not recursively), a glob (`*`, `?`, `[`) gives its matches (expanded with `glob(3)`).
/// Each argument's files are sorted by byte order of their relative names; arguments keep their order;
/// a file reached twice is kept the first time.
enum InputExpansion {
    static let extensions: Set<String> = ["json", "yaml", "yml"]

    /// The inputs, and one problem line per folder or glob argument that gives no file ("ARG: no file matches").
    /// A file argument that does not exist stays an input: loading it reports "no such file".
    static func expand(_ arguments: [String]) -> (inputs: [BatchInput], problems: [String]) {
        var inputs: [BatchInput] = []
        var problems: [String] = []
        var seen: Set<String> = []
        for argument in arguments {
            let found = expand(argument)
            if case .failure(let problem) = found { problems.append(problem.line); continue }
            guard case .success(let list) = found else { continue }
            for input in list where seen.insert(URL(fileURLWithPath: input.path).standardizedFileURL.path).inserted {
                inputs.append(input)
            }
        }
        return (inputs, problems)
    }

    private static func expand(_ argument: String) -> Result<[BatchInput], ExpansionProblem> {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) {
            if !isDirectory.boolValue {
                return .success([BatchInput(path: argument, relativeName: (argument as NSString).lastPathComponent, fromFolder: false)])
            }
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: argument) } catch {
                return .failure(ExpansionProblem("\(argument): cannot list the folder (\(error.localizedDescription))"))
            }
            let inputs = names.filter { name in
                !name.hasPrefix(".") && extensions.contains((name as NSString).pathExtension.lowercased())
                    && !isFolder((argument as NSString).appendingPathComponent(name))
            }
            .sorted(by: byteOrder)
            .map { BatchInput(path: (argument as NSString).appendingPathComponent($0), relativeName: $0, fromFolder: true) }
            if inputs.isEmpty { return .failure(ExpansionProblem("\(argument): no *.json, *.yaml or *.yml file in this folder")) }
            return .success(inputs)
        }
        if argument.contains(where: { "*?[".contains($0) }) {
            let matches = globMatches(argument).filter { !isFolder($0) }
            if matches.isEmpty { return .failure(ExpansionProblem("\(argument): no file matches")) }
            let base = fixedFolder(of: argument)
            return .success(matches.map { path in
                let relative = !base.isEmpty && path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
                return BatchInput(path: path, relativeName: relative, fromFolder: false)
            }.sorted { byteOrder($0.relativeName, $1.relativeName) })
        }
        // A missing file is still an input: loading it reports "no such file" with the usual exit status.
        return .success([BatchInput(path: argument, relativeName: (argument as NSString).lastPathComponent, fromFolder: false)])
    }

    struct ExpansionProblem: Error { let line: String; init(_ line: String) { self.line = line } }

    /// Comparison by UTF-8 bytes: the same order on every machine, whatever the locale.
    static func byteOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The leading path components without wildcards, with a trailing slash ("in/" for "in/*/x.json").
    static func fixedFolder(of pattern: String) -> String {
        let components = pattern.split(separator: "/", omittingEmptySubsequences: false)
        var fixed: [Substring] = []
        for c in components.dropLast() {
            if c.contains(where: { "*?[".contains($0) }) { break }
            fixed.append(c)
        }
        guard !fixed.isEmpty else { return "" }
        return fixed.joined(separator: "/") + "/"
    }

    /// `glob(3)`, without sorting (the caller sorts by bytes).
    static func globMatches(_ pattern: String) -> [String] {
        var g = glob_t()
        defer { globfree(&g) }
        guard glob(pattern, GLOB_NOSORT, nil, &g) == 0 else { return [] }
        var paths: [String] = []
        for i in 0..<Int(g.gl_pathc) {
            if let p = g.gl_pathv[i] { paths.append(String(cString: p)) }
        }
        return paths
    }
}
