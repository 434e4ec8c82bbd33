import Foundation

/// Confines the files an input names (an emblem, an image) to the input's own folder or a configured assets
/// folder, before anything is read: a name with a `..` segment, an absolute path, or a path that a symbolic link
/// leads out of those folders is refused, as is anything that is not a regular file (a FIFO would block a read).
/// Only names and file-system metadata are looked at (`lstat`, `readlink` through `realpath`); no file is opened.
public struct InputFileConfinement: Sendable {
    /// Extra folders searched after the input's own folder (`--assets DIR`).
    public var assetFolders: [String]

    public init(assetFolders: [String] = []) { self.assetFolders = assetFolders }

    /// Why a named file is refused: the message to print after `FILE: PATH:`.
    public struct Refusal: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// The real path of `name` in the folder of `input` or, when it is not there, in an assets folder.
    public func resolve(_ name: String, namedBy input: String) throws(Refusal) -> String {
        let inputFolder = (input as NSString).deletingLastPathComponent
        let folders = [inputFolder.isEmpty ? "." : inputFolder] + assetFolders
        let expected = "expected the name of a file inside the input's folder \"\(folders[0])\""
            + assetFolders.map { " or the assets folder \"\($0)\"" }.joined()
        guard !name.isEmpty, !name.contains("\u{0}") else { throw Refusal(description: "empty file name; \(expected)") }
        if name.hasPrefix("/") || name.hasPrefix("~") {
            throw Refusal(description: "\"\(name)\" is refused: absolute paths are not allowed; \(expected)")
        }
        if name.split(separator: "/", omittingEmptySubsequences: false).contains("..") {
            throw Refusal(description: "\"\(name)\" is refused: \"..\" segments are not allowed; \(expected)")
        }
        for folder in folders {
            guard let root = Self.realPath(folder) else { continue }
            let candidate = (folder as NSString).appendingPathComponent(name)
            guard Self.exists(candidate) else { continue }
            // Resolves every symbolic link on the way; the result must still lie inside the folder.
            guard let real = Self.realPath(candidate) else {
                throw Refusal(description: "\"\(name)\" is refused: it is a symbolic link to nothing; \(expected)")
            }
            guard real.hasPrefix(root == "/" ? "/" : root + "/") else {
                throw Refusal(description: "\"\(name)\" is refused: a symbolic link leads outside \"\(folder)\" (to \"\(real)\"); \(expected)")
            }
            var info = stat()
            guard stat(real, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                throw Refusal(description: "\"\(name)\" is not a regular file; \(expected)")
            }
            return real
        }
        throw Refusal(description: "\"\(name)\" not found; \(expected)")
    }

    /// Whether anything (even a dangling link) is at `path`.
    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
