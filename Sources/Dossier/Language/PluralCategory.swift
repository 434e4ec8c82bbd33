/// A CLDR plural category: which form of a counted word a number takes ("1 counterpart", "2 counterparts").
///
/// Only integer operands are covered (the cardinal rules for `i` with no visible fraction digits), for the six
/// official languages of the United Nations. Any other language is treated as having the single form `other`.
public enum PluralCategory: String, CaseIterable, Sendable {
    case zero, one, two, few, many, other

    /// The cardinal category of the integer `n` in `language` (a BCP 47 tag; only its primary subtag counts, so
    /// "fr-CA" follows French). Negative numbers take the category of their magnitude.
    public static func of(_ n: Int, language: String) -> PluralCategory {
        let n = n.magnitude
        switch primarySubtag(language) {
        case "en":
            return n == 1 ? .one : .other
        case "fr":
            if n == 0 || n == 1 { return .one }
            return n % 1_000_000 == 0 ? .many : .other
        case "es":
            if n == 1 { return .one }
            return n != 0 && n % 1_000_000 == 0 ? .many : .other
        case "ru":
            let (d, h) = (n % 10, n % 100)
            if d == 1 && h != 11 { return .one }
            if (2...4).contains(d) && !(12...14).contains(h) { return .few }
            return .many
        case "ar":
            let h = n % 100
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            default:
                if (3...10).contains(h) { return .few }
                if (11...99).contains(h) { return .many }
                return .other
            }
        default:
            return .other
        }
    }

    /// The categories `language` distinguishes, in CLDR order (the keys a plural message must provide).
    public static func categories(language: String) -> [PluralCategory] {
        switch primarySubtag(language) {
        case "en": return [.one, .other]
        case "fr", "es": return [.one, .many, .other]
        case "ru": return [.one, .few, .many, .other]
        case "ar": return allCases
        default: return [.other]
        }
    }

    /// "fr-CA" → "fr", "zh_Hans" → "zh".
    static func primarySubtag(_ tag: String) -> String {
        String(tag.prefix { $0 != "-" && $0 != "_" }).lowercased()
    }
}
