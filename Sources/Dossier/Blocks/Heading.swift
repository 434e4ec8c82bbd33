/// A heading with an explicit level (1...6). Inside templates, prefer `Section`, which sets the level.
public struct Heading: Block {
    /// The heading node.
    public var node: HeadingNode
    public var nodes: [Node] { [.heading(node)] }

    public init(_ text: Text, level: Int = 1, label: String? = nil, file: StaticString = #fileID, line: UInt = #line) {
        node = HeadingNode(text: text, level: min(max(level, 1), 6), label: label,
                           source: SourceLocation(file: "\(file)", line: Int(line)))
    }
    public init(_ string: String, level: Int = 1, label: String? = nil, file: StaticString = #fileID, line: UInt = #line) {
        self.init(Text(string), level: level, label: label, file: file, line: line)
    }

    private func with(_ change: (inout HeadingNode) -> Void) -> Heading { var h = self; change(&h.node); return h }
    /// Leave out of the contents and the outline.
    public func excludedFromContents() -> Heading { with { $0.inContents = false } }
    /// Alignment.
    public func alignment(_ a: TextAlignment) -> Heading { with { $0.overrides.alignment = a } }
    /// Font size.
    public func fontSize(_ v: Points) -> Heading { with { $0.overrides.fontSize = v } }
    /// Space above.
    public func spaceBefore(_ v: Points) -> Heading { with { $0.overrides.spaceBefore = v } }
    /// Space below.
    public func spaceAfter(_ v: Points) -> Heading { with { $0.overrides.spaceAfter = v } }
    /// Anchor for links and page references.
    public func anchor(_ name: String) -> Heading { with { $0.anchor = name } }
}
