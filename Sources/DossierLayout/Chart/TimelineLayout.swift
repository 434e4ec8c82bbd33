import Dossier

/// A timeline waiting to be laid out, possibly continuing from an earlier page (from event `next`).
struct TimelineBlock: Sendable {
    let node: TimelineNode
    /// Descriptions; dates are the same in bold.
    let style: ParagraphStyle
    /// The first event still to place.
    var next = 0
    /// For a row whose descriptions did not fit on a page: the next description line of each of its events.
    var continuation: [Int]? = nil
    /// Direction of the region: right to left runs the events from right to left.
    var direction: TextDirection = .leftToRight
}

extension LayoutContext {
    /// Rows of events across the width (at least 72 pt each): dates above the line, square markers on it,
    /// descriptions below. A timeline that fits on a page moves whole to the next page; a longer one continues
    /// there with the rows that do not fit (at least one row is placed in a fresh region, and a row taller than
    /// the page continues its descriptions on the next).
    func layoutTimeline(_ timeline: TimelineBlock, in space: Space) -> Outcome {
        let events = timeline.node.events
        let perRow = max(1, min(events.count, Int(space.width / 72)))
        let slot = space.width / Points(perRow)
        let rows = stride(from: timeline.next, to: events.count, by: perRow).map { $0..<min($0 + perRow, events.count) }
        let row: (Int, Points?) -> TimelineRow = { i, room in
            self.timelineRow(rows[i], slot: slot, style: timeline.style, events: events,
                             from: i == 0 ? timeline.continuation : nil, room: room)
        }
        if !space.fresh {
            let whole = rows.indices.reduce(0) { $0 + row($1, nil).height }
            if whole > space.height && whole <= space.regionHeight { return .deferred }
        }
        let alt = timeline.next > 0 || timeline.continuation != nil ? timeline.node.alt + " (continued)" : timeline.node.alt
        var items: [PageItem] = [.beginTag(.figure), .alternateText(alt)]
        var y: Points = 0
        var placed = 0
        var rest: TimelineBlock? = nil
        while placed < rows.count {
            var r = row(placed, nil)
            if y + r.height > space.height {
                guard placed == 0 && space.fresh else { break }
                r = row(placed, space.height)
                if r.height > space.height {
                    diagnostics.append(Diagnostic(.warning, "timeline row is taller than the page", source: timeline.node.source))
                }
            }
            items += r.items.map { $0.offsetBy(dx: 0, dy: y) }
            y += r.height
            if let next = r.continuation {
                rest = timeline
                rest?.next = rows[placed].lowerBound
                rest?.continuation = next
                break
            }
            placed += 1
        }
        if placed == 0 && rest == nil { return .deferred }
        items.append(.endTag(.figure))
        let fragment = Fragment(items: items, height: space.taking(content: y, after: 6))
        if rest == nil, placed < rows.count {
            rest = timeline
            rest?.next = rows[placed].lowerBound
            rest?.continuation = nil
        }
        guard let rest else { return .complete(fragment) }
        return .partial(fragment, [.timeline(rest)])
    }

    /// One row: each event's date and description centred in its slot, the line through the markers. Continuing
    /// (`from`: the next description line of each event), only the descriptions. With `room`, only the
    /// description lines that fit (at least one of each event with lines left); `continuation` says where the
    /// descriptions go on.
    private func timelineRow(_ range: Range<Int>, slot: Points, style: ParagraphStyle, events: [TimelineEvent],
                             from: [Int]?, room: Points?) -> TimelineRow {
        var dateStyle = style
        dateStyle.font.weight = .bold
        dateStyle.alignment = .center
        var textStyle = style
        textStyle.alignment = .center
        let width = max(slot - 8, 1)
        let texts = range.map { shaper.shape(TextRequest(text: StyledText(events[$0].what), style: textStyle, width: width)) }
        var items: [PageItem] = []
        var top: Points = 0
        if from == nil {
            let dates = range.map { shaper.shape(TextRequest(text: StyledText(events[$0].when), style: dateStyle, width: width)) }
            let dateHeight = dates.map { $0.height(of: 0..<$0.lines.count) }.max() ?? 0
            let lineY = dateHeight + 7
            let centre: (Int) -> Points = { Points($0) * slot + slot / 2 }
            let last = range.count - 1
            items.append(.line(x1: last == 0 ? 0 : centre(0), y1: lineY, x2: last == 0 ? slot : centre(last), y2: lineY,
                               Stroke(width: 1, color: .gray(0.45))))
            for k in 0..<range.count {
                items.append(.fill(Rect(x: centre(k) - 3.5, y: lineY - 3.5, width: 7, height: 7), .hex(0x1F4E79)))
                let dateTop = dateHeight - dates[k].height(of: 0..<dates[k].lines.count)
                items.append(.text(TextItem(shaped: dates[k], lines: 0..<dates[k].lines.count, x: Points(k) * slot + 4, y: dateTop)))
            }
            top = lineY + 7
        }
        var ends: [Int] = []
        var textHeight: Points = 0
        for (k, text) in texts.enumerated() {
            let start = min(from?[k] ?? 0, text.lines.count)
            var end = text.lines.count
            if let room {
                // A continued row always places a line (progress); a new row may place its dates alone.
                end = from == nil ? start : min(start + 1, text.lines.count)
                while end < text.lines.count && top + text.height(of: start..<(end + 1)) <= room { end += 1 }
            }
            if start < end {
                items.append(.text(TextItem(shaped: text, lines: start..<end, x: Points(k) * slot + 4, y: top)))
            }
            textHeight = max(textHeight, text.height(of: start..<end))
            ends.append(end)
        }
        let unfinished = zip(ends, texts).contains { $0 < $1.lines.count }
        // The gap under the row shrinks to the room left.
        let height = room.map { max(top + textHeight, min(top + textHeight + 10, $0)) } ?? top + textHeight + 10
        return TimelineRow(items: items, height: height, continuation: unfinished ? ends : nil)
    }
}

/// A laid-out timeline row: its items relative to its top, its height, and where its descriptions continue.
struct TimelineRow {
    var items: [PageItem]
    var height: Points
    var continuation: [Int]?
}
