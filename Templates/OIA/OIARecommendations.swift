import BriefingModel
import Dossier

extension OIAView {
    /// III. Top shortfalls and concerns: a boxed numbered list.
    @BlockBuilder var topShortfalls: [Node] {
        let items = (oia.topShortfalls ?? []).sorted { $0.seq < $1.seq }
        if !items.isEmpty {
            Section(text("section.topShortfalls")) {
                Paragraph(text("topShortfalls.intro", ["state": state])).numbered().keepWithNext()
                Box(border: Stroke(width: 0.6, color: .gray(0.35)), background: .gray(0.955),
                    padding: EdgeInsets(vertical: 8, horizontal: 10), spacing: 8) {
                    List(.numbered) {
                        for item in items {
                            ListItem {
                                Paragraph(item.text)
                                Paragraph(areaLabel(item.areaCode)).fontSize(9).alignment(.start).color(.gray(0.3))
                            }
                        }
                    }
                }
            }
        }
    }

    /// IV. Priority recommendations: table O2 and a chart of the recommendations by status.
    @BlockBuilder var priorityRecommendations: [Node] {
        if !recommendations.isEmpty {
            Section(text("section.recommendations")) {
                Paragraph(text("recommendations.intro", ["state": state])).numbered().keepWithNext()
                recommendationsTable
                if recommendations.count > 1 {
                    BarChart(Text(text("chart.recommendationsByStatus")), bars: CountChart.bars(recommendations.map(\.status), common))
                }
            }
        }
    }

    @BlockBuilder private var recommendationsTable: [Node] {
        Table(recommendations, id: "oia_recommendations", caption: Text(text("table.O2"))) {
            Column<Recommendation>("", key: "member_state_id", text: { _ in oia.memberStateId }).csvOnly()
            Column<Recommendation>("", key: "oia_id", text: { _ in oia.id }).csvOnly()
            Column<Recommendation>(text("col.no"), key: "no", width: .fraction(0.05), alignment: .start) {
                .integer(recommendationNumber($0.id) ?? 0)
            }.pdfOnly()
            Column<Recommendation>("", key: "recommendation_id", text: { $0.id }).csvOnly()
            Column<Recommendation>("", key: "area_code", text: { $0.areaCode }).csvOnly()
            Column<Recommendation>(text("col.recommendation"), key: "text", width: .fraction(0.26), text: { $0.text })
            Column<Recommendation>(text("col.area"), key: "area", width: .fraction(0.19), text: { areaLabel($0.areaCode) }).pdfOnly()
            Column<Recommendation>("", key: "is_priority") { .bool($0.isPriority) }.csvOnly()
            Column<Recommendation>(text("col.priority"), key: "priority", width: .fraction(0.09), text: { $0.priority?.rawValue })
                .displayed { Text($0.priority.map { common.label($0) } ?? "") }
            Column<Recommendation>(text("col.origin"), key: "origin_document_id", width: .fraction(0.11),
                                   text: { $0.originDocumentId }).displayed { Text($0.originDocumentId.map(documentShortName) ?? "") }
            Column<Recommendation>(text("col.endorsed"), key: "endorsed_by_state", width: .fraction(0.10)) {
                $0.endorsedByState.map(CellValue.bool) ?? .empty
            }.displayed { Text($0.endorsedByState.map { common($0 ? "yes" : "no") } ?? "") }   // "Yes" in every language otherwise
            Column<Recommendation>(text("col.status"), key: "status", width: .fraction(0.12), text: { $0.status.rawValue })
                .displayed { Text(common.label($0.status)) }
            Column<Recommendation>(text("col.asOf"), key: "status_as_of", width: .fraction(0.08)) { .date($0.statusAsOf.iso) }
                .displayed { Text(common.date($0.statusAsOf)) }
            Column<Recommendation>("", key: "due_by") { $0.dueBy.map { CellValue.date($0.iso) } ?? .empty }.csvOnly()
            Column<Recommendation>("", key: "linked_ta_need_ids") { .list($0.linkedTANeedIds ?? []) }.csvOnly()
            Column<Recommendation>("", key: "provenance", text: { $0.provenance?.rawValue }).csvOnly()
        }
    }

    /// "Visit report (2016)" for a loaded document, else its id.
    func documentShortName(_ id: String) -> String {
        // An unresolved id may break after its hyphens in the narrow column (zero-width spaces, print only).
        guard let d = set.document(id: id) else { return id.replacingOccurrences(of: "-", with: "-\u{200B}") }
        let year = d.relatedVisitId.flatMap { set.visit(id: $0)?.knownYear } ?? d.approvedOn?.year
        return year.map { text("origin.withYear", ["kind": common.label(d.kind), "year": "\($0)"]) } ?? common.label(d.kind)
    }
}
