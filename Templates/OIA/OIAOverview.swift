import BriefingModel
import Dossier

extension OIAView {
    /// I. Implementation overview: table O1 (status by thematic area) and the legend of the status labels.
    @BlockBuilder var overview: [Node] {
        if !oia.thematicAssessments.isEmpty {
            Section(text("section.overview")) {
                Paragraph(text("overview.intro", ["state": state, "date": common.date(oia.asOf)])).numbered().keepWithNext()
                thematicStatusTable
                statusLegend
            }
        }
    }

    @BlockBuilder private var thematicStatusTable: [Node] {
        Table(assessmentsInCatalogueOrder, id: "oia_thematic_status", caption: Text(text("table.O1"))) {
            Column<ThematicAssessment>("", key: "member_state_id", text: { _ in oia.memberStateId }).csvOnly()
            Column<ThematicAssessment>("", key: "oia_id", text: { _ in oia.id }).csvOnly()
            Column<ThematicAssessment>("", key: "as_of") { _ in .date(oia.asOf.iso) }.csvOnly()
            Column<ThematicAssessment>("", key: "area_code", text: { $0.areaCode }).csvOnly()
            Column<ThematicAssessment>(text("col.area"), key: "area_label", width: .fraction(0.32),
                                       text: { areaLabel($0.areaCode) })
            Column<ThematicAssessment>(text("col.resolutions"), key: "resolutions", width: .fraction(0.13)) {
                .list(resolutions($0.areaCode).map(\.numberForm))
            }.displayed { Text(resolutions($0.areaCode).map { common.resolutionNumber($0).replacingOccurrences(of: " ", with: "\u{00A0}") }
                                  .joined(separator: "\n")) }
            Column<ThematicAssessment>(text("col.status"), key: "status", width: .fraction(0.19), text: { $0.status.rawValue })
                .displayed { Text(common.label($0.status)) }.shaded { $0.status.shade }
            Column<ThematicAssessment>("", key: "status_label", text: { $0.status.label }).csvOnly()
            Column<ThematicAssessment>("", key: "progress_count") { .integer($0.progress?.count ?? 0) }.csvOnly()
            Column<ThematicAssessment>("", key: "shortfall_count") { .integer($0.shortfalls?.count ?? 0) }.csvOnly()
            Column<ThematicAssessment>("", key: "good_practice_count") { .integer($0.goodPractices?.count ?? 0) }.csvOnly()
            Column<ThematicAssessment>("", key: "recommendation_ids") { .list($0.recommendationIds ?? []) }.csvOnly()
            Column<ThematicAssessment>("", key: "ta_need_ids") { .list($0.taNeedIds ?? []) }.csvOnly()
            Column<ThematicAssessment>("", key: "provenance", text: { $0.provenance?.rawValue }).csvOnly()
            Column<ThematicAssessment>(text("col.keyShortfall"), key: "key_shortfall", width: .fraction(0.36),
                                       text: { keyShortfall($0) }).pdfOnly()
        }
    }

    /// The area's entry in the top shortfalls, else its first shortfall.
    func keyShortfall(_ a: ThematicAssessment) -> String? {
        let top = (oia.topShortfalls ?? []).sorted { $0.seq < $1.seq }.first { $0.areaCode == a.areaCode }
        return top?.text ?? a.shortfalls?.first?.text
    }

    /// The five status labels with their meaning: the table prints labels, on shades that only help the eye.
    @BlockBuilder private var statusLegend: [Node] {
        KeepTogether {
            Paragraph(Text(text("legend.heading")).bold()).fontSize(9).spaceBefore(2).spaceAfter(2).keepWithNext()
            for status in ImplementationStatus.allCases {
                Paragraph(common.labelled(common.label(status), Text(text("legend." + status.rawValue))))
                    .fontSize(9).alignment(.start).indent(12).spaceAfter(1)
            }
        }
    }
}
