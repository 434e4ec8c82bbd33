/// Why an image file cannot be used: refused before decoding (a path, a declared size, text in an SVG) or found
/// damaged while decoding. `description` is the message printed after `FILE: PATH:`.
public struct ImageProblem: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
