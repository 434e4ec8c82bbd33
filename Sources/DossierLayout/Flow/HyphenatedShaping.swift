import Dossier

/// Hyphenation state of a layout pass (issue 15): the hyphenator, the paragraph whose runs are being resolved, and
/// what is measured once.
struct HyphenationState {
    /// The patterns (nil: no hyphenation, as with the monospace test shaper by default).
    var hyphenator: Hyphenator?
    /// Set while the runs of one paragraph are resolved: its language and the index of its last run with a word.
    var paragraph: (language: String, lastRun: Int?)?
    /// Built from `Typography.protectedWords` on first use.
    var rules: HyphenationRules?
    /// Average width of a character of the body font (a table column narrower than 15 of them is not hyphenated).
    var averageCharacterWidth: Points?
    /// Text runs as handed to the shaper, by their text, language and whether their last word is kept: the layout
    /// passes resolve every run more than once, and table cells repeat (bounded: emptied when full). Why 4,096: reuse is
    /// near (a cell is resolved to be measured, then placed on its page), and at 20,000 entries the table and its texts
    /// held 4 MB of a long annex's peak memory.
    var prepared: [PreparedKey: String] = [:]
    static let preparedLimit = 4_096

    /// Hashed and compared by the text's UTF-8 bytes. Why: String hashing normalizes non-ASCII text first, which cost
    /// an Arabic brief more than preparing its runs; a run spelled in another normalization form is only a miss.
    struct PreparedKey: Hashable {
        var text: String
        var language: String?
        var keepsLastWord: Bool

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(language)
            hasher.combine(keepsLastWord)
        }

        static func == (a: PreparedKey, b: PreparedKey) -> Bool {
            a.keepsLastWord == b.keepsLastWord && a.language == b.language && a.text.hasSameUTF8(as: b.text)
        }
    }
}

/// Hyphenation in the layout engine (issue 15, docs/languages.md §5): soft hyphens go into the text runs of body paragraphs,
/// list items, quotations and wide table cells when they are resolved (after `Typography.prepare`, so the byte ranges
/// of spans and footnote marks are computed on the final text); the shaper then breaks the lines at them or not. After
/// shaping, a paragraph with three lines in a row ending in a hyphen loses the soft hyphens of the word broken at the
/// third and is shaped again, until no such run is left (likewise a line that the hyphen pushed past the width).
extension LayoutContext {
    /// Most lines in a row that may end in a hyphen.
    static let maximumHyphenatedLines = 2
    /// A table column narrower than this many average characters of the body font is not hyphenated.
    static let minimumHyphenatedColumn: Points = 15

    /// A text run as handed to the shaper: the language's typography, then soft hyphens when the runs of a hyphenated
    /// paragraph are being resolved (`index`: the run's index in the paragraph's runs).
    func prepared(_ s: String, run index: Int) -> String {
        let paragraph = hyphenation.hyphenator == nil ? nil : hyphenation.paragraph
        let key = HyphenationState.PreparedKey(text: s, language: paragraph?.language, keepsLastWord: index == paragraph?.lastRun)
        if let hit = hyphenation.prepared[key] { return hit }
        var text = typography.prepare(s)
        if let paragraph, let hyphenator = hyphenation.hyphenator {
            text = hyphenationRules.hyphenate(text, language: paragraph.language, keepingLastWord: key.keepsLastWord, with: hyphenator)
        }
        if hyphenation.prepared.count >= HyphenationState.preparedLimit { hyphenation.prepared.removeAll(keepingCapacity: true) }
        hyphenation.prepared[key] = text
        return text
    }

    private var hyphenationRules: HyphenationRules {
        if let r = hyphenation.rules { return r }
        let r = HyphenationRules(protectedWords: typography.protectedWords)
        hyphenation.rules = r
        return r
    }

    /// The language a paragraph of this style is hyphenated in, or nil: the style allows it, its text is justified (a
    /// table cell: justified or set from the start side; ragged, centred or end-aligned text such as a masthead is left
    /// alone), and there are patterns for its language.
    func hyphenationLanguage(_ style: ParagraphStyle, cell: Bool = false) -> String? {
        guard style.hyphenate, style.alignment == .justified || (cell && style.alignment == .start),
              let hyphenator = hyphenation.hyphenator else { return nil }
        let language = style.language ?? typography.language
        return hyphenator.supports(language: language) ? language : nil
    }

    /// Runs `body` (the `resolve` call of a text block) with hyphenation on when the block is body text: a paragraph, list
    /// item or quotation, never a heading, caption, note or contents entry.
    func resolvingHyphenated<T>(_ block: TextBlock, _ body: () -> T) -> T {
        resolving(block.content, language: isHyphenatedBody(block) ? hyphenationLanguage(block.style) : nil, body)
    }

    /// Whether a text block is body text (a paragraph, list item or quotation) hyphenated in its language.
    func isHyphenatedBody(_ block: TextBlock) -> Bool {
        block.heading == nil && block.tocEntry == nil && block.tag == .paragraph && hyphenationLanguage(block.style) != nil
    }

    /// Resolves and shapes a table cell; hyphenated when its column is at least 15 characters of the body font wide.
    func shapeCell(_ text: Text, style: ParagraphStyle, width: Points) -> ShapedText {
        var language = hyphenationLanguage(style, cell: true)
        if language != nil && width < Self.minimumHyphenatedColumn * averageCharacterWidth { language = nil }
        let resolved = resolving(text, language: language) { resolve(text) }
        var none: [PlacedFootnote] = []
        return limitingHyphens(shaper.shape(TextRequest(text: resolved, style: style, width: width)), footnotes: &none)
    }

    private var averageCharacterWidth: Points {
        if let w = hyphenation.averageCharacterWidth { return w }
        let sample = "abcdefghijklmnopqrstuvwxyz"
        let w = shaper.contentWidths(StyledText(sample), style: sheet.body).maximum / Points(sample.count)
        hyphenation.averageCharacterWidth = w
        return w
    }

    /// Runs `body` (a `resolve` call) with hyphenation on for the runs of `text` when `language` is set.
    private func resolving<T>(_ text: Text, language: String?, _ body: () -> T) -> T {
        guard let language else { return body() }
        let lastRun = text.runs.lastIndex { if case .text(let s, _) = $0 { return s.contains { $0.isLetter } } else { return false } }
        hyphenation.paragraph = (language, lastRun)
        defer { hyphenation.paragraph = nil }
        return body()
    }

    /// The shaped text, or, while three of its lines in a row end in a hyphen (or a line ending at a soft hyphen is wider
    /// than the text), the text shaped again without the soft hyphens of the word broken at the last of those lines that
    /// ends in one (each round removes soft hyphens, so it ends); the footnote marks move with the text.
    func limitingHyphens(_ shaped: ShapedText, footnotes: inout [PlacedFootnote]) -> ShapedText {
        var shaped = shaped
        while let (end, wholeWord) = Self.softHyphenToUndo(shaped) {
            let (text, removed) = shaped.request.text.removingSoftHyphens(inWordAt: end, wholeWord: wholeWord)
            guard !removed.isEmpty else { break }
            for i in footnotes.indices {
                footnotes[i].offset -= SoftHyphen.utf8.count * removed.filter { $0 < footnotes[i].offset }.count
            }
            var request = shaped.request
            request.text = text
            shaped = shaper.shape(request)
        }
        return shaped
    }

    /// How a shaped line ends.
    enum LineEnd { case softHyphen, hyphen, other }

    /// Whether line `i` of `shaped` ends at a soft hyphen (the shaper drew a hyphen there), a hyphen of the text, or else.
    static func lineEnd(_ shaped: ShapedText, _ i: Int) -> LineEnd {
        let line = shaped.lines[i]
        let tail = Array(shaped.request.text.string.utf8.dropFirst(line.start).prefix(line.length).suffix(3))
        if tail.suffix(2).elementsEqual(SoftHyphen.utf8) { return .softHyphen }
        if tail.last == UInt8(ascii: "-") || tail == [0xE2, 0x80, 0x90] { return .hyphen }   // "-", U+2010
        return .other
    }

    /// The byte offset of the soft hyphen to undo, and whether the other soft hyphens of its word go too: at the end of a
    /// line wider than the text, that one soft hyphen (Pango 1.50 may break at a soft hyphen where the piece of the word
    /// fits but not the hyphen it adds: the line overflowed by the hyphen's width; an earlier point of the word may fit);
    /// in a run of more than `maximumHyphenatedLines` lines ending in a hyphen, the word broken at the last line of the
    /// run's first three that ends at a soft hyphen; nil when there is none.
    static func softHyphenToUndo(_ shaped: ShapedText) -> (offset: Int, wholeWord: Bool)? {
        guard shaped.request.text.string.containsUTF8(SoftHyphen.string) else { return nil }
        for (i, line) in shaped.lines.enumerated()
        where line.x + line.width > shaped.request.width + 0.01 && lineEnd(shaped, i) == .softHyphen {
            return (line.start + line.length - SoftHyphen.utf8.count, false)
        }
        guard shaped.lines.count > maximumHyphenatedLines + 1 else { return nil }
        var run = 0
        // The last line of a paragraph ends the paragraph, not in a hyphen.
        for i in 0..<max(shaped.lines.count - 1, 0) {
            guard lineEnd(shaped, i) != .other else { run = 0; continue }
            run += 1
            guard run > maximumHyphenatedLines else { continue }
            for j in stride(from: i, through: i - maximumHyphenatedLines, by: -1) where lineEnd(shaped, j) == .softHyphen {
                let line = shaped.lines[j]
                return (line.start + line.length - SoftHyphen.utf8.count, true)
            }
        }
        return nil
    }
}

extension StyledText {
    /// The text without the soft hyphens of the word around byte `offset` (a word ends at a space, tab or line break), or
    /// only without the one at `offset` (`wholeWord` false), with its spans moved; also returns the byte offsets (in this
    /// text) of the soft hyphens removed.
    func removingSoftHyphens(inWordAt offset: Int, wholeWord: Bool = true) -> (StyledText, removed: [Int]) {
        let bytes = Array(string.utf8)
        guard offset >= 0, offset < bytes.count else { return (self, []) }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        var a = offset, b = min(offset + 2, bytes.count)
        if wholeWord {
            while a > 0 && !isSpace(bytes[a - 1]) { a -= 1 }
            while b < bytes.count && !isSpace(bytes[b]) { b += 1 }
        }
        var removed: [Int] = []
        var i = a
        while i + 1 < b {
            if bytes[i] == SoftHyphen.utf8[0] && bytes[i + 1] == SoftHyphen.utf8[1] { removed.append(i); i += 2 } else { i += 1 }
        }
        guard !removed.isEmpty else { return (self, []) }
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count - removed.count * 2)
        var next = 0
        i = 0
        while i < bytes.count {
            if next < removed.count && removed[next] == i { i += 2; next += 1; continue }
            kept.append(bytes[i]); i += 1
        }
        func moved(_ o: Int) -> Int { o - SoftHyphen.utf8.count * removed.filter { $0 < o }.count }
        let spans = self.spans.map { StyleSpan(start: moved($0.start), end: moved($0.end), style: $0.style) }
        return (StyledText(String(decoding: kept, as: UTF8.self), spans: spans), removed)
    }
}
