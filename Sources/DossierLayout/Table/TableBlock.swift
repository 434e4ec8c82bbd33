import Dossier

/// A table waiting to be laid out, possibly continuing from an earlier page.
struct TableBlock: Sendable {
    /// The table model (shared with the CSV export).
    let model: TableModel
    /// Header cell style.
    let headerStyle: ParagraphStyle
    /// Body cell style.
    let cellStyle: ParagraphStyle
    /// Writing direction (column order is reversed for right-to-left tables).
    let direction: TextDirection
    /// Alignment of each column's header (all columns): the column's own, else end-aligned above numbers.
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

    init(model: TableModel, sheet: Stylesheet, direction: TextDirection, source: SourceLocation) {
        self.model = model
        var h = model.style.headerOverrides.apply(to: sheet.tableHeader)
        var c = model.style.cellOverrides.apply(to: sheet.tableCell)
        if h.direction == .auto { h.direction = direction }
        if c.direction == .auto { c.direction = direction }
        headerStyle = h
        cellStyle = c
        self.direction = direction
        self.source = source
        headerAlignments = Self.headerAlignments(model)
    }

    /// A header sits over its column's content: end-aligned when every value of the column's data rows is a
    /// number (empty cells aside), as numbers are; start-aligned otherwise. One pass over the rows.
    private static func headerAlignments(_ model: TableModel) -> [TextAlignment] {
        var numeric = Array(repeating: 0, count: model.columns.count), other = numeric
        for row in model.rows where row.kind == .data {
            for (c, value) in row.values.prefix(model.columns.count).enumerated() {
                if value.isNumeric { numeric[c] += 1 } else if value != .empty { other[c] += 1 }
            }
        }
        return model.columns.indices.map { c in
            model.columns[c].alignment ?? (numeric[c] > 0 && other[c] == 0 ? .end : .start)
        }
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
