import Dossier

/// A problem found while laying out a document: gathered, printed together, errors under `--strict`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious it is.
    public enum Severity: String, Sendable { case warning, error }
    /// Severity.
    public var severity: Severity
    /// What happened.
    public var message: String
    /// The template line of the block concerned, when known.
    public var source: SourceLocation?
    public init(_ severity: Severity, _ message: String, source: SourceLocation? = nil) {
        self.severity = severity; self.message = message; self.source = source
    }
    public var description: String {
        (source.map { "\($0): " } ?? "") + "\(severity.rawValue): \(message)"
    }
}
