/// A column of a `Table` over rows of type `Row`: a title, a stable CSV key and how to get the cell.
public struct Column<Row>: @unchecked Sendable {
    // @unchecked: the closures are only called while the table is built, on the builder's thread.
    /// Title, key, width, alignment, visibility.
    public var spec: ColumnSpec
    /// The cell value (exported to CSV, printed by default).
    public var value: (Row) -> CellValue
    /// Printed content when it should differ from the value's display text.
    public var display: ((Row) -> Text)?
    /// Background of the cell, by row (print only).
    public var background: ((Row) -> Color?)?

    public init(_ title: String, key: String, width: ColumnWidth = .auto, alignment: TextAlignment? = nil,
                value: @escaping (Row) -> CellValue) {
        spec = ColumnSpec(title: title, key: key, width: width, alignment: alignment, visibility: .both)
        self.value = value
    }
    /// A text column (the common case): `Column("Name", key: "name") { $0.name }`.
    public init(_ title: String, key: String, width: ColumnWidth = .auto, alignment: TextAlignment? = nil,
                text: @escaping (Row) -> String?) {
        self.init(title, key: key, width: width, alignment: alignment) { text($0).cell }
    }

    /// Only in the printed table.
    public func pdfOnly() -> Column { var c = self; c.spec.visibility = .pdfOnly; return c }
    /// Only in the CSV annex.
    public func csvOnly() -> Column { var c = self; c.spec.visibility = .csvOnly; return c }
    /// The printed cells are in `tag` (BCP 47), not the document's language (their direction follows it).
    public func language(_ tag: String?) -> Column { var c = self; c.spec.language = tag; return c }
    /// Printed cells end in a dot leader towards the next column (contents tables); header cells do not.
    public func leader() -> Column { var c = self; c.spec.leader = true; return c }
    /// Printed content built from the row (styled text), the CSV keeping `value`.
    public func displayed(_ display: @escaping (Row) -> Text) -> Column { var c = self; c.display = display; return c }
    /// Cells shaded by their row, as in a heat map (a status's colour behind its code); print only. Keep the text
    /// readable on every shade, and say what the shades mean in words (they may be printed in greyscale).
    public func shaded(_ background: @escaping (Row) -> Color?) -> Column { var c = self; c.background = background; return c }
}

/// Result builder for table columns.
@resultBuilder
public enum ColumnBuilder<Row> {
    public static func buildExpression(_ column: Column<Row>) -> [Column<Row>] { [column] }
    public static func buildBlock(_ parts: [Column<Row>]...) -> [Column<Row>] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Column<Row>]?) -> [Column<Row>] { part ?? [] }
    public static func buildEither(first: [Column<Row>]) -> [Column<Row>] { first }
    public static func buildEither(second: [Column<Row>]) -> [Column<Row>] { second }
    public static func buildArray(_ parts: [[Column<Row>]]) -> [Column<Row>] { parts.flatMap { $0 } }
}

/// Rows grouped under a heading row, with an optional subtotal row after each group.
public struct RowGroups<Row> {
    /// The group key of a row (e.g. its region); groups appear in first-seen order.
    public var key: (Row) -> String
    /// The subtotal row of a group, one value per column, or `nil` for none.
    public var subtotal: (([Row]) -> [CellValue])?
    public init(by key: @escaping (Row) -> String, subtotal: (([Row]) -> [CellValue])? = nil) {
        self.key = key; self.subtotal = subtotal
    }
}

/// A table in a template. One definition draws the PDF table and writes its CSV annex.
public struct Table: Block {
    /// The table node.
    public var node: TableNode
    public var nodes: [Node] { [.table(node)] }

    /// - Parameters:
    ///   - rows: the data, one element per data row.
    ///   - id: stable id of the table, used for CSV file names.
    ///   - caption: printed above the table.
    ///   - style: rules, grid, padding and header of the printed table (UN style by default: no vertical rules).
    ///   - groups: optional grouping of rows under headings with subtotals.
    ///   - footer: optional footer rows (totals), one value per column.
    ///   - footerSpans: column spans of the footer rows over the printed columns (a label across several).
    ///   - notes: table notes, lettered a, b, c under the table.
    ///   - annex: exported by `--annexes`.
    ///   - file: the template file that made the table, for diagnostics (filled in by the compiler).
    ///   - line: the template line that made the table, for diagnostics (filled in by the compiler).
    ///   - columns: the columns, each with its CSV key and how to get its cell from a row.
    public init<Row>(_ rows: [Row], id: String, caption: Text? = nil, style: TableStyle = .un,
                     groups: RowGroups<Row>? = nil, footer: [[CellValue]] = [], footerSpans: [Int]? = nil,
                     notes: [Text] = [], annex: Bool = true,
                     file: StaticString = #fileID, line: UInt = #line,
                     @ColumnBuilder<Row> columns: () -> [Column<Row>]) {
        let cols = columns()
        func row(_ r: Row) -> TableRow {
            let values = cols.map { $0.value(r) }
            let display: [Text?]? = cols.contains { $0.display != nil } ? cols.map { $0.display?(r) } : nil
            let backgrounds: [Color?]? = cols.contains { $0.background != nil } ? cols.map { $0.background?(r) } : nil
            return TableRow(kind: .data, values: values, display: display, backgrounds: backgrounds)
        }
        var out: [TableRow] = []
        out.reserveCapacity(rows.count)
        if let groups {
            var order: [String] = []
            var members: [String: [Row]] = [:]
            for r in rows {
                let k = groups.key(r)
                if members[k] == nil { order.append(k) }
                members[k, default: []].append(r)
            }
            for k in order {
                let rs = members[k] ?? []
                out.append(TableRow(kind: .groupHeading, values: [.text(k)] + Array(repeating: .empty, count: max(cols.count - 1, 0))))
                out.append(contentsOf: rs.map(row))
                if let subtotal = groups.subtotal { out.append(TableRow(kind: .subtotal, values: subtotal(rs))) }
            }
        } else {
            out.append(contentsOf: rows.map(row))
        }
        out.append(contentsOf: footer.map { TableRow(kind: .footer, values: $0, columnSpans: footerSpans) })
        let model = TableModel(id: id, caption: caption, columns: cols.map(\.spec), rows: out, notes: notes,
                               style: style, isAnnex: annex)
        node = TableNode(model: model, source: SourceLocation(file: "\(file)", line: Int(line)))
    }

    /// Exported as CSV but not drawn (an empty annex table whose absence the text already states).
    public func csvOnly() -> Table { var t = self; t.node.model.isPrinted = false; return t }

    /// Without a printed header row (layout tables such as mastheads).
    public func headerless() -> Table { var t = self; t.node.model.style.showsHeader = false; return t }

    /// A table from a ready model.
    public init(model: TableModel, file: StaticString = #fileID, line: UInt = #line) {
        node = TableNode(model: model, source: SourceLocation(file: "\(file)", line: Int(line)))
    }
}
