/// French typographic spacing (docs/languages.md §5): a narrow no-break space (U+202F) before ; ! ? and inside « »,
/// a no-break space (U+00A0) before :.
///
/// An ordinary space already in place is replaced (runs of them collapse into the one no-break space); a U+202F,
/// U+00A0 or other non-newline blank already in place is kept. Left alone: URLs (`http://`, `https://`, `www.`),
/// e-mail addresses and document symbols (any word containing "/", such as S/RES/2395 or A/HRC/40/3) apart from
/// the sentence punctuation that ends them; a mark between two digits (10:30, 1:2); a mark that opens the text, a
/// line, or a bracket ("(?)"); and a mark that follows another of ! ? (so "!?" and "?!" get one space, before the
/// first mark). Applying it twice changes nothing.
public enum FrenchSpacing {
    static let narrow: Character = "\u{202F}"
    static let noBreak: Character = "\u{00A0}"

    /// `text` with French spacing around ; : ! ? « ».
    public static func apply(_ text: String) -> String {
        let chars = Array(text)
        guard chars.contains(where: { ";:!?«»".contains($0) }) else { return text }
        let protected = protectedPositions(chars)
        var out: [Character] = []
        out.reserveCapacity(chars.count + 8)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            defer { i += 1 }
            if protected[i] { out.append(c); continue }
            switch c {
            case ";", "!", "?", ":":
                let next = i + 1 < chars.count ? chars[i + 1] : nil
                if let prev = nonSpacePrevious(out), !(prev.isNumber && next?.isNumber == true),
                   !("!?".contains(c) && "!?".contains(prev)), prev != "(", prev != "[" {
                    space(before: c == ":" ? noBreak : narrow, in: &out)
                }
                out.append(c)
            case "»":
                if nonSpacePrevious(out) != nil { space(before: narrow, in: &out) }
                out.append(c)
            case "«":
                out.append(c)
                var j = i + 1
                while j < chars.count && chars[j] == " " { j += 1 }
                if j < chars.count && !chars[j].isWhitespace {
                    out.append(narrow)
                    i = j - 1  // the plain spaces are replaced by the narrow one
                }
            default:
                out.append(c)
            }
        }
        return String(out)
    }

    /// The character before the run of plain spaces at the end of `out`, or `nil` when there is none or it is a
    /// line break (the mark then starts the text or a line and takes no space).
    private static func nonSpacePrevious(_ out: [Character]) -> Character? {
        guard let prev = out.last(where: { $0 != " " }), !prev.isNewline else { return nil }
        return prev
    }

    /// Replaces the plain spaces ending `out` with `space`, unless another blank (U+202F, U+00A0 …) is already there.
    private static func space(before space: Character, in out: inout [Character]) {
        while out.last == " " { out.removeLast() }
        if let last = out.last, last.isWhitespace { return }
        out.append(space)
    }

    /// Marks the characters of URLs, e-mail addresses and symbols (words containing "/"): each such word minus the
    /// brackets, quotes and sentence punctuation around it.
    static func protectedPositions(_ chars: [Character]) -> [Bool] {
        var result = [Bool](repeating: false, count: chars.count)
        var start = 0
        while start < chars.count {
            if chars[start].isWhitespace { start += 1; continue }
            var end = start
            while end < chars.count && !chars[end].isWhitespace { end += 1 }
            var (lo, hi) = (start, end)
            while lo < hi && "«([{\"'“‘".contains(chars[lo]) { lo += 1 }
            while hi > lo && ".,;:!?»)]}\"'”’…".contains(chars[hi - 1]) { hi -= 1 }
            if lo < hi && isProtectedWord(String(chars[lo..<hi])) {
                for k in lo..<hi { result[k] = true }
            }
            start = end
        }
        return result
    }

    private static func isProtectedWord(_ word: String) -> Bool {
        if word.contains("/") || word.contains("://") { return true }
        if word.lowercased().hasPrefix("www.") { return true }
        if let at = word.firstIndex(of: "@"), at != word.startIndex, word.index(after: at) != word.endIndex { return true }
        return false
    }
}
