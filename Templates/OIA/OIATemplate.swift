import BriefingModel
import Dossier
import Foundation

/// The Overview of Implementation Assessment (docs/input-contract.md §3.3): masthead, page-1 fast facts and sharing box,
/// narrative, sections I–VII with the O1–O3 tables, the O4 annex and sources.
public enum OIATemplate: ReportTemplate {
    public static let name = "oia"
    public static let inputKind: BundleKind? = .oia
    public static let summary = "Overview of Implementation Assessment (about 5 pages) with status, recommendation and TA-need tables"
    public static let annexTables = ["oia_thematic_status", "oia_recommendations", "oia_ta_needs",
                                     "oia_recommendation_status_history"]

    public static func document(_ inputs: TemplateInputs) throws -> Document {
        guard let input = inputs.main.oiaInput else {
            throw TemplateError("\(inputs.main.file): the oia template needs an oia bundle, not \(inputs.main.kind.label)")
        }
        let language = input.resolvedMeta.language.rawValue
        let common = try TemplateText.load("common", language: language)
        let text = try TemplateText.load("oia", language: language)
        let meta = LocalizedMeta.of(input, common)
        let view = OIAView(input: input, set: inputs.set, common: common, text: text)
        let reference = meta.symbol ?? input.oia.id
        let metadata = BriefSetup.metadata(meta, subject: text("subject"), keywords: [common("metadata.keyword"), input.memberState.shortName, text("subject")],
                                           fallbackDate: inputs.fallbackDate)
        let document = Document(id: input.documentId, metadata: metadata, geometry: BriefSetup.geometry(meta),
                        pageTemplate: Furniture.pageTemplate(meta, reference: reference, text: common,
                                                             illustrative: inputs.main.isIllustrative),
                        headingNumbering: common.headingNumbering) {
            Masthead(meta: meta, reference: reference, text: common)
            view.particulars
            view.frontBox
            view.narrative
            view.overview
            view.areas
            view.topShortfalls
            view.priorityRecommendations
            view.technicalAssistanceNeeds
            view.capacityToAssist
            view.observations
            view.annex
            SourcesSection(sources: input.sources.map { inputs.set.source(id: $0.id) ?? $0 }, text: common)
        }
        return BriefSetup.localized(document, common, names: inputs.set)
    }
}
