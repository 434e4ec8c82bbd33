/// A horizontal bar chart: a bar per category with its value printed at its end; with several series, stacked
/// segments (values printed inside when they fit) and a legend. Drawn as a tagged Figure whose alternative text
/// gives every value in words (generated unless given). Long charts continue on the next page.
///
///     BarChart("Recommendations by status", bars: [("Open", 3), ("In progress", 2), ("Closed", 1)])
public struct BarChart: Block {
    /// The chart node.
    public var node: ChartNode
    public var nodes: [Node] { [.chart(node)] }

    /// A bar per labelled value.
    public init(_ title: Text? = nil, bars: [(label: String, value: Double)], alt: String? = nil,
                file: StaticString = #fileID, line: UInt = #line) {
        self.init(title, categories: bars.map(\.label), series: [ChartSeries("", values: bars.map(\.value))], alt: alt,
                  file: file, line: line)
    }

    /// A bar per category, stacked from the series in order.
    public init(_ title: Text? = nil, categories: [String], series: [ChartSeries], alt: String? = nil,
                file: StaticString = #fileID, line: UInt = #line) {
        node = ChartNode(title: title, categories: categories, series: series,
                         alt: alt ?? ChartNode.describe(title: title, categories: categories, series: series),
                         source: SourceLocation(file: "\(file)", line: Int(line)))
    }
}
