/// A `visit-summary-input` bundle: one visit with everything needed to summarize it (docs/input-contract.md §2.4).
public struct VisitSummaryInput: InputBundle {
    public static let kind = BundleKind.visitSummaryInput

    public var schema: String?
    public var schemaVersion: String?
    public var illustrative: Bool?
    public var note: String?
    public var provenanceLegend: [String: String]?
    /// Overrides of the generated document metadata (see `resolvedMeta`).
    public var meta: RenderedDocumentMeta?
    public var sources: [Source]
    public var organizations: [Organization]
    public var memberState: MemberState
    public var persons: [Person]
    /// The visit being summarized.
    public var visit: Visit
    public var history: History?

    public var documentId: String { visit.id }

    /// The person with this id.
    public func person(id: String) -> Person? {
        persons.first { $0.id == id }
    }

    /// The organization with this id.
    public func organization(id: String) -> Organization? {
        organizations.first { $0.id == id }
    }

    /// The source with this id.
    public func source(id: String) -> Source? {
        sources.first { $0.id == id }
    }

    /// The visit with this id: the summarized visit or one of the history.
    public func visit(id: String) -> Visit? {
        visit.id == id ? visit : history?.visits?.first { $0.id == id }
    }

    /// The history document with this id.
    public func document(id: String) -> AssessmentDocument? {
        history?.documents?.first { $0.id == id }
    }

    /// The history technical-assistance need with this id.
    public func technicalAssistanceNeed(id: String) -> TechnicalAssistanceNeed? {
        history?.technicalAssistanceNeeds?.first { $0.id == id }
    }

    /// Names of the organizations that conducted the visit, in order (ids when unknown).
    public var conductingEntityNames: [String] {
        visit.conductedBy.map { organization(id: $0)?.name ?? $0 }
    }

    /// The generated title, e.g. "Joint visit of the United Nations Office of Counter-Terrorism and
    /// the Counter-Terrorism Committee Executive Directorate to Kenya".
    public var generatedTitle: String {
        let entities = visit.conductedBy.map { organization(id: $0)?.nameWithArticle ?? $0 }
        return "\(visit.visitType.label) of \(entities.joinedAsList()) to \(memberState.shortName)"
    }

    /// `meta` with the defaults of docs/input-contract.md §2.4: generated title, the conducting entities
    /// as issuing entity, General distribution, UNCLASSIFIED, English.
    public var resolvedMeta: ResolvedDocumentMeta {
        ResolvedDocumentMeta(meta: meta, title: generatedTitle,
                             issuingEntity: conductingEntityNames.joinedAsList(),
                             distribution: .general, sensitivity: .unclassified,
                             isIllustrative: isIllustrative)
    }
}
