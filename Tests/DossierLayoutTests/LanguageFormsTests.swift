import Dossier
import DossierLayout
import XCTest

/// The language-dependent forms of languages.md: plural categories, numbering styles, French spacing, no-break
/// units, collation and number forms.
final class LanguageFormsTests: XCTestCase {
    private let nnbsp = "\u{202F}", nbsp = "\u{00A0}"

    // MARK: Plural categories

    private func plural(_ language: String, _ numbers: [Int]) -> [PluralCategory] {
        numbers.map { PluralCategory.of($0, language: language) }
    }

    func testEnglishPlural() {
        XCTAssertEqual(plural("en", [0, 1, 2, 11, 21]), [.other, .one, .other, .other, .other])
        XCTAssertEqual(PluralCategory.categories(language: "en"), [.one, .other])
    }

    func testFrenchPluralCountsZeroAsOneAndMillionsAsMany() {
        XCTAssertEqual(plural("fr", [0, 1, 2, 1_000_000, 2_000_000, 1_000_001, 999_999]),
                       [.one, .one, .other, .many, .many, .other, .other])
        XCTAssertEqual(plural("fr-CA", [0, 1_000_000]), [.one, .many], "primary subtag")
        XCTAssertEqual(PluralCategory.categories(language: "fr"), [.one, .many, .other])
    }

    func testSpanishPlural() {
        XCTAssertEqual(plural("es", [0, 1, 2, 1_000_000]), [.other, .one, .other, .many])
        XCTAssertEqual(PluralCategory.categories(language: "es-419"), [.one, .many, .other])
    }

    func testRussianPluralBoundaries() {
        XCTAssertEqual(plural("ru", [1, 2, 5, 11, 21, 22, 25, 111]), [.one, .few, .many, .many, .one, .few, .many, .many])
        XCTAssertEqual(plural("ru", [0, 4, 12, 14, 15, 20, 101, 102, 112]),
                       [.many, .few, .many, .many, .many, .many, .one, .few, .many])
        XCTAssertEqual(PluralCategory.categories(language: "ru"), [.one, .few, .many, .other])
    }

    func testArabicPluralBoundaries() {
        XCTAssertEqual(plural("ar", [0, 1, 2, 3, 10, 11, 99, 100, 102]),
                       [.zero, .one, .two, .few, .few, .many, .many, .other, .other])
        XCTAssertEqual(plural("ar", [103, 111, 200, 1000]), [.few, .many, .other, .other])
        XCTAssertEqual(PluralCategory.categories(language: "ar"), PluralCategory.allCases)
    }

    func testChinesePluralHasOneForm() {
        XCTAssertEqual(Set(plural("zh", [0, 1, 2, 11, 1_000_000])), [.other])
        XCTAssertEqual(PluralCategory.categories(language: "zh-Hans"), [.other])
    }

    func testEveryCategoryAProgramReturnsIsListed() {
        for language in ["en", "fr", "es", "ru", "ar", "zh"] {
            let listed = Set(PluralCategory.categories(language: language))
            for n in 0...2_000_100 where n < 1200 || n % 1_000_000 < 3 {
                XCTAssertTrue(listed.contains(PluralCategory.of(n, language: language)), "\(language) \(n)")
            }
        }
    }

    // MARK: Numbering styles

    private func labels(_ style: HeadingNumberStyle, _ numbers: [Int] = [1, 2, 10, 11, 28]) -> [String?] {
        numbers.map(style.label)
    }

    func testExistingStylesAreUnchanged() {
        XCTAssertEqual(labels(.upperRoman), ["I.", "II.", "X.", "XI.", "XXVIII."])
        XCTAssertEqual(labels(.upperLetter), ["A.", "B.", "J.", "K.", "BB."])
        XCTAssertEqual(labels(.arabic), ["1.", "2.", "10.", "11.", "28."])
        XCTAssertEqual(labels(.lowerLetterParenthesized), ["(a)", "(b)", "(j)", "(k)", "(bb)"])
        XCTAssertEqual(labels(.lowerRomanParenthesized), ["(i)", "(ii)", "(x)", "(xi)", "(xxviii)"])
        XCTAssertEqual(labels(.none), [nil, nil, nil, nil, nil])
    }

    func testHalfParenthesisStyles() {
        XCTAssertEqual(labels(.lowerLetterHalfParen), ["a)", "b)", "j)", "k)", "bb)"])
        XCTAssertEqual(labels(.lowerRomanHalfParen), ["i)", "ii)", "x)", "xi)", "xxviii)"])
    }

    func testArabicNumberStyles() {
        XCTAssertEqual(labels(.arabicDash), ["1 -", "2 -", "10 -", "11 -", "28 -"])
        XCTAssertEqual(labels(.arabicParens), ["(1)", "(2)", "(10)", "(11)", "(28)"])
        XCTAssertEqual(labels(.arabicOrdinalWordDash), ["أولا -", "ثانيا -", "عاشرا -", "حادي عشر -", "ثامن وعشرون -"])
        XCTAssertEqual(labels(.arabicOrdinalWordDash, [3, 7, 12, 19, 20, 21, 30, 99, 100]),
                       ["ثالثا -", "سابعا -", "ثاني عشر -", "تاسع عشر -", "عشرون -", "حادي وعشرون -", "ثلاثون -",
                        "تاسع وتسعون -", "100 -"])
        XCTAssertEqual(labels(.arabicLetterNameDash), ["ألف -", "باء -", "ياء -", "كاف -", "غين -"])
        XCTAssertEqual(labels(.arabicLetterNameDash, [3, 5, 6, 29]), ["جيم -", "هاء -", "واو -", "29 -"])
        XCTAssertEqual(labels(.abjadParens), ["(أ)", "(ب)", "(ي)", "(ك)", "(غ)"])
        XCTAssertEqual(labels(.abjadParens, [4, 5, 29, 30]), ["(د)", "(هـ)", "(أأ)", "(بب)"])
    }

    func testChineseStyles() {
        XCTAssertEqual(labels(.chineseNumeralPeriod), ["一.", "二.", "十.", "十一.", "二十八."])
        XCTAssertEqual(labels(.chineseNumeralComma), ["一、", "二、", "十、", "十一、", "二十八、"])
        XCTAssertEqual(labels(.parenthesizedIdeograph), ["㈠", "㈡", "㈩", "（十一）", "（二十八）"])
        XCTAssertEqual([20, 99, 100, 101, 110, 1000, 1010, 10_000, 10_500, 100_000].map(CountingSystems.chineseNumeral),
                       ["二十", "九十九", "一百", "一百零一", "一百一十", "一千", "一千零一十", "一万", "一万零五百", "十万"])
    }

    func testStyleNamesRoundTrip() {
        let names = ["none", "upperRoman", "upperLetter", "arabicPeriod", "arabicDash", "lowerLetterParens",
                     "lowerLetterHalfParen", "lowerRomanParens", "lowerRomanHalfParen", "arabicOrdinalWordDash",
                     "arabicLetterNameDash", "abjadParens", "arabicParens", "chineseNumeralComma",
                     "chineseNumeralPeriod", "parenthesizedIdeograph"]
        XCTAssertEqual(Set(names.compactMap(HeadingNumberStyle.init(name:))).count, names.count)
        XCTAssertEqual(Set(HeadingNumberStyle.allCases.map(\.name)), Set(names))
        for name in names { XCTAssertEqual(HeadingNumberStyle(name: name)?.name, name) }
        XCTAssertEqual(HeadingNumberStyle(name: "arabicPeriod"), .arabic)
        XCTAssertEqual(HeadingNumberStyle(name: "lowerLetterParens"), .lowerLetterParenthesized)
        XCTAssertEqual(HeadingNumberStyle(name: "lowerRomanParens"), .lowerRomanParenthesized)
        XCTAssertNil(HeadingNumberStyle(name: "arabic"))
        XCTAssertNil(HeadingNumberStyle(name: ""))
    }

    func testStyledListMarker() {
        XCTAssertEqual((1...3).map(ListMarker.styled(.lowerLetterHalfParen).label), ["a)", "b)", "c)"])
        XCTAssertEqual(ListMarker.styled(.abjadParens).label(2), "(ب)")
        XCTAssertEqual(ListMarker.styled(.parenthesizedIdeograph).label(1), "㈠")
        XCTAssertEqual(ListMarker.styled(.none).label(1), "")
    }

    func testStyledListLabelsAreLaidOut() {
        let d = Fixture.document(width: 200, height: 200) {
            List(.styled(.lowerLetterHalfParen), items: ["alpha", "beta"])
        }
        XCTAssertEqual(Fixture.layout(d).texts(onPage: 0), ["a)", "alpha", "b)", "beta"])
    }

    // MARK: French spacing

    func testFrenchSpacing() {
        XCTAssertEqual(FrenchSpacing.apply("Pourquoi ?"), "Pourquoi\(nnbsp)?")
        XCTAssertEqual(FrenchSpacing.apply("Pourquoi?"), "Pourquoi\(nnbsp)?")
        XCTAssertEqual(FrenchSpacing.apply("Note : voir"), "Note\(nbsp): voir")
        XCTAssertEqual(FrenchSpacing.apply("Note: voir"), "Note\(nbsp): voir")
        XCTAssertEqual(FrenchSpacing.apply("« texte »"), "«\(nnbsp)texte\(nnbsp)»")
        XCTAssertEqual(FrenchSpacing.apply("«texte»"), "«\(nnbsp)texte\(nnbsp)»")
        XCTAssertEqual(FrenchSpacing.apply("oui; non!"), "oui\(nnbsp); non\(nnbsp)!")
        XCTAssertEqual(FrenchSpacing.apply("« Pourquoi ? »"), "«\(nnbsp)Pourquoi\(nnbsp)?\(nnbsp)»")
    }

    func testFrenchSpacingKeepsExistingNoBreakSpaces() {
        XCTAssertEqual(FrenchSpacing.apply("Pourquoi\(nnbsp)?"), "Pourquoi\(nnbsp)?")
        XCTAssertEqual(FrenchSpacing.apply("Note\(nbsp): voir"), "Note\(nbsp): voir")
        XCTAssertEqual(FrenchSpacing.apply("«\(nbsp)texte\(nbsp)»"), "«\(nbsp)texte\(nbsp)»")
    }

    func testFrenchSpacingLeavesUrlsSymbolsAndNumbers() {
        for text in ["http://x.org/a?b=1", "https://un.org/fr:a", "www.un.org?x", "10:30", "1:2", "S/RES/2395 (2017)",
                     "A/HRC/40/3", "écrire à info@un.org", "?début", "ligne\n: suite", "(?)"] {
            XCTAssertEqual(FrenchSpacing.apply(text), text)
        }
        XCTAssertEqual(FrenchSpacing.apply("Voir A/HRC/40/3; puis"), "Voir A/HRC/40/3\(nnbsp); puis")
        XCTAssertEqual(FrenchSpacing.apply("Site : http://x.org/a?b=1 !"), "Site\(nbsp): http://x.org/a?b=1\(nnbsp)!")
        XCTAssertEqual(FrenchSpacing.apply("à 10:30 : ouverture"), "à 10:30\(nbsp): ouverture")
    }

    func testFrenchSpacingPairsOfMarksTakeOneSpace() {
        XCTAssertEqual(FrenchSpacing.apply("Quoi !?"), "Quoi\(nnbsp)!?")
        XCTAssertEqual(FrenchSpacing.apply("Quoi?!"), "Quoi\(nnbsp)?!")
    }

    func testFrenchSpacingIsIdempotent() {
        for text in ["Pourquoi ?", "Note : voir", "« texte »", "Quoi?!", "Voir A/HRC/40/3; puis", "«a» : b ; c ! d ?",
                     "http://x.org ?"] {
            let once = FrenchSpacing.apply(text)
            XCTAssertEqual(FrenchSpacing.apply(once), once, text)
        }
    }

    // MARK: No-break units

    func testResolutionReferencesHoldTogether() {
        XCTAssertEqual(NoBreakSpacing.protect("la résolution 2395 (2017) du Conseil", language: "fr"),
                       "la résolution\(nbsp)2395\(nbsp)(2017) du Conseil")
        XCTAssertEqual(NoBreakSpacing.protect("resolution 2395 (2017)", language: "en"), "resolution\(nbsp)2395\(nbsp)(2017)")
        XCTAssertEqual(NoBreakSpacing.protect("resolución 2395 (2017)", language: "es"), "resolución\(nbsp)2395\(nbsp)(2017)")
        XCTAssertEqual(NoBreakSpacing.protect("в резолюции 2395 (2017)", language: "ru"), "в резолюции\(nbsp)2395\(nbsp)(2017)")
        XCTAssertEqual(NoBreakSpacing.protect("القرار 2395 (2017)", language: "ar"), "القرار\(nbsp)2395\(nbsp)(2017)")
        XCTAssertEqual(NoBreakSpacing.protect("resolution 1514 (XV)", language: "en"), "resolution\(nbsp)1514\(nbsp)(XV)")
        XCTAssertEqual(NoBreakSpacing.protect("第2395(2017)号决议", language: "zh"), "第2395(2017)号决议")
    }

    func testSymbolAndYearHoldTogether() {
        XCTAssertEqual(NoBreakSpacing.protect("S/RES/2395 (2017)", language: "en"), "S/RES/2395\(nbsp)(2017)")
    }

    func testNumbersHoldTogetherWithUnitsAndGroups() {
        XCTAssertEqual(NoBreakSpacing.protect("20 %", language: "fr"), "20\(nbsp)%")
        XCTAssertEqual(NoBreakSpacing.protect("500 km et 5 minutes", language: "fr"), "500\(nbsp)km et 5 minutes")
        XCTAssertEqual(NoBreakSpacing.protect("500 000 personnes", language: "fr"), "500\(nbsp)000 personnes")
        XCTAssertEqual(NoBreakSpacing.protect("en 2017 500 personnes", language: "fr"), "en 2017 500 personnes")
        XCTAssertEqual(NoBreakSpacing.protect("in 2017 and 500 000", language: "en"), "in 2017 and 500 000")
        XCTAssertEqual(NoBreakSpacing.protect("20 في المائة", language: "ar"), "20\(nbsp)في\(nbsp)المائة")
        XCTAssertEqual(NoBreakSpacing.protect("au paragraphe 3 l'Assemblée", language: "fr"), "au paragraphe 3 l'Assemblée")
    }

    func testNoBreakSpacingIsIdempotent() {
        for (text, language) in [("résolution 2395 (2017)", "fr"), ("S/RES/2395 (2017) et 1 500 000 km", "fr"),
                                 ("20 %", "fr"), ("USD 500", "en")] {
            let once = NoBreakSpacing.protect(text, language: language)
            XCTAssertEqual(NoBreakSpacing.protect(once, language: language), once)
        }
    }

    // MARK: Collation

    func testFrenchCollationIgnoresAccentsAtFirst() {
        let states = ["Espagne", "Égypte", "Danemark", "États-Unis", "Éthiopie"]
        XCTAssertEqual(Collation.sorted(states, by: { $0 }, language: "fr"),
                       ["Danemark", "Égypte", "Espagne", "États-Unis", "Éthiopie"])
        XCTAssertTrue(Collation.compare("Égypte", "Espagne", language: "fr"))
        XCTAssertTrue(Collation.compare("Danemark", "Égypte", language: "fr"))
        XCTAssertFalse(Collation.compare("Espagne", "Égypte", language: "fr"))
    }

    func testRussianCollation() {
        let states = ["Украина", "Эстония", "Азербайджан", "Япония", "Бразилия", "Египет"]
        XCTAssertEqual(Collation.sorted(states, by: { $0 }, language: "ru"),
                       ["Азербайджан", "Бразилия", "Египет", "Украина", "Эстония", "Япония"])
        // ё sorts with е, not after я as its code point would.
        XCTAssertTrue(Collation.compare("ёж", "жук", language: "ru"))
        XCTAssertFalse("ёж" < "жук")
    }

    func testArabicCollation() {
        let states = ["مصر", "الأردن", "تونس", "اليمن", "العراق", "أذربيجان", "باكستان", "إثيوبيا"]
        // إثيوبيا before أذربيجان: the hamza forms of alef sort together, then ث before ذ (by code point أ U+0623
        // would come before إ U+0625).
        XCTAssertEqual(Collation.sorted(states, by: { $0 }, language: "ar"),
                       ["إثيوبيا", "أذربيجان", "الأردن", "العراق", "اليمن", "باكستان", "تونس", "مصر"])
    }

    func testCollationTiesAreDeterministic() {
        struct State { var name: String; var id: Int }
        let states = [State(name: "b", id: 1), State(name: "a", id: 2), State(name: "b", id: 3), State(name: "a", id: 4)]
        XCTAssertEqual(Collation.sorted(states, by: \.name, language: "fr").map(\.id), [2, 4, 1, 3])
        // Canonically equivalent spellings compare equal in ICU; code points then decide.
        let composed = "\u{E9}gal", decomposed = "e\u{301}gal"
        XCTAssertEqual(Collation.sorted([composed, decomposed], by: { $0 }, language: "fr").map { Array($0.unicodeScalars) },
                       [Array(decomposed.unicodeScalars), Array(composed.unicodeScalars)])
        XCTAssertEqual(Collation.sorted([decomposed, composed], by: { $0 }, language: "fr").map { Array($0.unicodeScalars) },
                       [Array(decomposed.unicodeScalars), Array(composed.unicodeScalars)])
    }

    // MARK: Number forms

    func testIntegerGrouping() {
        XCTAssertEqual(NumberForms.integer(500_000, group: ","), "500,000")
        XCTAssertEqual(NumberForms.integer(500_000, group: nbsp), "500\(nbsp)000")
        XCTAssertEqual(NumberForms.integer(1234, group: nbsp), "1\(nbsp)234")
        XCTAssertEqual(NumberForms.integer(999, group: ","), "999")
        XCTAssertEqual(NumberForms.integer(0, group: ","), "0")
        XCTAssertEqual(NumberForms.integer(-1_234_567, group: ","), "-1,234,567")
        XCTAssertEqual(NumberForms.integer(Int.min, group: ","), "-9,223,372,036,854,775,808")
    }

    func testDecimals() {
        XCTAssertEqual(NumberForms.decimal(1234.5, fractionDigits: 1, group: nbsp, decimal: ","), "1\(nbsp)234,5")
        XCTAssertEqual(NumberForms.decimal(1_234_567.891, fractionDigits: 2, group: ",", decimal: "."), "1,234,567.89")
        XCTAssertEqual(NumberForms.decimal(2.5, fractionDigits: 0, group: ",", decimal: "."), "3")
        XCTAssertEqual(NumberForms.decimal(1.005, fractionDigits: 2, group: ",", decimal: "."), "1.01")
        XCTAssertEqual(NumberForms.decimal(5, fractionDigits: 2, group: ",", decimal: "."), "5.00")
        XCTAssertEqual(NumberForms.decimal(-0.004, fractionDigits: 2, group: ",", decimal: "."), "0.00")
        XCTAssertEqual(NumberForms.decimal(-2.5, fractionDigits: 0, group: ",", decimal: "."), "-3")
        XCTAssertEqual(NumberForms.decimal(0.1, fractionDigits: -1, group: ",", decimal: "."), "0")
    }
}
