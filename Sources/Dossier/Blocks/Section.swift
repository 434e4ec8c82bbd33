/// A titled part of a document. Its heading level is one below the enclosing section's.
public struct Section: Block {
    /// The section node.
    public var node: SectionNode
    public var nodes: [Node] { [.section(node)] }

    public init(_ title: Text?, file: StaticString = #fileID, line: UInt = #line, @BlockBuilder content: () -> [Node]) {
        node = SectionNode(title: title, content: content(), source: SourceLocation(file: "\(file)", line: Int(line)))
    }
    public init(_ title: String, file: StaticString = #fileID, line: UInt = #line, @BlockBuilder content: () -> [Node]) {
        self.init(Text(title), file: file, line: line, content: content)
    }
    /// An untitled section: groups content for a direction or orientation change.
    public init(file: StaticString = #fileID, line: UInt = #line, @BlockBuilder content: () -> [Node]) {
        self.init(Optional<Text>.none, file: file, line: line, content: content)
    }

    private func with(_ change: (inout SectionNode) -> Void) -> Section { var s = self; change(&s.node); return s }
    /// Writing direction of the section's content.
    public func direction(_ d: TextDirection) -> Section { with { $0.direction = d } }
    /// Lay the section out on landscape pages (the page breaks before and after).
    public func landscape() -> Section { with { $0.orientation = .landscape } }
    /// Start on a new page.
    public func startsOnNewPage(_ on: Bool = true) -> Section { with { $0.startsOnNewPage = on } }
    /// Exclude from automatic heading numbering (I., A., 1.).
    public func unnumbered() -> Section { with { $0.unnumbered = true } }
    /// Leave out of the contents and outline.
    public func excludedFromContents() -> Section { with { $0.inContents = false } }
    /// Anchor for links and page references.
    public func anchor(_ name: String) -> Section { with { $0.anchor = name } }
}
