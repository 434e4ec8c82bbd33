import Foundation

/// One series of a bar chart: a name (in the legend) and one value per category.
public struct ChartSeries: Sendable, Equatable {
    /// Shown in the legend of a stacked chart.
    public var name: String
    /// One value per category, in the chart's category order (missing values count as 0).
    public var values: [Double]
    public init(_ name: String, values: [Double]) { self.name = name; self.values = values }
}

/// A horizontal bar chart as data: a bar per category; with several series the bars are stacked and a legend
/// names the series. Every bar carries its value as text, so the chart reads in greyscale print.
public struct ChartNode: Sendable {
    /// Caption printed above the chart.
    public var title: Text?
    /// Bar labels, top to bottom.
    public var categories: [String]
    /// The series; one for a plain bar chart.
    public var series: [ChartSeries]
    /// Alternative text for screen readers (the values in words).
    public var alt: String
    /// Where the template created it.
    public var source: SourceLocation
    public init(title: Text?, categories: [String], series: [ChartSeries], alt: String, source: SourceLocation) {
        self.title = title; self.categories = categories; self.series = series; self.alt = alt; self.source = source
    }

    /// The value of series `s` for category `c` (0 when missing, negative or not a number).
    public func value(_ s: Int, _ c: Int) -> Double {
        guard s < series.count, c < series[s].values.count else { return 0 }
        let v = series[s].values[c]
        return v.isFinite && v > 0 ? v : 0
    }

    /// The sum of the series for category `c`.
    public func total(_ c: Int) -> Double { series.indices.reduce(0) { $0 + value($1, c) } }

    /// A value as printed: whole numbers with thousands separators, others with one decimal.
    public static func label(_ v: Double) -> String {
        v.rounded() == v && abs(v) < 1e15 ? CellValue.integer(Int(v)).displayText : CellValue.number(v, fractionDigits: 1).displayText
    }

    /// The values in words, for screen readers: "Recommendations by status: Open 3; Closed 1." or, stacked,
    /// "…: Kenya: Open 3, Closed 1 (4); Nigeria: …".
    public static func describe(title: Text?, categories: [String], series: [ChartSeries]) -> String {
        let node = ChartNode(title: title, categories: categories, series: series, alt: "", source: SourceLocation(file: "", line: 0))
        let rows = categories.indices.map { c -> String in
            if series.count == 1 { return "\(categories[c]) \(label(node.value(0, c)))" }
            let parts = series.indices.map { "\(series[$0].name) \(label(node.value($0, c)))" }.joined(separator: ", ")
            return "\(categories[c]): \(parts) (\(label(node.total(c))))"
        }
        let kind = series.count > 1 ? "Stacked bar chart" : "Bar chart"
        let heading = title.map { "\(kind): \($0.plainText)" } ?? kind
        return rows.isEmpty ? heading + "." : heading + ". " + rows.joined(separator: "; ") + "."
    }
}
