/// Loading any `Decodable` model — a template's own input type, not one of the three bundles — with the same
/// tolerant decoder: every problem reported with its path, unknown fields warned about (errors when `strict`),
/// JSON or YAML alike.
extension BundleLoader {
    /// Reads `path` (JSON or YAML) and decodes it as `type`.
    public func loadModel<T: Decodable & Sendable>(_ type: T.Type, from path: String) -> LoadResult<T> {
        let (tree, format, diagnostics) = readTree(path)
        guard let tree else { return LoadResult(value: nil, diagnostics: diagnostics) }
        return decodeModel(type, tree: tree, file: path, format: format)
    }

    /// Decodes a document tree as `type`; `file` names it in diagnostics.
    public func decodeModel<T: Decodable & Sendable>(_ type: T.Type, tree: JSONValue, file: String,
                                                     format: SourceFormat = .json) -> LoadResult<T> {
        let session = TreeDecodingSession(file: file, scalarsAsText: format == .yaml)
        var value: T?
        var thrown: [ModelDiagnostic] = []
        do { value = try session.decode(type, from: tree, path: [], silent: false) } catch {
            value = nil
            thrown = [ModelDiagnostic(.error, file: file, path: "", message: "cannot decode: \(error)")]
        }
        let diagnostics = session.diagnostics + thrown + session.unknownFieldDiagnostics(strict: strict)
        return LoadResult(value: diagnostics.hasErrors ? nil : value, diagnostics: diagnostics, partial: value)
    }
}
