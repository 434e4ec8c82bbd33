import Dossier

extension LayoutContext {
    /// Reports the characters of a placed fragment that no font of their style's stack has: a render error naming the
    /// character, its code point, the text around it and the block's template location. Why an error: the system would
    /// draw it from whatever font it finds (a sans face in a serif page, a dash for "一"), which nobody asked for.
    func checkingFonts(_ outcome: Outcome, source: SourceLocation) -> Outcome {
        switch outcome {
        case .complete(let f), .partial(let f, _): reportMissingCharacters(in: f, source: source)
        case .deferred: break
        }
        return outcome
    }

    private func reportMissingCharacters(in fragment: Fragment, source: SourceLocation) {
        for case .text(let t) in fragment.items where !t.shaped.missingCharacters.isEmpty {
            let text = t.shaped.request.text.string
            for m in t.shaped.missingCharacters {
                let instead = m.fallback.map { "; the system would take it from \"\($0)\"" } ?? "; no installed font has it"
                warnOnce(Diagnostic(.error, "character \"\(Character(m.scalar))\" (\(m.codePoint)) is in none of the fonts \"\(t.shaped.request.style.font.family)\"\(instead): \"\(Self.excerpt(text, at: m.offset))\"",
                                    source: source))
            }
        }
    }

    /// About twenty characters of `text` on either side of byte `offset`.
    static func excerpt(_ text: String, at offset: Int) -> String {
        let utf8 = text.utf8
        guard let i = utf8.index(utf8.startIndex, offsetBy: min(max(offset, 0), utf8.count), limitedBy: utf8.endIndex),
              let at = i.samePosition(in: text) ?? text.indices.last(where: { $0 <= i }) else { return String(text.prefix(40)) }
        let start = text.index(at, offsetBy: -20, limitedBy: text.startIndex) ?? text.startIndex
        let end = text.index(at, offsetBy: 20, limitedBy: text.endIndex) ?? text.endIndex
        let around = text[start..<end].filter { $0 != "\u{00AD}" }   // the soft hyphens of hyphenation are not the user's
        return (start > text.startIndex ? "…" : "") + around + (end < text.endIndex ? "…" : "")
    }
}
