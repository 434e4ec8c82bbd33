import Dossier

/// A deterministic shaper for tests: every character is `0.5 × font size` wide, lines break at spaces,
/// and words wider than the line break between characters. Ascent 0.8 and descent 0.2 of the size.
public final class MonospaceShaper: TextShaper {
    public init() {}

    private func advance(_ style: ParagraphStyle) -> Points { style.font.size * 0.5 }

    public func shape(_ request: TextRequest) -> ShapedText {
        let style = request.style
        let adv = advance(style)
        let utf8 = Array(request.text.string.utf8)
        let size = style.font.size
        var lines: [ShapedLine] = []
        // Split into words with their byte ranges; whitespace separates words.
        var words: [(start: Int, end: Int, chars: Int)] = []
        var i = 0
        let chars = request.text.string.unicodeScalars.map { String($0).utf8.count }
        var byte = 0
        var current: (start: Int, chars: Int)? = nil
        for c in chars {
            let isSpace = utf8[byte] == 32 || utf8[byte] == 10 || utf8[byte] == 9
            if isSpace {
                if let w = current { words.append((w.start, byte, w.chars)); current = nil }
            } else {
                if current == nil { current = (byte, 0) }
                current!.chars += 1
            }
            byte += c
            i += 1
        }
        if let w = current { words.append((w.start, byte, w.chars)) }
        let capacity = max(1, Int((request.width + 1e-9) / adv))
        var lineStart: Int? = nil
        var lineEnd = 0
        var lineChars = 0
        var firstLine = true
        func indentChars() -> Int { firstLine ? Int((style.firstLineIndent / adv).rounded()) : 0 }
        func flush() {
            guard let s = lineStart else { return }
            let w = Points(lineChars) * adv
            let x: Points
            switch style.alignment {
            case .center: x = (request.width - w) / 2
            case .end: x = request.width - w
            default: x = Points(firstLine ? indentChars() : 0) * adv
            }
            lines.append(ShapedLine(start: s, length: lineEnd - s, x: x, width: w, ascent: size * 0.8, descent: size * 0.2))
            lineStart = nil; lineChars = 0; firstLine = false
        }
        for w in words {
            var wStart = w.start
            var wChars = w.chars
            // A word wider than a whole line is broken between characters.
            while wChars > 0 {
                let room = capacity - indentChars() - (lineStart == nil ? 0 : lineChars + 1)
                if wChars <= room {
                    if lineStart == nil { lineStart = wStart } else { lineChars += 1 }
                    lineChars += wChars
                    lineEnd = wStart + byteLength(utf8, from: wStart, chars: wChars)
                    wChars = 0
                } else if lineStart != nil {
                    flush()
                } else {
                    let take = max(1, capacity - indentChars())
                    let len = byteLength(utf8, from: wStart, chars: take)
                    lineStart = wStart; lineChars = take; lineEnd = wStart + len
                    flush()
                    wStart += len; wChars -= take
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
        let words = text.words.map { $0.unicodeScalars.count }
        let longest = words.max() ?? 0
        let total = text.string.unicodeScalars.count
        return (Points(longest) * adv, Points(total) * adv)
    }
}
