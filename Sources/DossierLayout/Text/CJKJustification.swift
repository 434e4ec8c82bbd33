import Dossier

/// Justified Chinese, Japanese and Korean text. Pango stretches only the spaces of a justified line, and spreads the
/// slack between all its characters when it has none. A Chinese line with one or two spaces (" – " carried over from
/// an English source, a Latin name) took all its slack in them and showed holes. In such paragraphs the spaces become
/// thin spaces (U+2009, which Pango does not stretch, a break opportunity all the same), so every line spreads its
/// slack between its characters. Readers print a thin space as a space.
enum CJKJustification {
    /// Whether a paragraph in `style` is justified CJK text.
    static func applies(to style: ParagraphStyle) -> Bool {
        guard style.alignment == .justified, let language = style.language else { return false }
        let primary = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        return primary == "zh" || primary == "ja" || primary == "ko"
    }

    /// `text` with its spaces thin, and the byte offsets of the original text mapped into the new one.
    static func unstretched(_ text: StyledText) -> (text: StyledText, offset: (Int) -> Int) {
        let utf8 = Array(text.string.utf8)
        let spaces = utf8.indices.filter { utf8[$0] == 0x20 }
        guard !spaces.isEmpty else { return (text, { $0 }) }
        // A thin space is 3 bytes in UTF-8, a space 1: every space before an offset moves it by 2.
        func map(_ offset: Int) -> Int {
            var lo = 0, hi = spaces.count
            while lo < hi { let mid = (lo + hi) / 2; if spaces[mid] < offset { lo = mid + 1 } else { hi = mid } }
            return offset + 2 * lo
        }
        var out = StyledText(text.string.replacingOccurrences(of: " ", with: "\u{2009}"))
        out.spans = text.spans.map { StyleSpan(start: map($0.start), end: map($0.end), style: $0.style) }
        return (out, map)
    }
}
