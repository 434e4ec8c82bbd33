/// A list of items; items may hold nested lists.
public struct List: Block {
    /// The list node.
    public var node: ListNode
    public var nodes: [Node] { [.list(node)] }

    /// A list of plain-text items.
    public init(_ marker: ListMarker = .bullet("•"), items: [Text], start: Int = 1,
                file: StaticString = #fileID, line: UInt = #line) {
        node = ListNode(marker: marker, items: items.map { ListItemNode(content: Paragraph($0).nodes) }, start: start,
                        source: SourceLocation(file: "\(file)", line: Int(line)))
    }
    /// A list whose items are built with `ListItem`.
    public init(_ marker: ListMarker = .bullet("•"), start: Int = 1, file: StaticString = #fileID, line: UInt = #line,
                @ListBuilder items: () -> [ListItemNode]) {
        node = ListNode(marker: marker, items: items(), start: start, source: SourceLocation(file: "\(file)", line: Int(line)))
    }
}

/// One list item: blocks, with an optional explicit label.
public struct ListItem {
    /// The item node.
    public var node: ListItemNode
    public init(label: String? = nil, @BlockBuilder _ content: () -> [Node]) {
        node = ListItemNode(label: label, content: content())
    }
    public init(_ text: Text, label: String? = nil) { node = ListItemNode(label: label, content: Paragraph(text).nodes) }
    public init(_ string: String, label: String? = nil) { self.init(Text(string), label: label) }
}

/// Result builder for list items.
@resultBuilder
public enum ListBuilder {
    public static func buildExpression(_ item: ListItem) -> [ListItemNode] { [item.node] }
    public static func buildBlock(_ parts: [ListItemNode]...) -> [ListItemNode] { parts.flatMap { $0 } }
    public static func buildArray(_ parts: [[ListItemNode]]) -> [ListItemNode] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [ListItemNode]?) -> [ListItemNode] { part ?? [] }
    public static func buildEither(first: [ListItemNode]) -> [ListItemNode] { first }
    public static func buildEither(second: [ListItemNode]) -> [ListItemNode] { second }
}

extension ListMarker {
    /// The label of the item at ordinal `n` (1-based).
    public func label(_ n: Int) -> String {
        switch self {
        case .bullet(let b): return b
        case .numbered: return "\(n)."
        case .lettered: return "(\(Self.letters(n)))"
        case .roman: return "(\(Self.roman(n)))"
        case .custom: return ""
        case .styled(let style): return style.label(n) ?? ""
        }
    }

    /// a, b, …, z, aa, bb … as in UN subparagraphs.
    public static func letters(_ n: Int) -> String {
        let k = max(n, 1) - 1
        let letter = Character(UnicodeScalar(UInt8(97 + k % 26)))
        return String(repeating: letter, count: k / 26 + 1)
    }

    /// Lower-case roman numerals.
    public static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = max(n, 1)
        var out = ""
        for (value, digits) in table { while rest >= value { out += digits; rest -= value } }
        return out
    }
}
