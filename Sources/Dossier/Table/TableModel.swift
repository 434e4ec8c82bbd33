/// How wide a column is.
public enum ColumnWidth: Sendable, Equatable, Hashable {
    /// A fixed width in points.
    case fixed(Points)
    /// A share of the width left after fixed and automatic columns.
    case fraction(Double)
    /// From the minimum and maximum content widths the shaper measures.
    case auto
}

/// Where a column appears.
public enum ColumnVisibility: Sendable, Equatable, Hashable {
    /// In the printed table and the CSV annex.
    case both
    /// Only in the printed table.
    case pdfOnly
    /// Only in the CSV annex (ids, provenance).
    case csvOnly
}

/// Vertical placement of cell content.
public enum VerticalAlignment: Sendable, Equatable, Hashable {
    case top, middle, bottom
}

/// A column of a table model: its title, stable CSV key, width and placement.
public struct ColumnSpec: Sendable, Equatable, Hashable {
    /// Display title in the header row.
    public var title: String
    /// Stable snake_case key used as the CSV header.
    public var key: String
    /// Width rule.
    public var width: ColumnWidth
    /// Horizontal alignment; `nil` aligns numbers to the end and text to the start.
    public var alignment: TextAlignment?
    /// Where the column appears.
    public var visibility: ColumnVisibility
    /// The language of the column's printed cells when it differs from the document's (BCP 47), e.g. the English
    /// distribution block of an Arabic masthead: the cells take its direction; alignment stays relative to the table.
    public var language: String? = nil
    /// A dot leader from the end of each printed cell's last line to the cell's end edge, leading the eye to the next
    /// column (a contents table's titles towards their page numbers).
    public var leader = false
    public init(title: String, key: String, width: ColumnWidth, alignment: TextAlignment?, visibility: ColumnVisibility) {
        self.title = title; self.key = key; self.width = width; self.alignment = alignment; self.visibility = visibility
    }
}

/// What a row is for.
public enum RowKind: Sendable, Equatable, Hashable {
    /// A data row: printed and exported.
    case data
    /// A group heading spanning the table (e.g. a region); printed only.
    case groupHeading
    /// A subtotal of the group above; printed only.
    case subtotal
    /// A footer row (totals) at the end of the table; printed only.
    case footer
}

/// One row of a table model.
public struct TableRow: Sendable, Equatable {
    /// What the row is for.
    public var kind: RowKind
    /// One value per column of the model (all columns, whatever their visibility).
    public var values: [CellValue]
    /// Printed content per column, when it differs from the value's display text.
    public var display: [Text?]?
    /// Column spans over the printed columns (e.g. `[3, 1]`: a "Total" label across three columns, then
    /// the sum); each cell shows the first column it covers. `nil`: one cell per column.
    public var columnSpans: [Int]?
    /// Background of each cell (one per column of the model) when some cells are shaded, as in a heat map.
    public var backgrounds: [Color?]?
    public init(kind: RowKind = .data, values: [CellValue], display: [Text?]? = nil, columnSpans: [Int]? = nil,
                backgrounds: [Color?]? = nil) {
        self.kind = kind; self.values = values; self.display = display; self.columnSpans = columnSpans
        self.backgrounds = backgrounds
    }

    /// The background of column `index`'s cell, if it is shaded.
    public func background(at index: Int) -> Color? {
        guard let b = backgrounds, index < b.count else { return nil }
        return b[index]
    }

    /// The printed content of column `index`.
    public func text(at index: Int) -> Text {
        if let d = display, index < d.count, let t = d[index] { return t }
        if index < values.count, case .pageRef(let anchor) = values[index] { return .pageRef(anchor) }
        return index < values.count ? Text(values[index].displayText) : Text("")
    }
}

/// Visual style of a table.
public struct TableStyle: Sendable, Equatable {
    /// Horizontal rules only at the top, under the header and at the bottom; no vertical rules.
    public var unStyle: Bool
    /// Grid lines on every cell edge (when not UN style).
    public var grid: Stroke?
    /// Header row background.
    public var headerBackground: Color?
    /// Background of every other data row.
    public var zebra: Color?
    /// Cell padding.
    public var padding: EdgeInsets
    /// Vertical alignment of cell content.
    public var verticalAlignment: VerticalAlignment
    /// A data row taller than the space left moves whole to the next page (split only when taller than a page).
    public var keepRowsWhole: Bool
    /// Print the header row (repeated on every page).
    public var showsHeader: Bool
    /// Overrides of the stylesheet's cell style.
    public var cellOverrides: StyleOverrides
    /// Overrides of the stylesheet's header style.
    public var headerOverrides: StyleOverrides
    public init(unStyle: Bool = true, grid: Stroke? = nil, headerBackground: Color? = nil, zebra: Color? = nil,
                padding: EdgeInsets = EdgeInsets(vertical: 2.5, horizontal: 4),
                verticalAlignment: VerticalAlignment = .top, keepRowsWhole: Bool = true, showsHeader: Bool = true,
                cellOverrides: StyleOverrides = StyleOverrides(), headerOverrides: StyleOverrides = StyleOverrides()) {
        self.unStyle = unStyle; self.grid = grid; self.headerBackground = headerBackground; self.zebra = zebra
        self.padding = padding; self.verticalAlignment = verticalAlignment; self.keepRowsWhole = keepRowsWhole
        self.showsHeader = showsHeader; self.cellOverrides = cellOverrides; self.headerOverrides = headerOverrides
    }
    /// UN style: three horizontal rules, no vertical rules.
    public static let un = TableStyle()
    /// A full grid.
    public static func gridded(_ stroke: Stroke = Stroke(width: 0.5), header: Color? = .gray(0.85)) -> TableStyle {
        TableStyle(unStyle: false, grid: stroke, headerBackground: header)
    }
}

/// A table as data: the single definition behind both the printed table and its CSV annex.
public struct TableModel: Sendable {
    /// Stable id; CSV files are named `<document-id>__<id>.csv`.
    public var id: String
    /// Caption printed above the table.
    public var caption: Text?
    /// Columns in order.
    public var columns: [ColumnSpec]
    /// Rows in order: data rows, group headings, subtotals and footer rows.
    public var rows: [TableRow]
    /// Notes printed under the table, lettered a, b, c.
    public var notes: [Text]
    /// Visual style.
    public var style: TableStyle
    /// Exported as a CSV annex by `--annexes`.
    public var isAnnex: Bool
    /// Drawn in the PDF (false for CSV-only annexes, e.g. an empty history).
    public var isPrinted: Bool
    public init(id: String, caption: Text?, columns: [ColumnSpec], rows: [TableRow], notes: [Text],
                style: TableStyle, isAnnex: Bool, isPrinted: Bool = true) {
        self.id = id; self.caption = caption; self.columns = columns; self.rows = rows
        self.notes = notes; self.style = style; self.isAnnex = isAnnex; self.isPrinted = isPrinted
    }

    /// Indices of the columns printed in the PDF.
    public var printedColumnIndices: [Int] { columns.indices.filter { columns[$0].visibility != .csvOnly } }
    /// Indices of the columns exported to CSV.
    public var exportedColumnIndices: [Int] { columns.indices.filter { columns[$0].visibility != .pdfOnly } }
    /// True when some cell is a page reference (known only after layout).
    public var hasPageReferences: Bool {
        rows.contains { $0.values.contains { if case .pageRef = $0 { return true } else { return false } } }
    }

    /// The model with page-reference cells replaced by page numbers as printed (absent anchors become empty cells).
    public func resolvingPageReferences(_ pages: [String: Int]) -> TableModel {
        var copy = self
        copy.rows = rows.map { row in
            var r = row
            r.values = row.values.map { v in
                if case .pageRef(let anchor) = v { return pages[anchor].map(CellValue.integer) ?? .empty }
                return v
            }
            return r
        }
        return copy
    }

    /// The data rows (the rows a CSV annex holds).
    public var dataRows: LazyFilterSequence<[TableRow]> { rows.lazy.filter { $0.kind == .data } }
}

/// A table in the document tree.
public struct TableNode: Sendable {
    /// The model.
    public var model: TableModel
    /// Where the template created it.
    public var source: SourceLocation
    public init(model: TableModel, source: SourceLocation) { self.model = model; self.source = source }
}
