extension ValidationContext {
    /// Rules 1, 3, 4 and 5 of docs/input-contract.md for a visit-summary input.
    mutating func validateVisitSummary(_ input: VisitSummaryInput) {
        memberState(input.memberState, at: "memberState")
        for (index, organization) in input.organizations.enumerated() {
            let path = "organizations[\(index)]"
            reference(organization.parentId, to: .organization, at: path + ".parentId")
            date(organization.established, at: path + ".established")
            sourceRefs(organization.sources, at: path + ".sources")
        }
        for (index, person) in input.persons.enumerated() {
            let path = "persons[\(index)]"
            if person.titles.isEmpty { error(path + ".titles", "expected at least one title") }
            reference(person.organizationId, to: .organization, at: path + ".organizationId")
            sourceRefs(person.sources, at: path + ".sources")
        }
        visit(input.visit, at: "visit", summarized: true)
        if input.visit.memberStateId != input.memberState.id {
            error("visit.memberStateId", "expected the id of this bundle's memberState, \"\(input.memberState.id)\", found \"\(input.visit.memberStateId)\"")
        }
        guard let history = input.history else { return }
        for (index, engagement) in (history.engagement ?? []).enumerated() {
            let path = "history.engagement[\(index)]"
            reference(engagement.organizationId, to: .organization, at: path + ".organizationId")
            references(engagement.counterpartIds, to: .organization, at: path + ".counterpartIds")
        }
        for (index, visit) in (history.visits ?? []).enumerated() {
            self.visit(visit, at: "history.visits[\(index)]", summarized: false)
        }
        for (index, document) in (history.documents ?? []).enumerated() {
            self.document(document, at: "history.documents[\(index)]")
        }
        for (index, need) in (history.technicalAssistanceNeeds ?? []).enumerated() {
            technicalAssistanceNeed(need, at: "history.technicalAssistanceNeeds[\(index)]")
        }
    }

    mutating func memberState(_ state: MemberState, at path: String) {
        references(state.nationalCoordinatingBodyIds, to: .organization, at: path + ".nationalCoordinatingBodyIds")
        sourceRefs(state.sources, at: path + ".sources")
    }

    private mutating func visit(_ visit: Visit, at path: String, summarized: Bool) {
        reference(visit.memberStateId, to: .memberState, at: path + ".memberStateId")
        if visit.conductedBy.isEmpty { error(path + ".conductedBy", "expected at least one organization id") }
        references(visit.conductedBy, to: .organization, at: path + ".conductedBy")
        reference(visit.onBehalfOf, to: .organization, at: path + ".onBehalfOf")
        // A field the source does not state is not a fault of the data: only a stated value that contradicts the rule is.
        if visit.visitType.isAssessmentVisit, let stated = visit.onBehalfOf, stated != "ctc" {
            warning(path + ".onBehalfOf", "a \(visit.visitType.rawValue) visit is an assessment visit and should be "
                + "conducted on behalf of the Committee: expected \"ctc\", found \"\(stated)\"")
        }
        range(visit.period, at: path + ".period")
        yearAgrees(visit, at: path)
        for (index, component) in (visit.components ?? []).enumerated() {
            range(component.period, at: "\(path).components[\(index)].period")
        }
        delegation(visit.delegation, at: path + ".delegation", required: summarized)
        meetingGroups(visit.meetingGroups, at: path + ".meetingGroups")
        if let areas = visit.agreedTechnicalAssistanceAreas {
            let itemsPath = path + ".agreedTechnicalAssistanceAreas.items"
            unique(areas.items, \.id, field: "id", at: itemsPath)
            for (index, area) in areas.items.enumerated() {
                for (codeIndex, code) in (area.areaCodes ?? []).enumerated() {
                    areaCode(code, at: "\(itemsPath)[\(index)].areaCodes[\(codeIndex)]")
                }
                references(area.linkedNeedIds, to: .technicalAssistanceNeed, at: "\(itemsPath)[\(index)].linkedNeedIds")
            }
        }
        for (index, finding) in (visit.findings ?? []).enumerated() {
            areaCode(finding.areaCode, at: "\(path).findings[\(index)].areaCode")
            sourceRefs(finding.sourceRefs, at: "\(path).findings[\(index)].sourceRefs")
        }
        quotes(visit.quotes, at: path + ".quotes")
        for (index, related) in (visit.relatedVisits ?? []).enumerated() {
            reference(related.visitId, to: .visit, at: "\(path).relatedVisits[\(index)].visitId")
        }
        references(visit.previousVisitIds, to: .visit, at: path + ".previousVisitIds")
        reference(visit.reportDocumentId, to: .document, at: path + ".reportDocumentId")
        sourceRefs(visit.sources, at: path + ".sources")
    }

    /// Rule 5 of docs/input-contract.md: `year` lies within `period`.
    private mutating func yearAgrees(_ visit: Visit, at path: String) {
        guard let year = visit.year, let period = visit.period else { return }
        let starts = period.start?.year ?? year
        let ends = period.end?.year ?? year
        if year < starts || year > ends {
            error(path + ".year", "expected a year within the period (\(period.formatted)), found \(year)")
        }
    }

    /// Rule 3 of docs/input-contract.md, and at least one member for the visit being summarized.
    private mutating func delegation(_ members: [DelegationMember]?, at path: String, required: Bool) {
        if required && (members ?? []).isEmpty {
            error(path, "expected at least one delegation member for the visit being summarized")
        }
        unique(members, \.seq, field: "seq", at: path)
        for (index, member) in (members ?? []).enumerated() {
            let memberPath = "\(path)[\(index)]"
            if member.isNamed && member.personId == nil {
                error(memberPath + ".personId", "missing required field: a named delegation member (isNamed true) needs a personId")
            }
            if !member.isNamed && member.description == nil {
                error(memberPath + ".description", "missing required field: an unnamed delegation member (isNamed false) needs a description")
            }
            reference(member.personId, to: .person, at: memberPath + ".personId")
            reference(member.organizationId, to: .organization, at: memberPath + ".organizationId")
        }
    }

    private mutating func meetingGroups(_ groups: [MeetingGroup]?, at path: String) {
        unique(groups, \.id, field: "id", at: path)
        for (index, group) in (groups ?? []).enumerated() {
            let groupPath = "\(path)[\(index)]"
            if group.counterparts.isEmpty { error(groupPath + ".counterparts", "expected at least one counterpart") }
            unique(group.counterparts, \.seq, field: "seq", at: groupPath + ".counterparts")
            for (counterpartIndex, counterpart) in group.counterparts.enumerated() {
                reference(counterpart.organizationId, to: .organization,
                          at: "\(groupPath).counterparts[\(counterpartIndex)].organizationId")
            }
            date(group.date, at: groupPath + ".date")
        }
    }

    private mutating func quotes(_ quotes: [Quote]?, at path: String) {
        unique(quotes, \.seq, field: "seq", at: path)
        let seqs = Set((quotes ?? []).map(\.seq))
        for (index, quote) in (quotes ?? []).enumerated() {
            reference(quote.speakerPersonId, to: .person, at: "\(path)[\(index)].speakerPersonId")
            if let continued = quote.continuesQuoteSeq, !seqs.contains(continued) {
                error("\(path)[\(index)].continuesQuoteSeq", "expected the seq of a quote of this visit, found \(continued)")
            }
        }
    }

    private mutating func document(_ document: AssessmentDocument, at path: String) {
        reference(document.memberStateId, to: .memberState, at: path + ".memberStateId")
        reference(document.relatedVisitId, to: .visit, at: path + ".relatedVisitId")
        references(document.basedOnDocumentIds, to: .document, at: path + ".basedOnDocumentIds")
        reference(document.preparedBy, to: .organization, at: path + ".preparedBy")
        reference(document.approvedBy, to: .organization, at: path + ".approvedBy")
        date(document.approvedOn, at: path + ".approvedOn")
        date(document.sharedOn, at: path + ".sharedOn")
        references(document.needIds, to: .technicalAssistanceNeed, at: path + ".needIds")
        sourceRefs(document.sources, at: path + ".sources")
    }
}
