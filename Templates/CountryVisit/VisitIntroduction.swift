import BriefingModel
import Dossier

extension VisitView {
    /// I. Introduction: framing, legal framework, invitation, dates, objectives, status.
    @BlockBuilder var introduction: [Node] {
        Section(text("section.introduction")) {
            for f in visit.framing ?? [] { Paragraph(f).numbered() }
            if let lf = visit.legalFramework { legalFramework(lf) }
            if visit.atInvitationOfGovernment == true { Paragraph(text("intro.invitation", ["state": state])).numbered() }
            Paragraph(hasDates ? text("intro.dates", ["dates": datesText]) : text("intro.datesNotStated")).numbered()
            if let objectives = visit.objectives, !objectives.isEmpty {
                Paragraph(text("intro.objectives")).numbered().keepWithNext()
                List(common.subparagraphMarker, items: objectives.map { Text($0) })
            }
            Paragraph(text("intro.status", ["status": common.label(visit.status).lowercased()])).numbered()
        }
    }

    /// The legal framework, verbatim, with the resolutions' symbols in a footnote (UN citation practice).
    @BlockBuilder private func legalFramework(_ lf: LegalFramework) -> [Node] {
        if let t = lf.text {
            let symbols = (lf.resolutions ?? []).map(\.symbol)
            if symbols.isEmpty {
                Paragraph(t).numbered()
            } else {
                Paragraph(Text(t) + Text.footnote(Text(common("sentence.fullStop", ["text": common.list(symbols)])))).numbered()
            }
        }
    }

    /// II. Composition of the delegation: sentences, then the V1 table.
    @BlockBuilder var delegation: [Node] {
        if let members = visit.delegation, !members.isEmpty {
            Section(text("section.delegation")) {
                for sentence in delegationSentences(members) { Paragraph(sentence).numbered() }
                Table(members, id: "visit_delegation", caption: Text(text("table.delegation"))) {
                    Column<DelegationMember>("", key: "visit_id", text: { _ in visit.id }).csvOnly()
                    Column<DelegationMember>("", key: "seq") { .integer($0.seq) }.csvOnly()
                    Column<DelegationMember>("", key: "is_named") { .bool($0.isNamed) }.csvOnly()
                    Column<DelegationMember>("", key: "honorific", text: { person($0)?.honorific }).csvOnly()
                    Column<DelegationMember>(text("col.name"), key: "name", width: .fraction(0.24),
                                             text: { person($0)?.name }).displayed { m in Text(memberName(m)) }
                    Column<DelegationMember>("", key: "description", text: { $0.description }).csvOnly()
                    Column<DelegationMember>(text("col.title"), key: "titles", width: .fraction(0.42)) { m in
                        .list(person(m)?.titles ?? [])
                    }.displayed { m in Text((person(m)?.titles ?? []).joined(separator: common("separator.semicolon"))) }
                    Column<DelegationMember>("", key: "organization_id", text: { $0.organizationId }).csvOnly()
                    Column<DelegationMember>(text("col.entity"), key: "organization_name", width: .fraction(0.2),
                                             text: { organizationName($0.organizationId) })
                        .displayed { Text(acronymOrName($0.organizationId)) }
                    Column<DelegationMember>(text("col.role"), key: "role", width: .fraction(0.14), text: { $0.role.rawValue })
                        .displayed { Text(common.label($0.role)) }
                    Column<DelegationMember>("", key: "source_ids") { _ in .list(visit.sources.map(\.sourceId)) }.csvOnly()
                }
            }
        }
    }

    func person(_ m: DelegationMember) -> Person? { m.personId.flatMap { set.person(id: $0) ?? input.person(id: $0) } }

    func memberName(_ m: DelegationMember) -> String {
        if let p = person(m) { return common.person(p) }
        return m.description.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? ""
    }

    /// "The delegation was co-led by Mr. A, title, and Ms. B, title." and the other members.
    private func delegationSentences(_ members: [DelegationMember]) -> [String] {
        func describe(_ m: DelegationMember) -> String {
            if let p = person(m) { return ([common.person(p)] + p.titles).joined(separator: common("separator.comma")) }
            return m.description ?? ""
        }
        let leads = members.filter { $0.role == .head || $0.role == .coHead }
        let others = members.filter { $0.role != .head && $0.role != .coHead }
        var out: [String] = []
        if !leads.isEmpty {
            let key = leads.count > 1 ? "delegation.coHeads" : "delegation.head"
            out.append(text(key, ["names": common.list(leads.map(describe))]))
        }
        if !others.isEmpty { out.append(text("delegation.members", ["names": common.list(others.map(describe))])) }
        return out
    }
}
