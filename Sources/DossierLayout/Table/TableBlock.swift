import Dossier

/// A table waiting to be laid out, possibly continuing from an earlier page.
struct TableBlock: Sendable {
    /// The table model (shared with the CSV export).
    let model: TableModel
    /// Header cell style.
    let headerStyle: ParagraphStyle
    /// Body cell style.
    let cellStyle: ParagraphStyle
    /// Direction of the region: a right-to-left table is mirrored (its first column on the right, `layoutBlock`).
    let direction: TextDirection
    /// Alignment of each column's header (all columns), relative to the table's direction: the column's own, else
    /// aligned as the numbers below it.
    let headerAlignments: [TextAlignment]
    /// Template location.
    let source: SourceLocation
    /// Index into `model.rows` of the next row to place.
    var nextRow: Int = 0
    /// For a row split inside: the next line of each printed cell.
    var continuation: [Int]? = nil
    /// Data rows placed so far (for zebra striping).
    var dataRowsPlaced = 0
    /// Column widths, resolved once for the frame width.
    var widths: [Points]? = nil

    /// Per model column: the style of its header cell, of its text cells and of its number cells (the column's
    /// language and direction, its alignment turned to the text's direction).
    let columnStyles: [(header: ParagraphStyle, text: ParagraphStyle, number: ParagraphStyle)]

    /// Per printed column: the model column when its cells end in a dot leader (`Column.leader()`), else `nil`.
    let leaderColumns: [Int?]

    init(model: TableModel, sheet: Stylesheet, direction: TextDirection, documentLanguage: String = "en", source: SourceLocation) {
        self.model = model
        let h = model.style.headerOverrides.apply(to: sheet.tableHeader)
        let c = model.style.cellOverrides.apply(to: sheet.tableCell)
        headerStyle = h.resolved(in: direction, documentLanguage: documentLanguage)
        cellStyle = c.resolved(in: direction, documentLanguage: documentLanguage)
        self.direction = direction
        self.source = source
        leaderColumns = model.printedColumnIndices.map { model.columns[$0].leader ? $0 : nil }
        // Numbers align with the end of their column, except in right-to-left tables, where every cell starts at the
        // right (UN Arabic usage: numbers too).
        let numbers: TextAlignment = direction == .rightToLeft ? .start : .end
        let headers = Self.headerAlignments(model, numbers: numbers)
        headerAlignments = headers
        columnStyles = model.columns.indices.map { col in
            func style(_ base: ParagraphStyle, _ alignment: TextAlignment) -> ParagraphStyle {
                var s = base
                s.alignment = alignment
                if let language = model.columns[col].language { s.language = language; s.direction = .auto }
                return s.resolved(in: direction, documentLanguage: documentLanguage)
            }
            let own = model.columns[col].alignment
            return (style(h, headers[col]), style(c, own ?? .start), style(c, own ?? numbers))
        }
    }

    /// A header sits over its column's content: aligned as numbers when every value of the column's data rows is a
    /// number (empty cells aside); start-aligned otherwise. One pass over the rows.
    private static func headerAlignments(_ model: TableModel, numbers: TextAlignment) -> [TextAlignment] {
        var numeric = Array(repeating: 0, count: model.columns.count), other = numeric
        for row in model.rows where row.kind == .data {
            for (c, value) in row.values.prefix(model.columns.count).enumerated() {
                if value.isNumeric { numeric[c] += 1 } else if value != .empty { other[c] += 1 }
            }
        }
        return model.columns.indices.map { c in
            model.columns[c].alignment ?? (numeric[c] > 0 && other[c] == 0 ? numbers : .start)
        }
    }

    /// The style of a cell of model column `col` holding `value`.
    func cellStyle(column col: Int, value: CellValue) -> ParagraphStyle {
        col < columnStyles.count ? (value.isNumeric ? columnStyles[col].number : columnStyles[col].text) : cellStyle
    }
}

/// The shaped cells of one row at the resolved column widths.
struct MeasuredRow {
    /// One shaped cell per printed column (or one spanning cell for group headings).
    var cells: [ShapedText]
    /// The printed columns each cell covers; `nil` for one cell per column.
    var spans: [Range<Int>]?
    /// Height of the whole row including padding.
    var height: Points
    /// Background of each cell, when some are shaded.
    var backgrounds: [Color?]? = nil
}
