/// A country visit: the one being summarized, or one listed in the history (docs/input-contract.md §2.3 Visit).
public struct Visit: Codable, Sendable, Equatable {
    public var id: String
    public var memberStateId: String
    public var visitType: VisitType
    /// e.g. "second follow-up".
    public var sequenceLabel: String?
    /// `onSite` when absent.
    public var modality: VisitModality?
    /// Organization ids, at least one.
    public var conductedBy: [String]
    /// `ctc` for assessment visits.
    public var onBehalfOf: String?
    public var atInvitationOfGovernment: Bool?
    public var status: VisitStatus
    /// Absent in press-release inputs ("Dates not stated in source").
    public var period: DateRange?
    /// When only the year is known; must agree with `period`.
    public var year: Int?
    public var components: [VisitComponent]?
    public var objectives: [String]?
    public var framing: [String]?
    public var legalFramework: LegalFramework?
    /// At least one for the visit being summarized.
    public var delegation: [DelegationMember]?
    public var meetingGroups: [MeetingGroup]?
    public var sitesVisited: [Place]?
    public var agreedTechnicalAssistanceAreas: TAAreaList?
    public var findings: [Finding]?
    public var quotes: [Quote]?
    public var closingStatement: String?
    public var relatedVisits: [RelatedVisit]?
    public var previousVisitIds: [String]?
    public var reportDocumentId: String?
    public var sources: [SourceRef]
    public var provenance: Provenance?
    public var fieldProvenance: [String: Provenance]?

    /// The modality, `onSite` when absent.
    public var resolvedModality: VisitModality { modality ?? .onSite }

    /// The quote with sequence number `seq`.
    public func quote(seq: Int) -> Quote? {
        quotes?.first { $0.seq == seq }
    }

    /// The year of the visit: `year`, else the year of the period's start or end.
    public var knownYear: Int? {
        year ?? period?.start?.year ?? period?.end?.year
    }
}

/// One part of a hybrid visit (docs/input-contract.md §2.3 Visit.components).
public struct VisitComponent: Codable, Sendable, Equatable {
    public var kind: VisitComponentKind
    public var period: DateRange?
    public var focusAreaCodes: [String]?
}

/// The legal basis stated for a visit (docs/input-contract.md §2.3 Visit.legalFramework).
public struct LegalFramework: Codable, Sendable, Equatable {
    /// Verbatim when sourced.
    public var text: String?
    public var resolutions: [ResolutionRef]?
    public var instruments: [String]?
}

/// A finding of an assessment visit (PAO content) (docs/input-contract.md §2.3 Visit.findings).
public struct Finding: Codable, Sendable, Equatable {
    public var kind: FindingKind
    public var text: String
    public var areaCode: String?
    public var sourceRefs: [SourceRef]?
    public var provenance: Provenance?
}
