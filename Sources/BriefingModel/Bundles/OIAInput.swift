/// An `oia` bundle: one Overview of Implementation Assessment (docs/input-contract.md §2.4).
public struct OIAInput: InputBundle {
    public static let kind = BundleKind.oia

    /// Name of the entity that issues OIAs.
    public static let issuingEntityName = "Counter-Terrorism Committee Executive Directorate"

    public var schema: String?
    public var schemaVersion: String?
    public var illustrative: Bool?
    public var note: String?
    public var provenanceLegend: [String: String]?
    /// Overrides of the generated document metadata (see `resolvedMeta`).
    public var meta: RenderedDocumentMeta?
    public var sources: [Source]
    public var memberState: MemberState
    /// Overrides `ThematicArea.defaultCatalogue` when given.
    public var thematicAreas: [ThematicArea]?
    public var oia: OIA

    public var documentId: String { oia.id }

    /// The thematic-area catalogue in force: the override, else the default catalogue.
    public var catalogue: [ThematicArea] { thematicAreas ?? ThematicArea.defaultCatalogue }

    /// The thematic area with this code in the catalogue in force.
    public func thematicArea(code: String) -> ThematicArea? {
        catalogue.first { $0.code == code }
    }

    /// The source with this id.
    public func source(id: String) -> Source? {
        sources.first { $0.id == id }
    }

    /// "Overview of Implementation Assessment: Kenya".
    public var generatedTitle: String {
        "Overview of Implementation Assessment: \(memberState.shortName)"
    }

    /// `meta` with the defaults of docs/input-contract.md §2.4: generated title, CTED as issuing entity,
    /// distribution and sensitivity from `oia.classification`, English.
    public var resolvedMeta: ResolvedDocumentMeta {
        ResolvedDocumentMeta(meta: meta, title: generatedTitle, issuingEntity: Self.issuingEntityName,
                             distribution: oia.classification.distribution,
                             sensitivity: oia.classification.sensitivity,
                             isIllustrative: isIllustrative)
    }
}
