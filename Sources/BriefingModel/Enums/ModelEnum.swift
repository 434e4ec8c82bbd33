/// A closed, `String`-backed vocabulary of the data model (docs/input-contract.md §2.2).
///
/// Every enumeration of the model conforms, so the loader can report an unknown value together
/// with the list of accepted raw values, and templates can print a human-readable `label`.
public protocol ModelEnum: RawRepresentable, CaseIterable, Codable, Sendable, Hashable
where RawValue == String, AllCases == [Self] {
    /// The English label printed by templates (e.g. "Partially implemented").
    var label: String { get }
}

extension ModelEnum {
    /// The accepted raw values, in declaration order, joined by ", " (used in diagnostics).
    public static var acceptedValues: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }
}
