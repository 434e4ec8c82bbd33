/// A recommendation to a State, tracked across OIA editions by its id (docs/input-contract.md §2.3 Recommendation).
public struct Recommendation: Codable, Sendable, Equatable {
    public var id: String
    public var text: String
    public var areaCode: String
    public var isPriority: Bool
    public var priority: Priority?
    public var originDocumentId: String?
    public var originVisitId: String?
    public var endorsedByState: Bool?
    public var responsibleNationalEntities: [String]?
    public var dueBy: PartialDate?
    public var status: RecommendationStatus
    public var statusAsOf: PartialDate
    /// Chronological; ends at `status`.
    public var statusHistory: [StatusChange]?
    /// Must be mirrored by the needs' `linkedRecommendationIds`.
    public var linkedTANeedIds: [String]?
    public var sourceRefs: [SourceRef]?
    public var provenance: Provenance?
    public var fieldProvenance: [String: Provenance]?
}

/// One change of a recommendation's status (docs/input-contract.md §2.3 Recommendation.statusHistory).
public struct StatusChange: Codable, Sendable, Equatable {
    public var changedOn: PartialDate
    public var fromStatus: RecommendationStatus?
    public var toStatus: RecommendationStatus
    public var evidenceRef: String?
    public var note: String?
    public var provenance: Provenance?
}
