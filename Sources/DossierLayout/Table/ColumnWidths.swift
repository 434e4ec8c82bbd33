import Dossier

extension LayoutContext {
    /// Resolves printed column widths for a frame width: fixed columns take their width, fractional
    /// columns their share of what fixed columns leave, and automatic columns share the rest between
    /// their minimum and maximum content widths (measured once per cell).
    /// - Fixed columns wider than the frame shrink in proportion, with a warning.
    /// - Without automatic columns, fractions are proportions of what fixed columns leave (they fill it).
    func columnWidths(_ table: TableBlock, width: Points) -> [Points] {
        let columns = table.model.printedColumnIndices.map { table.model.columns[$0] }
        let pad = table.model.style.padding.horizontal
        let fixedTotal = columns.reduce(0.0) { if case .fixed(let w) = $1.width { return $0 + w } else { return $0 } }
        // Why: a table wider than the frame used to run off the page's edge (openhtmltopdf#317).
        let fixedScale = fixedTotal > width ? width / fixedTotal : 1
        if fixedScale < 1 {
            diagnostics.append(Diagnostic(.warning, "table \(table.model.id): fixed column widths (\(Int(fixedTotal.rounded())) pt) are wider than the frame (\(Int(width.rounded())) pt); they shrink to fit",
                                          source: table.source))
        }
        let fixed = fixedTotal * fixedScale
        let afterFixed = max(width - fixed, 0)
        let fractionTotal = columns.reduce(0.0) { if case .fraction(let f) = $1.width { return $0 + f } else { return $0 } }
        let autoIndices = columns.indices.filter { columns[$0].width == .auto }
        // Fractions together take their total (at most all) of what fixed columns leave, or all of it when no
        // automatic column takes the rest; each takes its part of that share.
        // Why divide by the total: dividing by max(total, 1) gave a 0.3 column 0.09 of the width beside
        // automatic columns, and left an all-fraction table narrower than the frame.
        let fractionShare = autoIndices.isEmpty ? afterFixed : afterFixed * min(fractionTotal, 1)
        var out = Array(repeating: 0.0, count: columns.count)
        for (i, c) in columns.enumerated() {
            switch c.width {
            case .fixed(let w): out[i] = w * fixedScale
            case .fraction(let f): out[i] = fractionTotal > 0 ? fractionShare * f / fractionTotal : 0
            case .auto: break
            }
        }
        let fractionIndices = columns.indices.filter { if case .fraction = columns[$0].width { return true } else { return false } }
        guard !autoIndices.isEmpty || !fractionIndices.isEmpty else { return out }
        var mins = Array(repeating: 0.0, count: columns.count)
        var maxs = Array(repeating: 0.0, count: columns.count)
        let printed = table.model.printedColumnIndices
        for i in autoIndices {
            let title = contentWidthsOf(Text(columns[i].title), style: table.headerStyle)
            mins[i] = title.minimum; maxs[i] = title.maximum
        }
        for i in fractionIndices {
            mins[i] = longestWordWidth(Text(columns[i].title), style: table.headerStyle, room: out[i] - pad)
        }
        for row in table.model.rows where row.kind != .groupHeading {
            for i in autoIndices {
                let w = contentWidthsOf(row.text(at: printed[i]), style: table.cellStyle)
                mins[i] = max(mins[i], w.minimum); maxs[i] = max(maxs[i], w.maximum)
            }
            for i in fractionIndices {
                mins[i] = max(mins[i], longestWordWidth(row.text(at: printed[i]), style: table.cellStyle, room: out[i] - pad))
            }
        }
        let autoMinimum = autoIndices.reduce(0.0) { $0 + mins[$1] + pad }
        var autoRoom = max(afterFixed - (fractionTotal > 0 ? fractionShare : 0), 0)
        widenFractionsToTheirLongestWord(&out, fractionIndices, minimums: fractionIndices.map { mins[$0] + pad },
                                         autoRoom: &autoRoom, autoMinimum: autoMinimum)
        guard !autoIndices.isEmpty else { return out }
        let sumMin = autoIndices.reduce(0.0) { $0 + mins[$1] + pad }
        let sumMax = autoIndices.reduce(0.0) { $0 + maxs[$1] + pad }
        for i in autoIndices {
            let lo = mins[i] + pad, hi = maxs[i] + pad
            if sumMax <= autoRoom {
                out[i] = hi + (autoRoom - sumMax) * hi / max(sumMax, 1)   // spread the slack so the table fills the width
            } else if sumMin >= autoRoom {
                // Too narrow for every longest word: columns whose words fit keep them whole, and only the
                // widest columns (a long token) are capped and break between characters.
                out[i] = min(lo, waterLevel(autoIndices.map { mins[$0] + pad }, room: autoRoom))
            } else {
                out[i] = lo + (hi - lo) * (autoRoom - sumMin) / max(sumMax - sumMin, 1)
            }
        }
        return out
    }

    /// Why: a fraction column narrower than its longest word broke that word between characters even when
    /// other columns had room to spare. Such a column is widened to its longest word, paid for by the room of the
    /// other fraction columns above their own longest words, then by the automatic columns' room above their
    /// minimum; the columns lacking least are served first. A column that cannot get all it lacks (a token
    /// longer than the room there is) keeps its share: its word breaks anyway, and the others keep their width.
    private func widenFractionsToTheirLongestWord(_ out: inout [Points], _ indices: [Int], minimums: [Points],
                                                  autoRoom: inout Points, autoMinimum: Points) {
        let lacking = zip(indices, minimums).map { i, lo in max(lo - out[i], 0) }
        guard lacking.contains(where: { $0 > 0.01 }) else { return }
        var spare = zip(indices, minimums).map { i, lo in max(out[i] - lo, 0) }
        var fromAuto = max(autoRoom - autoMinimum, 0)
        for k in indices.indices.sorted(by: { lacking[$0] < lacking[$1] }) where lacking[k] > 0.01 {
            let spareTotal = spare.reduce(0, +)
            guard spareTotal + fromAuto >= lacking[k] else { break }
            let fromFractions = min(lacking[k], spareTotal)
            for j in indices.indices where spare[j] > 0 {
                let part = spare[j] * fromFractions / spareTotal
                out[indices[j]] -= part
                spare[j] -= part
            }
            fromAuto -= lacking[k] - fromFractions
            autoRoom -= lacking[k] - fromFractions
            out[indices[k]] += lacking[k]
        }
    }

    /// The cap `c` for which the widths `min(w, c)` add up to `room` (water-filling).
    private func waterLevel(_ widths: [Points], room: Points) -> Points {
        let sorted = widths.sorted()
        var left = room
        for (i, w) in sorted.enumerated() {
            let share = left / Points(sorted.count - i)
            if w > share { return share }
            left -= w
        }
        return sorted.last ?? room
    }

    /// About the widest unbreakable piece of `text` (between the shaper's line-break opportunities: words in English,
    /// ideographs in Chinese; a no-break space joins), and never less than two ideographs in text that breaks between
    /// them (`ideographFloor`): the few longest
    /// by characters, measured on their own. Why not the whole cell: measuring every cell of the fraction columns
    /// took two Pango layouts a cell, 8 % of an OIA's render; single words repeat and their widths are cached.
    /// Pieces that certainly fit in `room` (an em a character at most) are not measured: 0 is returned for them.
    private func longestWordWidth(_ text: Text, style: ParagraphStyle, room: Points) -> Points {
        let string = resolve(text).string
        let pieces = shaper.unbreakableSegments(string, style: style)
        return max(measureLongest(pieces, style: style, room: room), ideographFloor(string, style: style))
    }

    /// Two ideographs (an em each): the narrowest a column of Chinese text may be. Why: a column one ideograph wide
    /// (its narrowest unbreakable piece) prints one character a line; docs/languages.md §5.
    func ideographFloor(_ string: String, style: ParagraphStyle) -> Points {
        var ideographs = 0
        for u in string.unicodeScalars where u.properties.isIdeographic {
            ideographs += 1
            if ideographs == 2 { return 2 * style.font.size }
        }
        return 0
    }

    private func measureLongest(_ pieces: [Substring], style: ParagraphStyle, room: Points) -> Points {
        let candidates = pieces.sorted { $0.count > $1.count }.prefix(3)
        let longest = candidates.filter { Points($0.count) * style.font.size > room }
        // Pieces left unmeasured count with their bound (an em a character): a column is never taken below them
        // when it pays for another (a "№" column was left 3 pt wide).
        let bound = candidates.first.map { Points($0.count) * style.font.size } ?? 0
        let measured = longest.map { shaper.contentWidths(StyledText(String($0)), style: style).maximum }.max() ?? 0
        return longest.isEmpty ? min(bound, room) : measured
    }

    private func contentWidthsOf(_ text: Text, style: ParagraphStyle) -> (minimum: Points, maximum: Points) {
        let resolved = resolve(text)
        let w = shaper.contentWidths(resolved, style: style)
        let floor = min(ideographFloor(resolved.string, style: style), w.maximum)
        return (max(w.minimum, floor), w.maximum)
    }
}
