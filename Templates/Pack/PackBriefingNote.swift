import BriefingModel
import Dossier

extension PackView {
    /// The briefing note: what is new first (S/2010/507), then purpose, background, status and the asks.
    @BlockBuilder var briefingNote: [Node] {
        Heading(text("note.title"), level: 1).excludedFromContents().fontSize(15)
        let note = pack.briefingNote
        Section(text("note.purpose")) { Paragraph(note.purpose).numbered() }
        if let new = note.newSinceLastConsideration, !new.isEmpty {
            Section(text("note.new")) { for p in new { Paragraph(p.text).numbered() } }
        }
        Section(text("note.background")) { for p in note.background { Paragraph(p.text).numbered() } }
        Section(text("note.status")) {
            for p in note.currentStatus ?? [] { Paragraph(p.text).numbered() }
            statusTable
        }
        asks(note)
    }

    @BlockBuilder private func asks(_ note: BriefingNote) -> [Node] {
        if let k = note.keyIssues, !k.isEmpty { Section(text("note.keyIssues")) { for p in k { Paragraph(p.text).numbered() } } }
        if let k = note.pointsForDiscussion, !k.isEmpty { Section(text("note.points")) { for p in k { Paragraph(p.text).numbered() } } }
        if let k = note.options, !k.isEmpty { Section(text("note.options")) { for p in k { Paragraph(p.text).numbered() } } }
        if let a = note.recommendedAction { Section(text("note.action")) { Paragraph(a).numbered() } }
        if let c = note.contact { Section(text("note.contact")) { Paragraph(c) } }
    }

    /// One row per State: last visit, OIA date, open high-priority recommendations, needs by status.
    private var statusTable: Table {
        Table(pack.memberStateIds, id: "pack_current_status", caption: Text(text("note.statusCaption")), annex: false) {
            Column<String>(text("col.state"), key: "member_state_id", width: .fraction(0.16), text: { set.memberState(id: $0)?.shortName ?? $0 })
            Column<String>(text("status.lastVisit"), key: "last_visit", width: .fraction(0.24), text: { lastVisit($0) })
            Column<String>(text("status.oiaAsOf"), key: "oia_as_of", width: .fraction(0.14), text: { oia(of: $0).map { common.date($0.oia.asOf) } })
            Column<String>(text("status.openHigh"), key: "open_high", width: .fraction(0.16)) { id in
                .integer((oia(of: id)?.oia.priorityRecommendations ?? []).filter {
                    $0.priority == .high && ![.implemented, .superseded].contains($0.status)
                }.count)
            }
            Column<String>(text("status.needs"), key: "needs_by_status", width: .fraction(0.3)) { .list(needsByStatus($0)) }
        }
    }

    func oia(of stateId: String) -> OIAInput? { oias.first { $0.oia.memberStateId == stateId } }

    private func lastVisit(_ stateId: String) -> String? {
        let visits = set.visits.values.filter { $0.memberStateId == stateId }
        guard let last = visits.max(by: { ($0.knownYear ?? 0, $0.id) < ($1.knownYear ?? 0, $1.id) }) else { return nil }
        let type = common.label(last.visitType)
        return last.knownYear.map { text("status.lastVisitValue", ["type": type, "year": common.date(PartialDate(year: $0))]) }
            ?? text("status.lastVisitUndated", ["type": type])
    }

    private func needsByStatus(_ stateId: String) -> [String] {
        let needs = oia(of: stateId)?.oia.technicalAssistanceNeeds ?? []
        let counts = Dictionary(grouping: needs, by: \.status).mapValues(\.count)
        return TANeedStatus.allCases.compactMap { s in counts[s].map { common.labelled(common.label(s), common.number($0)) } }
    }
}
