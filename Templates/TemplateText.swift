import Foundation

/// Labels and boilerplate wording of the templates, read at run time from `Templates/Text/<name>.json`
/// so that wording changes need no recompilation. `DOSSIER_TEXT_DIR` points at another folder.
public struct TemplateText: Sendable {
    /// Key → text.
    public let entries: [String: String]
    /// The file the wording came from, for error messages.
    public let source: String

    /// Loads `<name>.json` (a flat JSON object of strings).
    public static func load(_ name: String) throws -> TemplateText {
        let url: URL
        if let dir = ProcessInfo.processInfo.environment["DOSSIER_TEXT_DIR"] {
            url = URL(fileURLWithPath: dir).appendingPathComponent("\(name).json")
        } else if let u = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Text") {
            url = u
        } else {
            throw TemplateTextError(message: "template text resource \(name).json is missing")
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw TemplateTextError(message: "\(url.path): cannot read template text (\(error.localizedDescription))")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: String] else {
            throw TemplateTextError(message: "\(url.path): expected a JSON object of strings")
        }
        return TemplateText(entries: object, source: url.path)
    }

    /// The text of `key`, with `{name}` placeholders replaced. A missing key prints as `[key]` so it shows in proofs.
    public func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        var s = entries[key] ?? "[\(key)]"
        for (k, v) in values.sorted(by: { $0.key < $1.key }) { s = s.replacingOccurrences(of: "{\(k)}", with: v) }
        return s
    }
}

/// A template text file that cannot be used.
public struct TemplateTextError: Error, CustomStringConvertible {
    /// What went wrong, with the file.
    public let message: String
    public var description: String { message }
}
