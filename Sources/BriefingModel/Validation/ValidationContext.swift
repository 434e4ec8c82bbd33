/// Collects the diagnostics of one bundle of a `BundleSet` and resolves its references.
struct ValidationContext {
    let set: BundleSet
    let bundle: LoadedBundle
    private(set) var diagnostics: [ModelDiagnostic] = []

    init(set: BundleSet, bundle: LoadedBundle) {
        self.set = set
        self.bundle = bundle
    }

    mutating func error(_ path: String, _ message: String) {
        diagnostics.append(ModelDiagnostic(.error, file: bundle.file, path: path, message: message))
    }

    mutating func warning(_ path: String, _ message: String) {
        diagnostics.append(ModelDiagnostic(.warning, file: bundle.file, path: path, message: message))
    }

    /// Rule 1 of docs/input-contract.md: `id` (when present) names a record of `kind` in the loaded set. Unresolved, it is an
    /// error if this kind of bundle could define the record, else a warning (the record may be in a
    /// bundle that was not loaded).
    mutating func reference(_ id: String?, to kind: RecordKind, at path: String) {
        guard let id, !set.defines(kind, id) else { return }
        if bundle.kind.defines(kind) {
            error(path, "expected the id of a \(kind.label) defined in the loaded bundles, found \"\(id)\"")
        } else {
            warning(path, "\(kind.label) \"\(id)\" is not defined in the loaded bundles; "
                + "load the bundle that defines it to check this reference")
        }
    }

    /// `reference` for each id of a list.
    mutating func references(_ ids: [String]?, to kind: RecordKind, at path: String) {
        for (index, id) in (ids ?? []).enumerated() { reference(id, to: kind, at: "\(path)[\(index)]") }
    }

    /// Each `SourceRef` names a loaded source.
    mutating func sourceRefs(_ refs: [SourceRef]?, at path: String) {
        for (index, ref) in (refs ?? []).enumerated() {
            reference(ref.sourceId, to: .source, at: "\(path)[\(index)].sourceId")
        }
    }

    /// Each value of `key` appears once in `items`.
    mutating func unique<T, Key: Hashable>(_ items: [T]?, _ key: (T) -> Key, field: String, at path: String) {
        var seen: [Key: Int] = [:]
        for (index, item) in (items ?? []).enumerated() {
            let value = key(item)
            if let earlier = seen[value] {
                error("\(path)[\(index)].\(field)", "duplicate \(field) \(value) (also at \(path)[\(earlier)]); expected unique values")
            } else {
                seen[value] = index
            }
        }
    }

    /// A partial date is a real date: month 1–12, a day only with a month and within that month.
    mutating func date(_ date: PartialDate?, at path: String, requireFull: Bool = false) {
        guard let date else { return }
        if requireFull && !date.isFullDate {
            error(path, "expected a full date (year, month and day), found \"\(date.formatted)\"")
        }
        if let month = date.month, !(1...12).contains(month) {
            error(path + ".month", "expected a month from 1 to 12, found \(month)")
        } else if let day = date.day {
            guard let month = date.month else {
                error(path + ".day", "a day needs a month")
                return
            }
            let leap = date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0)
            let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            if !(1...days).contains(day) {
                error(path + ".day", "expected a day from 1 to \(days), found \(day)")
            }
        }
    }

    /// Rule 5 of docs/input-contract.md: a range has a known end, valid dates, and does not end before it starts.
    mutating func range(_ range: DateRange?, at path: String) {
        guard let range else { return }
        date(range.start, at: path + ".start")
        date(range.end, at: path + ".end")
        if range.start == nil && range.end == nil {
            error(path, "expected a start or an end date")
        }
        if let start = range.start, let end = range.end, start.isAfter(end) {
            error(path, "expected the start (\(start.formatted)) to be no later than the end (\(end.formatted))")
        }
    }

    /// A thematic-area code is known. Inside an OIA it must be in the OIA's own catalogue; elsewhere
    /// a code unknown to every loaded catalogue is a warning (it may be in a catalogue not loaded).
    mutating func areaCode(_ code: String?, at path: String) {
        guard let code else { return }
        if let oia = bundle.oiaInput {
            if oia.thematicArea(code: code) == nil {
                error(path, "expected a thematic area code of the catalogue (\(oia.catalogue.map(\.code).joined(separator: ", "))), found \"\(code)\"")
            }
        } else if set.thematicArea(code: code) == nil {
            warning(path, "thematic area \"\(code)\" is not in the loaded catalogues")
        }
    }
}
