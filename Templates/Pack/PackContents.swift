import BriefingModel
import Dossier

extension PackView {
    /// Contents: the pack's documents with their page ranges and links. The same table is annex P1.
    @BlockBuilder var contents: [Node] {
        Heading(text("contents"), level: 1).excludedFromContents()
        Table(items, id: "pack_contents", caption: nil,
              style: TableStyle(cellOverrides: StyleOverrides { $0.fontSize = 10.5; $0.lineHeight = 15 })) {
            Column<PackItem>("", key: "pack_id", text: { _ in pack.id }).csvOnly()
            Column<PackItem>(text("col.no"), key: "order", width: .fixed(36)) { .integer($0.order) }
            Column<PackItem>("", key: "kind", text: { $0.kind.rawValue }).csvOnly()
            Column<PackItem>("", key: "ref_id", text: { $0.refId }).csvOnly()
            Column<PackItem>("", key: "member_state_id", text: { $0.memberStateId }).csvOnly()
            Column<PackItem>(text("col.document"), key: "title", width: .fraction(1), text: { title(of: $0) })
                .displayed { item in Text(title(of: item)).link(.anchor("part-" + partId(item))) }
                .leader()
            Column<PackItem>("", key: "distribution", text: { itemMeta($0)?.distribution.rawValue }).csvOnly()
            Column<PackItem>("", key: "sensitivity", text: { itemMeta($0)?.sensitivity.rawValue }).csvOnly()
            Column<PackItem>("", key: "as_of", text: { asOf($0) }).csvOnly()
            Column<PackItem>(text("col.pages"), key: "page_start", width: .fixed(56), alignment: .end) { .pageRef("part-" + partId($0)) }
                .displayed { item in Text.pageRange("part-" + partId(item), "part-" + partId(item) + "-end") }
            Column<PackItem>("", key: "page_end") { .pageRef("part-" + partId($0) + "-end") }.csvOnly()
        }
        PageBreak()
    }

    func itemMeta(_ item: PackItem) -> ResolvedDocumentMeta? {
        item.kind == .briefingNote ? meta : set.bundle(for: item).flatMap { LocalizedMeta.of($0, in: set, common) }
    }

    private func asOf(_ item: PackItem) -> String? {
        if let oia = set.bundle(for: item)?.oiaInput { return oia.oia.asOf.iso }
        if let v = set.bundle(for: item)?.visitSummary?.visit { return v.period?.end?.iso ?? v.year.map(String.init) }
        return item.kind == .briefingNote ? pack.preparedOn.iso : nil
    }
}
