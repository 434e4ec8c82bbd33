import Dossier

/// A deterministic shaper for tests: every character is `0.5 × font size` wide, lines break at spaces and between
/// ideographs (never before closing or after opening Chinese punctuation, docs/languages.md §5), and words wider than
/// the line break between characters. Ascent 0.8 and descent 0.2 of the size. Right-to-left lines start at the
/// right of their box, as Pango sets them.
public final class MonospaceShaper: TextShaper {
    public init() {}

    private func advance(_ style: ParagraphStyle) -> Points { style.font.size * 0.5 }

    /// A piece of text between break opportunities: byte range, characters, and whether a space precedes it.
    private struct Segment {
        var start: Int
        var end: Int
        var chars: Int
        var spaced: Bool
    }

    /// Punctuation that never starts a line.
    public static let noBreakBefore: Set<Unicode.Scalar> = Set("。，、；：？！）》」』】〕”’．・…".unicodeScalars)
    /// Punctuation that never ends a line.
    public static let noBreakAfter: Set<Unicode.Scalar> = Set("（《「『【〔“‘".unicodeScalars)

    /// Text that breaks between characters: ideographs, kana and full-width punctuation.
    static func breaksBetweenCharacters(_ u: Unicode.Scalar) -> Bool {
        u.properties.isIdeographic || (0x3000...0x30FF).contains(u.value) || (0xFF00...0xFFEF).contains(u.value)
            || noBreakBefore.contains(u) || noBreakAfter.contains(u)
    }

    /// Whether a line may break between `a` and `b` (no space between them).
    static func mayBreak(between a: Unicode.Scalar, and b: Unicode.Scalar) -> Bool {
        (breaksBetweenCharacters(a) || breaksBetweenCharacters(b)) && !noBreakBefore.contains(b) && !noBreakAfter.contains(a)
    }

    private func segments(_ text: String) -> [Segment] {
        var out: [Segment] = []
        var byte = 0
        var current: Segment? = nil
        var spaced = false
        var previous: Unicode.Scalar? = nil
        for u in text.unicodeScalars {
            let length = String(u).utf8.count
            defer { byte += length }
            if u == " " || u == "\n" || u == "\t" || u == "\u{2009}" {   // (a thin space breaks too: CJKJustification)
                if let c = current { out.append(c); current = nil }
                spaced = true
                previous = nil
                continue
            }
            if let p = previous, current != nil, Self.mayBreak(between: p, and: u) {
                out.append(current!)
                current = nil
            }
            if current == nil {
                current = Segment(start: byte, end: byte, chars: 0, spaced: spaced && !out.isEmpty)
                spaced = false
            }
            current!.end = byte + length
            current!.chars += 1
            previous = u
        }
        if let c = current { out.append(c) }
        return out
    }

    public func shape(_ request: TextRequest) -> ShapedText {
        let style = request.style
        let adv = advance(style)
        let utf8 = Array(request.text.string.utf8)
        let size = style.font.size
        let rtl = style.direction == .rightToLeft
        var lines: [ShapedLine] = []
        let capacity = max(1, Int((request.width + 1e-9) / adv))
        var lineStart: Int? = nil
        var lineEnd = 0
        var lineChars = 0
        var firstLine = true
        func indentChars() -> Int { firstLine ? Int((style.firstLineIndent / adv).rounded()) : 0 }
        func flush() {
            guard let s = lineStart else { return }
            let w = Points(lineChars) * adv
            let indent = Points(firstLine ? indentChars() : 0) * adv
            let x: Points
            switch style.alignment {
            case .center: x = (request.width - w) / 2
            case .end: x = rtl ? 0 : request.width - w
            default: x = rtl ? request.width - w - indent : indent
            }
            lines.append(ShapedLine(start: s, length: lineEnd - s, x: x, width: w, ascent: size * 0.8, descent: size * 0.2))
            lineStart = nil; lineChars = 0; firstLine = false
        }
        for segment in segments(request.text.string) {
            var wStart = segment.start
            var wChars = segment.chars
            var gap = segment.spaced ? 1 : 0
            // A piece wider than a whole line is broken between characters.
            while wChars > 0 {
                let room = capacity - indentChars() - (lineStart == nil ? 0 : lineChars + gap)
                if wChars <= room {
                    if lineStart == nil { lineStart = wStart } else { lineChars += gap }
                    lineChars += wChars
                    lineEnd = wStart + byteLength(utf8, from: wStart, chars: wChars)
                    wChars = 0
                } else if lineStart != nil {
                    flush()
                    gap = 0
                } else {
                    let take = max(1, capacity - indentChars())
                    let len = byteLength(utf8, from: wStart, chars: take)
                    lineStart = wStart; lineChars = take; lineEnd = wStart + len
                    flush()
                    wStart += len; wChars -= take
                    gap = 0
                }
            }
        }
        flush()
        if lines.isEmpty { lines.append(ShapedLine(start: 0, length: 0, x: 0, width: 0, ascent: size * 0.8, descent: size * 0.2)) }
        return ShapedText(request: request, lines: lines)
    }

    private func byteLength(_ utf8: [UInt8], from start: Int, chars: Int) -> Int {
        var i = start
        var n = 0
        while n < chars && i < utf8.count {
            let b = utf8[i]
            i += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            n += 1
        }
        return i - start
    }

    public func contentWidths(_ text: StyledText, style: ParagraphStyle) -> (minimum: Points, maximum: Points) {
        let adv = advance(style)
        let longest = segments(text.string).map(\.chars).max() ?? 0
        let total = text.string.unicodeScalars.count
        return (Points(longest) * adv, Points(total) * adv)
    }

    public func unbreakableSegments(_ text: String, style: ParagraphStyle) -> [Substring] {
        let utf8 = text.utf8
        return segments(text).compactMap { s in
            guard let a = utf8.index(utf8.startIndex, offsetBy: s.start, limitedBy: utf8.endIndex),
                  let b = utf8.index(utf8.startIndex, offsetBy: s.end, limitedBy: utf8.endIndex) else { return nil }
            return text[a..<b]
        }
    }
}
