import Dossier

/// One finished page: its size, positioned body items, furniture, label and watermark.
public struct LaidOutPage: Sendable {
    /// Page size after orientation.
    public var size: Size
    /// Body items in drawing order (content, with structure tags).
    public var items: [PageItem]
    /// Header, footer and markings, drawn after the body; not content (PDF artifacts, never tagged).
    public var furniture: [PageItem]
    /// Printed page label.
    public var label: String
    /// Diagonal watermark text.
    public var watermark: String?
}

/// The result of layout: pages ready to draw, and what the renderer needs for navigation.
public struct LaidOutDocument: Sendable {
    /// The pages.
    public var pages: [LaidOutPage]
    /// Headings with their pages, for the outline.
    public var pageMap: PageMap
    /// Problems found, in document order.
    public var diagnostics: [Diagnostic]
    /// Layout passes run until page references stabilised.
    public var passes: Int
}

/// Limits that stop runaway documents.
public struct LayoutOptions: Sendable {
    /// More pages than this is an error.
    public var maxPages: Int
    /// Passes for forward references before giving up with a warning.
    public var maxPasses: Int
    /// Pages are kept between layout and drawing while they hold at most this many items; larger documents
    /// are laid out again page by page while they are drawn, so memory stays bounded.
    public var retainedItemBudget: Int
    public init(maxPages: Int = 20_000, maxPasses: Int = 5, retainedItemBudget: Int = 60_000) {
        self.maxPages = maxPages; self.maxPasses = maxPasses; self.retainedItemBudget = retainedItemBudget
    }
}
