/// A `briefing-pack` manifest: pack metadata plus the bundles it renders (docs/input-contract.md §2.3 BriefingPack).
public struct BriefingPackManifest: InputBundle {
    public static let kind = BundleKind.briefingPack

    public var schema: String?
    public var schemaVersion: String?
    public var illustrative: Bool?
    public var note: String?
    public var provenanceLegend: [String: String]?
    public var id: String
    public var title: String
    /// `ctc`; the full name comes from the organizations of the loaded bundles.
    public var committeeId: String
    public var purpose: String
    public var meeting: PackMeeting?
    public var preparedBy: String
    /// A full date.
    public var preparedOn: PartialDate
    public var version: String
    public var language: Language
    public var meta: RenderedDocumentMeta
    /// At least one.
    public var memberStateIds: [String]
    public var briefingNote: BriefingNote
    /// In pack order.
    public var items: [PackItem]
    public var annexTables: [AnnexTableSpec]?
    public var abbreviations: [Abbreviation]?
    public var sources: [Source]?
    /// Recipients; when given, items whose sharing consent excludes one of them are blocked (rule 8 of docs/input-contract.md).
    public var audience: [PackAudience]?
    /// The visit-summary and OIA bundles, by path relative to the manifest's folder.
    public var bundles: [BundleReference]

    public var documentId: String { id }

    /// The items sorted by `order`.
    public var orderedItems: [PackItem] { items.sorted { $0.order < $1.order } }
}
