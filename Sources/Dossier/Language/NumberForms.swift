import Foundation

/// Numbers written with an explicit thousands separator and decimal mark (docs/languages.md §2: "500,000" in English,
/// "500 000" with a no-break space in the five other versions, which differs from Foundation's CLDR data).
///
/// Groups of three are separated from 1000 up in every language ("1,234" and "1 234"): UN documents group
/// four-digit numbers too, except years, which are not passed through here. Negative numbers take a
/// hyphen-minus ("-1 234"); digits are always 0–9.
public enum NumberForms {
    /// `n` grouped by threes with `group` ("500 000" with U+00A0, "500,000" with ",").
    public static func integer(_ n: Int, group: String) -> String {
        (n < 0 ? "-" : "") + grouped(String(n.magnitude), group: group)
    }

    /// `x` rounded to `fractionDigits` digits, its integer part grouped by threes with `group` and its fraction after
    /// `decimal`: `decimal(1234.5, fractionDigits: 1, group: "\u{A0}", decimal: ",")` is "1 234,5".
    ///
    /// Rounding is of the number as written (the shortest decimal that reads back as `x`), half away from zero, as a
    /// reader would round it: 2.5 → "3", 1.005 → "1.01" (`printf` would give "2" and "1.00"). A result that rounds
    /// to zero has no sign; NaN and infinities are written "NaN", "∞", "-∞".
    public static func decimal(_ x: Double, fractionDigits: Int, group: String, decimal: String) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x < 0 ? "-∞" : "∞") }
        let digits = max(fractionDigits, 0)
        var text = rounded(x.magnitude, digits)
        var fraction = ""
        if let dot = text.firstIndex(of: ".") {
            fraction = String(text[text.index(after: dot)...])
            text = String(text[..<dot])
        }
        fraction += String(repeating: "0", count: max(digits - fraction.count, 0))
        let isZero = !(text + fraction).contains { $0 != "0" }
        let sign = x < 0 && !isZero ? "-" : ""
        return sign + grouped(text, group: group) + (fraction.isEmpty ? "" : decimal + fraction)
    }

    /// Non-negative `x` rounded half up to `digits` fraction digits, with "." as decimal mark (trailing zeros may be
    /// missing). Beyond `Decimal`'s range (about 1e165), the binary rounding of `printf`.
    private static func rounded(_ x: Double, _ digits: Int) -> String {
        guard x < 1e150, var value = Decimal(string: "\(x)", locale: Locale(identifier: "en_US_POSIX")) else {
            return String(format: "%.\(digits)f", x)
        }
        var result = Decimal()
        NSDecimalRound(&result, &value, digits, .plain)
        return NSDecimalNumber(decimal: result).description(withLocale: Locale(identifier: "en_US_POSIX"))
    }

    /// A string of digits with `group` every three digits from the right.
    private static func grouped(_ digits: String, group: String) -> String {
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += group }
            out.append(d)
        }
        return out
    }
}
