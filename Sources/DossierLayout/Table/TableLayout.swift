import Dossier

extension LayoutContext {
    /// Lays out as many rows as fit under a (repeated) header. Rows move whole to the next page when they
    /// would fit there; a row taller than a page splits by the lines of its cells. The header is never left
    /// alone: if no row (or row piece) fits under it, the whole piece defers.
    func layoutTable(_ input: TableBlock, in space: Space) -> Outcome {
        var table = input
        let widths = table.widths ?? columnWidths(table, width: space.width)
        table.widths = widths
        let style = table.model.style
        let total = widths.reduce(0, +)
        // Column x positions from the start side (a right-to-left table is mirrored as a whole by `layoutBlock`).
        var xs: [Points] = []
        var x: Points = 0
        for w in widths { xs.append(x); x += w }

        let header = style.showsHeader ? measureHeader(table, widths: widths) : MeasuredRow(cells: [], spans: nil, height: 0)
        var items: [PageItem] = [.beginTag(.table)]
        var y: Points = 0
        let topRule = style.unStyle ? Stroke(width: 0.75) : nil
        if style.showsHeader {
            items.append(.beginTag(.tableHead))
            drawRow(header, cellsX: xs, widths: widths, y: y, lines: nil, isHeader: true, zebra: false, table: table, items: &items)
            items.append(.endTag(.tableHead))
        }
        if let r = topRule { items.append(.line(x1: 0, y1: 0, x2: total, y2: 0, r)) }
        y += header.height
        if style.unStyle && style.showsHeader { items.append(.line(x1: 0, y1: y, x2: total, y2: y, Stroke(width: 0.5))) }
        let headerOnly = items.count
        var dataIndex = table.dataRowsPlaced
        // The row group open in the structure (TBody, or TFoot for totals), so that a search for header cells can pass
        // over the body rows.
        var group: StructureTag? = nil
        func enterGroup(of row: TableRow) {
            let wanted: StructureTag = row.kind == .footer ? .tableFooter : .tableBody
            guard group != wanted else { return }
            if let open = group { items.append(.endTag(open)) }
            items.append(.beginTag(wanted))
            group = wanted
        }
        // Where each whole row placed here started (before any row group it opened), to move the last one along
        // (table widow control).
        var rowStarts: [(items: Int, group: StructureTag?, y: Points, row: Int, data: Int)] = []

        while table.nextRow < table.model.rows.count {
            let row = table.model.rows[table.nextRow]
            let measured = measureRow(row, table: table, widths: widths)
            let zebraOn = style.zebra != nil && row.kind == .data && dataIndex % 2 == 1
            let remainingLines = table.continuation
            let rowHeight = remainingLines.map { pieceHeight(measured, from: $0, table: table) } ?? measured.height
            if y + rowHeight <= space.height + 0.01 {
                if remainingLines == nil { rowStarts.append((items.count, group, y, table.nextRow, dataIndex)) }
                enterGroup(of: row)
                drawRow(measured, cellsX: xs, widths: widths, y: y, lines: remainingLines, isHeader: false, zebra: zebraOn,
                        table: table, items: &items, footerRule: row.kind == .footer && style.unStyle)
                y += rowHeight
                table.nextRow += 1
                table.continuation = nil
                if row.kind == .data { dataIndex += 1 }
                continue
            }
            let placedRows = items.count > headerOnly
            let fitsOnFreshPage = rowHeight + header.height <= space.regionHeight + 0.01
            if style.keepRowsWhole && fitsOnFreshPage {
                if placedRows { break }   // the row moves whole to the next page
                // Why: the first row used to be split under the header when it did not fit whole; it moves
                // with the header (and the table) instead, unless moving cannot help.
                if !space.fresh && !space.relaxesKeeps { return .deferred }
            }
            // Split inside the row by the lines of its cells.
            let start = remainingLines ?? Array(repeating: 0, count: measured.cells.count)
            let room = space.height - y - style.padding.vertical
            var ends = start
            var anyLine = false
            for (c, cell) in measured.cells.enumerated() {
                var h: Points = 0
                var e = start[c]
                while e < cell.lines.count && h + cell.lineHeight(e) <= room + 0.01 { h += cell.lineHeight(e); e += 1 }
                ends[c] = e
                if e > start[c] { anyLine = true }
            }
            if !anyLine {
                if placedRows { break }
                if !space.fresh { return .deferred }
                // Why: a fresh page that cannot hold one line per cell would loop; place one line each.
                for (c, cell) in measured.cells.enumerated() where start[c] < cell.lines.count { ends[c] = start[c] + 1 }
                diagnostics.append(Diagnostic(.warning, "table \(table.model.id): a row line is taller than the page", source: table.source))
            }
            let lines = zip(start, ends).map { $0.0..<$0.1 }
            let h = measured.cells.indices.map { c in measured.cells[c].height(of: lines[c]) }.max() ?? 0
            enterGroup(of: row)
            drawRow(measured, cellsX: xs, widths: widths, y: y, lineRanges: lines, zebra: zebraOn, table: table, items: &items,
                    rowHeight: h + style.padding.vertical)
            y += h + style.padding.vertical
            if zip(ends, measured.cells).allSatisfy({ $0.0 >= $0.1.lines.count }) {
                table.nextRow += 1
                table.continuation = nil
                if row.kind == .data { dataIndex += 1 }
            } else {
                table.continuation = ends
                break
            }
        }
        // Why: a single row carried alone to the next page looks like an afterthought; take one more along
        // when at least three rows stay here.
        if table.continuation == nil, table.nextRow == table.model.rows.count - 1, rowStarts.count >= 3,
           table.model.rows[table.nextRow].kind == .data, let last = rowStarts.last {
            items.removeSubrange(last.items...)
            group = last.group
            y = last.y
            table.nextRow = last.row
            dataIndex = last.data
        }
        table.dataRowsPlaced = dataIndex
        if items.count == headerOnly && table.nextRow < table.model.rows.count {
            if !space.fresh { return .deferred }
        }
        // Why: a table without rows (or whose header alone is taller than the space) used to draw its header
        // below the frame at the page foot.
        if y > space.height + 0.01 && !space.fresh { return .deferred }
        if let open = group { items.append(.endTag(open)) }
        if style.unStyle { items.append(.line(x1: 0, y1: y, x2: total, y2: y, Stroke(width: 0.75))) }
        items.append(.endTag(.table))
        // Why no space after an empty table: it made a fresh region look used, and the next block, deferred
        // there, left a blank page.
        let frag = Fragment(items: items, height: y > 0 ? space.taking(content: y, after: 6) : 0)
        if table.nextRow >= table.model.rows.count { return .complete(frag) }
        return .partial(frag, [.table(table)])
    }

    private func measureHeader(_ table: TableBlock, widths: [Points]) -> MeasuredRow {
        let printed = table.model.printedColumnIndices
        var cells: [ShapedText] = []
        for (i, col) in printed.enumerated() {
            let s = table.columnStyles[col].header
            cells.append(shaper.shape(TextRequest(text: StyledText(table.model.columns[col].title), style: s,
                                                  width: max(widths[i] - table.model.style.padding.horizontal, 1))))
            checkCellWidth(cells[cells.count - 1], table: table, column: col, width: widths[i])
        }
        return MeasuredRow(cells: cells, spans: nil, height: rowHeight(cells, table: table))
    }

    private func measureRow(_ row: TableRow, table: TableBlock, widths: [Points]) -> MeasuredRow {
        let printed = table.model.printedColumnIndices
        let pad = table.model.style.padding.horizontal
        if row.kind == .groupHeading {
            var s = table.cellStyle
            s.font.weight = .bold
            let cell = shaper.shape(TextRequest(text: resolve(row.text(at: 0)), style: s, width: max(widths.reduce(0, +) - pad, 1)))
            return MeasuredRow(cells: [cell], spans: [0..<printed.count], height: rowHeight([cell], table: table))
        }
        if let spans = row.columnSpans, spans.reduce(0, +) == printed.count {
            // Column spans: each cell shows the value of the first column it covers, across their widths.
            var cells: [ShapedText] = []
            var ranges: [Range<Int>] = []
            var start = 0
            for span in spans where span > 0 {
                let col = printed[start]
                let value = col < row.values.count ? row.values[col] : .empty
                var s = table.cellStyle(column: col, value: value)
                if row.kind != .data { s.font.weight = .bold }
                let width = widths[start..<(start + span)].reduce(0, +)
                cells.append(shapeCell(row.text(at: col), style: s, width: max(width - pad, 1)))
                ranges.append(start..<(start + span))
                start += span
            }
            return MeasuredRow(cells: cells, spans: ranges, height: rowHeight(cells, table: table))
        }
        var cells: [ShapedText] = []
        cells.reserveCapacity(printed.count)
        for (i, col) in printed.enumerated() {
            let value = col < row.values.count ? row.values[col] : .empty
            var s = table.cellStyle(column: col, value: value)
            if row.kind != .data { s.font.weight = .bold }
            cells.append(shapeCell(row.text(at: col), style: s, width: max(widths[i] - pad, 1)))   // hyphenated when wide
            checkCellWidth(cells[cells.count - 1], table: table, column: col, width: widths[i])
        }
        let backgrounds = row.backgrounds == nil ? nil : printed.map { row.background(at: $0) }
        return MeasuredRow(cells: cells, spans: nil, height: rowHeight(cells, table: table), backgrounds: backgrounds)
    }

    /// Warns (once per column) when a column is narrower than a character of its text (or than its padding),
    /// which then overflows the column: the one case where cell text leaves its cell sideways.
    private func checkCellWidth(_ cell: ShapedText, table: TableBlock, column: Int, width: Points) {
        // Tolerance: a hundredth of a point, for rounding.
        guard width - table.model.style.padding.horizontal < 1
                || cell.lines.contains(where: { $0.x < -0.01 || $0.x + $0.width > cell.request.width + 0.01 }) else { return }
        warnOnce(Diagnostic(.warning, "table \(table.model.id): column \"\(table.model.columns[column].title)\" (\(Int(cell.request.width.rounded())) pt of text) is narrower than a character of its text, which overflows it",
                            source: table.source))
    }

    private func rowHeight(_ cells: [ShapedText], table: TableBlock) -> Points {
        (cells.map { $0.height(of: 0..<$0.lines.count) }.max() ?? 0) + table.model.style.padding.vertical
    }

    private func pieceHeight(_ row: MeasuredRow, from start: [Int], table: TableBlock) -> Points {
        let h = row.cells.indices.map { c in row.cells[c].height(of: min(start[c], row.cells[c].lines.count)..<row.cells[c].lines.count) }
        return (h.max() ?? 0) + table.model.style.padding.vertical
    }

    /// Draws a whole row (or its remainder from `lines` starting indices).
    /// The dot leader of a cell's last line (`Column.leader()`): from just after its text to the cell's end edge, in the
    /// table's logical coordinates (a right-to-left table is mirrored afterwards, so the dots run leftwards there).
    private func leader(after cell: ShapedText, line: Int, lineTop: Points, cellX: Points, cellEnd: Points, table: TableBlock,
                        column: Int) -> [PageItem] {
        let last = cell.lines[line]
        let textEnd = cellX + cell.startOffset(last.x, width: last.width, region: table.direction) + last.width + 4
        guard cellEnd - textEnd > 6 else { return [] }
        return [.dots(x1: textEnd, x2: cellEnd, baseline: lineTop + cell.baseline(line), color: table.columnStyles[column].text.color)]
    }

    private func drawRow(_ row: MeasuredRow, cellsX: [Points], widths: [Points], y: Points, lines: [Int]?, isHeader: Bool,
                         zebra: Bool, table: TableBlock, items: inout [PageItem], footerRule: Bool = false) {
        let ranges = row.cells.indices.map { c in (lines?[c] ?? 0)..<row.cells[c].lines.count }
        let h = (ranges.indices.map { row.cells[$0].height(of: ranges[$0]) }.max() ?? 0) + table.model.style.padding.vertical
        drawRow(row, cellsX: cellsX, widths: widths, y: y, lineRanges: ranges, isHeader: isHeader, zebra: zebra, table: table,
                items: &items, rowHeight: h, footerRule: footerRule)
    }

    private func drawRow(_ row: MeasuredRow, cellsX: [Points], widths: [Points], y: Points, lineRanges: [Range<Int>],
                         isHeader: Bool = false, zebra: Bool, table: TableBlock, items: inout [PageItem], rowHeight: Points,
                         footerRule: Bool = false) {
        let style = table.model.style
        let total = widths.reduce(0, +)
        let rowRect = Rect(x: 0, y: y, width: total, height: rowHeight)
        if isHeader, let bg = style.headerBackground { items.append(.fill(rowRect, bg)) }
        if zebra, let z = style.zebra { items.append(.fill(rowRect, z)) }
        if footerRule { items.append(.line(x1: 0, y1: y, x2: total, y2: y, Stroke(width: 0.5))) }
        items.append(.beginTag(.tableRow))
        let cellTag: StructureTag = isHeader ? .headerCell : .dataCell
        for (c, cell) in row.cells.enumerated() {
            let covered = row.spans?[c] ?? c..<(c + 1)
            let cx = covered.map { cellsX[$0] }.min() ?? 0
            let cw = covered.reduce(0) { $0 + widths[$1] }
            let range = lineRanges[c]
            if let shade = row.backgrounds?[c] { items.append(.fill(Rect(x: cx, y: y, width: cw, height: rowHeight), shade)) }
            let contentHeight = cell.height(of: range)
            var dy = style.padding.top
            switch style.verticalAlignment {
            case .top: break
            case .middle: dy += (rowHeight - style.padding.vertical - contentHeight) / 2
            case .bottom: dy += rowHeight - style.padding.vertical - contentHeight
            }
            var content: [PageItem] = []
            if !range.isEmpty {
                content.append(.text(TextItem(shaped: cell, lines: range, x: cx + style.padding.leading, y: y + dy)))
                var top = y + dy
                for i in range {
                    for link in cell.links where link.line == i {
                        let x = cx + style.padding.leading + cell.startOffset(link.x, width: link.width, region: table.direction)
                        content.append(.link(Rect(x: x, y: top, width: link.width, height: cell.lineHeight(i)), link.target))
                    }
                    if i == cell.lines.count - 1, !isHeader, covered.count == 1,
                       let column = table.leaderColumns[covered.lowerBound] {
                        content += leader(after: cell, line: i, lineTop: top, cellX: cx + style.padding.leading,
                                          cellEnd: cx + cw - style.padding.trailing, table: table, column: column)
                    }
                    top += cell.lineHeight(i)
                }
            }
            if !cell.links.isEmpty { content = content.separatingTextFromLinks() }
            items.append(.beginTag(cellTag))
            items += content
            items.append(.endTag(cellTag))
            if !style.unStyle, let grid = style.grid {
                items.append(.border(Rect(x: cx, y: y, width: cw, height: rowHeight), grid))
            }
        }
        items.append(.endTag(.tableRow))
    }
}
