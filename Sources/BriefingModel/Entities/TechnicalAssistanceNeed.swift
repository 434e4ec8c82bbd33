/// A technical-assistance need of a State (docs/input-contract.md §2.3 TechnicalAssistanceNeed).
public struct TechnicalAssistanceNeed: Codable, Sendable, Equatable {
    public var id: String
    /// "(a)", as listed in the source.
    public var label: String?
    /// Verbatim when sourced.
    public var text: String
    /// Required inside an OIA.
    public var areaCode: String?
    public var isPriority: Bool
    public var priority: Priority?
    public var status: TANeedStatus
    /// Id of the priority list (an `AssessmentDocument`) it belongs to.
    public var listId: String?
    public var sharedWith: String?
    public var sharedOn: PartialDate?
    public var agreedAtVisitId: String?
    public var linkedRecommendationIds: [String]?
    public var candidateProviders: [CandidateProvider]?
    public var deliveryNotes: String?
    public var sourceRefs: [SourceRef]?
    /// Source citations as the visit sample writes them (same meaning as `sourceRefs`).
    public var sources: [SourceRef]?
    public var provenance: Provenance?
    public var fieldProvenance: [String: Provenance]?

    /// `sourceRefs` and `sources` together.
    public var allSourceRefs: [SourceRef] { (sourceRefs ?? []) + (sources ?? []) }
}

/// A possible provider of assistance for a need (docs/input-contract.md §2.3 TechnicalAssistanceNeed.candidateProviders).
public struct CandidateProvider: Codable, Sendable, Equatable {
    public var organizationId: String?
    public var organizationName: String?
    public var programme: String?
    public var provenance: Provenance?
}
