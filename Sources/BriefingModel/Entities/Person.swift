/// A named person, e.g. a delegation member or a quoted speaker (docs/input-contract.md §2.3 Person).
public struct Person: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    /// "Mr." / "Ms." as in the source.
    public var honorific: String?
    /// At least one, verbatim.
    public var titles: [String]
    public var organizationId: String?
    public var sources: [SourceRef]?
    public var provenance: Provenance?
    public var fieldProvenance: [String: Provenance]?

    /// Honorific and full name: "Mr. Vladimir Voronkov".
    public var displayName: String {
        honorific.map { $0 + " " + name } ?? name
    }

    /// Honorific and last name, for attributions such as "said Mr. Voronkov".
    public var shortReference: String {
        let surname = name.split(separator: " ").last.map(String.init) ?? name
        return honorific.map { $0 + " " + surname } ?? name
    }
}
