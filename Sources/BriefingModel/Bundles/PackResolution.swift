extension BundleSet {
    /// The loaded visit-summary or OIA bundle that a pack item shows, if it shows one.
    public func bundle(for item: PackItem) -> LoadedBundle? {
        switch item.kind {
        case .countryVisitSummary:
            bundles.first { $0.kind == .visitSummaryInput && $0.documentId == item.refId }
        case .oia:
            bundles.first { $0.kind == .oia && $0.documentId == item.refId }
        default:
            nil
        }
    }

    /// The rendered-document metadata of a loaded visit-summary or OIA bundle.
    public func resolvedMeta(of bundle: LoadedBundle) -> ResolvedDocumentMeta? {
        switch bundle.content {
        case .visitSummary(let input): input.resolvedMeta
        case .oia(let input): input.resolvedMeta
        case .briefingPack(let manifest): resolvedMeta(of: manifest)
        }
    }

    /// A pack's metadata: `meta`, else the pack title, the name of `preparedBy`, and the widest
    /// distribution and highest sensitivity of its items. Illustrative when the pack or an item is.
    public func resolvedMeta(of pack: BriefingPackManifest) -> ResolvedDocumentMeta {
        let itemBundles = pack.items.compactMap(bundle(for:))
        let itemMetas = itemBundles.compactMap(resolvedMeta(of:))
        return ResolvedDocumentMeta(meta: pack.meta, title: pack.title,
                                    issuingEntity: organization(id: pack.preparedBy)?.name ?? pack.preparedBy,
                                    distribution: itemMetas.map(\.distribution).max() ?? .general,
                                    sensitivity: itemMetas.map(\.sensitivity).max() ?? .unclassified,
                                    isIllustrative: pack.isIllustrative || itemBundles.contains(where: \.isIllustrative))
    }
}
