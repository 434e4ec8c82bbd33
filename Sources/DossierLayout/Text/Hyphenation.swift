import Dossier

/// Finds where a word may break with a hyphen, from a language's patterns: libhyphen with the Debian dictionaries in
/// production (`DossierPDF.LibHyphenHyphenator`), a pure-Swift fake in tests. The layout engine decides which words
/// are hyphenated (`HyphenationRules`) and inserts soft hyphens before the shaper breaks the lines.
public protocol Hyphenator: AnyObject {
    /// Whether there are patterns for `language` (a BCP 47 tag: "fr", "en-GB", "ru").
    func supports(language: String) -> Bool
    /// The points where `word` (letters only, as written in the text) may break: the number of characters before each
    /// point, ascending, each in `1..<word.count`, within the minimum lengths the language's patterns ask for.
    func breakPoints(_ word: String, language: String) -> [Int]
}

/// The soft hyphen (U+00AD): invisible unless a line breaks at it, where Pango draws a hyphen. In a PDF made with cairo,
/// `pdftotext` and `mutool` extract such a break as U+00AD at the end of the line (a hyphen in the text stays "-").
public enum SoftHyphen {
    public static let scalar: Unicode.Scalar = "\u{00AD}"
    public static let string = "\u{00AD}"
    /// Its UTF-8 bytes.
    public static let utf8: [UInt8] = [0xC2, 0xAD]

    /// `s` without soft hyphens.
    public static func removed(from s: String) -> String {
        s.unicodeScalars.contains(scalar) ? String(String.UnicodeScalarView(s.unicodeScalars.filter { $0 != scalar })) : s
    }
}

/// Which words of a text run get soft hyphens (issue 15, docs/languages.md §5). Never hyphenated: words under
/// `minimumLetters` letters, anything with a digit or a symbol character ("S/RES/2395", "2017", "COVID-19"), URLs and
/// e-mail addresses, words in capitals or with a capital inside (acronyms, "McDonald"), words with a hyphen of their
/// own (they break there already), the protected names (people, States, organisations), the last word before a forced
/// line break and, on request, the last word of the text. Words joined by a no-break space to a number ("resolution 2395 (2017)") are one unit with a digit,
/// so they are left whole too. A break leaves at least 2 letters on each side (the dictionaries may ask for more: English
/// carries at least 3).
public struct HyphenationRules: Sendable {
    /// Shorter words are never broken.
    public static let minimumLetters = 5
    /// Letters kept before a break, and carried after it.
    public static let minimumBefore = 2, minimumAfter = 2
    let names: ProtectedNames

    public init(protectedWords: Set<String> = []) { names = ProtectedNames(protectedWords) }

    /// `text` with soft hyphens at the break points `hyphenator` gives for its hyphenatable words in `language`.
    /// - Parameter keepingLastWord: leave the last word alone (the last word of a paragraph).
    public func hyphenate(_ text: String, language: String, keepingLastWord: Bool, with hyphenator: Hyphenator) -> String {
        let chars = Array(text)
        let tokens = Self.tokens(chars)
        guard !tokens.isEmpty else { return text }
        let cores = tokens.map { Self.core(chars, $0) }
        let protected = names.isEmpty ? [] : names.protectedIndices(cores.map { String(chars[$0]).lowercased() })
        let last = keepingLastWord ? cores.lastIndex { !$0.isEmpty } : nil
        var inserts: [Int] = []   // character indices before which a soft hyphen goes
        for (i, token) in tokens.enumerated() where i != last && !protected.contains(i) {
            // The last word before a forced line break ends its line anyway.
            if token.upperBound < chars.count && Self.isForcedBreak(chars[token.upperBound]) { continue }
            guard let segment = Self.segment(chars, token: token, core: cores[i]) else { continue }
            let word = String(chars[segment])
            for p in hyphenator.breakPoints(word, language: language)
            where p >= Self.minimumBefore && segment.count - p >= Self.minimumAfter {
                inserts.append(segment.lowerBound + p)
            }
        }
        guard !inserts.isEmpty else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + inserts.count * 2)
        var next = 0
        for (i, c) in chars.enumerated() {
            while next < inserts.count && inserts[next] == i { out.append(Character(SoftHyphen.string)); next += 1 }
            out.append(c)
        }
        return out
    }

    /// Characters lines may break at (a no-break space, U+2007, U+202F and the word joiner keep their neighbours together).
    static func isBreakingSpace(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { u in
            switch u.value {
            case 0x20, 0x09, 0x0A, 0x0D, 0x1680, 0x2000...0x2006, 0x2008...0x200B, 0x2028, 0x2029, 0x205F, 0x3000: return true
            default: return false
            }
        }
    }

    static func isForcedBreak(_ c: Character) -> Bool {
        c.unicodeScalars.contains { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" }
    }

    /// The runs of characters between breaking spaces.
    static func tokens(_ chars: [Character]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start: Int? = nil
        for (i, c) in chars.enumerated() {
            if isBreakingSpace(c) {
                if let s = start { out.append(s..<i); start = nil }
            } else if start == nil {
                start = i
            }
        }
        if let s = start { out.append(s..<chars.count) }
        return out
    }

    /// The token without the punctuation around it (quotes, brackets, full stops, commas); empty when it has no letter.
    static func core(_ chars: [Character], _ token: Range<Int>) -> Range<Int> {
        var a = token.lowerBound, b = token.upperBound
        while a < b && !isLetter(chars[a]) { a += 1 }
        while b > a && !isLetter(chars[b - 1]) { b -= 1 }
        return a..<b
    }

    /// Characters that mark a symbol, a URL, an e-mail address or code rather than a word.
    private static let symbolCharacters: Set<Character> = ["/", "\\", "@", "_", "=", "#", "~", "|", "<", ">", "{", "}", "^", "+",
                                                           "%", "*", "&", "$", "€", "£", "§"]
    static let apostrophes: Set<Character> = ["'", "’", "ʼ"]
    private static let www = Array("www.")

    // Why: Character's Unicode properties cost thousands of instructions each; body text is mostly ASCII, whose
    // letters and digits are known without them (this took hyphenation from 11 % of a brief's instructions to ~2 %).
    static func isLetter(_ c: Character) -> Bool {
        if let a = c.asciiValue { return (a >= 0x41 && a <= 0x5A) || (a >= 0x61 && a <= 0x7A) }
        return c.isLetter
    }

    /// A symbol character, or a soft hyphen already there.
    static func isSymbol(_ c: Character) -> Bool {
        if let a = c.asciiValue { return asciiSymbols.contains(a) }
        return symbolCharacters.contains(c) || c.unicodeScalars.contains(SoftHyphen.scalar)
    }
    private static let asciiSymbols = Set(symbolCharacters.compactMap(\.asciiValue))

    static func isNumber(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a >= 0x30 && a <= 0x39 }
        return c.isNumber
    }

    /// The part of a token that may be hyphenated, or nil. An elided article or a possessive is left out: "l’application"
    /// gives "application", "Government’s" gives "Government".
    static func segment(_ chars: [Character], token: Range<Int>, core: Range<Int>) -> Range<Int>? {
        guard core.count >= minimumLetters else { return nil }
        for c in chars[token] where isNumber(c) || isSymbol(c) {
            return nil
        }
        if chars[token].starts(with: www) { return nil }
        // Inside the word: letters and apostrophes only (no hyphen, full stop, other punctuation).
        guard chars[core].allSatisfy({ isLetter($0) || apostrophes.contains($0) }) else { return nil }
        var segment = core
        if let lastApostrophe = chars[core].lastIndex(where: { apostrophes.contains($0) }) {
            let after = (lastApostrophe + 1)..<core.upperBound
            let firstApostrophe = chars[core].firstIndex(where: { apostrophes.contains($0) })!
            segment = after.count >= minimumLetters ? after : core.lowerBound..<firstApostrophe
        }
        guard segment.count >= minimumLetters else { return nil }
        // Capitals after the first letter: an acronym ("UNODC"), a code or a name written in capitals.
        guard !chars[segment].dropFirst().contains(where: { $0.asciiValue.map { $0 >= 0x41 && $0 <= 0x5A } ?? $0.isUppercase }) else {
            return nil
        }
        return segment
    }
}

/// Names that are never hyphenated, matched word by word against the words of the text: a name of several words is
/// protected where all its words follow one another (the United Nations alone is not the United Nations Office of
/// Counter-Terrorism). A word matches a word of a
/// name when it is that word or an inflected form of it: same first letters (all but the last three, at least four)
/// and at most four letters longer or shorter ("Кении", "Кенией" for "Кения"; "Воронкова" for "Воронков").
struct ProtectedNames: Sendable {
    /// Names as their lower-case words, by the first three letters of their first word.
    private var byPrefix: [String: [[String]]] = [:]

    init(_ entries: Set<String>) {
        for entry in entries.sorted() {
            let chars = Array(entry)
            let words = HyphenationRules.tokens(chars).map { String(chars[HyphenationRules.core(chars, $0)]).lowercased() }
                .filter { !$0.isEmpty }
            guard let first = words.first else { continue }
            byPrefix[String(first.prefix(3)), default: []].append(words)
        }
    }

    var isEmpty: Bool { byPrefix.isEmpty }

    /// Indices of the words (lower-case, punctuation around them removed) that belong to a protected name.
    func protectedIndices(_ words: [String]) -> Set<Int> {
        guard !byPrefix.isEmpty else { return [] }
        var out: Set<Int> = []
        for (i, w) in words.enumerated() where !w.isEmpty {
            // The word, and its parts around an apostrophe ("l’équipe": "équipe").
            let forms = [w] + w.split(whereSeparator: { HyphenationRules.apostrophes.contains($0) }).dropFirst().map(String.init)
                + w.split(whereSeparator: { HyphenationRules.apostrophes.contains($0) }).prefix(1).map(String.init)
            let names = Set(forms.map { String($0.prefix(3)) }).flatMap { byPrefix[$0] ?? [] }
            guard !names.isEmpty else { continue }
            for name in names where i + name.count <= words.count {
                if zip(name, words[i..<(i + name.count)]).allSatisfy({ Self.sameWord($1, $0) }) {
                    out.formUnion(i..<(i + name.count))
                }
            }
        }
        return out
    }

    /// Whether `word` is `name` or an inflected form of it (both lower-case), also with an elided article or a possessive
    /// ("l’équipe", "kenya’s").
    static func sameWord(_ word: String, _ name: String) -> Bool {
        if word == name { return true }
        if let a = word.firstIndex(where: { HyphenationRules.apostrophes.contains($0) }), !name.contains(where: { HyphenationRules.apostrophes.contains($0) }) {
            let b = word.lastIndex(where: { HyphenationRules.apostrophes.contains($0) })!
            return sameWord(String(word[word.index(after: b)...]), name) || sameWord(String(word[..<a]), name)
        }
        let n = name.count
        guard n >= 4, abs(word.count - n) <= 4 else { return false }
        var common = 0
        for (a, b) in zip(word, name) { if a == b { common += 1 } else { break } }
        return common >= max(4, n - 3)
    }
}
