/// A Member State (docs/input-contract.md §2.3 MemberState).
public struct MemberState: Codable, Sendable, Equatable {
    public var id: String
    /// UNTERM short name, used in running text.
    public var shortName: String
    /// UNTERM formal name, used in legal contexts.
    public var formalName: String?
    public var iso3: String?
    public var region: String?
    public var subregion: String?
    /// Recipient of the priority technical-assistance list.
    public var permanentMission: String?
    public var nationalCoordinatingBodyIds: [String]?
    public var sources: [SourceRef]
    public var provenance: Provenance?
    public var fieldProvenance: [String: Provenance]?
}
