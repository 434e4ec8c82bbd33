/// Where a footnote mark goes beside a punctuation mark that follows it.
public enum FootnoteMarkPosition: String, Sendable, Hashable {
    /// "text.¹" (English, Arabic, Chinese UN usage).
    case afterPunctuation
    /// "text¹." (French, Spanish, Russian UN usage).
    case beforePunctuation
}

/// The typographic conventions of a document's language, applied by the layout engine to every text run
/// before it is shaped: no line break inside resolution references, symbols with their year and numbers with
/// their unit, French spacing before ; ! ? : and inside « », and the footnote-mark position.
public struct Typography: Sendable, Hashable {
    /// BCP 47 language of the document.
    public var language: String
    public var footnoteMarks: FootnoteMarkPosition
    /// Names never hyphenated wherever they occur (people, States, organisations and their acronyms, filled by the
    /// templates from the loaded bundles): a one-word entry protects that word, a longer entry the whole name where
    /// its words follow one another; inflected forms ("Кении" for "Кения") are protected too (`HyphenationRules`).
    public var protectedWords: Set<String> = []

    public init(language: String = "en", footnoteMarks: FootnoteMarkPosition = .afterPunctuation) {
        self.language = language; self.footnoteMarks = footnoteMarks
    }

    /// Between the two page labels of a page range ("2–5"). Right-to-left text takes a hyphen-minus: the bidi algorithm
    /// keeps "2-5" together as one number run, while an en dash is a neutral that resolves right to left between two
    /// numbers and would print the range backwards ("5–2").
    public var pageRangeSeparator: String { TextDirection(language: language) == .rightToLeft ? "-" : "–" }

    /// The text as it is handed to the shaper.
    public func prepare(_ text: String) -> String {
        let primary = language.split(separator: "-").first.map(String.init) ?? language
        let protected = NoBreakSpacing.protect(text, language: primary)
        return primary == "fr" ? FrenchSpacing.apply(protected) : protected
    }
}
