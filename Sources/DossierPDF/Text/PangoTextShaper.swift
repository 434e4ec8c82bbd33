import CPangoCairo
import Dossier
import DossierLayout
import Foundation

/// The production shaper: Pango breaks and shapes text (HarfBuzz, bidi, fontconfig fallback).
/// Layouts are kept in a cache with a memory budget; an evicted layout is shaped again, identically,
/// when the renderer draws it (the same request always gives the same lines).
public final class PangoTextShaper: TextShaper {
    let fonts: FontSetup
    /// Context for left-to-right and automatic paragraphs.
    let context: OpaquePointer
    /// Context whose base direction is right to left (a layout follows its context's direction for life).
    let rtlContext: OpaquePointer
    private var results: [ShapingKey: ShapedText] = [:]
    private var resultOrder: [ShapingKey] = []
    private var resultCost = 0
    private var layouts = LayoutCache()
    /// Content widths already measured (a column's cells are measured on every layout pass); emptied when full.
    private var widths: [ShapingKey: (minimum: Points, maximum: Points)] = [:]
    private static let widthsLimit = 20_000
    /// The lower-cased families of each font stack met, for the check of the fonts Pango chose (`missingCharacters`).
    var fontStacks: [String: Set<String>] = [:]
    /// Budget for cached shaping results, in bytes as counted by `cost(_:)` (`DOSSIER_SHAPING_BUDGET_MB`; the Pango
    /// layouts kept for drawing have 1.5 times as much). Reuse is local (a row is measured, then placed, then drawn),
    /// so a small budget loses little; it is what bounds memory on a 20,000-row annex.
    public let resultBudget = Int(ProcessInfo.processInfo.environment["DOSSIER_SHAPING_BUDGET_MB"].flatMap(Double.init).map { $0 * 1_048_576 } ?? 8 * 1_048_576)
    /// The budget in force: `resultBudget`, or a page's worth (`streamedResultBudget`) once pages are not kept.
    private var currentResultBudget: Int
    /// A page's worth of results and, with 1.5 times as much, of layouts: a page of a 20,000-row annex holds about
    /// a hundred cells. Why smaller: every cell is shaped again when its page is drawn, so more only costs memory.
    static let streamedResultBudget = 1 << 20

    public init(fonts: FontSetup) {
        self.fonts = fonts
        currentResultBudget = resultBudget
        context = Self.makeContext(fonts, direction: PANGO_DIRECTION_LTR)
        rtlContext = Self.makeContext(fonts, direction: PANGO_DIRECTION_RTL)
        useBudget(resultBudget)
    }

    private static func makeContext(_ fonts: FontSetup, direction: PangoDirection) -> OpaquePointer {
        let context = pango_font_map_create_context(fonts.fontMap)!
        pango_cairo_context_set_resolution(context, 72)   // PangoCairo assumes 96 dpi otherwise: sizes ×1.333
        pango_context_set_round_glyph_positions(context, 0)
        pango_context_set_base_dir(context, direction)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        return context
    }

    deinit {
        layouts.removeAll()
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(rtlContext))
    }

    /// Empties the caches of shaped text, layouts and widths (after a document is drawn: its post-processing and
    /// the next document should not carry them).
    public func releaseCaches() {
        results = [:]; resultOrder = []; resultCost = 0
        layouts.removeAll()
        widths = [:]
        useBudget(resultBudget)
    }

    public func pagesAreNotKept() {
        releaseCaches()
        useBudget(min(resultBudget, Self.streamedResultBudget))
    }

    /// Sets the budget of shaped results, and of the layouts kept for drawing (1.5 times as much).
    private func useBudget(_ bytes: Int) {
        currentResultBudget = bytes
        layouts.budget = bytes * 3 / 2
    }

    public func shape(_ request: TextRequest) -> ShapedText {
        let key = ShapingKey(request)
        if let hit = results[key] { return hit }
        let layout = layout(for: key)
        let shaped = extract(layout, request: request)
        remember(shaped, key)
        return shaped
    }

    public func contentWidths(_ text: StyledText, style: ParagraphStyle) -> (minimum: Points, maximum: Points) {
        let key = ShapingKey(TextRequest(text: text, style: style, width: -1))
        if let hit = widths[key] { return hit }
        let measured = measureWidths(key.request)
        if widths.count >= Self.widthsLimit { widths.removeAll(keepingCapacity: true) }
        widths[key] = measured
        return measured
    }

    private func measureWidths(_ request: TextRequest) -> (minimum: Points, maximum: Points) {
        let layout = makeLayout(request)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        let maximum = Points(logical.width) / Points(PANGO_SCALE)
        // The narrowest width: every word on its own line, words never broken.
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD)
        pango_layout_set_width(layout, 1)
        pango_layout_get_extents(layout, &ink, &logical)
        let minimum = Points(logical.width) / Points(PANGO_SCALE)
        return (min(minimum, maximum), maximum)
    }

    /// The Pango layout of a request, for drawing: from the cache or shaped again.
    func layout(for request: TextRequest) -> OpaquePointer { layout(for: ShapingKey(request)) }

    private func layout(for key: ShapingKey) -> OpaquePointer {
        if let l = layouts.get(key) { return l }
        let l = makeLayout(key.request)
        layouts.put(key, l)
        return l
    }

    /// Bytes a cached result holds: its key twice (table and order), the result object, its lines, the text and spans.
    /// Why counted in full: a cell's text is a few dozen bytes and its key some 200, so counting the text alone let the
    /// cache hold three times its budget.
    private static func cost(_ shaped: ShapedText) -> Int {
        2 * MemoryLayout<ShapingKey>.stride + MemoryLayout<TextRequest>.stride + 64
            + shaped.lines.count * MemoryLayout<ShapedLine>.stride + shaped.links.count * MemoryLayout<LinkBox>.stride
            + shaped.request.text.string.utf8.count + shaped.request.text.spans.count * MemoryLayout<StyleSpan>.stride
    }

    private func remember(_ shaped: ShapedText, _ key: ShapingKey) {
        let cost = Self.cost(shaped)
        results[key] = shaped
        resultOrder.append(key)
        resultCost += cost
        // Why: bounded memory on 20,000-row tables; oldest results go first (they are shaped again if needed).
        if resultCost > currentResultBudget {
            let drop = resultOrder.count / 2
            for r in resultOrder[..<drop] { results[r] = nil }
            resultOrder.removeFirst(drop)
            resultCost = resultCost / 2
        }
    }

    private func makeLayout(_ request: TextRequest) -> OpaquePointer {
        let style = request.style
        let rtl = style.direction == .rightToLeft
        let layout = pango_layout_new(rtl ? rtlContext : context)!
        let desc = pango_font_description_new()
        pango_font_description_set_family(desc, style.font.family)
        pango_font_description_set_absolute_size(desc, style.font.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(desc, style.font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(desc, style.font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_layout_set_font_description(layout, desc)
        pango_font_description_free(desc)
        if request.width >= 0 {
            pango_layout_set_width(layout, Int32((request.width * Double(PANGO_SCALE)).rounded(.down)))
            // Words wider than the line break between characters instead of running into the margin.
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        pango_layout_set_indent(layout, Int32(style.firstLineIndent * Double(PANGO_SCALE)))
        // Automatic direction: Pango swaps start/end alignment itself for right-to-left paragraphs.
        pango_layout_set_auto_dir(layout, style.direction == .auto ? 1 : 0)
        pango_layout_set_alignment(layout, alignment(style.alignment, rtl: rtl))
        pango_layout_set_justify(layout, style.alignment == .justified ? 1 : 0)
        request.text.string.withCString { pango_layout_set_text(layout, $0, -1) }
        if !request.text.spans.isEmpty || style.language != nil {
            let list = attributes(request.text.spans, size: style.font.size)
            if let tag = style.language, let language = pango_language_from_string(tag), let attr = pango_attr_language_new(language) {
                pango_attr_list_insert_before(list, attr)   // whole text: start 0, end max by default
            }
            addScriptFonts(list, request)
            pango_layout_set_attributes(layout, list)
            pango_attr_list_unref(list)
        }
        correctHyphenatedJustification(layout, request: request)   // Pango 1.50 overstretches some hyphenated lines
        return layout
    }

    private func alignment(_ a: TextAlignment, rtl: Bool) -> PangoAlignment {
        switch a {
        case .start, .justified: return rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT
        case .end: return rtl ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT
        case .center: return PANGO_ALIGN_CENTER
        }
    }

    private func attributes(_ spans: [StyleSpan], size: Points) -> OpaquePointer {
        let list = pango_attr_list_new()!
        func insert(_ attr: UnsafeMutablePointer<PangoAttribute>?, _ span: StyleSpan) {
            guard let attr else { return }
            attr.pointee.start_index = UInt32(span.start)
            attr.pointee.end_index = UInt32(span.end)
            pango_attr_list_insert(list, attr)
        }
        for span in spans {
            let s = span.style
            if s.bold { insert(pango_attr_weight_new(PANGO_WEIGHT_BOLD), span) }
            if s.italic { insert(pango_attr_style_new(PANGO_STYLE_ITALIC), span) }
            if let points = s.fontSize { insert(pango_attr_size_new_absolute(Int32(points * Double(PANGO_SCALE))), span) }
            if s.superscript {
                insert(pango_attr_rise_new(Int32(size * 0.35 * Double(PANGO_SCALE))), span)
                insert(pango_attr_scale_new(0.7), span)
            }
            if let c = s.color {
                insert(pango_attr_foreground_new(UInt16(c.red * 65535), UInt16(c.green * 65535), UInt16(c.blue * 65535)), span)
            }
        }
        return list
    }

    private func extract(_ layout: OpaquePointer, request: TextRequest) -> ShapedText {
        var lines: [ShapedLine] = []
        var pangoLines: [UnsafeMutablePointer<PangoLayoutLine>] = []
        let iter = pango_layout_get_iter(layout)!
        defer { pango_layout_iter_free(iter) }
        let scale = Double(PANGO_SCALE)
        repeat {
            var ink = PangoRectangle(), logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, &ink, &logical)
            let baseline = pango_layout_iter_get_baseline(iter)
            let line = pango_layout_iter_get_line_readonly(iter)!
            let ascent = Double(baseline - logical.y) / scale
            let descent = Double(logical.height) / scale - ascent
            lines.append(ShapedLine(start: Int(line.pointee.start_index), length: Int(line.pointee.length),
                                    x: Double(logical.x) / scale, width: Double(logical.width) / scale,
                                    ascent: ascent, descent: descent))
            pangoLines.append(line)
        } while pango_layout_iter_next_line(iter) != 0
        var links: [LinkBox] = []
        for span in request.text.spans {
            guard let target = span.style.link else { continue }
            for (i, line) in lines.enumerated() {
                let lo = max(span.start, line.start), hi = min(span.end, line.start + line.length)
                guard lo < hi else { continue }
                // The visual ranges of the bytes (several where the link runs across directions, a right-to-left
                // run's end at its left), relative to the layout's left edge.
                var ranges: UnsafeMutablePointer<Int32>? = nil
                var count: Int32 = 0
                pango_layout_line_get_x_ranges(pangoLines[i], Int32(lo), Int32(hi), &ranges, &count)
                defer { g_free(ranges) }
                var spans: [(a: Double, b: Double)] = []
                for r in 0..<Int(count) {
                    guard let ranges else { break }
                    let a = Double(ranges[2 * r]) / scale, b = Double(ranges[2 * r + 1]) / scale
                    if b > a { spans.append((a, b)) }
                }
                // Runs of one link that touch (or are a space apart) make one area.
                for span in spans.sorted(by: { $0.a < $1.a }) {
                    if let last = links.last, last.line == i, last.target == target, span.a - (last.x + last.width) <= request.style.font.size / 2 {
                        links[links.count - 1].width = max(last.width, span.b - last.x)
                    } else {
                        links.append(LinkBox(line: i, x: span.a, width: span.b - span.a, target: target))
                    }
                }
            }
        }
        let unknown = Int(pango_layout_get_unknown_glyphs_count(layout))
        return ShapedText(request: request, lines: lines, links: links, unknownGlyphs: unknown,
                          missingCharacters: missingCharacters(layout, request))
    }
}

/// Pango layouts kept for drawing, within a budget; the least recently added go first.
struct LayoutCache {
    private var entries: [ShapingKey: (layout: OpaquePointer, cost: Int)] = [:]
    private var order: [ShapingKey] = []
    private var head = 0
    private var cost = 0
    /// Budget in estimated bytes (a layout with its lines, runs and glyphs: about 40 bytes a character plus 2 KiB,
    /// and its key twice).
    var budget = 12 << 20

    /// Why characters, not UTF-8 bytes: a glyph is drawn per character, and counting bytes made an Arabic or Chinese
    /// brief look two or three times its size, so its layouts were dropped before drawing and shaped again.
    private static func cost(_ key: ShapingKey) -> Int {
        key.request.text.string.unicodeScalars.count * 40 + 2048 + 2 * MemoryLayout<ShapingKey>.stride
    }

    func get(_ key: ShapingKey) -> OpaquePointer? { entries[key]?.layout }

    mutating func put(_ key: ShapingKey, _ l: OpaquePointer) {
        let added = Self.cost(key)
        if let old = entries.updateValue((l, added), forKey: key) {
            g_object_unref(UnsafeMutableRawPointer(old.layout)); cost -= old.cost
        }
        order.append(key)
        cost += added
        while cost > budget && head < order.count - 1 {
            let old = order[head]
            head += 1
            if let evicted = entries.removeValue(forKey: old) {
                cost -= evicted.cost
                g_object_unref(UnsafeMutableRawPointer(evicted.layout))
            }
        }
        if head > 4096 { order.removeFirst(head); head = 0 }
    }

    mutating func removeAll() {
        for entry in entries.values { g_object_unref(UnsafeMutableRawPointer(entry.layout)) }
        entries = [:]; order = []; head = 0; cost = 0
    }
}
