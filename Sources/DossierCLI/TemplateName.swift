import ArgumentParser
import Templates

/// A template named on the command line: its values are `TemplateCatalog.all`, which `--help` lists (the registered
/// templates of a program of its own too). A name not in the catalogue is refused when the command runs, as a usage
/// error on one line naming the known templates (exit 64).
public struct TemplateName: ExpressibleByArgument, CustomStringConvertible {
    /// The name as given.
    public let name: String

    public init?(argument: String) { name = argument }

    public static var allValueStrings: [String] { TemplateCatalog.all.map { $0.name } }
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
    public var description: String { name }

    /// The template of that name, or the usage error that names the known ones.
    func resolve() throws -> any ReportTemplate.Type {
        guard let t = TemplateCatalog.named(name) else {
            throw CommandFailure(status: ExitStatus.usage, lines: [
                "unknown template \"\(name)\" (templates: \(Self.allValueStrings.joined(separator: ", ")))",
            ])
        }
        return t
    }
}
