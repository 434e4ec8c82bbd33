import BriefingModel
import Dossier
import Foundation

/// What the pack's builders read: the manifest, the loaded bundles, wording and resolved metadata.
struct PackView {
    let pack: BriefingPackManifest
    let inputs: TemplateInputs
    let common: TemplateText
    let text: TemplateText
    let meta: ResolvedDocumentMeta

    init(pack: BriefingPackManifest, inputs: TemplateInputs) throws {
        self.pack = pack
        self.inputs = inputs
        meta = inputs.set.resolvedMeta(of: pack)
        common = try TemplateText.load("common", language: meta.language.rawValue)
        text = try TemplateText.load("pack", language: meta.language.rawValue)
    }

    var set: BundleSet { inputs.set }
    var items: [PackItem] { pack.orderedItems }
    /// The States' names in the language's alphabetical order (lists of States are sorted per language version).
    var stateNames: [String] { common.sorted(pack.memberStateIds.map { set.memberState(id: $0)?.shortName ?? $0 }) { $0 } }
    /// The bound OIAs in the order of the pack.
    var oias: [OIAInput] { items.compactMap { set.bundle(for: $0)?.oiaInput } }
    /// The bound OIAs by State name in the language's alphabetical order (cross-State tables and charts).
    var oiasByState: [OIAInput] { common.sorted(oias) { $0.memberState.shortName } }

    /// The bundle of a document item and the template that renders it.
    func document(for item: PackItem) throws -> (LoadedBundle, Document)? {
        guard let bundle = set.bundle(for: item) else { return nil }
        let name = bundle.kind == .oia ? "oia" : "country-visit"
        guard let template = TemplateCatalog.named(name) else { throw TemplateError("the \(name) template is not available") }
        let doc = try template.document(TemplateInputs(main: bundle, set: set, fallbackDate: inputs.fallbackDate))
        return (bundle, doc)
    }

    /// The printed title of an item.
    func title(of item: PackItem) -> String {
        if let t = item.titleOverride { return t }
        if item.kind == .briefingNote { return text("note.title") }
        if let b = set.bundle(for: item), let m = LocalizedMeta.of(b, in: set, common) { return m.title }
        switch item.kind {
        case .abbreviations: return text("abbreviations")
        case .sourceList: return text("annex.sources")
        case .annexTable: return AnnexTableID(rawValue: item.refId).map { text("annexTable.title", ["code": $0.code]) } ?? item.refId
        default: return text.label(item.kind)
        }
    }

    /// The part id of an item (anchors `part-<id>` and `part-<id>-end` give its page range).
    func partId(_ item: PackItem) -> String { "\(item.order)-\(item.refId)" }

    /// Open priority recommendations and needs across the pack's OIAs (P3).
    var openPriorityItems: [OpenItem] {
        var out: [OpenItem] = []
        for input in oias {
            let oia = input.oia
            for r in oia.priorityRecommendations ?? [] where r.isPriority && ![.implemented, .superseded].contains(r.status) {
                out.append(OpenItem(stateId: oia.memberStateId, kind: "recommendation", id: r.id, area: r.areaCode, text: r.text,
                                    priority: r.priority?.rawValue, status: r.status.rawValue, statusLabel: text.label(r.status),
                                    asOf: r.statusAsOf.iso, origin: r.originDocumentId))
            }
            for n in oia.technicalAssistanceNeeds ?? [] where n.isPriority && ![.delivered, .closed].contains(n.status) {
                out.append(OpenItem(stateId: oia.memberStateId, kind: "ta_need", id: n.id, area: n.areaCode, text: n.text,
                                    priority: n.priority?.rawValue, status: n.status.rawValue, statusLabel: text.label(n.status),
                                    asOf: nil, origin: n.listId))
            }
        }
        return out
    }
}

/// A row of P3: an open priority recommendation or technical-assistance need.
struct OpenItem {
    let stateId: String
    let kind: String
    let id: String
    let area: String?
    let text: String
    let priority: String?
    let status: String
    let statusLabel: String
    let asOf: String?
    let origin: String?
}
