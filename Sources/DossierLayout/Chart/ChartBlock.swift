import Dossier

/// A bar chart waiting to be laid out, possibly continuing from an earlier page (from category `next`), with
/// its scale fixed once for all its parts.
struct ChartBlock: Sendable {
    let node: ChartNode
    /// Labels and values.
    let style: ParagraphStyle
    /// The largest bar total: the full bar length.
    let scale: Double
    /// The first category still to place.
    var next = 0
    /// The line of that category's label to continue from (a label taller than a page).
    var nextLabelLine = 0
    /// A part before placed the legend (later parts repeat it only when it is small).
    var legendShown = false
    /// Direction of the region: right to left puts the labels on the right and grows the bars to the left.
    var direction: TextDirection = .leftToRight

    init(node: ChartNode, style: ParagraphStyle) {
        self.node = node
        self.style = style
        scale = node.categories.indices.map(node.total).max() ?? 0
    }

    var isContinuation: Bool { next > 0 || nextLabelLine > 0 || legendShown }
}

/// Fill shades of stacked series, dark to light, far enough apart to tell in greyscale print; the legend and
/// the values printed on the segments name them too.
enum ChartPalette {
    static let shades: [Color] = [.hex(0x1F4E79), .hex(0x6F9FCF), .hex(0xBFD7EE), .gray(0.55), .gray(0.85), .hex(0x0B2840)]

    static func fill(_ series: Int, of count: Int) -> Color { count == 1 ? .hex(0x3C6E9F) : shades[series % shades.count] }

    /// White text on dark fills, black on light ones.
    static func text(on c: Color) -> Color {
        0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue < 0.5 ? .gray(1) : .gray(0)
    }
}
