/// One event of a timeline: when (as it should read: "2005", "early 2017", "this visit") and what happened.
public struct TimelineEvent: Sendable, Equatable {
    public var when: String
    public var what: String
    public init(_ when: String, _ what: String) { self.when = when; self.what = what }
}

/// A timeline as data: events in order along a line, evenly spaced (the dates of briefs are often partial, so
/// the spacing does not measure time).
public struct TimelineNode: Sendable {
    /// Caption printed above the timeline.
    public var title: Text?
    /// The events, in order.
    public var events: [TimelineEvent]
    /// Alternative text for screen readers.
    public var alt: String
    /// Where the template created it.
    public var source: SourceLocation
    public init(title: Text?, events: [TimelineEvent], alt: String, source: SourceLocation) {
        self.title = title; self.events = events; self.alt = alt; self.source = source
    }

    /// The events in words: "Timeline: Engagement. 2005: Comprehensive visit; 2008: Follow-up visit."
    public static func describe(title: Text?, events: [TimelineEvent]) -> String {
        let heading = title.map { "Timeline: \($0.plainText)" } ?? "Timeline"
        let items = events.map { $0.when.isEmpty ? $0.what : "\($0.when): \($0.what)" }
        return items.isEmpty ? heading + "." : heading + ". " + items.joined(separator: "; ") + "."
    }
}
