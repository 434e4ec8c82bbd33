/// Anything that can appear in a template body: it contributes nodes to the document tree.
public protocol Block: Sendable {
    /// The nodes this block stands for.
    var nodes: [Node] { get }
}

/// A reusable piece of template: its `body` is built with the same builder as documents.
public protocol Component: Block {
    /// The blocks this component expands to.
    @BlockBuilder var body: [Node] { get }
}

extension Component {
    public var nodes: [Node] { body }
}

/// The result builder of template bodies. One concrete component type (`[Node]`) keeps type-checking fast.
@resultBuilder
public enum BlockBuilder {
    /// A block becomes its nodes.
    public static func buildExpression(_ block: some Block) -> [Node] { block.nodes }
    /// Nodes pass through (helper functions returning `[Node]`).
    public static func buildExpression(_ nodes: [Node]) -> [Node] { nodes }
    /// A sequence of statements.
    public static func buildBlock(_ parts: [Node]...) -> [Node] { parts.flatMap { $0 } }
    /// A `for` loop.
    public static func buildArray(_ parts: [[Node]]) -> [Node] { parts.flatMap { $0 } }
    /// An `if` without `else`, or `if let`.
    public static func buildOptional(_ part: [Node]?) -> [Node] { part ?? [] }
    /// The `if` branch of `if`/`else` and `switch`.
    public static func buildEither(first: [Node]) -> [Node] { first }
    /// The `else` branch of `if`/`else` and `switch`.
    public static func buildEither(second: [Node]) -> [Node] { second }
    /// `if #available`.
    public static func buildLimitedAvailability(_ part: [Node]) -> [Node] { part }
}

/// Blocks gathered from a builder, usable as one block.
public struct Group: Block {
    public let nodes: [Node]
    public init(@BlockBuilder _ content: () -> [Node]) { nodes = content() }
}
