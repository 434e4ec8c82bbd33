/// The counting tables behind the language-specific numbering styles (`HeadingNumberStyle`): Arabic ordinal
/// words, Arabic letter names and abjad letters, Chinese numerals and parenthesized ideographs.
///
/// Where a table runs out, the function falls back to the decimal number, so a label is never empty.
public enum CountingSystems {
    // MARK: Arabic

    /// Chapter ordinals of UN Arabic documents (أولا، ثانيا … عاشرا).
    static let arabicOrdinalsToTen = ["أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا",
                                      "عاشرا"]
    /// The ordinal units as they combine with tens (حادي عشر، حادي وعشرون).
    static let arabicOrdinalUnits = ["حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع"]
    /// عشرون … تسعون (indices 0–7 for 20–90).
    static let arabicTens = ["عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]

    /// The Arabic ordinal word of `n` as UN chapter headings write it: أولا … عاشرا, حادي عشر … تاسع عشر, عشرون,
    /// حادي وعشرون … تاسع وتسعون; outside 1–99, the decimal number.
    public static func arabicOrdinalWord(_ n: Int) -> String {
        switch n {
        case 1...10: return arabicOrdinalsToTen[n - 1]
        case 11...19: return arabicOrdinalUnits[n - 11] + " عشر"
        case 20...99:
            let tens = arabicTens[n / 10 - 2]
            return n % 10 == 0 ? tens : arabicOrdinalUnits[n % 10 - 1] + " و" + tens
        default: return "\(n)"
        }
    }

    /// Names of the Arabic letters in abjad order, used for section letters (ألف، باء، جيم …).
    static let arabicLetterNames = ["ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام",
                                    "ميم", "نون", "سين", "عين", "فاء", "صاد", "قاف", "راء", "شين", "تاء", "ثاء", "خاء",
                                    "ذال", "ضاد", "ظاء", "غين"]

    /// The name of the `n`th Arabic letter in abjad order (1 → ألف, 28 → غين); outside 1–28, the decimal number.
    public static func arabicLetterName(_ n: Int) -> String {
        (1...arabicLetterNames.count).contains(n) ? arabicLetterNames[n - 1] : "\(n)"
    }

    /// The Arabic letters in abjad order, used for subparagraphs ((أ) (ب) (ج) …); ha is written هـ so that it reads
    /// as a letter on its own.
    static let abjadLetters = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص",
                               "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ"]

    /// The `n`th abjad letter; after the 28th the letters are doubled (أأ، بب …), then tripled, as `ListMarker.letters`
    /// does with a, b … aa. `n` below 1 counts as 1.
    public static func abjadLetter(_ n: Int) -> String {
        let k = max(n, 1) - 1
        return String(repeating: abjadLetters[k % abjadLetters.count], count: k / abjadLetters.count + 1)
    }

    // MARK: Chinese

    static let chineseDigits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// The Chinese numeral of `n`: 一 … 十, 十一 … 十九, 二十 … 九十九, 一百, 一百零一, 一百一十, 一千零一, 一万 …
    /// up to 99 999 999; outside 1–99 999 999, the decimal number.
    public static func chineseNumeral(_ n: Int) -> String {
        guard (1...99_999_999).contains(n) else { return "\(n)" }
        if n >= 10_000 {
            let high = chineseBelowTenThousand(n / 10_000, leadingOneTen: true) + "万"
            let low = n % 10_000
            if low == 0 { return high }
            // A gap inside the number is read as 零: 一万零五百, 十万零一.
            return high + (low < 1000 ? "零" : "") + chineseBelowTenThousand(low, leadingOneTen: false)
        }
        return chineseBelowTenThousand(n, leadingOneTen: true)
    }

    /// 1–9999. `leadingOneTen`: 10–19 at the head of the number are written 十, 十一 (not 一十一).
    private static func chineseBelowTenThousand(_ n: Int, leadingOneTen: Bool) -> String {
        let units: [(Int, String)] = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
        var out = ""
        var pendingZero = false
        for (value, unit) in units {
            let digit = n / value % 10
            if digit == 0 {
                if !out.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero { out.append("零"); pendingZero = false }
            if !(value == 10 && digit == 1 && out.isEmpty && leadingOneTen) { out.append(chineseDigits[digit]) }
            out += unit
        }
        return out
    }

    /// The parenthesized ideograph of `n`: ㈠ … ㈩ (U+3220 … U+3229) for 1–10; beyond that the numeral between
    /// full-width parentheses, （十一）, since Unicode has no single character for it.
    public static func parenthesizedIdeograph(_ n: Int) -> String {
        if (1...10).contains(n), let scalar = Unicode.Scalar(0x3220 + UInt32(n - 1)) { return String(Character(scalar)) }
        return "（" + chineseNumeral(n) + "）"
    }
}
