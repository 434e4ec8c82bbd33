import BriefingModel
import Dossier
import Foundation

/// What a `ModelInputTemplate` gets besides its decoded input.
public struct ModelInputContext: Sendable {
    /// The input file, as named on the command line.
    public var file: String
    /// The creation date chosen by the caller (`--date`, `SOURCE_DATE_EPOCH`) for inputs without a date of their own.
    public var fallbackDate: Date?

    public init(file: String, fallbackDate: Date?) { self.file = file; self.fallbackDate = fallbackDate }
}

/// A template over an input model of its own: a `Decodable` type decoded by the same tolerant loader as the
/// built-in bundles (JSON or YAML; every problem with its path; unknown fields warned about, rejected under
/// `--strict`), checked by `validate`, and described by the generated `inputSchema`. This is how a package
/// outside this repository adds a report type (see `Examples/`): conform, register it with
/// `TemplateCatalog.register`, and every command of `dossier` works with it.
public protocol ModelInputTemplate: JSONInputTemplate {
    /// The input model.
    associatedtype Input: Decodable & Sendable
    /// Rules the types cannot express (dates in order, references that resolve …): errors and warnings
    /// with their JSON paths. `file` is for the diagnostics. None by default.
    static func validate(_ input: Input, file: String) -> [ModelDiagnostic]
    /// Builds the document from a valid input.
    static func document(_ input: Input, context: ModelInputContext) throws -> Document
}

extension ModelInputTemplate {
    public static func validate(_ input: Input, file: String) -> [ModelDiagnostic] { [] }

    public static var inputSchema: JSONValue? {
        InputSchema.document(for: Input.self, id: "urn:dossier:schema:\(name)", title: "Dossier \(name) input",
                             description: InputSchema.standardDescription(template: name, summary: summary))
    }

    /// Loads and validates `path`, or throws `DocumentBuildError` with every problem.
    public static func load(path: String, strict: Bool) throws -> (input: Input, warnings: [ModelDiagnostic]) {
        let loaded = BundleLoader(strict: strict).loadModel(Input.self, from: path)
        var diagnostics = loaded.diagnostics
        if let partial = loaded.partial {
            let loadingErrors = diagnostics.errors
            diagnostics += validate(partial, file: path).filter { check in
                !loadingErrors.contains { BundleLoader.overlaps($0.path, check.path) }
            }
        }
        let fatal = diagnostics.filter { $0.isError || strict }
        let warnings = diagnostics.filter { !fatal.contains($0) }
        guard fatal.isEmpty, let input = loaded.value else {
            let problems = fatal.isEmpty ? [ModelDiagnostic(.error, file: path, path: "", message: "cannot be read")] : fatal
            throw DocumentBuildError(problems: problems, warnings: warnings)
        }
        return (input, warnings)
    }

    /// Loads (warnings allowed), validates and builds.
    public static func document(path: String, fallbackDate: Date?) throws -> Document {
        try document(load(path: path, strict: false).input, context: ModelInputContext(file: path, fallbackDate: fallbackDate))
    }
}
