import BriefingModel
import Dossier
import Foundation

/// How one language writes what the data holds in neutral form — dates, numbers, lists, quotations, enum labels,
/// honorifics, heading and list numbering, footnote-mark position — read from `Templates/Text/<lang>/formats.json`
/// and `labels.json` (docs/languages.md §2: UN forms, which differ from CLDR's in places), plus its collation.
public final class LanguageForms: Sendable {
    /// The language (`en`, `fr` …).
    public let language: String
    let formats: TemplateText
    let labels: TemplateText

    /// Loads (and checks) the forms of `language`.
    public init(language: String) throws {
        // Loaded once per document; a pack's documents share their language.
        self.language = language
        formats = try TemplateText.plain("formats", language: language)
        labels = try TemplateText.plain("labels", language: language)
    }

    /// The raw format message `key` (e.g. `quote.open`).
    public func format(_ key: String, _ values: [String: String] = [:]) -> String { formats(key, values) }

    // MARK: Dates (parts joined by no-break spaces: a date never breaks across lines)

    /// "31 July 2018", "July 2018", "early 2017", "2017" in the language's UN form.
    public func date(_ d: PartialDate) -> String {
        var text: String
        if let month = d.month, (1...12).contains(month) {
            let year = String(d.year)
            if let day = d.day {
                let dayText = day == 1 ? formats("date.firstDay") : String(day)
                text = formats("date.full", ["day": dayText, "month": formats("monthOfDate.\(month)"),
                                             "monthNumber": String(month), "year": year])
            } else {
                text = formats("date.monthYear", ["month": formats("month.\(month)"), "monthNumber": String(month), "year": year])
            }
            if d.qualifier == .circa { text = formats("date.circa", ["year": text]) }
        } else if let q = d.qualifier {
            text = formats("date.\(q.rawValue)", ["year": String(d.year)])
        } else {
            text = formats("date.year", ["year": String(d.year)])
        }
        return Self.unbreakable(text)
    }

    /// "1 – 3 May 2018", "from June 2017", "until 2019".
    public func range(_ r: DateRange) -> String {
        switch (r.start, r.end) {
        case let (start?, end?) where start == end: return date(start)
        case let (start?, end?): return formats("range", ["start": date(start), "end": date(end)])
        case let (start?, nil): return formats("range.from", ["start": date(start)])
        case let (nil, end?): return formats("range.until", ["end": date(end)])
        case (nil, nil): return ""
        }
    }

    /// Spaces inside a date made no-break.
    static func unbreakable(_ s: String) -> String { s.replacingOccurrences(of: " ", with: "\u{00A0}") }

    // MARK: Numbers, lists, quotations

    /// An integer with the language's group separator (UN: "500 000" with a no-break space outside English).
    public func number(_ n: Int) -> String { NumberForms.integer(n, group: formats("number.group")) }

    /// "A", "A and B", "A, B and C" in the language's form.
    public func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return formats("list.pair", ["first": items[0], "last": items[1]])
        default:
            let rest = items.dropLast().joined(separator: formats("list.separator"))
            return formats("list.last", ["rest": rest, "last": items[items.count - 1]])
        }
    }

    /// Text between the language's quotation marks.
    public func quoted(_ s: String) -> String { formats("quote.open") + s + formats("quote.close") }

    // MARK: Labels, people

    /// The label of a model value in this language (`labels.json`: `<Type>.<code>`).
    public func label<E: ModelEnum>(_ value: E) -> String { labels("\(E.self).\(value.rawValue)") }

    /// Whether a label exists (for values of types the labels file does not list).
    public func hasLabel<E: ModelEnum>(_ value: E) -> Bool { labels.has("\(E.self).\(value.rawValue)") }

    /// A name with its honorific where the language places it ("Mr. A. B.", "B 先生").
    public func person(_ name: String, honorific: String?) -> String {
        guard var honorific, !honorific.isEmpty else { return name }
        // An honorific is never broken: a word joiner after its own hyphen keeps "г-жа" whole (Liberation Serif has no
        // non-breaking hyphen; PDF readers drop the joiner). The space before the name stays breakable: a no-break space
        // there left a 13.6 pt gap in the Russian visit summary under greedy line breaking.
        honorific = honorific.replacingOccurrences(of: "-", with: "-\u{2060}")
        let separator = formats("honorific.separator")
        return formats("honorific.placement") == "after" ? name + separator + honorific : honorific + separator + name
    }

    /// The surname for attributions ("said Mr. Voronkov"): the last word, or the last part after a middle dot.
    public func surname(_ name: String) -> String {
        let parts = name.split(whereSeparator: { $0 == " " || $0 == "·" || $0 == "・" })
        return parts.last.map(String.init) ?? name
    }

    // MARK: Numbering, footnotes, sorting

    /// Heading numbering: chapter, section, paragraph, subparagraph and sub-subparagraph styles.
    public var headingNumbering: HeadingNumbering {
        HeadingNumbering(["chapter", "section", "paragraph", "subparagraph", "subsubparagraph"].map {
            HeadingNumberStyle(name: formats("numbering." + $0)) ?? .none
        })
    }

    /// The labels of numbered paragraphs ("1." in English, "1 -" in Arabic).
    public var paragraphNumbering: HeadingNumberStyle {
        HeadingNumberStyle(name: formats("numbering.paragraph")) ?? .arabic
    }

    /// The style of first-level subparagraphs, for lettered lists.
    public var subparagraphMarker: ListMarker {
        .styled(HeadingNumberStyle(name: formats("numbering.subparagraph")) ?? .lowerLetterParenthesized)
    }

    /// Where footnote marks go beside punctuation.
    public var footnoteMarkPosition: FootnoteMarkPosition {
        formats("footnote.markPosition") == "beforePunctuation" ? .beforePunctuation : .afterPunctuation
    }

    /// Sorted in the language's alphabetical order (ICU collation).
    public func sorted<T>(_ items: [T], by key: (T) -> String) -> [T] { Collation.sorted(items, by: key, language: language) }
}
