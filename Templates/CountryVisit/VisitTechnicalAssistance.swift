import BriefingModel
import Dossier

extension VisitView {
    /// V. Areas agreed for technical assistance: lead-in, items (a)–(g) verbatim, then the V3 table.
    @BlockBuilder var technicalAssistance: [Node] {
        if let list = visit.agreedTechnicalAssistanceAreas, !list.items.isEmpty {
            Section(text("section.taAreas")) {
                Anchor(anchor("ta-areas"))
                Paragraph(list.leadIn.map { text("taAreas.leadIn", ["leadIn": $0]) } ?? text("taAreas.leadInDefault")).numbered().keepWithNext()
                List(common.subparagraphMarker, items: list.items.sorted { $0.seq < $1.seq }.map { Text($0.text) })
                if list.listIsExhaustive == false { Paragraph(common("interAlia")).numbered() }
                Paragraph(text("taAreas.status", ["status": common.label(list.status)])).numbered()
                Table(list.items, id: "visit_ta_areas", caption: Text(text("taAreas.table"))) {
                    Column<TAArea>("", key: "visit_id", text: { _ in visit.id }).csvOnly()
                    Column<TAArea>("", key: "seq") { .integer($0.seq) }.csvOnly()
                    Column<TAArea>("", key: "area_id", text: { $0.id }).csvOnly()
                    Column<TAArea>(text("col.area"), key: "text", width: .fraction(0.5), text: { $0.text })
                        .displayed { a in Text(common.subparagraphMarker.label(a.seq) + " " + a.text) }
                    Column<TAArea>(text("col.subAreas"), key: "sub_areas", width: .fraction(0.22)) { .list($0.subAreas ?? []) }
                    Column<TAArea>(text("col.thematicArea"), key: "area_codes", width: .fraction(0.14)) { .list($0.areaCodes ?? []) }
                    Column<TAArea>(text("col.status"), key: "status", width: .fraction(0.14), text: { _ in list.status.rawValue })
                        .displayed { _ in Text(common.label(list.status)) }
                    Column<TAArea>("", key: "list_is_exhaustive") { _ in list.listIsExhaustive.map(CellValue.bool) ?? .empty }.csvOnly()
                    Column<TAArea>("", key: "source_ids") { _ in .list(visit.sources.map(\.sourceId)) }.csvOnly()
                }
            }
        }
    }
}
