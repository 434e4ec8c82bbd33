/// The Committee meeting a pack is prepared for (docs/input-contract.md §2.3 BriefingPack.meeting).
public struct PackMeeting: Codable, Sendable, Equatable {
    public var date: PartialDate
    public var format: MeetingFormat
    public var agendaItem: String?
}

/// The briefing note at the head of a pack (docs/input-contract.md §2.3 BriefingNote).
public struct BriefingNote: Codable, Sendable, Equatable {
    public var purpose: String
    public var background: [NarrativeParagraph]
    /// Shown first (S/2010/507).
    public var newSinceLastConsideration: [NarrativeParagraph]?
    /// Overrides the generated one-line-per-State status.
    public var currentStatus: [NarrativeParagraph]?
    public var keyIssues: [NarrativeParagraph]?
    public var pointsForDiscussion: [NarrativeParagraph]?
    public var options: [NarrativeParagraph]?
    public var recommendedAction: String?
    public var contact: String?
}

/// One document or part of a briefing pack, in pack order (docs/input-contract.md §2.3 PackItem).
public struct PackItem: Codable, Sendable, Equatable {
    public var order: Int
    public var kind: PackItemKind
    /// Id of the document shown: a visit id, an OIA id, the pack id, an annex table …
    public var refId: String
    public var memberStateId: String?
    public var titleOverride: String?
    /// `true` when absent.
    public var startOnNewPage: Bool?
}

/// A CSV annex table to include in the pack and export (docs/input-contract.md §3.5).
public struct AnnexTableSpec: Codable, Sendable, Equatable {
    public var table: AnnexTableID
    /// The document whose data fills the table (a visit or OIA id); the pack itself when absent.
    public var refId: String?
    /// Whether to write the CSV file too (`true` when absent).
    public var export: Bool?
}

/// An abbreviation and its expansion, for the pack's list of abbreviations.
public struct Abbreviation: Codable, Sendable, Equatable {
    public var abbr: String
    public var expansion: String
}

/// A bundle named by a pack manifest, by path relative to the manifest's folder.
public struct BundleReference: Codable, Sendable, Equatable {
    public var path: String
    /// Checked against the bundle's `schema` when given.
    public var kind: BundleKind?
}
