/// What every input bundle shares: the envelope fields of docs/input-contract.md §2.4 and an id.
public protocol InputBundle: Codable, Sendable, Equatable {
    /// The kind of bundle, and so the expected `schema` value.
    static var kind: BundleKind { get }
    /// "ct-briefs/<kind>", when given.
    var schema: String? { get }
    var schemaVersion: String? { get }
    /// `true` makes the renderer watermark every page.
    var illustrative: Bool? { get }
    var note: String? { get }
    /// Explanations of the provenance values used, keyed by provenance.
    var provenanceLegend: [String: String]? { get }
    /// The id of the rendered document: `visit.id`, `oia.id` or the pack's `id`.
    var documentId: String { get }
}

extension InputBundle {
    /// Rule 7 of docs/input-contract.md: the top-level `illustrative` flag is set, or any record has `illustrative` provenance
    /// (as its own provenance or in `fieldProvenance`).
    public var isIllustrative: Bool {
        illustrative == true || Self.containsIllustrativeProvenance(self)
    }

    private static func containsIllustrativeProvenance(_ value: Any) -> Bool {
        if let provenance = value as? Provenance { return provenance == .illustrative }
        return Mirror(reflecting: value).children.contains { containsIllustrativeProvenance($0.value) }
    }
}
