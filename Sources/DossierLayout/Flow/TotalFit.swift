import Dossier

/// Total-fit line breaking (Knuth–Plass) for justified body text, over the break points Pango would use: spaces, soft
/// hyphens and hard hyphens (issue 15 §2). Pango breaks greedily, which leaves a hole in the page where a long word
/// or a protected name cannot fit; when a paragraph's greedy lines include such a loose line, the lines are chosen
/// again for the least total demerits, and the paragraph is shaped with only the chosen breaks left open: a space not
/// chosen becomes a no-break space (stretched alike, read as a space), and a soft hyphen not chosen is taken out.
/// Pango then breaks exactly there; if it does not (a break point this model does not know, after a slash say), or a
/// line comes out wider than the text, the greedy lines stand.
extension LayoutContext {
    /// A line is loose, and total fit is tried, when its spaces stretch by more than this share of a natural space.
    static let looseStretch = 0.9

    /// `shaped` (a justified body paragraph, broken greedily), or the same text broken by total fit when that removes a
    /// loose line; footnote marks move with the text.
    func fittingLines(_ shaped: ShapedText, footnotes: inout [PlacedFootnote]) -> ShapedText {
        let request = shaped.request
        guard request.style.alignment == .justified, shaped.lines.count >= 2 else { return shaped }
        let lines = LineChoice(request: request, shaper: shaper)
        guard lines.breaks.count > 2, let greedy = lines.breaks(endingLinesOf: shaped),
              lines.loosest(greedy) > Self.looseStretch,
              let fitted = lines.totalFit(), lines.loosest(fitted) < lines.loosest(greedy) else { return shaped }
        let (text, moved) = lines.closingBreaks(except: Set(fitted))
        var refitted = request
        refitted.text = text
        let result = shaper.shape(refitted)
        let starts = fitted.dropLast().map { moved(lines.breaks[$0].next) }
        guard result.lines.count == fitted.count, zip(result.lines.dropFirst(), starts).allSatisfy({ $0.start == $1 }),
              result.lines.allSatisfy({ $0.x + $0.width <= request.width + 0.01 }) else {
            return shaped
        }
        for i in footnotes.indices { footnotes[i].offset = moved(footnotes[i].offset) }
        return result
    }
}

/// The break points of a paragraph and the choice of lines among them.
struct LineChoice {
    /// A place a line may end: the end of its text, where the next line starts, and whether a hyphen is drawn there.
    struct Break {
        var end: Int; var next: Int; var hyphen: Bool; var forced = false
        /// After a hyphen of the text: the next line starts right after it.
        var isAfterHyphen: Bool { !hyphen && !forced && end == next }
    }

    let request: TextRequest
    let bytes: [UInt8]
    let breaks: [Break]
    /// Natural width of each piece of text between two breaks, and of a space and a hyphen.
    private let pieces: [Points]
    private let space: Points
    private let hyphen: Points

    init(request: TextRequest, shaper: TextShaper) {
        self.request = request
        bytes = Array(request.text.string.utf8)
        breaks = Self.breakPoints(bytes)
        let style = request.style
        func width(_ s: String) -> Points { shaper.contentWidths(StyledText(s), style: style).maximum }
        space = width("a a") - width("aa")
        hyphen = width("-")
        var pieces: [Points] = []
        pieces.reserveCapacity(breaks.count)
        var start = 0
        for b in breaks {
            pieces.append(shaper.contentWidths(Self.piece(request.text, from: start, to: b.end), style: style).maximum)
            start = b.next
        }
        self.pieces = pieces
    }

    /// Spaces (a run of them is one break), soft hyphens, hard hyphens between two letters, line feeds (forced), the end.
    private static func breakPoints(_ bytes: [UInt8]) -> [Break] {
        var breaks: [Break] = []
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case 0x0A:
                breaks.append(Break(end: i, next: i + 1, hyphen: false, forced: true))
                i += 1
            case 0x20:
                var j = i
                while j < bytes.count && bytes[j] == 0x20 { j += 1 }
                if i > 0 && j < bytes.count { breaks.append(Break(end: i, next: j, hyphen: false)) }
                i = j
            case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0xAD:
                breaks.append(Break(end: i, next: i + 2, hyphen: true))
                i += 2
            case UInt8(ascii: "-") where i > 0 && i + 1 < bytes.count && bytes[i + 1] != 0x20 && bytes[i - 1] != 0x20:
                breaks.append(Break(end: i + 1, next: i + 1, hyphen: false))
                i += 1
            default:
                i += 1
            }
        }
        breaks.append(Break(end: bytes.count, next: bytes.count, hyphen: false, forced: true))
        return breaks
    }

    /// The styled text between two byte offsets.
    private static func piece(_ text: StyledText, from start: Int, to end: Int) -> StyledText {
        let utf8 = Array(text.string.utf8)
        let string = String(decoding: utf8[start..<max(start, end)], as: UTF8.self)
        let spans = text.spans.compactMap { s -> StyleSpan? in
            let a = max(s.start, start) - start, z = min(s.end, end) - start
            return a < z ? StyleSpan(start: a, end: z, style: s.style) : nil
        }
        return StyledText(string, spans: spans)
    }

    /// The spaces at a break (stretched when the line is justified).
    private func spaces(at b: Int) -> Int { breaks[b].hyphen || breaks[b].end == breaks[b].next ? 0 : breaks[b].next - breaks[b].end }

    /// Natural width of the line that starts after break `from` (-1: the paragraph's start) and ends at break `to`, and
    /// its stretchable spaces.
    private func line(from: Int, to: Int) -> (width: Points, spaces: Int) {
        var width: Points = 0, spaces = 0
        for k in (from + 1)...to {
            width += pieces[k]
            if k < to { spaces += self.spaces(at: k); width += Points(self.spaces(at: k)) * space }
        }
        return (width + (breaks[to].hyphen ? hyphen : 0), spaces)
    }

    /// How much the spaces of the loosest line of a choice stretch, as a share of a natural space (infinite for a line
    /// of one word with room to spare, which Pango letter-spaces); the last line and forced breaks are not stretched.
    func loosest(_ lines: [Int]) -> Double {
        var loosest = 0.0, from = -1
        for to in lines {
            defer { from = to }
            guard !breaks[to].forced else { continue }
            let l = line(from: from, to: to)
            let slack = request.width - l.width
            if l.spaces == 0 { if slack > 1 { return .infinity } else { continue } }
            loosest = max(loosest, Double(slack / (Points(l.spaces) * space)))
        }
        return loosest
    }

    /// The breaks ending the lines of a shaped paragraph, or nil when one of its lines ends elsewhere.
    func breaks(endingLinesOf shaped: ShapedText) -> [Int]? {
        var out: [Int] = []
        var b = 0
        for line in shaped.lines.dropFirst() {
            while b < breaks.count && breaks[b].next < line.start { b += 1 }
            guard b < breaks.count, breaks[b].next == line.start else { return nil }
            out.append(b)
            b += 1
        }
        return out + [breaks.count - 1]
    }

    /// Demerits of a line: badness 100·r³ (r: the stretch over half a space per space), squared with a line penalty,
    /// plus a hyphen's; a paragraph's last line and a forced break cost nothing; nil for a line wider than the text.
    private func demerits(from: Int, to: Int) -> Double? {
        let l = line(from: from, to: to)
        if l.width > request.width && to > from + 1 { return nil }
        if breaks[to].forced { return 0 }
        // A line of one word is letter-spaced: allowed only where nothing else fits.
        if l.spaces == 0 { return 1e10 }
        let r = Double((request.width - l.width) / (Points(l.spaces) * space * 0.5))
        let badness = min(100 * r * r * r, 10_000)
        return (10 + badness) * (10 + badness) + (breaks[to].hyphen ? 2_500 : 0)
    }

    /// The least-demerits lines, never more than `LayoutContext.maximumHyphenatedLines` hyphenated lines in a row.
    func totalFit() -> [Int]? {
        let n = breaks.count, runs = LayoutContext.maximumHyphenatedLines + 1
        // best[i + 1][h]: least demerits of lines ending at break i with h hyphenated lines in a row there.
        var best = Array(repeating: Array(repeating: Double.infinity, count: runs), count: n + 1)
        var from = Array(repeating: Array(repeating: (-1, 0), count: runs), count: n + 1)
        best[0][0] = 0
        for i in 0..<n {
            // Pango takes the last break that fits, and breaks after a hyphen of the text stay open: a line may end at
            // break k only if no such break after k fits too.
            var widest = i
            while widest + 1 < n && !breaks[widest].forced && line(from: i - 1, to: widest + 1).width <= request.width { widest += 1 }
            var openAfter = Array(repeating: false, count: n + 1)   // openAfter[k]: a hyphen break in (k, widest]
            if widest > i { for k in stride(from: widest - 1, through: i, by: -1) { openAfter[k] = openAfter[k + 1] || breaks[k + 1].isAfterHyphen } }
            for h in 0..<runs where best[i][h] < .infinity {
                var k = i
                while k < n {
                    guard let d = demerits(from: i - 1, to: k) else { break }
                    if openAfter[k] && !breaks[k].forced { k += 1; continue }
                    let run = breaks[k].hyphen ? h + 1 : 0
                    if run < runs, best[i][h] + d < best[k + 1][run] {
                        best[k + 1][run] = best[i][h] + d
                        from[k + 1][run] = (i, h)
                    }
                    if breaks[k].forced { break }
                    k += 1
                }
            }
        }
        guard var h = (0..<runs).min(by: { best[n][$0] < best[n][$1] }), best[n][h] < .infinity else { return nil }
        var i = n
        var out: [Int] = []
        while i > 0 {
            out.append(i - 1)
            let f = from[i][h]
            guard f.0 >= 0 else { return nil }
            (i, h) = f
        }
        return out.reversed()
    }

    /// The text with every break but `open` closed, and where each byte offset of the old text went.
    func closingBreaks(except open: Set<Int>) -> (StyledText, moved: (Int) -> Int) {
        // Edits in order, each at a byte offset: a space turned into a no-break space (one byte more: it is stretched
        // like a space, and read as one), a soft hyphen taken out (two less). Breaks after a hyphen of the text stay open
        // (a word joiner there would be read back inside the word): `totalFit` only chooses lines Pango cannot extend
        // to such a break.
        enum Edit { case space, softHyphen }
        var edits: [(offset: Int, edit: Edit)] = []
        for (k, b) in breaks.enumerated() where !open.contains(k) && !b.forced && !b.isAfterHyphen {
            if b.hyphen { edits.append((b.end, .softHyphen)) } else { edits += (b.end..<b.next).map { ($0, .space) } }
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + edits.count * 3)
        var i = 0
        for e in edits {
            out += bytes[i..<e.offset]
            switch e.edit {
            case .space: out += [0xC2, 0xA0]; i = e.offset + 1
            case .softHyphen: i = e.offset + 2
            }
        }
        out += bytes[i...]
        let moved: (Int) -> Int = { o in
            var shift = 0
            for e in edits {
                guard o > e.offset else { break }
                switch e.edit {
                case .space: shift += 1
                case .softHyphen: shift -= min(2, o - e.offset)
                }
            }
            return o + shift
        }
        let spans = request.text.spans.map { StyleSpan(start: moved($0.start), end: moved($0.end), style: $0.style) }
        return (StyledText(String(decoding: out, as: UTF8.self), spans: spans), moved)
    }
}
