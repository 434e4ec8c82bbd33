/// An Overview of Implementation Assessment of one State (docs/input-contract.md §2.3 OIA).
public struct OIA: Codable, Sendable, Equatable {
    public var id: String
    public var memberStateId: String
    /// e.g. "updated".
    public var edition: String?
    public var asOf: PartialDate
    public var status: OIAStatus
    /// Required when `status` is `adoptedByCommittee`.
    public var adoptedOn: PartialDate?
    public var resolutionsCovered: [ResolutionRef]
    public var classification: Classification
    /// Drives the "willingness to share" box.
    public var sharing: Sharing
    /// Left column of page 1.
    public var fastFacts: [FastFact]?
    /// Right column of page 1.
    public var narrative: [NarrativeParagraph]
    /// One per area shown.
    public var thematicAssessments: [ThematicAssessment]
    /// At most 5.
    public var topShortfalls: [TopShortfall]?
    public var priorityRecommendations: [Recommendation]?
    public var technicalAssistanceNeeds: [TechnicalAssistanceNeed]?
    public var capacityToAssist: [NarrativeParagraph]?
    public var stateObservations: StateObservations?
    public var relatedDocumentIds: [String]?
    public var provenance: Provenance?
    public var fieldProvenance: [String: Provenance]?

    /// The recommendation with this id.
    public func recommendation(id: String) -> Recommendation? {
        priorityRecommendations?.first { $0.id == id }
    }

    /// The technical-assistance need with this id.
    public func technicalAssistanceNeed(id: String) -> TechnicalAssistanceNeed? {
        technicalAssistanceNeeds?.first { $0.id == id }
    }

    /// The assessment of the thematic area with this code.
    public func thematicAssessment(areaCode: String) -> ThematicAssessment? {
        thematicAssessments.first { $0.areaCode == areaCode }
    }
}

/// Distribution category and sensitivity marking of a document (docs/input-contract.md §2.3 OIA.classification).
public struct Classification: Codable, Sendable, Equatable {
    public var distribution: DistributionCategory
    public var sensitivity: Sensitivity
    public var provenance: Provenance?
}

/// The State's consent to sharing the assessment (docs/input-contract.md §2.3 OIA.sharing).
public struct Sharing: Codable, Sendable, Equatable {
    public var consent: SharingConsent
    public var provenance: Provenance?
}

/// A label/value fact of the OIA's first page (docs/input-contract.md §2.3 OIA.fastFacts).
public struct FastFact: Codable, Sendable, Equatable {
    public var seq: Int
    public var label: String
    public var value: String
    public var sourceRefs: [SourceRef]?
    public var provenance: Provenance?
}

/// A numbered paragraph of running text (OIA narrative, capacity to assist, briefing-note paragraphs).
public struct NarrativeParagraph: Codable, Sendable, Equatable {
    public var seq: Int
    public var text: String
    public var provenance: Provenance?
}

/// One of the (at most five) top shortfalls of an OIA (docs/input-contract.md §2.3 OIA.topShortfalls).
public struct TopShortfall: Codable, Sendable, Equatable {
    public var seq: Int
    public var areaCode: String
    public var text: String
    public var provenance: Provenance?
}

/// The State's observations on its OIA, reproduced as received (docs/input-contract.md §2.3 OIA.stateObservations).
public struct StateObservations: Codable, Sendable, Equatable {
    public var text: String
    public var originalLanguage: Language?
    public var receivedOn: PartialDate?
    public var provenance: Provenance?
}
