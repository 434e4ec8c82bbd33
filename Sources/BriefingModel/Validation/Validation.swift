extension BundleSet {
    /// Checks rules 1–5 and 8 of §2.4 and the Contract decisions over every loaded bundle: unique ids,
    /// references (unresolved cross-bundle references are warnings), merge conflicts, mirrored links,
    /// dates, delegation members, assessment visits, OIA limits and pack inheritance.
    public func validate() -> [ModelDiagnostic] {
        mergeDiagnostics + bundles.flatMap { bundle in
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
