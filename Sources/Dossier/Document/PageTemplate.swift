/// What header, footer and markings of a page may depend on.
public struct PageContext: Sendable, Equatable {
    /// 1-based physical page number.
    public var pageNumber: Int
    /// Total number of pages: the number of the last page when pages are numbered (roman front matter excluded).
    public var pageCount: Int
    /// Printed label of the page ("3", or "ii" in front matter).
    public var pageLabel: String
    /// Title of the most recent top-level section started on or before this page.
    public var sectionTitle: String?
    /// The page size after orientation.
    public var size: Size
    /// Reference of the document part the page belongs to (in a pack).
    public var partReference: String?
    /// True on the first page of a part.
    public var startsPart: Bool
    public init(pageNumber: Int, pageCount: Int, pageLabel: String, sectionTitle: String?, size: Size,
                partReference: String? = nil, startsPart: Bool = false) {
        self.pageNumber = pageNumber; self.pageCount = pageCount; self.pageLabel = pageLabel
        self.sectionTitle = sectionTitle; self.size = size; self.partReference = partReference; self.startsPart = startsPart
    }
    /// True on odd (right-hand) pages.
    public var isRecto: Bool { pageNumber % 2 == 1 }
}

/// Text printed at the top and bottom edge of every page (sensitivity markings such as "CONFIDENTIAL").
public struct Marking: Sendable, Equatable {
    /// The marking text.
    public var text: String
    /// Its colour.
    public var color: Color
    public init(_ text: String, color: Color = .hex(0xB00020)) { self.text = text; self.color = color }
}

/// The furniture of pages: header, footer, markings and watermark.
public struct PageTemplate: Sendable {
    /// Blocks laid out in the top margin.
    public var header: @Sendable (PageContext) -> [Node]
    /// Blocks laid out in the bottom margin.
    public var footer: @Sendable (PageContext) -> [Node]
    /// Marking printed at the top and bottom edge of every page.
    public var marking: Marking?
    /// Diagonal watermark text (e.g. "ILLUSTRATIVE", "DRAFT").
    public var watermark: String?
    /// Header and footer of the first page, when it differs.
    public var firstPageHeader: (@Sendable (PageContext) -> [Node])?
    /// Footer of the first page, when it differs.
    public var firstPageFooter: (@Sendable (PageContext) -> [Node])?

    public init(header: @escaping @Sendable (PageContext) -> [Node] = { _ in [] },
                footer: @escaping @Sendable (PageContext) -> [Node] = PageTemplate.pageXofY,
                marking: Marking? = nil, watermark: String? = nil,
                firstPageHeader: (@Sendable (PageContext) -> [Node])? = nil,
                firstPageFooter: (@Sendable (PageContext) -> [Node])? = nil) {
        self.header = header; self.footer = footer; self.marking = marking; self.watermark = watermark
        self.firstPageHeader = firstPageHeader; self.firstPageFooter = firstPageFooter
    }

    /// A centred "Page X of Y" footer.
    public static let pageXofY: @Sendable (PageContext) -> [Node] = { ctx in
        Paragraph("Page \(ctx.pageLabel) of \(ctx.pageCount)").alignment(.center).nodes
    }

    /// The header for a page.
    public func headerNodes(_ ctx: PageContext) -> [Node] {
        (ctx.pageNumber == 1 ? firstPageHeader ?? header : header)(ctx)
    }
    /// The footer for a page.
    public func footerNodes(_ ctx: PageContext) -> [Node] {
        (ctx.pageNumber == 1 ? firstPageFooter ?? footer : footer)(ctx)
    }
}
