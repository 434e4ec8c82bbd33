/// How one heading level is numbered.
public enum HeadingNumberStyle: Sendable, Equatable, Hashable {
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

    /// The label of ordinal `n` (1-based), or `nil` for `.none`.
    public func label(_ n: Int) -> String? {
        switch self {
        case .none: return nil
        case .upperRoman: return ListMarker.roman(n).uppercased() + "."
        case .upperLetter: return ListMarker.letters(n).uppercased() + "."
        case .arabic: return "\(n)."
        case .lowerLetterParenthesized: return "(\(ListMarker.letters(n)))"
        case .lowerRomanParenthesized: return "(\(ListMarker.roman(n)))"
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
