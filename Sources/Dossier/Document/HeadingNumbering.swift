/// How one heading level (or a list, through `ListMarker.styled`) is numbered.
public enum HeadingNumberStyle: Sendable, Equatable, Hashable, CaseIterable {
    /// No number.
    case none
    /// I. II. III.
    case upperRoman
    /// A. B. C.
    case upperLetter
    /// 1. 2. 3.
    case arabic
    /// (a) (b) (c)
    case lowerLetterParenthesized
    /// (i) (ii) (iii)
    case lowerRomanParenthesized
    /// a) b) c) (French, Spanish, Russian subparagraphs)
    case lowerLetterHalfParen
    /// i) ii) iii)
    case lowerRomanHalfParen
    /// 1 - 2 - 3 - (Arabic numbered paragraphs)
    case arabicDash
    /// أولا - ثانيا - ثالثا - (Arabic chapters)
    case arabicOrdinalWordDash
    /// ألف - باء - جيم - (Arabic sections)
    case arabicLetterNameDash
    /// (أ) (ب) (ج) (Arabic subparagraphs)
    case abjadParens
    /// (1) (2) (3)
    case arabicParens
    /// 一. 二. 三. (Chinese chapters)
    case chineseNumeralPeriod
    /// 一、二、三、
    case chineseNumeralComma
    /// ㈠ ㈡ ㈢ (Chinese second-level subparagraphs)
    case parenthesizedIdeograph

    /// The label of ordinal `n` (1-based), or `nil` for `.none`.
    public func label(_ n: Int) -> String? {
        switch self {
        case .none: return nil
        case .upperRoman: return ListMarker.roman(n).uppercased() + "."
        case .upperLetter: return ListMarker.letters(n).uppercased() + "."
        case .arabic: return "\(n)."
        case .lowerLetterParenthesized: return "(\(ListMarker.letters(n)))"
        case .lowerRomanParenthesized: return "(\(ListMarker.roman(n)))"
        case .lowerLetterHalfParen: return ListMarker.letters(n) + ")"
        case .lowerRomanHalfParen: return ListMarker.roman(n) + ")"
        case .arabicDash: return "\(n) -"
        case .arabicOrdinalWordDash: return CountingSystems.arabicOrdinalWord(n) + " -"
        case .arabicLetterNameDash: return CountingSystems.arabicLetterName(n) + " -"
        case .abjadParens: return "(" + CountingSystems.abjadLetter(n) + ")"
        case .arabicParens: return "(\(n))"
        case .chineseNumeralPeriod: return CountingSystems.chineseNumeral(n) + "."
        case .chineseNumeralComma: return CountingSystems.chineseNumeral(n) + "、"
        case .parenthesizedIdeograph: return CountingSystems.parenthesizedIdeograph(n)
        }
    }

    /// The style named `name` in resources (`arabicPeriod`, `lowerLetterParens`, `abjadParens` …), or `nil`.
    public init?(name: String) {
        guard let style = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = style
    }

    /// The style's name in resources; `init(name:)` is its inverse.
    public var name: String {
        switch self {
        case .none: return "none"
        case .upperRoman: return "upperRoman"
        case .upperLetter: return "upperLetter"
        case .arabic: return "arabicPeriod"
        case .lowerLetterParenthesized: return "lowerLetterParens"
        case .lowerRomanParenthesized: return "lowerRomanParens"
        case .lowerLetterHalfParen: return "lowerLetterHalfParen"
        case .lowerRomanHalfParen: return "lowerRomanHalfParen"
        case .arabicDash: return "arabicDash"
        case .arabicOrdinalWordDash: return "arabicOrdinalWordDash"
        case .arabicLetterNameDash: return "arabicLetterNameDash"
        case .abjadParens: return "abjadParens"
        case .arabicParens: return "arabicParens"
        case .chineseNumeralPeriod: return "chineseNumeralPeriod"
        case .chineseNumeralComma: return "chineseNumeralComma"
        case .parenthesizedIdeograph: return "parenthesizedIdeograph"
        }
    }
}

/// Heading numbering per level (index 0 is level 1 of sections).
public struct HeadingNumbering: Sendable, Equatable, Hashable {
    /// Styles per section depth; deeper levels are unnumbered.
    public var levels: [HeadingNumberStyle]
    public init(_ levels: [HeadingNumberStyle]) { self.levels = levels }
    /// No numbering.
    public static let none = HeadingNumbering([])
    /// United Nations documents: I. / A. / 1. / (a) / (i).
    public static let unitedNations = HeadingNumbering([.upperRoman, .upperLetter, .arabic, .lowerLetterParenthesized,
                                                        .lowerRomanParenthesized])
    /// The style of a section depth (1-based).
    public func style(depth: Int) -> HeadingNumberStyle { depth >= 1 && depth <= levels.count ? levels[depth - 1] : .none }
}
