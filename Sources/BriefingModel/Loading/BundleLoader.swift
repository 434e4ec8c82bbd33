import Foundation

/// The syntax of an input file.
public enum SourceFormat: Sendable {
    case json, yaml

    /// JSON for `.json`, YAML for `.yaml`/`.yml`; otherwise JSON when the text starts with `{` or `[`.
    static func detect(path: String, text: String) -> SourceFormat {
        switch (path as NSString).pathExtension.lowercased() {
        case "json": return .json
        case "yaml", "yml": return .yaml
        default:
            let first = text.first { !$0.isWhitespace && $0 != "\u{FEFF}" }
            return first == "{" || first == "[" ? .json : .yaml
        }
    }
}

/// Reads input bundles from JSON or YAML files and decodes them, collecting every problem as a
/// `ModelDiagnostic` rather than stopping at the first.
public struct BundleLoader: Sendable {
    /// Report unknown fields as errors instead of warnings.
    public var strict: Bool

    public init(strict: Bool = false) {
        self.strict = strict
    }

    /// Loads a bundle of a known kind; a `schema` naming another kind is an error.
    public func load<Bundle: InputBundle>(_ type: Bundle.Type, from path: String) -> LoadResult<Bundle> {
        let (tree, format, diagnostics) = readTree(path)
        guard let tree else { return LoadResult(value: nil, diagnostics: diagnostics) }
        return decode(type, tree: tree, file: path, format: format)
    }

    /// Loads a bundle of any kind, chosen by its `schema` field, or by its shape when `schema` is absent.
    public func loadAny(_ path: String) -> LoadResult<LoadedBundle> {
        let (tree, format, diagnostics) = readTree(path)
        guard let tree else { return LoadResult(value: nil, diagnostics: diagnostics) }
        return decodeAny(tree: tree, file: path, format: format)
    }

    /// Decodes a bundle of a known kind from text already read; `file` names it in diagnostics.
    public func decode<Bundle: InputBundle>(_ type: Bundle.Type, text: String, file: String,
                                            format: SourceFormat? = nil) -> LoadResult<Bundle> {
        let format = format ?? .detect(path: file, text: text)
        let (tree, diagnostics) = parse(text, file: file, format: format)
        guard let tree else { return LoadResult(value: nil, diagnostics: diagnostics) }
        return decode(type, tree: tree, file: file, format: format)
    }

    /// Decodes a bundle of any kind from text already read; `file` names it in diagnostics.
    public func decodeAny(text: String, file: String, format: SourceFormat? = nil) -> LoadResult<LoadedBundle> {
        let format = format ?? .detect(path: file, text: text)
        let (tree, diagnostics) = parse(text, file: file, format: format)
        guard let tree else { return LoadResult(value: nil, diagnostics: diagnostics) }
        return decodeAny(tree: tree, file: file, format: format)
    }

    /// Decodes a bundle of a known kind from a document tree. For a tree read from YAML, numbers and
    /// booleans are accepted where text is expected (`version: 1`).
    public func decode<Bundle: InputBundle>(_ type: Bundle.Type, tree: JSONValue, file: String,
                                            format: SourceFormat = .json) -> LoadResult<Bundle> {
        if case .string(let schema)? = tree["schema"], schema != Bundle.kind.schema {
            let message = "expected \"\(Bundle.kind.schema)\" for a \(Bundle.kind.label), found \"\(schema)\""
            return LoadResult(value: nil, diagnostics: [ModelDiagnostic(.error, file: file, path: "schema", message: message)])
        }
        let session = TreeDecodingSession(file: file, scalarsAsText: format == .yaml)
        let value: Bundle?
        var thrown: [ModelDiagnostic] = []
        do {
            value = try session.decode(type, from: tree, path: [], silent: false)
        } catch {
            value = nil
            thrown = [ModelDiagnostic(.error, file: file, path: "", message: "cannot decode: \(error)")]
        }
        let diagnostics = session.diagnostics + thrown + session.unknownFieldDiagnostics(strict: strict)
        return LoadResult(value: diagnostics.hasErrors ? nil : value, diagnostics: diagnostics, partial: value)
    }

    /// Decodes a bundle of any kind from a document tree.
    public func decodeAny(tree: JSONValue, file: String, format: SourceFormat = .json) -> LoadResult<LoadedBundle> {
        let kind: BundleKind
        switch Self.kind(of: tree) {
        case .success(let found): kind = found
        case .failure(let diagnostic):
            return LoadResult(value: nil, diagnostics: [ModelDiagnostic(.error, file: file, path: diagnostic.path,
                                                                        message: diagnostic.message)])
        }
        func wrap<Bundle: InputBundle>(_ type: Bundle.Type, _ make: (Bundle) -> BundleContent) -> LoadResult<LoadedBundle> {
            let result = decode(type, tree: tree, file: file, format: format)
            return LoadResult(value: result.value.map { LoadedBundle(file: file, content: make($0), tree: tree) },
                              diagnostics: result.diagnostics,
                              partial: result.partial.map { LoadedBundle(file: file, content: make($0), tree: tree) })
        }
        switch kind {
        case .visitSummaryInput: return wrap(VisitSummaryInput.self, BundleContent.visitSummary)
        case .oia: return wrap(OIAInput.self, BundleContent.oia)
        case .briefingPack: return wrap(BriefingPackManifest.self, BundleContent.briefingPack)
        }
    }

    /// A kind-routing failure: where and why.
    struct RoutingFailure: Error {
        var path: String
        var message: String
    }

    /// The bundle kind named by `schema`, else guessed from the top-level members.
    static func kind(of tree: JSONValue) -> Result<BundleKind, RoutingFailure> {
        switch tree["schema"] {
        case .string(let schema)?:
            if let kind = BundleKind.allCases.first(where: { $0.schema == schema }) { return .success(kind) }
            let known = BundleKind.allCases.map(\.schema).joined(separator: ", ")
            return .failure(RoutingFailure(path: "schema", message: "expected one of \(known), found \"\(schema)\""))
        case let other? where other != .null:
            return .failure(RoutingFailure(path: "schema", message: "expected a string, found \(other.kindDescription)"))
        default:
            guard case .object = tree else {
                return .failure(RoutingFailure(path: "", message: "expected an object, found \(tree.kindDescription)"))
            }
            if tree["visit"] != nil { return .success(.visitSummaryInput) }
            if tree["oia"] != nil { return .success(.oia) }
            if tree["items"] != nil || tree["bundles"] != nil { return .success(.briefingPack) }
            return .failure(RoutingFailure(path: "", message:
                "cannot tell the kind of bundle: no `schema` field, and none of `visit`, `oia`, `items`"))
        }
    }

    /// Reads and parses a file into a document tree.
    func readTree(_ path: String) -> (JSONValue?, SourceFormat, [ModelDiagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return (nil, .json, [ModelDiagnostic(.error, file: path, path: "", message: "no such file")])
        }
        guard !isDirectory.boolValue else {
            return (nil, .json, [ModelDiagnostic(.error, file: path, path: "", message: "is a directory, expected a file")])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, .json, [ModelDiagnostic(.error, file: path, path: "", message: "cannot read the file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (nil, .json, [ModelDiagnostic(.error, file: path, path: "", message: "not valid UTF-8 text")])
        }
        let format = SourceFormat.detect(path: path, text: text)
        let (tree, diagnostics) = parse(text, file: path, format: format)
        return (tree, format, diagnostics)
    }

    private func parse(_ text: String, file: String, format: SourceFormat) -> (JSONValue?, [ModelDiagnostic]) {
        switch format {
        case .json:
            do {
                return (try JSONParser.parse(Array(text.utf8)), [])
            } catch {
                return (nil, [ModelDiagnostic(.error, file: file, path: "", message: "invalid JSON: \(error.message)",
                                              line: error.line, column: error.column)])
            }
        case .yaml:
            do {
                return (try YAMLConversion.parse(text), [])
            } catch {
                return (nil, [ModelDiagnostic(.error, file: file, path: "", message: error.message,
                                              line: error.line, column: error.column)])
            }
        }
    }
}
