/// A citation of a listed `Source`, optionally pinpointed (docs/input-contract.md §2.1).
public struct SourceRef: Codable, Sendable, Equatable, Hashable {
    public var sourceId: String
    public var locator: String?
    public var verbatim: Bool?

    public init(sourceId: String, locator: String? = nil, verbatim: Bool? = nil) {
        self.sourceId = sourceId
        self.locator = locator
        self.verbatim = verbatim
    }
}

/// A source document that records restate (docs/input-contract.md §2.3 Source).
public struct Source: Codable, Sendable, Equatable, Hashable {
    public var id: String
    public var kind: SourceKind
    public var title: String?
    public var symbol: String?
    public var url: String?
    public var publisher: String?
    public var date: PartialDate?
    public var note: String?
    public var provenance: Provenance?
}
