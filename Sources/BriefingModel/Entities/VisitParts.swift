/// A member of a visiting delegation, named (by `personId`) or described (docs/input-contract.md §2.3 DelegationMember).
public struct DelegationMember: Codable, Sendable, Equatable {
    public var seq: Int
    public var isNamed: Bool
    /// Required when `isNamed`.
    public var personId: String?
    /// Required when not `isNamed`, e.g. "a representative from the Security Council Monitoring Team".
    public var description: String?
    public var organizationId: String
    public var role: DelegationRole
    public var provenance: Provenance?
}

/// A group of meetings reported together, with its counterparts (docs/input-contract.md §2.3 MeetingGroup).
public struct MeetingGroup: Codable, Sendable, Equatable {
    public var id: String
    public var seq: Int
    /// Verbatim.
    public var leadIn: String?
    public var level: MeetingLevel?
    /// Absent means unknown; `false` when the source says "including".
    public var counterpartsListIsExhaustive: Bool?
    /// At least one.
    public var counterparts: [Counterpart]
    public var topics: [String]?
    public var outcome: String?
    public var date: PartialDate?
    public var location: Place?
    public var provenance: Provenance?
}

/// One counterpart met by the delegation (docs/input-contract.md §2.3 Counterpart).
public struct Counterpart: Codable, Sendable, Equatable {
    public var seq: Int
    /// Verbatim, e.g. "the Minister of Education".
    public var counterpart: String
    public var category: CounterpartCategory
    public var organization: String?
    public var organizationId: String?
    /// e.g. "women’s groups".
    public var subgroups: [String]?
    public var location: Place?
    public var provenance: Provenance?
}

/// A place, as written in the source and as structured data (docs/input-contract.md §2.3 Place).
public struct Place: Codable, Sendable, Equatable {
    /// Verbatim.
    public var text: String?
    public var name: String
    public var adminArea: String?
    public var region: String?
    public var countryName: String?

    /// The verbatim text, else the parts joined by ", ".
    public var displayText: String {
        text ?? [name, adminArea, region, countryName].compactMap { $0 }.joined(separator: ", ")
    }
}

/// The areas agreed for technical assistance during a visit (docs/input-contract.md §2.3 TAAreaList).
public struct TAAreaList: Codable, Sendable, Equatable {
    public var leadIn: String?
    public var listIsExhaustive: Bool?
    /// Normally `agreedWithState`.
    public var status: TANeedStatus
    public var items: [TAArea]
}

/// One agreed technical-assistance area (docs/input-contract.md §2.3 TAArea).
public struct TAArea: Codable, Sendable, Equatable {
    public var id: String
    public var seq: Int
    /// Verbatim.
    public var text: String
    public var subAreas: [String]?
    /// Derived thematic-area codes.
    public var areaCodes: [String]?
    public var linkedNeedIds: [String]?
    public var provenance: Provenance?
}

/// A quotation of a speaker, verbatim and without attribution punctuation (docs/input-contract.md §2.3 Quote).
public struct Quote: Codable, Sendable, Equatable {
    public var seq: Int
    public var speakerPersonId: String
    /// Verbatim.
    public var text: String
    /// "said", "remarked", "added".
    public var verb: String?
    public var isPartial: Bool
    public var continuesQuoteSeq: Int?
    public var language: Language?
    public var provenance: Provenance?
}

/// Another visit related to this one, e.g. the Nigeria leg of the same trip (docs/input-contract.md §2.3 RelatedVisit).
public struct RelatedVisit: Codable, Sendable, Equatable {
    public var relation: RelatedVisitRelation
    /// Verbatim.
    public var text: String?
    public var memberStateName: String
    public var places: [Place]?
    public var status: VisitStatus?
    public var visitId: String?
    public var provenance: Provenance?
}
