import BriefingModel
import Dossier

extension OIAView {
    /// V. Technical-assistance needs: table O3 and a chart of the needs by status.
    @BlockBuilder var technicalAssistanceNeeds: [Node] {
        if !needs.isEmpty {
            Section(text("section.needs")) {
                Paragraph(text("needs.intro", ["state": state])).numbered().keepWithNext()
                needsTable
                if needs.count > 1 {
                    BarChart(Text(text("chart.needsByStatus")), bars: CountChart.bars(needs.map(\.status), common))
                }
            }
        }
    }

    @BlockBuilder private var needsTable: [Node] {
        Table(needs, id: "oia_ta_needs", caption: Text(text("table.O3"))) {
            Column<TechnicalAssistanceNeed>("", key: "member_state_id", text: { _ in oia.memberStateId }).csvOnly()
            Column<TechnicalAssistanceNeed>("", key: "oia_id", text: { _ in oia.id }).csvOnly()
            Column<TechnicalAssistanceNeed>(text("col.no"), key: "no", width: .fraction(0.05), alignment: .start) {
                .integer(needNumber($0.id) ?? 0)
            }.pdfOnly()
            Column<TechnicalAssistanceNeed>("", key: "need_id", text: { $0.id }).csvOnly()
            Column<TechnicalAssistanceNeed>("", key: "label", text: { $0.label }).csvOnly()
            Column<TechnicalAssistanceNeed>("", key: "area_code", text: { $0.areaCode }).csvOnly()
            Column<TechnicalAssistanceNeed>(text("col.need"), key: "text", width: .fraction(0.24), text: { $0.text })
                .displayed { n in Text((n.label.map { $0 + " " } ?? "") + n.text) }
            Column<TechnicalAssistanceNeed>(text("col.area"), key: "area", width: .fraction(0.20),
                                            text: { areaLabel($0.areaCode) }).pdfOnly()
            Column<TechnicalAssistanceNeed>("", key: "is_priority") { .bool($0.isPriority) }.csvOnly()
            Column<TechnicalAssistanceNeed>(text("col.priority"), key: "priority", width: .fraction(0.09),
                                            text: { $0.priority?.rawValue }).displayed { Text($0.priority.map { common.label($0) } ?? "") }
            Column<TechnicalAssistanceNeed>(text("col.status"), key: "status", width: .fraction(0.12), text: { $0.status.rawValue })
                .displayed { Text(common.label($0.status)) }
            Column<TechnicalAssistanceNeed>(text("col.sharedWithOn"), key: "shared_with", width: .fraction(0.15),
                                            text: { $0.sharedWith }).displayed { Text(sharedText($0)) }
            Column<TechnicalAssistanceNeed>("", key: "shared_on") { $0.sharedOn.map { CellValue.date($0.iso) } ?? .empty }.csvOnly()
            Column<TechnicalAssistanceNeed>("", key: "agreed_at_visit_id", text: { $0.agreedAtVisitId }).csvOnly()
            Column<TechnicalAssistanceNeed>("", key: "linked_recommendation_ids") { .list($0.linkedRecommendationIds ?? []) }.csvOnly()
            Column<TechnicalAssistanceNeed>(text("col.providers"), key: "candidate_providers", width: .fraction(0.15)) {
                .list(($0.candidateProviders ?? []).map(providerText))
            }
            Column<TechnicalAssistanceNeed>("", key: "provenance", text: { $0.provenance?.rawValue }).csvOnly()
        }
    }

    /// "Permanent Mission of Kenya to the United Nations, 2017".
    private func sharedText(_ n: TechnicalAssistanceNeed) -> String {
        switch (n.sharedWith, n.sharedOn) {
        case let (with?, on?): text("needs.sharedWithOn", ["with": with, "date": common.date(on)])
        case let (with?, nil): with
        case let (nil, on?): common.date(on)
        case (nil, nil): ""
        }
    }

    /// "United Nations Office of Counter-Terrorism (United Nations Countering Terrorist Travel Programme)".
    private func providerText(_ p: CandidateProvider) -> String {
        let name = p.organizationName ?? p.organizationId.map { set.organization(id: $0)?.name ?? $0 }
        switch (name, p.programme) {
        case let (name?, programme?): return text("needs.providerProgramme", ["organization": name, "programme": programme])
        case let (name?, nil): return name
        case let (nil, programme?): return programme
        case (nil, nil): return ""
        }
    }

    /// VI. Capacity to assist: bullets.
    @BlockBuilder var capacityToAssist: [Node] {
        let items = (oia.capacityToAssist ?? []).sorted { $0.seq < $1.seq }
        if !items.isEmpty {
            Section(text("section.capacity")) {
                Paragraph(text("capacity.intro", ["state": state])).numbered().keepWithNext()
                List(.bullet("•"), items: items.map { Text($0.text) })
            }
        }
    }

    /// VII. Observations of the Member State, verbatim, with "[Original: …]" when the language differs.
    @BlockBuilder var observations: [Node] {
        Section(text("section.observations", ["state": state])) {
            if let obs = oia.stateObservations {
                Paragraph(observationsIntro(obs)).numbered().keepWithNext()
                if let lang = obs.originalLanguage, lang != input.resolvedMeta.language {
                    Paragraph(text("observations.original", ["language": common.label(lang)])).alignment(.center).keepWithNext()
                }
                for p in obs.text.components(separatedBy: "\n\n") { Paragraph(p).indent(18) }
            } else {
                Paragraph(text("observations.none", ["state": state, "date": common.date(oia.asOf)])).numbered()
            }
        }
    }

    private func observationsIntro(_ obs: StateObservations) -> String {
        guard let d = obs.receivedOn else { return text("observations.intro", ["state": state]) }
        return text("observations.introReceived", ["state": state, "date": common.date(d)])
    }
}
