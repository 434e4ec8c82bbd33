/// Merges the records that several bundles define with the same id, field by field (docs/input-contract.md §2.4),
/// and reports duplicate ids within one file (rule 1 of docs/input-contract.md) and fields whose values differ between files.
struct RecordMerger {
    /// The merged tree of each record, by kind and id.
    private(set) var merged: [RecordKind: [String: JSONValue]] = [:]
    private(set) var diagnostics: [ModelDiagnostic] = []

    init(_ occurrences: [RecordOccurrence]) {
        var first: [RecordKind: [String: RecordOccurrence]] = [:]
        var seenIn: [RecordKind: [String: [String: String]]] = [:]
        for occurrence in occurrences {
            let (kind, id) = (occurrence.kind, occurrence.id)
            if let earlierPath = seenIn[kind]?[id]?[occurrence.file] {
                diagnostics.append(ModelDiagnostic(.error, file: occurrence.file, path: occurrence.path, message:
                    "duplicate \(kind.label) id \"\(id)\" (also at \(earlierPath)); ids must be unique"))
                continue
            }
            seenIn[kind, default: [:]][id, default: [:]][occurrence.file] = occurrence.path
            guard let base = first[kind]?[id] else {
                first[kind, default: [:]][id] = occurrence
                merged[kind, default: [:]][id] = occurrence.node
                continue
            }
            merged[kind]![id] = merge(merged[kind]![id]!, occurrence.node, field: "") { field, theirs, ours in
                diagnostics.append(ModelDiagnostic(.error, file: occurrence.file, path: occurrence.path + field, message:
                    "\(kind.label) \"\(id)\" is also defined in \(base.file) (\(base.path + field)) with a different value: " +
                    "\(ours.shortDescription) here, \(theirs.shortDescription) there"))
            }
        }
    }

    /// Object members are merged recursively; other values must be equal. `null` counts as absent.
    private func merge(_ base: JSONValue, _ other: JSONValue, field: String,
                       conflict: (String, JSONValue, JSONValue) -> Void) -> JSONValue {
        switch (base, other) {
        case (.null, _): return other
        case (_, .null): return base
        case (.object(var members), .object(let others)):
            for member in others {
                if let index = members.firstIndex(where: { $0.key == member.key }) {
                    members[index].value = merge(members[index].value, member.value,
                                                 field: field + "." + member.key, conflict: conflict)
                } else {
                    members.append(member)
                }
            }
            return .object(members)
        default:
            if base != other { conflict(field, base, other) }
            return base
        }
    }
}
