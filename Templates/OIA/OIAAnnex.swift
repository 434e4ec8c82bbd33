import BriefingModel
import Dossier

/// One status change with the recommendation it belongs to (a row of table O4).
struct StatusChangeRow {
    let recommendation: Recommendation
    let change: StatusChange
}

extension OIAView {
    var statusChanges: [StatusChangeRow] {
        recommendations.flatMap { r in (r.statusHistory ?? []).map { StatusChangeRow(recommendation: r, change: $0) } }
    }

    /// Annex: table O4, the status history of the recommendations. When there is none, a sentence is printed
    /// and the table is exported only (CSV with its header row), not drawn.
    @BlockBuilder var annex: [Node] {
        let rows = statusChanges
        Section(text("annex.heading")) {
            if rows.isEmpty {
                Paragraph(text("annex.none"))
            }
            statusHistoryTable(rows)
        }.unnumbered().startsOnNewPage(!rows.isEmpty)
    }

    private func statusHistoryTable(_ rows: [StatusChangeRow]) -> Table {
        let table = Table(rows, id: "oia_recommendation_status_history", caption: Text(text("table.O4"))) {
            Column<StatusChangeRow>(text("col.recommendationNo"), key: "recommendation_id", width: .fraction(0.17),
                                    text: { $0.recommendation.id })
                .displayed { Text(text("annex.recommendationRef", ["no": recommendationNumber($0.recommendation.id).map(String.init) ?? $0.recommendation.id])) }
            Column<StatusChangeRow>(text("col.changedOn"), key: "changed_on", width: .fraction(0.12)) { .date($0.change.changedOn.iso) }
                .displayed { Text(common.date($0.change.changedOn)) }
            Column<StatusChangeRow>(text("col.fromStatus"), key: "from_status", width: .fraction(0.15),
                                    text: { $0.change.fromStatus?.rawValue }).displayed { Text($0.change.fromStatus.map { common.label($0) } ?? "") }
            Column<StatusChangeRow>(text("col.toStatus"), key: "to_status", width: .fraction(0.15),
                                    text: { $0.change.toStatus.rawValue }).displayed { Text(common.label($0.change.toStatus)) }
            Column<StatusChangeRow>(text("col.evidence"), key: "evidence_ref", width: .fraction(0.17),
                                    text: { $0.change.evidenceRef })
            Column<StatusChangeRow>(text("col.note"), key: "note", width: .fraction(0.24), text: { $0.change.note })
            Column<StatusChangeRow>("", key: "provenance", text: { r in
                (r.change.provenance ?? r.recommendation.provenance)?.rawValue
            }).csvOnly()
        }
        return rows.isEmpty ? table.csvOnly() : table
    }
}
