/// Previous engagement with the State, as carried by a visit-summary input (docs/input-contract.md §2.4).
public struct History: Codable, Sendable, Equatable {
    public var engagement: [Engagement]?
    public var visits: [Visit]?
    public var documents: [AssessmentDocument]?
    public var technicalAssistanceNeeds: [TechnicalAssistanceNeed]?
}

/// A statement of engagement, e.g. "CTED has engaged with the NCTC …" (docs/input-contract.md §2.4).
public struct Engagement: Codable, Sendable, Equatable {
    public var organizationId: String
    /// Verbatim.
    public var text: String
    public var counterpartIds: [String]?
    public var provenance: Provenance?
}

/// An assessment document: visit report, OIA edition, priority-needs list … (docs/input-contract.md §2.3 AssessmentDocument).
public struct AssessmentDocument: Codable, Sendable, Equatable {
    public var id: String
    public var kind: AssessmentDocumentKind
    public var memberStateId: String
    public var description: String?
    public var title: String?
    public var symbol: String?
    public var edition: String?
    public var relatedVisitId: String?
    public var basedOnDocumentIds: [String]?
    public var preparedBy: String?
    public var approvedBy: String?
    public var approvedOn: PartialDate?
    public var sharedWith: String?
    public var sharedOn: PartialDate?
    public var classification: Classification?
    public var sharing: SharingConsent?
    public var listIsExhaustive: Bool?
    public var needIds: [String]?
    public var sources: [SourceRef]
    public var provenance: Provenance?
    public var fieldProvenance: [String: Provenance]?
}
