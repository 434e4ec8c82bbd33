extension BundleKind {
    /// The model type a bundle of this kind decodes as (and whose schema `dossier schema` prints).
    public var modelType: any InputBundle.Type {
        switch self {
        case .visitSummaryInput: VisitSummaryInput.self
        case .oia: OIAInput.self
        case .briefingPack: BriefingPackManifest.self
        }
    }
}
