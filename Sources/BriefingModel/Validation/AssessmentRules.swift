extension ValidationContext {
    /// Rules 1, 2 and 5 of docs/input-contract.md and the adoption date for an OIA input.
    mutating func validateOIA(_ input: OIAInput) {
        let oia = input.oia
        memberState(input.memberState, at: "memberState")
        for (index, area) in (input.thematicAreas ?? []).enumerated() {
            if let pillar = area.strategyPillar, !(1...4).contains(pillar) {
                error("thematicAreas[\(index)].strategyPillar", "expected a pillar from 1 to 4, found \(pillar)")
            }
        }
        reference(oia.memberStateId, to: .memberState, at: "oia.memberStateId")
        if oia.memberStateId != input.memberState.id {
            error("oia.memberStateId", "expected the id of this bundle's memberState, \"\(input.memberState.id)\", found \"\(oia.memberStateId)\"")
        }
        date(oia.asOf, at: "oia.asOf")
        date(oia.adoptedOn, at: "oia.adoptedOn")
        if oia.status == .adoptedByCommittee && oia.adoptedOn == nil {
            error("oia.adoptedOn", "missing required field: an OIA with status adoptedByCommittee needs adoptedOn")
        }
        for (index, fact) in (oia.fastFacts ?? []).enumerated() {
            sourceRefs(fact.sourceRefs, at: "oia.fastFacts[\(index)].sourceRefs")
        }
        thematicAssessments(oia.thematicAssessments)
        if let shortfalls = oia.topShortfalls {
            if shortfalls.count > 5 {
                error("oia.topShortfalls", "expected at most 5 top shortfalls, found \(shortfalls.count)")
            }
            for (index, shortfall) in shortfalls.enumerated() {
                areaCode(shortfall.areaCode, at: "oia.topShortfalls[\(index)].areaCode")
            }
        }
        for (index, recommendation) in (oia.priorityRecommendations ?? []).enumerated() {
            self.recommendation(recommendation, at: "oia.priorityRecommendations[\(index)]")
        }
        for (index, need) in (oia.technicalAssistanceNeeds ?? []).enumerated() {
            technicalAssistanceNeed(need, at: "oia.technicalAssistanceNeeds[\(index)]")
        }
        date(oia.stateObservations?.receivedOn, at: "oia.stateObservations.receivedOn")
        references(oia.relatedDocumentIds, to: .document, at: "oia.relatedDocumentIds")
    }

    /// Rule 2 of docs/input-contract.md: each area assessed at most once; links and evidence resolve.
    private mutating func thematicAssessments(_ assessments: [ThematicAssessment]) {
        unique(assessments, \.areaCode, field: "areaCode", at: "oia.thematicAssessments")
        for (index, assessment) in assessments.enumerated() {
            let path = "oia.thematicAssessments[\(index)]"
            areaCode(assessment.areaCode, at: path + ".areaCode")
            for (kind, statements) in [("progress", assessment.progress), ("shortfalls", assessment.shortfalls),
                                       ("goodPractices", assessment.goodPractices)] {
                for (statementIndex, statement) in (statements ?? []).enumerated() {
                    sourceRefs(statement.sourceRefs, at: "\(path).\(kind)[\(statementIndex)].sourceRefs")
                }
            }
            for (evidenceIndex, evidence) in (assessment.evidence ?? []).enumerated() {
                self.evidence(evidence, at: "\(path).evidence[\(evidenceIndex)]")
            }
            references(assessment.recommendationIds, to: .recommendation, at: path + ".recommendationIds")
            references(assessment.taNeedIds, to: .technicalAssistanceNeed, at: path + ".taNeedIds")
        }
    }

    /// A quote is cited by `visitId` and `quoteSeq`, a document by `documentId`.
    private mutating func evidence(_ evidence: Evidence, at path: String) {
        switch evidence.kind {
        case .quote:
            if evidence.visitId == nil { error(path + ".visitId", "missing required field: quote evidence needs visitId") }
            if evidence.quoteSeq == nil { error(path + ".quoteSeq", "missing required field: quote evidence needs quoteSeq") }
        case .document:
            if evidence.documentId == nil { error(path + ".documentId", "missing required field: document evidence needs documentId") }
        case .fact:
            break
        }
        reference(evidence.visitId, to: .visit, at: path + ".visitId")
        reference(evidence.documentId, to: .document, at: path + ".documentId")
        if let visitId = evidence.visitId, let seq = evidence.quoteSeq, set.visit(id: visitId) != nil,
           set.quote(visitId: visitId, seq: seq) == nil {
            error(path + ".quoteSeq", "expected the seq of a quote of visit \"\(visitId)\", found \(seq)")
        }
    }

    /// Rule 5 of docs/input-contract.md for the status history, and rule 1's mirrored links to needs.
    private mutating func recommendation(_ recommendation: Recommendation, at path: String) {
        areaCode(recommendation.areaCode, at: path + ".areaCode")
        reference(recommendation.originDocumentId, to: .document, at: path + ".originDocumentId")
        reference(recommendation.originVisitId, to: .visit, at: path + ".originVisitId")
        date(recommendation.dueBy, at: path + ".dueBy")
        date(recommendation.statusAsOf, at: path + ".statusAsOf")
        let history = recommendation.statusHistory ?? []
        for (index, change) in history.enumerated() {
            date(change.changedOn, at: "\(path).statusHistory[\(index)].changedOn")
            if index > 0, history[index - 1].changedOn.isAfter(change.changedOn) {
                error("\(path).statusHistory[\(index)].changedOn",
                      "expected a chronological status history: \(change.changedOn.formatted) comes after \(history[index - 1].changedOn.formatted)")
            }
        }
        if let last = history.last, last.toStatus != recommendation.status {
            error("\(path).statusHistory[\(history.count - 1)].toStatus",
                  "expected the status history to end at the status \"\(recommendation.status.rawValue)\", found \"\(last.toStatus.rawValue)\"")
        }
        for (index, needId) in (recommendation.linkedTANeedIds ?? []).enumerated() {
            let linkPath = "\(path).linkedTANeedIds[\(index)]"
            reference(needId, to: .technicalAssistanceNeed, at: linkPath)
            if let need = set.technicalAssistanceNeed(id: needId),
               !(need.linkedRecommendationIds ?? []).contains(recommendation.id) {
                error(linkPath, "link not mirrored: expected technical assistance need \"\(needId)\" to list \"\(recommendation.id)\" in its linkedRecommendationIds")
            }
        }
        sourceRefs(recommendation.sourceRefs, at: path + ".sourceRefs")
    }

    /// References of a need, its area inside an OIA, and rule 1's (docs/input-contract.md) mirrored links to recommendations.
    mutating func technicalAssistanceNeed(_ need: TechnicalAssistanceNeed, at path: String) {
        if bundle.kind == .oia && need.areaCode == nil {
            error(path + ".areaCode", "missing required field: a technical assistance need inside an OIA needs an areaCode")
        }
        areaCode(need.areaCode, at: path + ".areaCode")
        reference(need.listId, to: .document, at: path + ".listId")
        date(need.sharedOn, at: path + ".sharedOn")
        reference(need.agreedAtVisitId, to: .visit, at: path + ".agreedAtVisitId")
        for (index, provider) in (need.candidateProviders ?? []).enumerated() {
            let providerPath = "\(path).candidateProviders[\(index)]"
            if provider.organizationId == nil && provider.organizationName == nil {
                error(providerPath, "expected an organizationId or an organizationName")
            }
            reference(provider.organizationId, to: .organization, at: providerPath + ".organizationId")
        }
        for (index, recommendationId) in (need.linkedRecommendationIds ?? []).enumerated() {
            let linkPath = "\(path).linkedRecommendationIds[\(index)]"
            reference(recommendationId, to: .recommendation, at: linkPath)
            if let recommendation = set.recommendation(id: recommendationId),
               !(recommendation.linkedTANeedIds ?? []).contains(need.id) {
                error(linkPath, "link not mirrored: expected recommendation \"\(recommendationId)\" to list \"\(need.id)\" in its linkedTANeedIds")
            }
        }
        sourceRefs(need.sourceRefs, at: path + ".sourceRefs")
        sourceRefs(need.sources, at: path + ".sources")
    }
}
