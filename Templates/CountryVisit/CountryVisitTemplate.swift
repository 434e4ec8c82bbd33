import BriefingModel
import Dossier
import Foundation

/// The country-visit summary (docs/input-contract.md §3.2): masthead, summary box, sections I–VII with numbered
/// paragraphs and the V1–V4 tables, sources.
public enum CountryVisitTemplate: ReportTemplate {
    public static let name = "country-visit"
    public static let inputKind: BundleKind? = .visitSummaryInput
    public static let summary = "Country-visit summary (2–4 pages) with delegation, meetings, TA areas and history tables"
    public static let annexTables = ["visit_delegation", "visit_meetings", "visit_ta_areas", "visit_history"]

    public static func document(_ inputs: TemplateInputs) throws -> Document {
        guard let input = inputs.main.visitSummary else {
            throw TemplateError("\(inputs.main.file): the country-visit template needs a visit-summary-input bundle, not \(inputs.main.kind.label)")
        }
        let language = input.resolvedMeta.language.rawValue
        let common = try TemplateText.load("common", language: language)
        let text = try TemplateText.load("country-visit", language: language)
        let meta = LocalizedMeta.of(input, common)
        let view = VisitView(input: input, set: inputs.set, common: common, text: text)
        let reference = meta.symbol ?? input.visit.id
        let metadata = BriefSetup.metadata(meta, subject: text("subtitle"),
                                           keywords: [common("metadata.keyword"), input.memberState.shortName, common.label(input.visit.visitType)],
                                           fallbackDate: inputs.fallbackDate)
        let document = Document(id: input.documentId, metadata: metadata, geometry: BriefSetup.geometry(meta),
                        pageTemplate: Furniture.pageTemplate(meta, reference: reference, text: common,
                                                             illustrative: inputs.main.isIllustrative),
                        headingNumbering: common.headingNumbering) {
            Masthead(meta: meta, reference: reference, text: common)
            view.summaryBox
            view.introduction
            view.delegation
            view.meetings
            view.keyMessages
            view.technicalAssistance
            view.background
            view.nextSteps
            SourcesSection(sources: input.sources, text: common)
        }
        return BriefSetup.localized(document, common, names: inputs.set)
    }
}
