import Foundation

/// Descriptive metadata written into the PDF.
public struct DocumentMetadata: Sendable, Equatable {
    /// Document title.
    public var title: String
    /// Author: the issuing entity.
    public var author: String
    /// Subject line.
    public var subject: String
    /// Keywords.
    public var keywords: [String]
    /// BCP 47 language tag of the content (e.g. "en").
    public var language: String
    /// Creation date; `nil` leaves the choice to the renderer's clock.
    public var creationDate: Date?
    public init(title: String, author: String = "", subject: String = "", keywords: [String] = [],
                language: String = "en", creationDate: Date? = nil) {
        self.title = title; self.author = author; self.subject = subject; self.keywords = keywords
        self.language = language; self.creationDate = creationDate
    }
}

/// A complete document: metadata, page setup, styles, page furniture and the body tree.
public struct Document: Sendable {
    /// Stable id; output and annex file names derive from it.
    public var id: String
    /// PDF metadata.
    public var metadata: DocumentMetadata
    /// Default page geometry.
    public var geometry: PageGeometry
    /// Paragraph styles.
    public var stylesheet: Stylesheet
    /// Header, footer, markings, watermark.
    public var pageTemplate: PageTemplate
    /// Automatic heading numbering of sections.
    public var headingNumbering: HeadingNumbering
    /// Base writing direction: the direction of the page region every block is laid out in (`.auto`: the
    /// direction of `metadata.language`). A right-to-left document mirrors block by block.
    public var direction: TextDirection
    /// How numbered paragraphs are labelled ("1." in English, "1 -" in Arabic).
    public var paragraphNumbering: HeadingNumberStyle = .arabic
    /// Conventions of the document's language applied to every text run (spacing, unbreakable units, footnote marks).
    public var typography = Typography()
    /// The content.
    public var body: [Node]

    public init(id: String, metadata: DocumentMetadata, geometry: PageGeometry = PageGeometry(),
                stylesheet: Stylesheet = .standard(), pageTemplate: PageTemplate = PageTemplate(),
                headingNumbering: HeadingNumbering = .none, direction: TextDirection = .leftToRight,
                @BlockBuilder body: () -> [Node]) {
        self.id = id; self.metadata = metadata; self.geometry = geometry; self.stylesheet = stylesheet
        self.pageTemplate = pageTemplate; self.headingNumbering = headingNumbering; self.direction = direction
        self.body = body()
    }

    /// Every table with the id of the document it belongs to: the id of its part in a pack, else this document's.
    public var annexTables: [(documentId: String, table: TableModel)] {
        var out: [(String, TableModel)] = []
        func walk(_ nodes: [Node], _ owner: String) {
            for n in nodes {
                switch n {
                case .table(let t): out.append((owner, t.model))
                case .section(let s): walk(s.content, owner)
                case .box(let b): walk(b.content, owner)
                case .keepTogether(let c, _): walk(c, owner)
                case .list(let l): l.items.forEach { walk($0.content, owner) }
                case .part(let p): walk(p.content, p.documentId ?? owner)
                default: break
                }
            }
        }
        walk(body, id)
        return out
    }

    /// Every table in the body, in document order.
    public var tables: [TableModel] { annexTables.map(\.table) }
}

extension Document {
    /// The language of each block quotation, in document order (nil: the document's language), as the PDF's
    /// BlockQuote structure elements follow one another.
    public var quoteLanguages: [String?] {
        var out: [String?] = []
        func walk(_ nodes: [Node]) {
            for n in nodes {
                switch n {
                case .quote(let q): out.append(q.language)
                case .section(let s): walk(s.content)
                case .box(let b): walk(b.content)
                case .keepTogether(let c, _): walk(c)
                case .list(let l): l.items.forEach { walk($0.content) }
                case .part(let p): walk(p.content)
                default: break
                }
            }
        }
        walk(body)
        return out
    }
}
