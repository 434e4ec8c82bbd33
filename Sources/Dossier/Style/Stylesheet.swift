/// The named paragraph styles a document uses. Blocks pick their style by role; modifiers override.
public struct Stylesheet: Sendable, Equatable {
    /// Body text.
    public var body: ParagraphStyle
    /// Headings by level 1...6 (index 0 is level 1).
    public var headings: [ParagraphStyle]
    /// List item text.
    public var listItem: ParagraphStyle
    /// Block quotation text.
    public var quote: ParagraphStyle
    /// The attribution line under a block quotation.
    public var attribution: ParagraphStyle
    /// Table header cells.
    public var tableHeader: ParagraphStyle
    /// Table body cells.
    public var tableCell: ParagraphStyle
    /// Table captions.
    public var caption: ParagraphStyle
    /// Table notes and footnotes.
    public var note: ParagraphStyle
    /// Running header and footer text.
    public var furniture: ParagraphStyle
    /// Contents entries.
    public var tocEntry: ParagraphStyle
    /// Space left between a numbered paragraph's number and its text.
    public var numberWidth: Points

    public init(body: ParagraphStyle, headings: [ParagraphStyle], listItem: ParagraphStyle, quote: ParagraphStyle,
                attribution: ParagraphStyle, tableHeader: ParagraphStyle, tableCell: ParagraphStyle,
                caption: ParagraphStyle, note: ParagraphStyle, furniture: ParagraphStyle, tocEntry: ParagraphStyle,
                numberWidth: Points = 34) {
        precondition(headings.count == 6, "a stylesheet needs six heading styles")
        self.body = body; self.headings = headings; self.listItem = listItem; self.quote = quote
        self.attribution = attribution; self.tableHeader = tableHeader; self.tableCell = tableCell
        self.caption = caption; self.note = note; self.furniture = furniture; self.tocEntry = tocEntry
        self.numberWidth = numberWidth
    }

    /// The style of a heading level, clamped to 1...6.
    public func heading(_ level: Int) -> ParagraphStyle { headings[min(max(level, 1), 6) - 1] }

    /// The font stack of the standard stylesheet: Liberation Serif (Latin, Cyrillic; metric-compatible with Times New
    /// Roman), Noto Naskh Arabic and Noto Serif CJK SC (Song style, with a real bold). A character none of them has is a
    /// render error, never a silent substitution from another installed font.
    public static let standardFamily = "Liberation Serif, Noto Naskh Arabic, Noto Serif CJK SC"

    /// A stylesheet in the manner of United Nations documents: serif body, bold sentence-case headings.
    /// - Parameters:
    ///   - family: the text family (a comma list may add script fallbacks).
    ///   - size: the body text size in points; headings, notes and tables scale from it.
    public static func standard(family: String = standardFamily, size: Points = 10.5) -> Stylesheet {
        let leading = (size * 1.24).rounded()
        let body = ParagraphStyle(font: FontSpec(family: family, size: size), lineHeight: leading,
                                  alignment: .justified, spaceAfter: 6)
        func heading(_ s: Points, before: Points, after: Points) -> ParagraphStyle {
            ParagraphStyle(font: FontSpec(family: family, size: s, weight: .bold), lineHeight: (s * 1.22).rounded(),
                           spaceBefore: before, spaceAfter: after, keepWithNext: true)
        }
        let small = size - 1.5
        var sheet = Stylesheet(
            body: body,
            headings: [heading(size + 3, before: 16, after: 8), heading(size + 1, before: 12, after: 6),
                       heading(size + 0.5, before: 12, after: 5), heading(size, before: 10, after: 4),
                       heading(size, before: 8, after: 4), heading(size, before: 8, after: 4)],
            listItem: ParagraphStyle(font: FontSpec(family: family, size: size), lineHeight: leading,
                                     alignment: .justified, spaceAfter: 4),
            quote: ParagraphStyle(font: FontSpec(family: family, size: size, italic: false), lineHeight: leading,
                                  alignment: .justified, spaceAfter: 2),
            attribution: ParagraphStyle(font: FontSpec(family: family, size: small + 0.5), lineHeight: leading,
                                        alignment: .end, spaceAfter: 8, color: .gray(0.25)),
            tableHeader: ParagraphStyle(font: FontSpec(family: family, size: small, italic: true),
                                        lineHeight: (small * 1.25).rounded()),
            tableCell: ParagraphStyle(font: FontSpec(family: family, size: small), lineHeight: (small * 1.25).rounded()),
            caption: ParagraphStyle(font: FontSpec(family: family, size: size, weight: .bold), lineHeight: leading,
                                    spaceBefore: 4, spaceAfter: 6, keepWithNext: true),
            note: ParagraphStyle(font: FontSpec(family: family, size: small), lineHeight: (small * 1.2).rounded(),
                                 spaceAfter: 1),
            furniture: ParagraphStyle(font: FontSpec(family: family, size: small), lineHeight: (small * 1.2).rounded()),
            tocEntry: ParagraphStyle(font: FontSpec(family: family, size: size), lineHeight: leading, spaceAfter: 3)
        )
        // Hyphenation: body text, list items, quotations and table cells only.
        sheet.headings = sheet.headings.map { var h = $0; h.hyphenate = false; return h }
        for path in [\Stylesheet.attribution, \.tableHeader, \.caption, \.note, \.furniture, \.tocEntry]
            as [WritableKeyPath<Stylesheet, ParagraphStyle>] {
            sheet[keyPath: path].hyphenate = false
        }
        return sheet
    }

    /// The same styles with `language` set on every one (Pango breaks lines and picks glyph forms by it).
    public func language(_ tag: String) -> Stylesheet {
        var s = self
        for path in [\Stylesheet.body, \.listItem, \.quote, \.attribution, \.tableHeader, \.tableCell, \.caption, \.note,
                     \.furniture, \.tocEntry] as [WritableKeyPath<Stylesheet, ParagraphStyle>] {
            s[keyPath: path].language = tag
        }
        s.headings = s.headings.map { var h = $0; h.language = tag; return h }
        return s
    }
}
