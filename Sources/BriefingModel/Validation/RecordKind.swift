/// Kinds of identified record that bundles define and refer to; records of one kind share an id space.
public enum RecordKind: String, Sendable, CaseIterable {
    case source, organization, person, memberState, visit, document, technicalAssistanceNeed, recommendation
    case thematicArea

    /// How messages name a record of this kind.
    public var label: String {
        switch self {
        case .source: "source"
        case .organization: "organization"
        case .person: "person"
        case .memberState: "Member State"
        case .visit: "visit"
        case .document: "document"
        case .technicalAssistanceNeed: "technical assistance need"
        case .recommendation: "recommendation"
        case .thematicArea: "thematic area"
        }
    }
}

extension BundleKind {
    /// Whether a bundle of this kind can define records of `kind`: an unresolved reference is then an
    /// error; otherwise the record may live in a bundle that was not loaded, and it is a warning.
    func defines(_ kind: RecordKind) -> Bool {
        switch self {
        case .visitSummaryInput:
            [.source, .organization, .person, .memberState, .visit, .document, .technicalAssistanceNeed].contains(kind)
        case .oia:
            [.source, .memberState, .thematicArea, .recommendation, .technicalAssistanceNeed].contains(kind)
        case .briefingPack:
            kind == .source
        }
    }
}

/// Where one identified record appears in a loaded bundle.
struct RecordOccurrence {
    var kind: RecordKind
    var id: String
    var file: String
    var path: String
    var node: JSONValue
}

extension LoadedBundle {
    /// Every identified record of the bundle, in document order.
    var recordOccurrences: [RecordOccurrence] {
        var found: [RecordOccurrence] = []
        func add(_ kind: RecordKind, _ node: JSONValue?, _ path: String, idKey: String = "id") {
            guard let node, let id = node[idKey]?.stringValue else { return }
            found.append(RecordOccurrence(kind: kind, id: id, file: file, path: path, node: node))
        }
        func addEach(_ kind: RecordKind, _ node: JSONValue?, _ path: String, idKey: String = "id") {
            guard case .array(let items)? = node else { return }
            for (index, item) in items.enumerated() { add(kind, item, "\(path)[\(index)]", idKey: idKey) }
        }
        addEach(.source, tree["sources"], "sources")
        switch kind {
        case .visitSummaryInput:
            addEach(.organization, tree["organizations"], "organizations")
            addEach(.person, tree["persons"], "persons")
            add(.memberState, tree["memberState"], "memberState")
            add(.visit, tree["visit"], "visit")
            let history = tree["history"]
            addEach(.visit, history?["visits"], "history.visits")
            addEach(.document, history?["documents"], "history.documents")
            addEach(.technicalAssistanceNeed, history?["technicalAssistanceNeeds"], "history.technicalAssistanceNeeds")
        case .oia:
            add(.memberState, tree["memberState"], "memberState")
            addEach(.thematicArea, tree["thematicAreas"], "thematicAreas", idKey: "code")
            addEach(.recommendation, tree["oia"]?["priorityRecommendations"], "oia.priorityRecommendations")
            addEach(.technicalAssistanceNeed, tree["oia"]?["technicalAssistanceNeeds"], "oia.technicalAssistanceNeeds")
        case .briefingPack:
            break
        }
        return found
    }
}
