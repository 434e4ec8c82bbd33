/// One problem found while loading or validating a bundle, located by file and JSON path.
public struct ModelDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Equatable {
        case error, warning
    }

    public var severity: Severity
    /// The file as given to the loader.
    public var file: String
    /// JSON path such as `visit.delegation[2].role`; "" for the whole document.
    public var path: String
    public var message: String
    /// Line and column (1-based) for syntax errors.
    public var line: Int?
    public var column: Int?

    public init(_ severity: Severity, file: String, path: String, message: String,
                line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.file = file
        self.path = path
        self.message = message
        self.line = line
        self.column = column
    }

    /// `file: path: message`, or `file:line:column: message` for syntax errors, with
    /// "warning: " before the message of warnings.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        if !path.isEmpty { location += ": " + path }
        return location + ": " + (severity == .warning ? "warning: " : "") + message
    }

    public var isError: Bool { severity == .error }
}

extension Array where Element == ModelDiagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains(where: \.isError) }
    /// Only the errors.
    public var errors: [ModelDiagnostic] { filter(\.isError) }
    /// Only the warnings.
    public var warnings: [ModelDiagnostic] { filter { !$0.isError } }
}
