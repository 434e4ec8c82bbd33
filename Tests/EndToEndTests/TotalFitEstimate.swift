import Dossier
import DossierLayout
import DossierPDF
import Foundation

/// What a total-fit (Knuth–Plass) choice among Pango's break points would give, estimated for the justified paragraphs
/// of a layout (issue 15 §2: the measurement asked for when greedy breaking with hyphenation misses the goal).
///
/// Every paragraph is cut at its break opportunities (spaces, soft hyphens, after a hyphen), each candidate line is
/// measured with Pango (its styled runs, a hyphen added at a soft hyphen), and the lines are chosen twice: greedily (as
/// Pango does, to check the estimate against the PDF) and by total fit (least sum of squared demerits, badness
/// 100·r³ with a stretch of half a space per space, 50 more for a hyphenated line, never three hyphenated lines in a
/// row). A line's gap is its space plus its share of the slack; lines of at least 6 words count, except a paragraph's
/// last and a line ended by a forced line break, as in `GapMeasure`.
final class TotalFitEstimate {
    private let shaper: PangoTextShaper

    init() { shaper = PangoTextShaper(fonts: FontSetup(fontDirectory: nil)) }

    struct Gaps {
        var greedy: [Double] = []
        var totalFit: [Double] = []
    }

    func gaps(_ laidOut: LaidOutDocument) -> Gaps {
        var out = Gaps()
        var seen = Set<ObjectIdentifier>()
        for item in laidOut.pages.flatMap(\.items) {
            guard case .text(let t) = item, t.shaped.request.style.alignment == .justified,
                  seen.insert(ObjectIdentifier(t.shaped)).inserted else { continue }
            let p = Paragraph(request: t.shaped.request, shaper: shaper)
            out.greedy += p.gaps(p.greedy())
            out.totalFit += p.gaps(p.totalFit())
        }
        return out
    }

    private struct Paragraph {
        /// A place a line may end: the end of its text, and where the next line starts.
        struct Break { var end: Int; var next: Int; var hyphen: Bool; var forced = false }

        let request: TextRequest
        let shaper: PangoTextShaper
        let bytes: [UInt8]
        let breaks: [Break]
        let space: Double
        private let cache = Cache()
        final class Cache { var widths: [Int: Double] = [:] }

        init(request: TextRequest, shaper: PangoTextShaper) {
            self.request = request; self.shaper = shaper
            bytes = Array(request.text.string.utf8)
            var breaks: [Break] = []
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x0A {   // a forced line break ends a line like the paragraph's end
                    breaks.append(Break(end: i, next: i + 1, hyphen: false, forced: true))
                    i += 1
                    continue
                }
                if bytes[i] == 0x20 {
                    var j = i
                    while j < bytes.count && bytes[j] == 0x20 { j += 1 }
                    if i > 0 && j < bytes.count { breaks.append(Break(end: i, next: j, hyphen: false)) }
                    i = j
                    continue
                }
                if bytes[i] == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xAD {
                    breaks.append(Break(end: i, next: i + 2, hyphen: true))
                    i += 2
                    continue
                }
                if bytes[i] == UInt8(ascii: "-") && i > 0 && i + 1 < bytes.count && bytes[i + 1] != 0x20 && bytes[i - 1] != 0x20 {
                    breaks.append(Break(end: i + 1, next: i + 1, hyphen: false))
                }
                i += 1
            }
            breaks.append(Break(end: bytes.count, next: bytes.count, hyphen: false, forced: true))
            self.breaks = breaks
            let style = request.style
            space = shaper.contentWidths(StyledText("a a"), style: style).maximum - shaper.contentWidths(StyledText("aa"), style: style).maximum
        }

        /// Natural width of the line from byte `start` to break `b`.
        func width(_ start: Int, _ b: Int) -> Double {
            let key = start * 1_000_003 + b
            if let w = cache.widths[key] { return w }
            let end = breaks[b].end
            var string = String(decoding: bytes[start..<end], as: UTF8.self)
            string = SoftHyphen.removed(from: string) + (breaks[b].hyphen ? "-" : "")
            // Spans moved to the line (soft hyphens inside the line change its byte offsets only slightly: ignored).
            let spans = request.text.spans.compactMap { s -> StyleSpan? in
                let a = max(s.start, start) - start, z = min(s.end, end) - start
                return a < z ? StyleSpan(start: min(a, string.utf8.count), end: min(z, string.utf8.count), style: s.style) : nil
            }
            let w = shaper.contentWidths(StyledText(string, spans: spans), style: request.style).maximum
            cache.widths[key] = w
            return w
        }

        func spaces(_ start: Int, _ b: Int) -> Int {
            bytes[start..<breaks[b].end].reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
                + String(decoding: bytes[start..<breaks[b].end], as: UTF8.self).unicodeScalars.filter { $0 == "\u{00A0}" }.count
        }

        /// The breaks Pango's greedy choice takes: the last one that fits.
        func greedy() -> [Int] {
            var out: [Int] = []
            var start = 0, b = 0
            while b < breaks.count {
                var chosen = b
                var k = b
                while k < breaks.count && width(start, k) <= request.width + 0.01 {
                    chosen = k
                    if breaks[k].forced { break }
                    k += 1
                }
                out.append(chosen)
                start = breaks[chosen].next
                b = chosen + 1
            }
            return out
        }

        /// The total-fit choice.
        func totalFit() -> [Int] {
            // best[b][h]: least demerits of lines ending at break b with h hyphenated lines in a row there.
            let n = breaks.count
            var best = Array(repeating: Array(repeating: Double.infinity, count: 3), count: n + 1)
            var from = Array(repeating: Array(repeating: (-1, 0), count: 3), count: n + 1)
            best[0][0] = 0   // index 0 is the start; break k is index k + 1
            for i in 0...n {
                for h in 0..<3 where best[i][h] < .infinity {
                    let start = i == 0 ? 0 : breaks[i - 1].next
                    var k = i
                    while k < n {
                        let w = width(start, k)
                        if w > request.width + 0.01 && k > i { break }
                        let last = breaks[k].forced
                        let hyphen = breaks[k].hyphen
                        let run = hyphen ? h + 1 : 0
                        if run < 3 {
                            var demerits: Double
                            if last {
                                demerits = 0
                            } else {
                                let s = spaces(start, k)
                                let r = s == 0 ? 10 : (request.width - w) / (Double(s) * space * 0.5)
                                let badness = min(100 * pow(max(r, 0), 3), 10_000)
                                demerits = pow(10 + badness, 2) + (hyphen ? 2_500 : 0)
                            }
                            if best[i][h] + demerits < best[k + 1][run] {
                                best[k + 1][run] = best[i][h] + demerits
                                from[k + 1][run] = (i, h)
                            }
                        }
                        if last { break }
                        k += 1
                    }
                }
            }
            var h = (0..<3).min { best[n][$0] < best[n][$1] }!
            var i = n
            var out: [Int] = []
            while i > 0 {
                out.append(i - 1)
                let f = from[i][h]
                guard f.0 >= 0 else { return greedy() }
                (i, h) = f
            }
            return out.reversed()
        }

        /// Gaps of the chosen lines with at least 6 words, the last line left out.
        func gaps(_ chosen: [Int]) -> [Double] {
            var out: [Double] = []
            var start = 0
            for b in chosen {
                defer { start = breaks[b].next }
                guard !breaks[b].forced else { continue }
                let s = spaces(start, b)
                guard s >= 5 else { continue }
                out.append(space + (request.width - width(start, b)) / Double(s))
            }
            return out
        }
    }
}
