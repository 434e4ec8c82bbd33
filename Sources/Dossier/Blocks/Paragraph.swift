/// A paragraph of text. Text from data is plain text; styled runs come from `Text` values.
public struct Paragraph: Block {
    /// The paragraph node.
    public var node: ParagraphNode
    public var nodes: [Node] { [.paragraph(node)] }

    public init(_ text: Text, file: StaticString = #fileID, line: UInt = #line) {
        node = ParagraphNode(text: text, source: SourceLocation(file: "\(file)", line: Int(line)))
    }
    public init(_ string: String, file: StaticString = #fileID, line: UInt = #line) {
        self.init(Text(string), file: file, line: line)
    }

    private func with(_ change: (inout ParagraphNode) -> Void) -> Paragraph { var p = self; change(&p.node); return p }
    /// Counted in the document's consecutive paragraph numbering (1., 2., 3. …).
    public func numbered(_ on: Bool = true) -> Paragraph { with { $0.numbered = on } }
    /// Alignment relative to the writing direction.
    public func alignment(_ a: TextAlignment) -> Paragraph { with { $0.overrides.alignment = a } }
    /// Space above.
    public func spaceBefore(_ v: Points) -> Paragraph { with { $0.overrides.spaceBefore = v } }
    /// Space below.
    public func spaceAfter(_ v: Points) -> Paragraph { with { $0.overrides.spaceAfter = v } }
    /// Indent of the first line.
    public func firstLineIndent(_ v: Points) -> Paragraph { with { $0.overrides.firstLineIndent = v } }
    /// Indent of all lines from the start side.
    public func indent(_ v: Points) -> Paragraph { with { $0.overrides.startIndent = v } }
    /// Font size (the line height scales with it).
    public func fontSize(_ v: Points) -> Paragraph { with { $0.overrides.fontSize = v } }
    /// Baseline-to-baseline distance.
    public func lineHeight(_ v: Points) -> Paragraph { with { $0.overrides.lineHeight = v } }
    /// Bold face for the whole paragraph.
    public func bold(_ on: Bool = true) -> Paragraph { with { $0.overrides.bold = on } }
    /// Italic face for the whole paragraph.
    public func italic(_ on: Bool = true) -> Paragraph { with { $0.overrides.italic = on } }
    /// Text colour.
    public func color(_ c: Color) -> Paragraph { with { $0.overrides.color = c } }
    /// Writing direction.
    public func direction(_ d: TextDirection) -> Paragraph { with { $0.overrides.direction = d } }
    /// The paragraph is in `tag` (BCP 47), not the document's language: an English passage in an Arabic
    /// document is set left to right (and the reverse), with that language's line breaking.
    public func language(_ tag: String) -> Paragraph { with { $0.overrides.language = tag } }
    /// Keep on the same page as the next block.
    public func keepWithNext(_ on: Bool = true) -> Paragraph { with { $0.overrides.keepWithNext = on } }
    /// Widow and orphan minimums.
    public func widowsOrphans(widows: Int, orphans: Int) -> Paragraph {
        with { $0.overrides.widows = widows; $0.overrides.orphans = orphans }
    }
    /// Anchor for links and page references.
    public func anchor(_ name: String) -> Paragraph { with { $0.anchor = name } }
}
