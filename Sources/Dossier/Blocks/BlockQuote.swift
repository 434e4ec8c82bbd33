/// An indented quotation with an optional attribution line.
public struct BlockQuote: Block {
    /// The quote node.
    public var node: QuoteNode
    public var nodes: [Node] { [.quote(node)] }

    public init(_ paragraphs: [Text], attribution: Text? = nil, file: StaticString = #fileID, line: UInt = #line) {
        node = QuoteNode(paragraphs: paragraphs, attribution: attribution, source: SourceLocation(file: "\(file)", line: Int(line)))
    }
    public init(_ text: Text, attribution: Text? = nil, file: StaticString = #fileID, line: UInt = #line) {
        self.init([text], attribution: attribution, file: file, line: line)
    }
    public init(_ string: String, attribution: String? = nil, file: StaticString = #fileID, line: UInt = #line) {
        self.init([Text(string)], attribution: attribution.map { Text($0) }, file: file, line: line)
    }

    /// The quotation is in `language` (a BCP 47 tag), not the document's: nil keeps the document's language.
    public func language(_ tag: String?) -> BlockQuote {
        var q = self
        q.node.language = tag
        return q
    }
}
