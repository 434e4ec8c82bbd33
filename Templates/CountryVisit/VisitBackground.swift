import BriefingModel
import Dossier

extension VisitView {
    var history: History? { input.history }
    var previousVisits: [Visit] { (history?.visits ?? []).sorted { ($0.knownYear ?? 0) < ($1.knownYear ?? 0) } }

    /// VI. Background and previous engagement: previous visits, approvals, engagement, the priority list, a timeline
    /// of it all ending with this visit, V4 table.
    @BlockBuilder var background: [Node] {
        if history != nil || !(visit.previousVisitIds ?? []).isEmpty {
            Section(text("section.background")) {
                for org in visit.conductedBy.compactMap({ set.organization(id: $0) ?? input.organization(id: $0) }) {
                    if let description = org.description { Paragraph(description).numbered() }
                }
                if !previousVisits.isEmpty { Paragraph(previousVisitsSentence).numbered() }
                for d in (history?.documents ?? []) where d.approvedOn != nil { Paragraph(approvalSentence(d)).numbered() }
                for e in history?.engagement ?? [] { Paragraph(e.text).numbered() }
                for list in (history?.documents ?? []) where list.kind == .priorityTANeedsList {
                    priorityList(list)
                }
                if timelineEvents.count > 2 { Timeline(Text(text("timeline.title", ["state": state])), events: timelineEvents) }
                if !previousVisits.isEmpty { visitHistoryTable }
            }
        }
    }

    /// Previous visits, approvals and shared documents in date order (partial dates placed within their year:
    /// "early 2017" before "2017"), then this visit; undated events keep their order before this visit.
    var timelineEvents: [TimelineEvent] {
        var dated: [(key: Double, event: TimelineEvent)] = []
        var undated: [TimelineEvent] = []
        for v in previousVisits {
            if let year = v.knownYear { dated.append((Double(year) + 0.5, TimelineEvent(common.date(PartialDate(year: year)), common.label(v.visitType)))) }
            else { undated.append(TimelineEvent(common("notStated"), common.label(v.visitType))) }
        }
        for d in history?.documents ?? [] {
            if let on = d.approvedOn {
                dated.append((Self.position(on), TimelineEvent(common.date(on), text("timeline.approved", ["document": common.label(d.kind)]))))
            }
            if let on = d.sharedOn {
                dated.append((Self.position(on), TimelineEvent(common.date(on), text("timeline.shared", ["document": common.label(d.kind)]))))
            }
        }
        let now = TimelineEvent(visit.knownYear.map { common.date(PartialDate(year: $0)) } ?? text("timeline.thisVisit"), common.label(visit.visitType))
        return dated.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }.map(\.element.event)
            + undated + [now]
    }

    /// A partial date as a point in time for ordering: the year, plus the month or "early", "mid", "late".
    private static func position(_ d: PartialDate) -> Double {
        if let month = d.month { return Double(d.year) + (Double(month) - 0.5) / 12 }
        switch d.qualifier {
        case .early?: return Double(d.year) + 0.2
        case .late?: return Double(d.year) + 0.8
        default: return Double(d.year) + 0.5
        }
    }

    private var previousVisitsSentence: String {
        let entities = common.list(Set(previousVisits.flatMap(\.conductedBy)).sorted().map(acronymOrName))
        let items = previousVisits.map { v in
            let type = common.label(v.visitType).lowercased()
            return v.knownYear.map { text("background.visitItem", ["type": type, "year": common.date(PartialDate(year: $0))]) }
                ?? text("background.visitItemUndated", ["type": type])
        }
        return text("background.visits", ["entity": entities, "state": state, "visits": common.list(items)])
    }

    private func approvalSentence(_ d: AssessmentDocument) -> String {
        let values = ["document": d.description ?? d.title ?? d.id, "body": d.approvedBy.map(organizationName) ?? ""]
        guard let on = d.approvedOn else { return text("background.approvedUndated", values) }
        return text("background.approved", values.merging(["date": common.date(on)]) { $1 })
    }

    @BlockBuilder private func priorityList(_ list: AssessmentDocument) -> [Node] {
        let doc = (list.description ?? list.title ?? list.id)
        let basis = (list.basedOnDocumentIds ?? []).compactMap { input.document(id: $0) }.map { midSentence($0.description ?? $0.title ?? $0.id) }
        let shared = ["document": doc.prefix(1).uppercased() + doc.dropFirst(), "recipient": list.sharedWith ?? ""]
        let sentences = [list.sharedOn.map { text("background.listShared", shared.merging(["date": common.date($0)]) { $1 }) }
                            ?? text("background.listSharedUndated", shared),
                         basis.isEmpty ? nil : text("background.basedOn", ["documents": common.list(basis)]),
                         text(list.listIsExhaustive == false ? "background.listIncludes" : "background.listIncludesExhaustive")]
        Paragraph(sentences.compactMap { $0 }.joined(separator: common("sentenceSeparator"))).numbered().keepWithNext()
        List(.custom) {
            for need in (list.needIds ?? []).compactMap({ input.technicalAssistanceNeed(id: $0) }) {
                ListItem(Text(need.text) + Text(common("sentenceSeparator"))
                         + Text(text("background.needStatus", ["status": common.label(need.status).lowercased()])).italic(), label: need.label)
            }
        }
    }

    @BlockBuilder private var visitHistoryTable: [Node] {
        Table(previousVisits + [visit], id: "visit_history", caption: Text(text("background.table"))) {
            Column<Visit>("", key: "member_state_id", text: { $0.memberStateId }).csvOnly()
            Column<Visit>("", key: "visit_id", text: { $0.id }).csvOnly()
            Column<Visit>(text("col.visitType"), key: "visit_type", width: .fraction(0.26), text: { $0.visitType.rawValue })
                .displayed { Text($0.sequenceLabel.map { s in s.prefix(1).uppercased() + s.dropFirst() } ?? common.label($0.visitType)) }
            Column<Visit>("", key: "sequence_label", text: { $0.sequenceLabel }).csvOnly()
            Column<Visit>("", key: "modality", text: { $0.modality?.rawValue }).csvOnly()
            Column<Visit>(text("col.year"), key: "year", width: .fraction(0.12)) { v in v.knownYear.map(CellValue.integer) ?? .empty }
                .displayed { v in Text(v.knownYear.map { common.date(PartialDate(year: $0)) } ?? common("notStated")) }
            Column<Visit>("", key: "start_date", text: { $0.period?.start?.iso }).csvOnly()
            Column<Visit>("", key: "end_date", text: { $0.period?.end?.iso }).csvOnly()
            Column<Visit>(text("col.conductedBy"), key: "conducted_by", width: .fraction(0.22)) { .list($0.conductedBy) }
                .displayed { Text(common.list($0.conductedBy.map(acronymOrName))) }
            Column<Visit>("", key: "on_behalf_of", text: { $0.onBehalfOf }).csvOnly()
            Column<Visit>(text("col.status"), key: "status", width: .fraction(0.14), text: { $0.status.rawValue })
                .displayed { Text(common.label($0.status)) }
            Column<Visit>(text("col.report"), key: "report_document_id", width: .fraction(0.26), text: { $0.reportDocumentId })
                .displayed { v in Text(reportText(v)) }
            Column<Visit>("", key: "report_approved_by", text: { report($0)?.approvedBy }).csvOnly()
            Column<Visit>("", key: "report_approved_on", text: { report($0)?.approvedOn?.iso }).csvOnly()
            Column<Visit>("", key: "report_approved_on_qualifier", text: { report($0)?.approvedOn?.qualifier?.rawValue }).csvOnly()
            Column<Visit>("", key: "source_ids") { .list($0.sources.map(\.sourceId)) }.csvOnly()
        }
    }

    private func report(_ v: Visit) -> AssessmentDocument? { v.reportDocumentId.flatMap { input.document(id: $0) } }

    private func reportText(_ v: Visit) -> String {
        guard let r = report(v) else { return "" }
        return r.approvedOn.map { text("history.reportApproved", ["date": common.date($0)]) } ?? text("history.report")
    }

    /// A description written to open a sentence ("The country visit report …"), as it reads inside one: an opening
    /// article in lower case; anything else (a name, an acronym) as it is.
    private func midSentence(_ s: String) -> String {
        guard common.language == "en" else { return s }
        for article in ["The ", "A ", "An "] where s.hasPrefix(article) { return article.lowercased() + s.dropFirst(article.count) }
        return s
    }
}
