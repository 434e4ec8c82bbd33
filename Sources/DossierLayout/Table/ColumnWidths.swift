import Dossier

extension LayoutContext {
    /// Resolves printed column widths for a frame width: fixed columns take their width, fractional
    /// columns their share of what fixed columns leave, and automatic columns share the rest between
    /// their minimum and maximum content widths (measured once per cell).
    func columnWidths(_ table: TableBlock, width: Points) -> [Points] {
        let columns = table.model.printedColumnIndices.map { table.model.columns[$0] }
        let pad = table.model.style.padding.horizontal
        let fixed = columns.reduce(0.0) { if case .fixed(let w) = $1.width { return $0 + w } else { return $0 } }
        let afterFixed = max(width - fixed, 0)
        let fractionTotal = columns.reduce(0.0) { if case .fraction(let f) = $1.width { return $0 + f } else { return $0 } }
        let autoIndices = columns.indices.filter { columns[$0].width == .auto }
        let fractionShare = autoIndices.isEmpty ? afterFixed : afterFixed * min(fractionTotal, 1)
        var out = Array(repeating: 0.0, count: columns.count)
        for (i, c) in columns.enumerated() {
            switch c.width {
            case .fixed(let w): out[i] = w
            case .fraction(let f): out[i] = fractionTotal > 0 ? fractionShare * f / max(fractionTotal, 1) : 0
            case .auto: break
            }
        }
        guard !autoIndices.isEmpty else { return out }
        let autoRoom = max(afterFixed - (fractionTotal > 0 ? fractionShare : 0), 0)
        var mins = Array(repeating: 0.0, count: columns.count)
        var maxs = Array(repeating: 0.0, count: columns.count)
        let printed = table.model.printedColumnIndices
        for i in autoIndices {
            let title = contentWidthsOf(Text(columns[i].title), style: table.headerStyle)
            mins[i] = title.minimum; maxs[i] = title.maximum
        }
        for row in table.model.rows where row.kind != .groupHeading {
            for i in autoIndices {
                let w = contentWidthsOf(row.text(at: printed[i]), style: table.cellStyle)
                mins[i] = max(mins[i], w.minimum); maxs[i] = max(maxs[i], w.maximum)
            }
        }
        let sumMin = autoIndices.reduce(0.0) { $0 + mins[$1] + pad }
        let sumMax = autoIndices.reduce(0.0) { $0 + maxs[$1] + pad }
        for i in autoIndices {
            let lo = mins[i] + pad, hi = maxs[i] + pad
            if sumMax <= autoRoom {
                out[i] = hi + (autoRoom - sumMax) * hi / max(sumMax, 1)   // spread the slack so the table fills the width
            } else if sumMin >= autoRoom {
                out[i] = autoRoom * lo / max(sumMin, 1)                    // too narrow: words break between characters
            } else {
                out[i] = lo + (hi - lo) * (autoRoom - sumMin) / max(sumMax - sumMin, 1)
            }
        }
        return out
    }

    private func contentWidthsOf(_ text: Text, style: ParagraphStyle) -> (minimum: Points, maximum: Points) {
        shaper.contentWidths(resolve(text), style: style)
    }
}
