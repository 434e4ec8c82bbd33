import BriefingModel
import Dossier
import Foundation

/// What to build a document from: a template, the input file named on the command line, related bundles, and
/// the options that shape the document itself (not its rendering).
public struct DocumentRequest: Sendable {
    public var template: any ReportTemplate.Type
    /// The input: a bundle, or a briefing-pack manifest (whose bundles are then loaded with it).
    public var input: String
    /// Bundles loaded with the input (`--with`), e.g. the visit bundle an OIA cites.
    public var related: [String]
    /// Unknown input fields are errors instead of warnings.
    public var strict: Bool
    /// The creation date when the input has no `meta.date` (`--date`, `SOURCE_DATE_EPOCH`).
    public var fallbackDate: Date?
    /// Packs: every bound document starts on a right-hand page.
    public var duplex: Bool
    /// Folders searched, after an input's own folder, for the files it names (`--assets`).
    public var assetFolders: [String]

    public init(template: any ReportTemplate.Type, input: String, related: [String] = [], strict: Bool = false,
                fallbackDate: Date? = nil, duplex: Bool = false, assetFolders: [String] = []) {
        self.template = template; self.input = input; self.related = related; self.strict = strict
        self.fallbackDate = fallbackDate; self.duplex = duplex; self.assetFolders = assetFolders
    }
}

/// A document built from its input, with the input's warnings.
public struct BuiltDocument: Sendable {
    public var document: Document
    /// Warnings about the input (unknown fields, unresolved cross-bundle references): reported, not fatal.
    public var warnings: [ModelDiagnostic]
}

/// Why a document could not be built: every input problem at once (`FILE: PATH: message`), or a template failure.
public struct DocumentBuildError: Error, CustomStringConvertible {
    /// Input errors (and warnings under `strict`), each with its file and path; empty for a template failure.
    public var problems: [ModelDiagnostic]
    /// Warnings that did not cause the failure, for the caller to print beside the errors.
    public var warnings: [ModelDiagnostic]
    /// The template's own message, when the input was valid but could not be rendered by this template.
    public var templateMessage: String?
    /// Whether the input is at fault (invalid input, or a `TemplateError`) rather than the software.
    public var inputFault = true
    public var description: String {
        templateMessage ?? problems.map(\.description).joined(separator: "\n")
    }
}

/// The one path from an input file to a document, for every command: it loads the input with its related
/// bundles — following a pack manifest's bundles, so a pack and a single document are loaded alike —,
/// validates everything that decoded (all problems at once), and builds the document with the template.
public enum DocumentSource {
    /// Loads, validates and builds. Throws `DocumentBuildError`.
    public static func build(_ request: DocumentRequest) throws -> BuiltDocument {
        if let model = request.template as? any ModelInputTemplate.Type { return try build(model, request) }
        if let json = request.template as? any JSONInputTemplate.Type {
            return try buildTemplate { BuiltDocument(document: try json.document(path: request.input, fallbackDate: request.fallbackDate), warnings: []) }
        }
        let inputs = try load(request)
        return try buildTemplate { BuiltDocument(document: try request.template.document(inputs.inputs), warnings: inputs.warnings) }
    }

    /// Loads and validates the input and its related bundles without building a document.
    public static func load(_ request: DocumentRequest) throws -> (inputs: TemplateInputs, warnings: [ModelDiagnostic]) {
        let result = BundleLoader(strict: request.strict).loadValidated([request.input] + request.related)
        var diagnostics = result.diagnostics
        // The files the bundles name (emblems): confined and checked before the template sees them.
        var checkedSet = result.value
        if let bundles = result.partial?.bundles, bundles.contains(where: { $0.emblem != nil }) {
            let checked = InputFileCheck.check(bundles, confinement: InputFileConfinement(assetFolders: request.assetFolders))
            diagnostics += checked.diagnostics
            if result.value != nil { checkedSet = BundleSet(checked.bundles) }
        }
        let main = checkedSet?.bundles.first ?? result.partial?.bundles.first
        if let main, let expected = request.template.inputKind, main.kind != expected,
           !diagnostics.contains(where: { $0.isError && $0.file == request.input }) {
            diagnostics.append(ModelDiagnostic(.error, file: request.input, path: "schema", message:
                "the \(request.template.name) template renders a \(expected.label), found a \(main.kind.label)"))
        }
        let fatal = diagnostics.filter { $0.isError || request.strict }
        let warnings = diagnostics.filter { !fatal.contains($0) }
        guard fatal.isEmpty, let set = checkedSet, let main else {
            let problems = fatal.isEmpty
                ? [ModelDiagnostic(.error, file: request.input, path: "", message: "cannot be read")] : fatal
            throw DocumentBuildError(problems: problems, warnings: warnings)
        }
        return (TemplateInputs(main: main, set: set, fallbackDate: request.fallbackDate, duplex: request.duplex), warnings)
    }

    /// A template over its own input model: loaded with `strict`, its warnings returned beside the document.
    private static func build<T: ModelInputTemplate>(_ template: T.Type, _ request: DocumentRequest) throws -> BuiltDocument {
        let (input, warnings) = try T.load(path: request.input, strict: request.strict)
        let context = ModelInputContext(file: request.input, fallbackDate: request.fallbackDate)
        return try buildTemplate { BuiltDocument(document: try T.document(input, context: context), warnings: warnings) }
    }

    private static func buildTemplate(_ body: () throws -> BuiltDocument) throws -> BuiltDocument {
        do { return try body() } catch let e as DocumentBuildError { throw e } catch let e as TemplateError {
            throw DocumentBuildError(problems: [], warnings: [], templateMessage: e.description)
        } catch {
            throw DocumentBuildError(problems: [], warnings: [], templateMessage: "\(error)", inputFault: false)
        }
    }
}
