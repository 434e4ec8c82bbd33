/// A box with a border and/or background around blocks. It splits across pages like its content.
public struct Box: Block {
    /// The box node.
    public var node: BoxNode
    public var nodes: [Node] { [.box(node)] }

    public init(border: Stroke? = Stroke(width: 0.75), background: Color? = nil,
                padding: EdgeInsets = EdgeInsets(vertical: 8, horizontal: 10), spacing: Points = 8,
                file: StaticString = #fileID, line: UInt = #line, @BlockBuilder content: () -> [Node]) {
        node = BoxNode(content: content(), border: border, background: background, padding: padding, spacing: spacing,
                       source: SourceLocation(file: "\(file)", line: Int(line)))
    }
}

/// Blocks kept on one page when they fit on one page; split normally (with a warning) when they do not.
public struct KeepTogether: Block {
    public let nodes: [Node]
    public init(file: StaticString = #fileID, line: UInt = #line, @BlockBuilder content: () -> [Node]) {
        nodes = [.keepTogether(content(), SourceLocation(file: "\(file)", line: Int(line)))]
    }
}

/// A horizontal rule across the frame.
public struct Rule: Block {
    public let nodes: [Node]
    public init(_ stroke: Stroke = Stroke(width: 0.5), spacing: Points = 6) {
        nodes = [.rule(RuleNode(stroke: stroke, spacing: spacing))]
    }
}

/// Vertical space; dropped at the top of a page.
public struct Spacer: Block {
    public let nodes: [Node]
    public init(_ height: Points) { nodes = [.spacer(height)] }
}

/// Ends the page. Optionally switches page geometry, or continues on an odd page for duplex printing.
public struct PageBreak: Block {
    public let nodes: [Node]
    public init(geometry: PageGeometry? = nil, toOddPage: Bool = false) {
        nodes = [.pageBreak(PageBreakNode(geometry: geometry, toOddPage: toOddPage))]
    }
}

/// A named position: the target of links and `Text.pageRef`.
public struct Anchor: Block {
    public let nodes: [Node]
    public init(_ name: String) { nodes = [.anchor(name)] }
}

/// The table of contents, with page numbers and links, built from headings.
public struct TableOfContents: Block {
    public let nodes: [Node]
    public init(maxLevel: Int = 2, file: StaticString = #fileID, line: UInt = #line) {
        nodes = [.tableOfContents(TOCNode(maxLevel: maxLevel, source: SourceLocation(file: "\(file)", line: Int(line))))]
    }
}

/// A document bound into a pack: starts on a new page, restarts paragraph numbering, has its own
/// outline entry and running-header reference.
public struct DocumentPart: Block {
    public let nodes: [Node]
    public init(id: String, title: String, reference: String, toOddPage: Bool = false, @BlockBuilder content: () -> [Node]) {
        nodes = [.part(PartNode(id: id, title: title, reference: reference, content: content(), toOddPage: toOddPage))]
    }
    /// A whole document as a part (its body; its page furniture is the pack's).
    public init(_ document: Document, id: String, title: String, reference: String, toOddPage: Bool = false) {
        nodes = [.part(PartNode(id: id, title: title, reference: reference, content: document.body, toOddPage: toOddPage,
                                documentId: document.id))]
    }
}

/// Starts a run of page labels on the current page: `PageNumbering(.lowerRoman)` for front matter,
/// then `PageNumbering(.arabic)` where the body starts. Written as PDF page labels and used in footers.
public struct PageNumbering: Block {
    public let nodes: [Node]
    public init(_ style: PageNumberStyle, startAt: Int = 1) { nodes = [.pageNumbering(style, startAt: startAt)] }
}
