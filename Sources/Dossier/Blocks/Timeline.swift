/// A timeline: events evenly spaced along a line, each with its date above a marker and its description below;
/// rows wrap when there are more events than fit across. Drawn as a tagged Figure whose alternative text lists
/// the events (generated unless given).
///
///     Timeline("Engagement", events: [TimelineEvent("2005", "Comprehensive visit"), TimelineEvent("2008", "Follow-up visit")])
public struct Timeline: Block {
    /// The timeline node.
    public var node: TimelineNode
    public var nodes: [Node] { [.timeline(node)] }

    public init(_ title: Text? = nil, events: [TimelineEvent], alt: String? = nil, file: StaticString = #fileID, line: UInt = #line) {
        node = TimelineNode(title: title, events: events, alt: alt ?? TimelineNode.describe(title: title, events: events),
                            source: SourceLocation(file: "\(file)", line: Int(line)))
    }
}
