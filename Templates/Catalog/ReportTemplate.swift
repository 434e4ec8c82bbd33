import BriefingModel
import Dossier
import Foundation

/// What a template renders from: the main bundle, every bundle loaded with it, and render options.
public struct TemplateInputs: Sendable {
    /// The bundle named on the command line.
    public let main: LoadedBundle
    /// The main bundle plus those loaded with `--with` (or through a pack manifest).
    public let set: BundleSet
    /// Creation date chosen by the caller (`--date`, `SOURCE_DATE_EPOCH`), used when the input has no `meta.date`.
    public let fallbackDate: Date?
    /// Packs: start every document on a right-hand page.
    public var duplex: Bool
    public init(main: LoadedBundle, set: BundleSet, fallbackDate: Date?, duplex: Bool = false) {
        self.main = main; self.set = set; self.fallbackDate = fallbackDate; self.duplex = duplex
    }
}

/// A template that cannot render its input.
public struct TemplateError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// A report specification: a named template over one kind of input bundle.
public protocol ReportTemplate {
    /// Name used on the command line (`dossier render NAME …`).
    static var name: String { get }
    /// The bundle kind it renders, or `nil` for templates over other JSON (benchmarks).
    static var inputKind: BundleKind? { get }
    /// One-line description.
    static var summary: String { get }
    /// Ids of the annex tables it exports.
    static var annexTables: [String] { get }
    /// Builds the document.
    static func document(_ inputs: TemplateInputs) throws -> Document
    /// The JSON Schema (draft 2020-12) of the input, generated from the model type the loader decodes
    /// (`dossier schema NAME`); nil when the template reads something the model does not describe.
    static var inputSchema: JSONValue? { get }
}

extension ReportTemplate {
    /// The schema of the bundle kind the template renders.
    public static var inputSchema: JSONValue? {
        guard let kind = inputKind else { return nil }
        return InputSchema.document(for: kind.modelType, id: "urn:dossier:schema:\(name)", title: "Dossier \(name) input",
                                    description: InputSchema.standardDescription(template: name, summary: summary))
    }
}
