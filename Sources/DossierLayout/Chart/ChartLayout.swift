import Dossier

extension LayoutContext {
    /// A bar chart: a legend for stacked series (on every page the chart reaches), category labels in a column on
    /// the left (wrapped), bars from a thin axis, each bar's total at its end; stacked segments print their value
    /// inside when it fits. A chart that fits on a page moves whole to the next page; a longer one continues
    /// there with the rows that do not fit (at least one row is placed in a fresh region).
    func layoutChart(_ chart: ChartBlock, in space: Space) -> Outcome {
        let node = chart.node
        let geometry = ChartGeometry(chart, width: space.width, shaper: shaper)
        if !geometry.fits && !chart.isContinuation {
            diagnostics.append(Diagnostic(.warning, "chart values are wider than its column", source: node.source))
        }
        let alt = chart.isContinuation ? node.alt + " (continued)" : node.alt
        var items: [PageItem] = [.beginTag(.figure), .alternateText(alt)]
        var y: Points = 0
        if node.series.count > 1 {
            // Why only when small: a legend of many long names repeated on every part left no room for bars.
            let legend = legendItems(node, width: space.width, style: chart.style)
            if !chart.legendShown || legend.height + 6 <= space.regionHeight / 3 {
                items += legend.items
                y = legend.height + 6
                if legend.height > space.height && space.fresh {
                    diagnostics.append(Diagnostic(.warning, "chart legend is taller than the page", source: node.source))
                }
            }
        }
        let barsTop = y
        // A chart that fits on a page is not split: it moves whole to the next page, like a kept group.
        if !space.fresh {
            let whole = (chart.next..<node.categories.count).reduce(barsTop) {
                $0 + geometry.row($1, fromLine: $1 == chart.next ? chart.nextLabelLine : 0, room: nil).height
            }
            if whole > space.height && whole <= space.regionHeight { return .deferred }
        }
        var c = chart.next
        var rest: ChartBlock? = nil
        while c < node.categories.count {
            let first = c == chart.next ? chart.nextLabelLine : 0
            var row = geometry.row(c, fromLine: first, room: nil)
            if y + row.height > space.height {
                // Nothing placed yet in a fresh region: the row's label continues on the next page; after a legend
                // that leaves no room, the rows start on the next page.
                guard c == chart.next && space.fresh else { break }
                if barsTop > 0 && barsTop + geometry.row(c, fromLine: first, room: 0).height > space.height {
                    rest = chart
                    y -= 6   // the legend alone: no gap below it
                    break
                }
                row = geometry.row(c, fromLine: first, room: space.height - y)
                if y + row.height > space.height {
                    diagnostics.append(Diagnostic(.warning, "chart row is taller than the page", source: node.source))
                }
            }
            items += row.items.map { $0.offsetBy(dx: 0, dy: y) }
            y += row.height
            if let line = row.nextLine {
                rest = chart
                rest?.next = c
                rest?.nextLabelLine = line
                break
            }
            c += 1
        }
        if c == chart.next && rest == nil { return .deferred }
        if y > barsTop {
            items.append(.line(x1: geometry.axisX, y1: barsTop, x2: geometry.axisX, y2: y, Stroke(width: 0.5, color: .gray(0.45))))
        }
        items.append(.endTag(.figure))
        let fragment = Fragment(items: items, height: space.taking(content: y, after: 8))
        if rest == nil, c < node.categories.count {
            rest = chart
            rest?.next = c
            rest?.nextLabelLine = 0
        }
        rest?.legendShown = true
        guard let rest else { return .complete(fragment) }
        return .partial(fragment, [.chart(rest)])
    }

    /// The series names with their swatches, flowing in lines across the width.
    private func legendItems(_ node: ChartNode, width: Points, style: ParagraphStyle) -> (items: [PageItem], height: Points) {
        var items: [PageItem] = []
        var x: Points = 0, y: Points = 0, lineHeight: Points = 0
        for (s, series) in node.series.enumerated() {
            let natural = shaper.contentWidths(StyledText(series.name), style: style).maximum
            let shaped = shaper.shape(TextRequest(text: StyledText(series.name), style: style, width: min(natural + 0.5, max(width - 12, 1))))
            let textWidth = shaped.lines.map(\.width).max() ?? 0
            let h = shaped.height(of: 0..<shaped.lines.count)
            let entry = 12 + textWidth + 14
            if x > 0 && x + entry > width { x = 0; y += lineHeight + 2; lineHeight = 0 }
            items.append(.fill(Rect(x: x, y: y + (h - 8) / 2, width: 8, height: 8), ChartPalette.fill(s, of: node.series.count)))
            items.append(.text(TextItem(shaped: shaped, lines: 0..<shaped.lines.count, x: x + 12, y: y)))
            x += entry
            lineHeight = max(lineHeight, h)
        }
        return (items, y + lineHeight)
    }
}

/// Where a chart's parts go at one width: the label column, the axis, the bar area and the value column.
struct ChartGeometry {
    let chart: ChartBlock
    let shaper: TextShaper
    let labelWidth: Points
    let axisX: Points
    let barArea: Points
    static let barHeight: Points = 10
    static let band: Points = 14

    /// Labels take their longest line up to 35 % of the width, less when the bars would get under a quarter;
    /// the widest total and its gap are kept free at the end. `fits` is false when even that leaves no room.
    init(_ chart: ChartBlock, width: Points, shaper: TextShaper) {
        self.chart = chart
        self.shaper = shaper
        let natural = chart.node.categories.map { shaper.contentWidths(StyledText($0), style: chart.style).maximum }.max() ?? 0
        let valueRoom = (chart.node.categories.indices.map {
            shaper.contentWidths(StyledText(ChartNode.label(chart.node.total($0))), style: chart.style).maximum
        }.max() ?? 0) + 4
        var label = min(max(natural, 24), width * 0.35)
        if width - (label + 8) - valueRoom < width * 0.25 { label = max(width - 8 - valueRoom - width * 0.25, 1) }
        labelWidth = label
        axisX = label + 8
        barArea = max(width - axisX - valueRoom, 0)
        fits = axisX + valueRoom <= width
    }

    /// The values fit beside the bars.
    let fits: Bool

    /// One category's label (from line `first`), and on its first line the segments, segment values and total,
    /// relative to the row's top. With `room`, only the label lines that fit in it (at least one); `nextLine` is
    /// then where the label continues.
    func row(_ c: Int, fromLine first: Int, room: Points?) -> (items: [PageItem], height: Points, nextLine: Int?) {
        let node = chart.node
        var items: [PageItem] = []
        let label = shaper.shape(TextRequest(text: StyledText(node.categories[c]), style: chart.style, width: labelWidth))
        let count = label.lines.count
        let labelTop = first == 0 && count > 0 ? (Self.band - label.lineHeight(0)) / 2 : 0
        var end = count
        if let room {
            end = min(first + 1, count)
            while end < count && labelTop + label.height(of: first..<(end + 1)) <= room { end += 1 }
        }
        if first < end { items.append(.text(TextItem(shaped: label, lines: first..<end, x: 0, y: labelTop))) }
        var height = labelTop + label.height(of: first..<max(first, end))
        if first == 0 {
            items += bar(c)
            height = max(height, Self.band)
        }
        // The gap under the row shrinks to the room left.
        height = room.map { max(height, min(height + 4, $0)) } ?? height + 4
        return (items, height, end < count ? end : nil)
    }

    /// The segments of category `c`'s bar, their values when they fit, and the total after the bar.
    private func bar(_ c: Int) -> [PageItem] {
        let node = chart.node
        var items: [PageItem] = []
        let barTop = (Self.band - Self.barHeight) / 2
        var x = axisX
        for s in node.series.indices {
            let v = node.value(s, c)
            guard v > 0, chart.scale > 0 else { continue }
            let w = barArea * v / chart.scale
            let fill = ChartPalette.fill(s, of: node.series.count)
            items.append(.fill(Rect(x: x, y: barTop, width: w, height: Self.barHeight), fill))
            if node.series.count > 1, let text = valueText(ChartNode.label(v), color: ChartPalette.text(on: fill), fitting: w - 4) {
                items.append(.text(TextItem(shaped: text, lines: 0..<1, x: x + (w - (text.lines.first?.width ?? 0)) / 2,
                                            y: (Self.band - text.lineHeight(0)) / 2)))
            }
            x += w
        }
        if let total = valueText(ChartNode.label(node.total(c)), color: chart.style.color, fitting: .infinity) {
            items.append(.text(TextItem(shaped: total, lines: 0..<1, x: x + 4, y: (Self.band - total.lineHeight(0)) / 2)))
        }
        return items
    }

    /// A value shaped on one line, when it is no wider than `width`.
    private func valueText(_ value: String, color: Color, fitting width: Points) -> ShapedText? {
        var style = chart.style
        style.color = color
        let shaped = shaper.shapeOnOneLine(value, style: style)
        guard let line = shaped.lines.first, line.width <= width else { return nil }
        return shaped
    }
}

extension TextShaper {
    /// `text` shaped on one line, as wide as it needs.
    func shapeOnOneLine(_ text: String, style: ParagraphStyle) -> ShapedText {
        let styled = StyledText(text)
        return shape(TextRequest(text: styled, style: style, width: contentWidths(styled, style: style).maximum + 0.5))
    }
}
