import Foundation

/// Keeps units that must not be split across lines together by turning the ordinary spaces inside them into
/// no-break spaces (U+00A0) (docs/languages.md §5):
///
/// - a resolution reference: "resolution 2395 (2017)", "résolution", "resolución", "резолюция" (any case form:
///   "резолюции", "резолюцией" …), "القرار" (with its prefixes: "والقرار", "بالقرار" …), plurals included, and a
///   session in roman numerals ("1514 (XV)"); Chinese writes "第2395(2017)号决议" with no spaces;
/// - a symbol or number and its year: "S/RES/2395 (2017)";
/// - a number and its unit, percent sign or currency: "500 km", "20 %", "20 في المائة", "USD 500";
/// - the groups of a number written with plain spaces: "500 000" (not in English, where a space between digits
///   separates two numbers: UN English groups with commas).
///
/// Dates come from the templates with no-break spaces already and are left alone. Only U+0020 is replaced, so
/// applying it twice changes nothing.
public enum NoBreakSpacing {
    /// `text` with the spaces inside those units made no-break, for a document in `language` (a BCP 47 tag).
    public static func protect(_ text: String, language: String) -> String {
        // Every unit holds a digit: text without one (most of it) skips the expressions, which cost a tenth of a brief.
        // Each expression also runs only where what it needs is present (and is compiled only then: compiling them
        // all cost a brief more than matching): a digit before a space, a "(", a currency, a word for "resolution".
        guard text.containsUTF8(" ") else { return text }
        var hasDigit = false, digitBeforeSpace = false, previousIsDigit = false
        for u in text.unicodeScalars {
            if previousIsDigit && (u == " " || u == "\u{A0}") { digitBeforeSpace = true; break }
            previousIsDigit = isDigit(u)
            hasDigit = hasDigit || previousIsDigit
        }
        guard hasDigit else { return text }
        var result = text
        if resolutionStems.contains(where: text.containsUTF8) { result = noBreak(result, inMatchesOf: resolution) }
        if currencies.contains(where: text.containsUTF8) { result = noBreak(result, inMatchesOf: currencyFirst) }
        guard digitBeforeSpace else { return result }
        if text.containsUTF8("(") { result = noBreak(result, inMatchesOf: yearSuffix) }
        result = noBreak(result, inMatchesOf: unit)
        if PluralCategory.primarySubtag(language) != "en" { result = noBreak(result, inMatchesOf: groups) }
        return result
    }

    /// Letters every form of `resolution` holds, in lower and upper case (a word in mixed case such as "ReSolution"
    /// is not looked for).
    private static let resolutionStems = ["solu", "SOLU", "золюц", "ЗОЛЮЦ", "قرار"]
    /// The currencies `currencyFirst` knows ("US$" holds "$").
    private static let currencies = ["USD", "EUR", "CHF", "GBP", "$", "€", "£"]

    /// What `\d` matches: a decimal digit of any script.
    private static func isDigit(_ u: Unicode.Scalar) -> Bool {
        (u.value >= 0x30 && u.value <= 0x39) || (u.value > 0x7F && u.properties.generalCategory == .decimalNumber)
    }

    // Separator inside a unit: plain or already no-break.
    private static let sp = "[ \\u00A0]+"

    /// resolution(s) / résolution(s) / resolución, resoluciones / резолюци… / …قرار… + number.
    private static let resolution = regex(
        "(?<![\\p{L}\\p{M}])(?:resolutions?|r(?:é|e\\u0301)solutions?|resoluci(?:ón|o\\u0301n|ones)|резолюци[\\p{L}]*|[\\p{L}\\p{M}]*قرار[\\p{L}\\p{M}]*)"
            + sp + "(?=\\d)", caseInsensitive: true)

    /// A number or symbol ending in a digit, then "(2017)" or "(XV)".
    private static let yearSuffix = regex("\\d" + sp + "\\((?:\\d{4}|[IVXLC]+)\\)")

    /// Units, percent and per mille signs, currencies and multipliers written after a number. A unit must end the
    /// word (so "5 min" is kept together, "5 minutes" is not) and is not followed by an apostrophe ("3 l'…").
    private static let unit = regex(
        "\\d" + sp + "(?:%|‰|°C|°|km²|km2|km|m²|m2|m³|m3|cm|mm|kg|ha|MW|kW|kWh|min"
            + "|USD|EUR|CHF|GBP|JPY|CNY|RUB|\\$|€|£|¥|dollars?|euros?|francs?|dólares|rublos?"
            + "|millions?|milliards?|billions?|mil(?:" + sp + "millones)?|millones|миллион\\p{L}*|миллиард\\p{L}*"
            + "|млн|млрд|тыс\\.|долл\\.|руб\\.|км|кг|га|м|т|في" + sp + "المائة|دولار\\p{L}*|كم|كغ|مليون|مليار"
            + "|m)(?![\\p{L}\\p{N}'’])")

    /// A currency written before its amount: "USD 500", "US$ 500", "€ 500".
    private static let currencyFirst = regex("(?<![\\p{L}\\p{N}])(?:USD|EUR|CHF|GBP|US\\$|\\$|€|£)" + sp + "(?=\\d)")

    /// "500 000", "1 234 567": 1–3 digits, then groups of exactly three, not inside a longer run of digits.
    private static let groups = regex("(?<![\\d.,])\\d{1,3}(?:" + sp + "\\d{3})+(?![\\d])")

    private static func regex(_ pattern: String, caseInsensitive: Bool = false) -> NSRegularExpression {
        // The patterns are constants: a failure is a programming error caught by the tests.
        try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    /// `text` with every U+0020 inside a match of `regex` replaced by U+00A0 (one UTF-16 unit for another, so the
    /// match ranges stay valid).
    private static func noBreak(_ text: String, inMatchesOf regex: NSRegularExpression) -> String {
        var units = Array(text.utf16)
        let matches = regex.matches(in: text, range: NSRange(location: 0, length: units.count))
        guard !matches.isEmpty else { return text }
        for m in matches {
            for k in m.range.location..<(m.range.location + m.range.length) where units[k] == 0x20 { units[k] = 0xA0 }
        }
        return String(decoding: units, as: UTF16.self)
    }
}
