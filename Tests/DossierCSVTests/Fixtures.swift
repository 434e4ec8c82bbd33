import Dossier

/// Builds table models for the CSV tests.
enum Fixtures {
    static func column(_ key: String, _ visibility: ColumnVisibility = .both) -> ColumnSpec {
        ColumnSpec(title: key.capitalized, key: key, width: .auto, alignment: nil, visibility: visibility)
    }

    static func table(columns: [ColumnSpec], rows: [TableRow], id: String = "t") -> TableModel {
        TableModel(id: id, caption: nil, columns: columns, rows: rows, notes: [], style: .un, isAnnex: true)
    }

    /// One text column holding each value in its own data row.
    static func singleColumn(_ values: [CellValue]) -> TableModel {
        table(columns: [column("value")], rows: values.map { TableRow(values: [$0]) })
    }
}
