import BriefingModel
import Dossier

/// A counterpart with the group it was met in, for the meetings table.
struct CounterpartRow {
    let group: MeetingGroup
    let counterpart: Counterpart
}

extension VisitView {
    /// III. Meetings: one paragraph per meeting group (verbatim lead-in and counterparts), the V2 table, and a chart
    /// of the counterparts by category when there is more than one.
    @BlockBuilder var meetings: [Node] {
        if let groups = visit.meetingGroups, !groups.isEmpty {
            Section(text("section.meetings")) {
                Anchor(anchor("meetings"))
                for g in groups { Paragraph(meetingSentence(g)).numbered() }
                Table(groups.flatMap { g in g.counterparts.map { CounterpartRow(group: g, counterpart: $0) } },
                      id: "visit_meetings", caption: Text(text("meetings.table"))) {
                    Column<CounterpartRow>("", key: "visit_id", text: { _ in visit.id }).csvOnly()
                    Column<CounterpartRow>("", key: "group_id", text: { $0.group.id }).csvOnly()
                    Column<CounterpartRow>("", key: "group_seq") { .integer($0.group.seq) }.csvOnly()
                    Column<CounterpartRow>("", key: "seq") { .integer($0.counterpart.seq) }.csvOnly()
                    Column<CounterpartRow>(text("col.counterpart"), key: "counterpart", width: .fraction(0.42),
                                           text: { $0.counterpart.counterpart })
                    Column<CounterpartRow>(text("col.category"), key: "category", width: .fraction(0.2),
                                           text: { $0.counterpart.category.rawValue }).displayed { Text(common.label($0.counterpart.category)) }
                    Column<CounterpartRow>("", key: "organization", text: { r in
                        r.counterpart.organization ?? r.counterpart.organizationId.map(organizationName)
                    }).csvOnly()
                    Column<CounterpartRow>("", key: "subgroups") { .list($0.counterpart.subgroups ?? []) }.csvOnly()
                    Column<CounterpartRow>(text("col.level"), key: "level", width: .fraction(0.14),
                                           text: { $0.group.level?.rawValue }).displayed { Text($0.group.level.map { common.label($0) } ?? "") }
                    Column<CounterpartRow>(text("col.location"), key: "location", width: .fraction(0.24),
                                           text: { ($0.counterpart.location ?? $0.group.location)?.displayText })
                    Column<CounterpartRow>("", key: "date", text: { $0.group.date?.iso }).csvOnly()
                    Column<CounterpartRow>("", key: "group_topics") { .list($0.group.topics ?? []) }.csvOnly()
                    Column<CounterpartRow>("", key: "group_outcome", text: { $0.group.outcome }).csvOnly()
                    Column<CounterpartRow>("", key: "list_is_exhaustive") { r in
                        r.group.counterpartsListIsExhaustive.map(CellValue.bool) ?? .empty
                    }.csvOnly()
                    Column<CounterpartRow>("", key: "source_ids") { _ in .list(visit.sources.map(\.sourceId)) }.csvOnly()
                }
                let categories = groups.flatMap { $0.counterparts.map(\.category) }
                if Set(categories).count > 1 {
                    BarChart(Text(text("meetings.chart")), bars: CountChart.bars(categories, common))
                }
            }
        }
    }

    /// The lead-in and counterparts verbatim, then topics and outcome.
    private func meetingSentence(_ g: MeetingGroup) -> String {
        let names = common.list(g.counterparts.map(\.counterpart))
        let topics = common.list(g.topics ?? [])
        let separator = common("sentenceSeparator")
        var sentences: [String] = []
        // A lead-in that opens a dash ("officials – including") is closed by a dash before the topics.
        if let leadIn = g.leadIn, Self.opensDash(leadIn), !topics.isEmpty {
            sentences.append(text("meetings.leadInDashTopics", ["leadIn": leadIn, "counterparts": names, "topics": topics]))
        } else {
            sentences.append(g.leadIn.map { text("meetings.leadIn", ["leadIn": $0, "counterparts": names]) }
                             ?? common("sentence.fullStop", ["text": names]))
            if !topics.isEmpty { sentences.append(text("meetings.discussed", ["topics": topics])) }
        }
        if let outcome = g.outcome { sentences.append(outcome) }
        return sentences.joined(separator: separator)
    }

    /// Whether a lead-in opens a dash clause: an en dash (English, French, Spanish), an em dash (Russian) or a
    /// Chinese double dash.
    static func opensDash(_ leadIn: String) -> Bool { ["– ", "— ", "——"].contains { leadIn.contains($0) } }
}
