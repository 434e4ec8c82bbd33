/// Bundles loaded together (e.g. a visit summary and an OIA of the same State, or a pack and its
/// bundles). Records defined in several bundles under the same id are merged field by field, so
/// references resolve across the whole set.
public struct BundleSet: Sendable {
    public let bundles: [LoadedBundle]
    public let sources: [String: Source]
    public let organizations: [String: Organization]
    public let persons: [String: Person]
    public let memberStates: [String: MemberState]
    /// Summarized visits and history visits.
    public let visits: [String: Visit]
    /// History documents (visit reports, OIA editions, priority-needs lists …).
    public let documents: [String: AssessmentDocument]
    public let technicalAssistanceNeeds: [String: TechnicalAssistanceNeed]
    public let recommendations: [String: Recommendation]
    /// The default catalogue, overridden or extended by the catalogues of the loaded OIA bundles.
    public let thematicAreas: [String: ThematicArea]
    /// Duplicate ids and merge conflicts, reported by `validate()`.
    let mergeDiagnostics: [ModelDiagnostic]

    public init(_ bundles: [LoadedBundle]) {
        self.bundles = bundles
        let merger = RecordMerger(bundles.flatMap(\.recordOccurrences))
        mergeDiagnostics = merger.diagnostics
        func records<T: Decodable>(_ kind: RecordKind, as type: T.Type) -> [String: T] {
            let session = TreeDecodingSession(file: "", scalarsAsText: true)
            return (merger.merged[kind] ?? [:]).compactMapValues { tree in
                try? session.decode(type, from: tree, path: [], silent: true)
            }
        }
        sources = records(.source, as: Source.self)
        organizations = records(.organization, as: Organization.self)
        persons = records(.person, as: Person.self)
        memberStates = records(.memberState, as: MemberState.self)
        visits = records(.visit, as: Visit.self)
        documents = records(.document, as: AssessmentDocument.self)
        technicalAssistanceNeeds = records(.technicalAssistanceNeed, as: TechnicalAssistanceNeed.self)
        recommendations = records(.recommendation, as: Recommendation.self)
        let defaults = Dictionary(uniqueKeysWithValues: ThematicArea.defaultCatalogue.map { ($0.code, $0) })
        thematicAreas = defaults.merging(records(.thematicArea, as: ThematicArea.self)) { $1 }
    }

    public func source(id: String) -> Source? { sources[id] }
    public func organization(id: String) -> Organization? { organizations[id] }
    public func person(id: String) -> Person? { persons[id] }
    public func memberState(id: String) -> MemberState? { memberStates[id] }
    public func visit(id: String) -> Visit? { visits[id] }
    public func document(id: String) -> AssessmentDocument? { documents[id] }
    public func technicalAssistanceNeed(id: String) -> TechnicalAssistanceNeed? { technicalAssistanceNeeds[id] }
    public func recommendation(id: String) -> Recommendation? { recommendations[id] }
    public func thematicArea(code: String) -> ThematicArea? { thematicAreas[code] }

    /// Quote `seq` of visit `visitId`.
    public func quote(visitId: String, seq: Int) -> Quote? {
        visits[visitId]?.quote(seq: seq)
    }

    /// The loaded bundle whose document id is `documentId` (a visit, OIA or pack id).
    public func bundle(documentId: String) -> LoadedBundle? {
        bundles.first { $0.documentId == documentId }
    }

    /// The loaded visit-summary inputs.
    public var visitSummaries: [VisitSummaryInput] { bundles.compactMap(\.visitSummary) }
    /// The loaded OIA inputs.
    public var oiaInputs: [OIAInput] { bundles.compactMap(\.oiaInput) }
    /// The loaded pack manifests.
    public var packManifests: [BriefingPackManifest] { bundles.compactMap(\.packManifest) }

    /// Whether a record of `kind` with this id is defined by a loaded bundle (for documents: also the id
    /// of a loaded visit summary, OIA or pack).
    func defines(_ kind: RecordKind, _ id: String) -> Bool {
        switch kind {
        case .source: sources[id] != nil
        case .organization: organizations[id] != nil
        case .person: persons[id] != nil
        case .memberState: memberStates[id] != nil
        case .visit: visits[id] != nil
        case .document: documents[id] != nil || bundle(documentId: id) != nil
        case .technicalAssistanceNeed: technicalAssistanceNeeds[id] != nil
        case .recommendation: recommendations[id] != nil
        case .thematicArea: thematicAreas[id] != nil
        }
    }
}
