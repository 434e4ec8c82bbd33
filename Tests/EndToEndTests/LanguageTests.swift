import BriefingModel
import Dossier
import Foundation
import Templates
import XCTest

/// The same brief in six languages: furniture, masthead, dates, labels and typography in the document's language,
/// wording checked when it loads, bundles of one language per document.
final class LanguageTests: XCTestCase {
    /// The masthead block of docs/languages.md §2, per language: organization, distribution, language line, original.
    static let masthead: [String: [String]] = [
        "fr": ["Nations Unies", "Distr. restreinte", "Français", "Original : anglais"],
        "es": ["Naciones Unidas", "Distr. reservada", "Español", "Original: inglés"],
        "ru": ["Организация Объединенных Наций", "Distr.: Restricted", "Russian", "Original: English"],
    ]
    /// A full date in the masthead (English in Russian documents) and on the pack's cover (the language's body form).
    static let mastheadDate = ["fr": "31 juillet 2018", "es": "31 de julio de 2018", "ru": "31 July 2018"]
    static let coverDate = ["fr": "15 août 2018", "es": "15 de agosto de 2018", "ru": "15 августа 2018 года"]
    /// "early 2017" in the OIA's fast facts and the visit's timeline.
    static let early2017 = ["fr": "début 2017", "es": "principios de 2017", "ru": "начало 2017 года"]

    /// Renders a sample with `meta.date` set (so the masthead prints a date) into `dir`; returns the PDF's text.
    private func renderedText(_ lang: String, template: String, file: String, with: String? = nil,
                              in dir: TemporaryDirectory) throws -> String {
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: Languages.sample(lang, file))) as! [String: Any]
        object.object("meta") { meta in
            meta["date"] = ["year": 2018, "month": 7, "day": 31]
            meta["distribution"] = "Restricted"
        }
        let input = dir.file("\(lang)-\(file)")
        try Sample.write(object, to: input)
        let pdf = dir.file("\(lang)-\(template).pdf")
        var args = ["render", template, input.path, "-o", pdf.path]
        if let with { args += ["--with", Languages.sample(lang, with).path] }
        let r = try Run.dossier(args)
        XCTAssertEqual(r.status, 0, r.summary)
        XCTAssertEqual(r.stderr, "", "the shipped samples render without warnings")
        return try PDFTools.text(pdf, mode: .raw)
    }

    func testFrenchSpanishAndRussianDocumentsAreFurnishedInTheirLanguage() throws {
        let dir = try TemporaryDirectory.forTest(self)
        for lang in ["fr", "es", "ru"] {
            let visit = try renderedText(lang, template: "country-visit", file: "kenya-2018-visit.json", in: dir)
            let oia = try renderedText(lang, template: "oia", file: "kenya-oia.json", with: "kenya-2018-visit.json", in: dir)
            for text in [visit, oia] {
                XCTAssertEqual(TextMatch.missing(Self.masthead[lang]! + [Self.mastheadDate[lang]!], in: text), [], lang)
            }
            XCTAssertEqual(TextMatch.missing([Self.early2017[lang]!], in: visit + oia), [], "\(lang): a partial date in the language")
            let sections = try ["section.introduction", "section.delegation", "section.meetings", "section.messages",
                                "section.taAreas", "section.background", "section.nextSteps"].map {
                try Languages.message(lang, "country-visit", $0)
            }
            XCTAssertEqual(TextMatch.missing(sections, in: visit), [], "\(lang): section titles")
            let pageOf = try Languages.message(lang, "common", "pageOf")
            let pages = try PDFTools.info(dir.file("\(lang)-country-visit.pdf")).pages ?? 0
            let last = pageOf.replacingOccurrences(of: "{page}", with: "\(pages)").replacingOccurrences(of: "{total}", with: "\(pages)")
            XCTAssertEqual(TextMatch.missing([last], in: visit), [], "\(lang): \(last)")
            XCTAssertEqual(TextMatch.missing([try Languages.message(lang, "common", "unofficialTranslation")], in: visit), [], lang)
            // No English furniture outside the masthead rules (Russian keeps the distribution block in English).
            for word in ["Summary", "Page 1 of", "Co-head", "National Government", "This visit", "Distr.: General",
                         "Composition of the delegation", "Type of visit", "Meetings", "Recommendations by status", "Original: English"]
                where !(lang == "ru" && word == "Original: English") {
                XCTAssertFalse(TextMatch.normalize(visit + oia).contains(word), "\(lang): English furniture \"\(word)\" remains")
            }
        }
    }

    func testVerbatimFieldsOfTheTranslatedSamplesArePrinted() throws {
        let dir = try TemporaryDirectory.forTest(self)
        for lang in ["fr", "es", "ru"] {
            let text = try renderedText(lang, template: "country-visit", file: "kenya-2018-visit.json", in: dir)
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: Languages.sample(lang, "kenya-2018-visit.json"))) as! [String: Any]
            let visit = object["visit"] as! [String: Any]
            var verbatim = (visit["framing"] as? [String] ?? []) + (visit["objectives"] as? [String] ?? [])
            verbatim += (visit["quotes"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            verbatim += ((visit["agreedTechnicalAssistanceAreas"] as? [String: Any])?["items"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            let conducting = Set(visit["conductedBy"] as? [String] ?? [])
            verbatim += (object["organizations"] as? [[String: Any]] ?? []).filter { conducting.contains($0["id"] as? String ?? "") }
                .compactMap { $0["description"] as? String }
            XCTAssertGreaterThan(verbatim.count, 8)
            // A paragraph may run across a page break (hyphenation moves them): the furniture between its parts is left out.
            let pageOf = NSRegularExpression.escapedPattern(for: try Languages.message(lang, "common", "pageOf"))
                .replacingOccurrences(of: "\\{page\\}", with: "\\d+").replacingOccurrences(of: "\\{total\\}", with: "\\d+")
            let unofficial = try Languages.message(lang, "common", "unofficialTranslation")
            let body = text.components(separatedBy: "\n").filter { line in
                line != unofficial && line.range(of: "^(\(pageOf)|\\S+ \\d+/\\d+)$", options: .regularExpression) == nil
            }.joined(separator: "\n")
            XCTAssertEqual(TextMatch.missing(verbatim, in: body), [], lang)
        }
    }

    func testPackCoverAndContentsAreInThePackLanguage() throws {
        let dir = try TemporaryDirectory.forTest(self)
        for lang in ["fr", "es", "ru", "zh"] {
            let pdf = dir.file("\(lang)-pack.pdf")
            let r = try Run.dossier(["pack", Languages.sample(lang, "kenya-pack.json").path, "-o", pdf.path])
            XCTAssertEqual(r.status, 0, r.summary)
            let text = try PDFTools.text(pdf, mode: .raw)
            var expected = [try Languages.message(lang, "pack", "contents"), try Languages.message(lang, "pack", "note.title")]
            if let date = Self.coverDate[lang] { expected.append(date) }
            XCTAssertEqual(TextMatch.missing(expected, in: text), [], lang)
            XCTAssertFalse(text.contains("Contents"), lang)
        }
    }

    /// Arabic and Chinese at this stage: the wording, labels and dates reach the text handed to the shaper.
    func testArabicAndChineseWordingReachesTheShaper() throws {
        for (lang, date) in [("ar", "أوائل عام 2017"), ("zh", "2017年初")] {
            let strings = try Languages.shapedText(CountryVisitTemplate.self, input: Languages.sample(lang, "kenya-2018-visit.json"))
            let all = strings.joined(separator: "\n").replacingOccurrences(of: "\u{00A0}", with: " ")
            for key in ["section.introduction", "section.delegation", "summaryHeading"] {
                let m = try Languages.message(lang, "country-visit", key)
                XCTAssertTrue(all.contains(m), "\(lang): \(key) \(m)")
            }
            XCTAssertTrue(all.contains(date), "\(lang): \(date)")
            XCTAssertTrue(all.contains(try Languages.message(lang, "labels", "DelegationRole.coHead")), lang)
            XCTAssertFalse(all.contains("Introduction") || all.contains("Co-head") || all.contains("Page 1 of"), lang)
            // The masthead keeps the English distribution block, with the language line.
            XCTAssertTrue(all.contains("Distr.: General"), lang)
            XCTAssertTrue(all.contains("Original: English"), lang)
            XCTAssertTrue(all.contains(lang == "ar" ? "Arabic" : "Chinese"), lang)
        }
    }

    /// French spacing and unbreakable units on the text handed to the shaper (PDF readers print both spaces as plain).
    func testFrenchTypographyReachesTheShaper() throws {
        let strings = try Languages.shapedText(CountryVisitTemplate.self, input: Languages.sample("fr", "kenya-2018-visit.json"))
        let all = strings.joined(separator: "\n")
        XCTAssertTrue(all.contains("visite\u{00A0}:"), "no-break space before a colon")
        XCTAssertFalse(all.contains(" :") || all.contains(" ;") || all.contains(" ?") || all.contains(" !"),
                       "an ordinary space before French high punctuation")
        XCTAssertTrue(all.contains("«\u{202F}") && all.contains("\u{202F}»"), "narrow no-break spaces inside guillemets")
        XCTAssertTrue(all.contains("résolution\u{00A0}2395\u{00A0}(2017)"), "no break inside a resolution reference")
        XCTAssertTrue(all.contains("S/RES/2395\u{00A0}(2017)"), "no break inside a symbol")
        // English footnote marks go after punctuation, French ones before it.
        let en = try Languages.shapedText(CountryVisitTemplate.self, input: Languages.sample("en", "kenya-2018-visit.json"))
        XCTAssertTrue(en.contains { $0.contains("Council.1") }, "English: mark after the full stop")
        XCTAssertTrue(strings.contains { $0.contains("sécurité1.") }, "French: mark before the full stop")
    }

    func testEveryLanguageHasTheEnglishMessagesAndBrokenWordingIsRefused() throws {
        for lang in Languages.all {
            for file in ["common", "country-visit", "oia", "pack", "labels", "formats"] {
                XCTAssertNoThrow(try TemplateText.load(file, language: lang), "\(lang)/\(file)")
            }
        }
        let dir = try TemporaryDirectory.forTest(self)
        let text = dir.file("text")
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("Templates/Text"), to: text)
        func edit(_ lang: String, _ file: String, _ change: (inout [String: Any]) -> Void) throws {
            let url = text.appendingPathComponent("\(lang)/\(file).json")
            var object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
            change(&object)
            try JSONSerialization.data(withJSONObject: object).write(to: url)
        }
        try edit("fr", "common") { $0["pageOf"] = nil; $0["surplus"] = "x" }
        try edit("ru", "country-visit") { $0["summary.counterparts"] = ["one": "{count}", "other": "{count}"] }
        try edit("es", "oia") { $0["subject"] = "{desconocido}" }
        let input = Languages.sample("fr", "kenya-2018-visit.json")
        let cases: [(String, String, [String])] = [
            ("fr", "kenya-2018-visit.json", ["fr/common.json", "missing messages: pageOf", "unknown messages: surplus"]),
            ("ru", "kenya-2018-visit.json", ["ru/country-visit.json", "summary.counterparts"]),
            ("es", "kenya-oia.json", ["es/oia.json", "subject", "desconocido"]),
        ]
        for (lang, file, expected) in cases {
            let template = file.contains("oia") ? "oia" : "country-visit"
            let r = try Run.dossier(["render", template, Languages.sample(lang, file).path, "-o", dir.file("x.pdf").path],
                                    environment: ["DOSSIER_TEXT_DIR": text.path])
            XCTAssertNotEqual(r.status, 0, lang)
            for e in expected { XCTAssertTrue(r.stderr.contains(e), "\(lang): \(e) not in \(r.stderr)") }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.file("x.pdf").path))
        _ = input
    }

    func testStateListsSortInTheLanguagesCollation() throws {
        let fr = try TemplateText.load("common", language: "fr")
        XCTAssertEqual(fr.sorted(["Espagne", "Érythrée", "Danemark", "Estonie", "Égypte"]) { $0 },
                       ["Danemark", "Égypte", "Érythrée", "Espagne", "Estonie"])
        let ru = try TemplateText.load("common", language: "ru")
        XCTAssertEqual(ru.sorted(["Эстония", "Египет", "Дания", "Ёмен"]) { $0 }.first, "Дания")
    }

    func testAPackBindingABundleOfAnotherLanguageIsRefused() throws {
        let dir = try TemporaryDirectory.forTest(self)
        var pack = try JSONSerialization.jsonObject(with: Data(contentsOf: Languages.sample("fr", "kenya-pack.json"))) as! [String: Any]
        pack["bundles"] = [["path": Languages.sample("en", "kenya-2018-visit.json").path, "kind": "visit-summary-input"],
                           ["path": Languages.sample("fr", "kenya-oia.json").path, "kind": "oia"]]
        let manifest = dir.file("mixed-pack.json")
        try Sample.write(pack, to: manifest)
        let r = try Run.dossier(["pack", manifest.path, "-o", dir.file("mixed.pdf").path])
        XCTAssertEqual(r.status, 65, r.summary)
        XCTAssertTrue(r.stderrLines.contains { $0.contains("items[1].refId") && $0.contains("English (en)") && $0.contains("French (fr)") }, r.stderr)
        // The manifest's language and its meta's must agree.
        pack = try JSONSerialization.jsonObject(with: Data(contentsOf: Languages.sample("fr", "kenya-pack.json"))) as! [String: Any]
        pack.object("meta") { $0["language"] = "es" }
        pack["bundles"] = [["path": Languages.sample("fr", "kenya-2018-visit.json").path, "kind": "visit-summary-input"],
                           ["path": Languages.sample("fr", "kenya-oia.json").path, "kind": "oia"]]
        try Sample.write(pack, to: manifest)
        let disagree = try Run.dossier(["pack", manifest.path, "-o", dir.file("mixed.pdf").path])
        XCTAssertEqual(disagree.status, 65, disagree.summary)
        XCTAssertTrue(disagree.stderr.contains("meta.language"), disagree.stderr)
        // An OIA loaded with a visit bundle of another language.
        let oia = try Run.dossier(["render", "oia", Languages.sample("fr", "kenya-oia.json").path, "--with",
                                   Languages.sample("en", "kenya-2018-visit.json").path, "-o", dir.file("o.pdf").path])
        XCTAssertEqual(oia.status, 65, oia.summary)
        XCTAssertTrue(oia.stderr.contains("never loaded together"), oia.stderr)
    }
}
