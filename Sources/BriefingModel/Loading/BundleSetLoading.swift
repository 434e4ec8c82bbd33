import Foundation

extension BundleLoader {
    /// Loads several bundles to be validated and rendered together (`--with`), following each pack
    /// manifest's `bundles` (paths relative to the manifest's folder). A file named twice is loaded once.
    /// The set (`value`) holds every bundle that loaded without errors; `partial` also holds those that decoded
    /// with errors (placeholders for what could not be read), for checking rules and references beside the
    /// loading problems; `diagnostics` has all loading problems.
    public func loadSet(_ paths: [String]) -> LoadResult<BundleSet> {
        var bundles: [LoadedBundle] = []
        var clean: [LoadedBundle] = []
        var diagnostics: [ModelDiagnostic] = []
        var loaded: Set<String> = []

        func load(_ path: String, expected: BundleKind?, from manifest: String?, at referencePath: String) {
            let key = URL(fileURLWithPath: path).standardizedFileURL.path
            guard loaded.insert(key).inserted else { return }
            if let manifest, !FileManager.default.fileExists(atPath: path) {
                diagnostics.append(ModelDiagnostic(.error, file: manifest, path: referencePath + ".path",
                                                   message: "no such file: \(path)"))
                return
            }
            let result = loadAny(path)
            diagnostics += result.diagnostics
            guard let bundle = result.partial else { return }
            if let expected, bundle.kind != expected, let manifest {
                diagnostics.append(ModelDiagnostic(.error, file: manifest, path: referencePath + ".kind", message:
                    "expected \(path) to be a \(expected.label), found a \(bundle.kind.label)"))
            }
            if let manifest, bundle.kind == .briefingPack {
                diagnostics.append(ModelDiagnostic(.error, file: manifest, path: referencePath + ".path",
                                                   message: "a pack cannot include another pack"))
                return
            }
            bundles.append(bundle)
            if result.value != nil { clean.append(bundle) }
            guard let pack = bundle.packManifest else { return }
            let folder = (path as NSString).deletingLastPathComponent
            for (index, reference) in pack.bundles.enumerated() {
                let target = reference.path.hasPrefix("/") || folder.isEmpty
                    ? reference.path : (folder as NSString).appendingPathComponent(reference.path)
                load(target, expected: reference.kind, from: path, at: "bundles[\(index)]")
            }
        }

        for path in paths { load(path, expected: nil, from: nil, at: "") }
        return LoadResult(value: BundleSet(clean), diagnostics: diagnostics, partial: BundleSet(bundles))
    }
}
