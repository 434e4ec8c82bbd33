import BriefingModel
import Dossier
import Foundation

/// The Committee briefing pack (docs/input-contract.md §3.4): cover, contents with page ranges, briefing note,
/// cross-State overview, the per-State documents each on a new page, annex tables P1–P4, abbreviations, sources.
public enum BriefingPackTemplate: ReportTemplate {
    public static let name = "briefing-pack"
    public static let inputKind: BundleKind? = .briefingPack
    public static let summary = "Committee briefing pack binding country-visit summaries and OIAs, with P1–P4 annexes"
    public static let annexTables = ["pack_contents", "pack_status_matrix", "pack_open_priority_items", "pack_sources"]

    public static func document(_ inputs: TemplateInputs) throws -> Document {
        guard let pack = inputs.main.packManifest else {
            throw TemplateError("\(inputs.main.file): the briefing-pack template needs a briefing-pack manifest, not \(inputs.main.kind.label)")
        }
        let view = try PackView(pack: pack, inputs: inputs)
        let meta = view.meta
        let metadata = BriefSetup.metadata(meta, subject: pack.purpose, keywords: [view.common("metadata.keyword"), view.text("metadata.keyword")] + view.stateNames,
                                           fallbackDate: inputs.fallbackDate)
        var template = Furniture.pageTemplate(meta, reference: pack.id, text: view.common, illustrative: inputs.main.isIllustrative
                                              || inputs.set.bundles.contains { $0.isIllustrative })
        let reference = pack.id
        let parts = try view.parts()
        template.header = { ctx in ctx.startsPart ? [] : Furniture.runningHeader(reference: ctx.partReference ?? reference, ctx: ctx) }
        let document = Document(id: pack.id, metadata: metadata,
                        geometry: BriefSetup.geometry(meta),
                        pageTemplate: template, headingNumbering: view.common.headingNumbering) {
            view.cover
            view.contents
            parts
            view.annexes
        }
        return BriefSetup.localized(document, view.common, names: inputs.set)
    }
}
