import Dossier

/// Right to left by mirroring: every block is laid out as in a left-to-right region (its start side at x = 0), and a
/// block of a right-to-left region is then turned over inside its region's width. That one step puts numbers,
/// labels and gutters on the right, indents block quotes from the right, moves a table's first column, a chart's
/// labels and a timeline's earliest event to the right and makes bars grow to the left. Text is never turned over:
/// its box moves, and the shaper sets the lines inside it in the text's own direction.
extension PageItem {
    /// The item turned over about the vertical axis of a region `width` wide.
    func mirrored(in width: Points) -> PageItem {
        func flip(_ r: Rect) -> Rect { Rect(x: width - r.maxX, y: r.y, width: r.width, height: r.height) }
        switch self {
        case .text(var t):
            t.x = width - t.x - t.boxWidth
            return .text(t)
        case .fill(let r, let c): return .fill(flip(r), c)
        case .line(let x1, let y1, let x2, let y2, let s): return .line(x1: width - x1, y1: y1, x2: width - x2, y2: y2, s)
        case .border(let r, let s): return .border(flip(r), s)
        case .image(let p, let r, let a): return .image(path: p, rect: flip(r), alt: a)
        case .link(let r, let t): return .link(flip(r), t)
        case .dots(let x1, let x2, let b, let c): return .dots(x1: width - x2, x2: width - x1, baseline: b, color: c)
        case .anchor, .heading, .beginTag, .endTag, .partStart, .pageNumbering, .alternateText: return self
        }
    }
}

extension TextItem {
    /// The width of the box the lines were set in (their widest line when shaped without a width).
    var boxWidth: Points {
        shaped.request.width >= 0 ? shaped.request.width : (shaped.lines.map { $0.x + $0.width }.max() ?? 0)
    }
}

extension ShapedText {
    /// Where a span the shaper placed `x` from the box's left edge starts, counted from the box's start side as the
    /// layout counts before mirroring: the same in a left-to-right region, turned over in a right-to-left one (the
    /// box moves when mirrored, the lines inside it do not).
    func startOffset(_ x: Points, width: Points, region: TextDirection) -> Points {
        region == .rightToLeft ? max(request.width, 0) - x - width : x
    }
}

extension Fragment {
    /// The fragment turned over inside a region `width` wide (right-to-left regions).
    func mirrored(in width: Points) -> Fragment {
        var f = self
        f.items = items.map { $0.mirrored(in: width) }
        return f
    }
}

extension Outcome {
    /// The outcome with its placed fragment turned over inside a region `width` wide, when `direction` is right to
    /// left. The remainder is not touched: it is mirrored when it is laid out.
    func directed(_ direction: TextDirection, width: Points) -> Outcome {
        guard direction == .rightToLeft else { return self }
        switch self {
        case .complete(let f): return .complete(f.mirrored(in: width))
        case .partial(let f, let rest): return .partial(f.mirrored(in: width), rest)
        case .deferred: return self
        }
    }
}

extension ParagraphStyle {
    /// The style as set in a region of direction `region` in a document written in `documentLanguage`:
    /// - the text's direction: the style's own when given; else its language's when it is marked as another language
    ///   than the document's (an English quote in an Arabic document, an Arabic one in an English document); else the
    ///   region's. Never left to the shaper's guess.
    /// - its alignment, given relative to the region, turned into one relative to the text (start and end swap when
    ///   the text runs against the region), so a left-aligned English cell in an Arabic table stays at the left.
    func resolved(in region: TextDirection, documentLanguage: String) -> ParagraphStyle {
        var s = self
        if s.direction == .auto {
            if let language = s.language, Self.primary(language) != Self.primary(documentLanguage) {
                s.direction = TextDirection(language: language)
            } else {
                s.direction = region == .auto ? TextDirection(language: s.language ?? documentLanguage) : region
            }
        }
        let resolvedRegion = region == .auto ? s.direction : region
        if s.direction != resolvedRegion { s.alignment = s.alignment.swappingSides }
        return s
    }

    private static func primary(_ tag: String) -> String {
        tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
    }
}
