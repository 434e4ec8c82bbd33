/// The assessment of one thematic area in an OIA (docs/input-contract.md §2.3 ThematicAssessment).
public struct ThematicAssessment: Codable, Sendable, Equatable {
    public var areaCode: String
    public var status: ImplementationStatus
    public var assessment: String
    public var progress: [Statement]?
    public var shortfalls: [Statement]?
    public var goodPractices: [Statement]?
    public var evidence: [Evidence]?
    public var recommendationIds: [String]?
    public var taNeedIds: [String]?
    public var provenance: Provenance?
}

/// A progress, shortfall or good-practice statement (docs/input-contract.md §2.3 ThematicAssessment).
public struct Statement: Codable, Sendable, Equatable {
    public var text: String
    public var provenance: Provenance?
    public var sourceRefs: [SourceRef]?
}

/// Evidence for an assessment: a visit quote, a document or a fact (docs/input-contract.md §2.3 ThematicAssessment.evidence).
public struct Evidence: Codable, Sendable, Equatable {
    public var kind: EvidenceKind
    public var visitId: String?
    public var quoteSeq: Int?
    public var documentId: String?
    public var excerpt: String
    public var provenance: Provenance?
}
