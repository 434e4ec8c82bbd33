/// Where in a template a block was written, for diagnostics ("Templates/CountryVisit.swift:42").
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The `#fileID` of the template file.
    public var file: String
    /// The line in that file.
    public var line: Int
    public init(file: String, line: Int) { self.file = file; self.line = line }
    /// Captures the caller's location.
    public static func here(_ file: StaticString = #fileID, _ line: UInt = #line) -> SourceLocation {
        SourceLocation(file: "\(file)", line: Int(line))
    }
    public var description: String { "\(file):\(line)" }
}
