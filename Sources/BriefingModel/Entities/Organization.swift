/// An organization: a UN body, a national authority, a civil-society group … (docs/input-contract.md §2.3 Organization).
public struct Organization: Codable, Sendable, Equatable {
    public var id: String
    /// The name as in the source.
    public var name: String
    public var acronym: String?
    public var kind: OrganizationKind?
    public var parentId: String?
    /// Verbatim when sourced.
    public var description: String?
    public var established: PartialDate?
    public var establishedBy: [ResolutionRef]?
    public var sources: [SourceRef]
    public var provenance: Provenance?
    public var fieldProvenance: [String: Provenance]?

    /// The name preceded by "the" for running text ("the Counter-Terrorism Committee Executive
    /// Directorate"), unless it already starts with an article.
    public var nameWithArticle: String {
        name.hasPrefix("the ") || name.hasPrefix("The ") ? name : "the " + name
    }
}
