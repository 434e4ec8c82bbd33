import BriefingModel

/// Document metadata in the document's language: the title and issuing entity the model generates in English
/// are written with the wording of the language when the input's `meta` does not give them.
enum LocalizedMeta {
    static func of(_ input: VisitSummaryInput, _ common: TemplateText) -> ResolvedDocumentMeta {
        var meta = input.resolvedMeta
        let names = input.visit.conductedBy.map { id in
            let org = input.organization(id: id)
            return (common.language == "en" ? org?.nameWithArticle : org?.name) ?? id
        }
        if input.meta?.title == nil {
            meta.title = common("title.visit", ["visitType": common.label(input.visit.visitType), "entities": common.list(names),
                                                "state": input.memberState.shortName])
        }
        if input.meta?.issuingEntity == nil { meta.issuingEntity = common.list(input.conductingEntityNames) }
        return meta
    }

    static func of(_ input: OIAInput, _ common: TemplateText) -> ResolvedDocumentMeta {
        var meta = input.resolvedMeta
        if input.meta?.title == nil { meta.title = common("title.oia", ["state": input.memberState.shortName]) }
        if input.meta?.issuingEntity == nil { meta.issuingEntity = common("entity.cted") }
        return meta
    }

    /// The metadata of a bundle bound in a pack, in the pack's language.
    static func of(_ bundle: LoadedBundle, in set: BundleSet, _ common: TemplateText) -> ResolvedDocumentMeta? {
        switch bundle.content {
        case .visitSummary(let input): of(input, common)
        case .oia(let input): of(input, common)
        case .briefingPack(let manifest): set.resolvedMeta(of: manifest)
        }
    }
}
