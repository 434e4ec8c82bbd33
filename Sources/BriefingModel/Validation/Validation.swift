extension BundleSet {
    /// Checks rules 1–5 and 8 of docs/input-contract.md §2.4 over every loaded bundle: unique ids,
    /// references (unresolved cross-bundle references are warnings), merge conflicts, mirrored links,
    /// dates, delegation members, assessment visits, OIA limits and pack inheritance.
    public func validate() -> [ModelDiagnostic] {
        mergeDiagnostics + languageDiagnostics + bundles.flatMap { bundle in
            var context = ValidationContext(set: self, bundle: bundle)
            switch bundle.content {
            case .visitSummary(let input):
                context.validateVisitSummary(input)
            case .oia(let input):
                context.validateOIA(input)
            case .briefingPack(let manifest):
                context.validatePack(manifest)
            }
            return context.diagnostics
        }
    }
}

extension BundleSet {
    /// Bundles loaded together must be in one language (translations keep the original's record ids, so
    /// merging two languages would mix them): every bundle in the first bundle's language. A pack's own
    /// bindings are checked by the pack rules, which name the item.
    var languageDiagnostics: [ModelDiagnostic] {
        guard let first = bundles.first else { return [] }
        let packIsFirst = first.kind == .briefingPack
        return bundles.dropFirst().filter { $0.language != first.language && !packIsFirst }.map { b in
            ModelDiagnostic(.error, file: b.file, path: "meta.language",
                            message: "this bundle is in \(b.language.label) (\(b.language.rawValue)) and \(first.file) in "
                                + "\(first.language.label) (\(first.language.rawValue)): bundles of different languages are never loaded together")
        }
    }
}
