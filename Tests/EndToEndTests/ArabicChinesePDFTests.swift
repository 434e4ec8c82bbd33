import Dossier
import DossierLayout
import DossierPDF
import DossierRender
import Foundation
import Templates
import XCTest

/// The Arabic and Chinese samples as real PDFs (docs/languages.md §3–§5), read back with `pdftotext -bbox-layout` (word and
/// glyph positions), `pdffonts` and MuPDF (`mutool draw -F txt`): an Arabic document is the mirror image of the
/// English one, block by block; Chinese breaks between ideographs with its line-start and line-end prohibitions and
/// keeps every table column at least two ideographs wide; both use only the fonts of the manifest; every Arabic
/// sentence printed is found by MuPDF.
final class ArabicChinesePDFTests: XCTestCase {
    static let renders = LanguageSampleRenders()
    override class func tearDown() {
        renders.removeAll()
        super.tearDown()
    }

    /// The templates' margins (22 mm) and the numbered paragraphs' gutter.
    static let margin = 22.0 * 72.0 / 25.4
    static let gutter = 34.0

    // MARK: Arabic: mirrored block by block

    func testArabicVisitSummaryIsMirrored() throws {
        let pdf = try Self.renders.pdf("ar", .visit)
        let doc = try PDFTools.bbox(pdf)
        let pages = doc.pages.map { ($0, RightToLeftReading.runs(of: $0)) }
        let message = { (key: String) in try Languages.message("ar", "country-visit", key) }

        // Numbered paragraphs: "1 -" … hang in the gutter at the right, right of every other word of their line.
        var numbers: [Int] = []
        for (page, _) in pages {
            let words = page.words
            for w in words where Int(w.text) != nil && w.xMin > page.width - Self.margin - Self.gutter - 1 {
                guard let dash = words.first(where: { $0.text == "-" && abs($0.yMin - w.yMin) < 1 && $0.xMax <= w.xMin + 0.5 && w.xMin - $0.xMax < 4 })
                else { continue }
                numbers.append(Int(w.text)!)
                let line = words.filter { abs(($0.yMin + $0.yMax) / 2 - (w.yMin + w.yMax) / 2) < 3 && $0.xMax < dash.xMin - 0.5 }
                XCTAssertFalse(line.isEmpty, "page \(page.number): paragraph \(w.text) has no text beside its number")
                let beyond = words.filter { abs(($0.yMin + $0.yMax) / 2 - (w.yMin + w.yMax) / 2) < 3 && $0.xMax > dash.xMin + 0.5
                    && $0.xMin < dash.xMin - 0.5 }
                XCTAssertEqual(beyond.map(\.description), [], "page \(page.number): text right of the number of paragraph \(w.text)")
            }
        }
        XCTAssertGreaterThanOrEqual(numbers.count, 15, "numbered paragraphs found: \(numbers)")
        XCTAssertEqual(numbers, Array(1...max(numbers.count, 1)), "paragraph numbers in order, every one at the right")

        // Tables: the first column on the right, the last on the left (header of the delegation table and a data row
        // of the visit history).
        let runs = pages.flatMap(\.1)
        func run(_ text: String, _ index: Int = 0) throws -> RightToLeftReading.Run {
            let found = runs.filter { $0.compact.contains(RightToLeftReading.compact(text)) }
            return try XCTUnwrap(index < found.count ? found[index] : nil, "no run \"\(text)\"")
        }
        let name = try run(message("col.name")), role = try run(message("col.role"))
        XCTAssertEqual(name.y, role.y, accuracy: 2, "one header row")
        XCTAssertGreaterThan(name.xMin, role.xMax, "the first column (\(name)) lies right of the last (\(role))")
        let header = runs.filter { $0.page == name.page && abs($0.y - name.y) < 2 }.sorted { $0.xMin > $1.xMin }
        let titles = try ["col.name", "col.title", "col.entity", "col.role"].map { RightToLeftReading.compact(try message($0)) }
        XCTAssertEqual(header.map(\.compact), titles, "the header's columns from right to left")

        // The lettered list of agreed areas: "(ب)" right of "دعم العائدين".
        let item = try run("دعم العائدين")
        let labels = runs.filter { $0.page == item.page && abs($0.y - item.y) < 2 && $0.xMin > item.xMax && $0.text.contains("ب") }
        XCTAssertEqual(labels.count, 1, "the label of \(item) right of it")

        // The meetings chart: a category's label right of its bar, whose value lies at the bar's left end.
        let chartTitle = try run(message("meetings.chart"))
        let category = try XCTUnwrap(runs.first { $0.compact == RightToLeftReading.compact("الأمم المتحدة") && $0.page == chartTitle.page
            && $0.y > chartTitle.y }, "the chart's category")
        let chartPage = try XCTUnwrap(doc.pages.first { $0.number == category.page })
        let value = try XCTUnwrap(chartPage.words.first { $0.text == "4" && abs(($0.yMin + $0.yMax) / 2 - category.y) < 3 }, "its value")
        XCTAssertGreaterThan(category.xMin - value.xMax, 100, "the bar lies between the value (\(value)) and its label (\(category))")

        // The timeline runs from right to left: the earliest year on the right.
        let years = try ["2005", "2008", "2016"].map { y in try XCTUnwrap(runs.first { $0.text == y && $0.page == doc.pages.count }, y) }
        XCTAssertTrue(years[0].xMin > years[1].xMax && years[1].xMin > years[2].xMax, "\(years)")

        XCTAssertEqual(PrintableAreaTests.wordsOutsidePrintableArea(doc), [])
    }

    func testArabicOIAAndPackAreMirroredAndStayOnThePage() throws {
        for document in [LanguageSampleRenders.Kind.oia, .pack] {
            let doc = try PDFTools.bbox(try Self.renders.pdf("ar", document))
            XCTAssertEqual(PrintableAreaTests.wordsOutsidePrintableArea(doc), [], "\(document)")
            // Running header from the second page: the symbol at the right, "2/7" at the left.
            let page = doc.pages[1]
            let header = page.words.filter { $0.yMax < Self.margin }
            let pageNumber = try XCTUnwrap(header.first { $0.text.range(of: #"^[0-9ivx]+/[0-9]+$"#, options: .regularExpression) != nil }, "\(header)")
            let symbol = try XCTUnwrap(header.first { $0.text.hasPrefix("kenya") || $0.text.hasPrefix("ctc") }, "\(header)")
            XCTAssertGreaterThan(symbol.xMin, pageNumber.xMax, "\(document): symbol right, page number left")
            XCTAssertLessThan(pageNumber.xMin, page.width / 2)
        }
        // The pack's contents: page ranges on the left of the titles.
        let pack = try PDFTools.bbox(try Self.renders.pdf("ar", .pack))
        let contents = pack.pages[1]
        let ranges = contents.words.filter { $0.text.range(of: #"^\d+(–\d+)?$"#, options: .regularExpression) != nil && $0.xMax < contents.width / 2 }
        XCTAssertGreaterThanOrEqual(ranges.count, 5, "page numbers and ranges at the left: \(contents.words.map(\.text))")
    }

    /// The Arabic pack keeps its page labels (i, ii, then 1…), its outline, and links on its contents whose areas cover the
    /// right-aligned titles and the page ranges at the left.
    func testArabicPackKeepsPageLabelsOutlineAndLinks() throws {
        let pdf = try Self.renders.pdf("ar", .pack)
        let qpdf = try QPDFDocument.load(pdf)
        let labels = try XCTUnwrap(qpdf.pageLabels)
        XCTAssertEqual(Array(labels.prefix(4)), ["i", "ii", "1", "2"])
        XCTAssertGreaterThan(qpdf.outline.count, 10)
        XCTAssertTrue(qpdf.outline.allSatisfy { $0.page != nil && TextMatch.isArabic($0.title) }, "\(qpdf.outline)")
        let contents = qpdf.links.filter { $0.page == 2 && $0.name?.hasPrefix("part-") == true }
        XCTAssertTrue(contents.allSatisfy { $0.targetPage != nil }, "every contents link goes to a page")
        let page = try PDFTools.bbox(pdf).pages[1]
        let titles = contents.filter { $0.rect.count == 4 && $0.rect[2] > page.width / 2 }
        let numbers = contents.filter { $0.rect.count == 4 && $0.rect[0] < page.width / 2 }
        XCTAssertGreaterThanOrEqual(titles.count, 6, "links over the titles at the right: \(contents.map(\.rect))")
        XCTAssertGreaterThanOrEqual(numbers.count, 6, "links over the page numbers at the left")
        for link in titles {
            // (PDF user space: y from the bottom.) The title's glyphs lie inside its link area.
            let top = page.height - link.rect[3], bottom = page.height - link.rect[1]
            let glyphs = page.words.filter { TextMatch.isArabic($0.text) && $0.yMin >= top - 2 && $0.yMax <= bottom + 2 && $0.xMin > page.width / 3 }
            XCTAssertFalse(glyphs.isEmpty, "no title under the link \(link.rect)")
            XCTAssertTrue(glyphs.allSatisfy { $0.xMin >= link.rect[0] - 1 && $0.xMax <= link.rect[2] + 1 },
                          "the link \(link.rect) covers its title \(glyphs.map(\.xMin).min() ?? 0)–\(glyphs.map(\.xMax).max() ?? 0)")
        }
    }

    // MARK: Chinese: line breaking and column widths

    func testChineseLinesRespectTheProhibitionsAndNothingOverflows() throws {
        for kind in LanguageSampleRenders.Kind.allCases {
            let doc = try PDFTools.bbox(try Self.renders.pdf("zh", kind))
            XCTAssertEqual(PrintableAreaTests.wordsOutsidePrintableArea(doc), [], "\(kind)")
            var lines = 0
            for page in doc.pages {
                for line in page.lines {
                    let text = line.words.map(\.text).joined()
                    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
                          text.unicodeScalars.contains(where: { $0.properties.isIdeographic }) else { continue }
                    lines += 1
                    XCTAssertFalse(Self.noLineStart.contains(first), "\(kind) page \(page.number): a line starts with \(first): \(text)")
                    XCTAssertFalse(Self.noLineEnd.contains(last), "\(kind) page \(page.number): a line ends with \(last): \(text)")
                    for w in line.words {
                        XCTAssertLessThanOrEqual(w.xMax, page.width - Self.margin + 1, "\(kind) page \(page.number): \(w) overflows the margin")
                        XCTAssertGreaterThanOrEqual(w.xMin, Self.margin - 1, "\(kind) page \(page.number): \(w) overflows the margin")
                    }
                }
            }
            XCTAssertGreaterThan(lines, 50, "\(kind): Chinese lines found")
        }
    }

    /// docs/languages.md §5: never before 。，、；：？！）》」 and never after （《「.
    static let noLineStart = Set("。，、；：？！）》」』".unicodeScalars)
    static let noLineEnd = Set("（《「『".unicodeScalars)

    func testNoChineseColumnIsNarrowerThanTwoIdeographs() throws {
        let doc = try PDFTools.bbox(try Self.renders.pdf("zh", .visit))
        let minimum = 2 * 9.0 + 8   // two ideographs of the 9 pt cells, and the cell padding
        var tables = 0
        for keys in [["col.name", "col.title", "col.entity", "col.role"], ["col.counterpart", "col.category", "col.level", "col.location"],
                     ["col.visitType", "col.year", "col.conductedBy", "col.status", "col.report"]] {
            let titles = try keys.map { try Languages.message("zh", "country-visit", $0) }
            for page in doc.pages {
                let header = titles.compactMap { t in page.words.first { $0.text == t } }
                guard header.count == titles.count, Set(header.map { Int($0.yMin) }).count == 1 else { continue }
                tables += 1
                // Header cells start at their column's start (plus padding): the distance between starts is the width.
                let starts = header.map(\.xMin) + [page.width - Self.margin + 4]
                for i in titles.indices {
                    XCTAssertGreaterThanOrEqual(starts[i + 1] - starts[i], minimum, "column \(titles[i]) of \(titles)")
                }
            }
        }
        XCTAssertGreaterThanOrEqual(tables, 3, "the delegation (with its header repeated), meetings and history tables")
    }

    // MARK: Fonts

    /// `pdffonts` of every Arabic and Chinese sample lists only the manifest's families (subset prefix and style
    /// removed), never a font cairo synthesised (`CairoFont-*`); Chinese bold is Noto Serif CJK SC's real bold.
    func testSamplesUseOnlyManifestFonts() throws {
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: TestPaths.packageRoot.appendingPathComponent("Fonts/manifest.json")))
        let families = ((manifest as? [String: Any])?["families"] as? [[String: Any]] ?? []).compactMap { $0["family"] as? String }
        let known = Set(families.map(Self.fontKey))
        XCTAssertTrue(known.contains("notoserifcjksc"), "\(known)")
        for lang in ["ar", "zh"] {
            for kind in LanguageSampleRenders.Kind.allCases {
                let fonts = try PDFTools.fonts(try Self.renders.pdf(lang, kind))
                XCTAssertFalse(fonts.isEmpty)
                for f in fonts {
                    XCTAssertFalse(f.name.contains("CairoFont"), "\(lang) \(kind): a synthesised font \(f.name)")
                    XCTAssertTrue(known.contains(Self.fontKey(f.name)), "\(lang) \(kind): \(f.name) is not in Fonts/manifest.json")
                    XCTAssertTrue(f.embedded, "\(lang) \(kind): \(f.name) not embedded")
                }
                if lang == "zh" {
                    XCTAssertTrue(fonts.contains { $0.name.hasSuffix("NotoSerifCJKsc-Bold") }, "\(fonts.map(\.name))")
                    XCTAssertTrue(fonts.contains { $0.name.hasSuffix("NotoSerifCJKsc-Regular") }, "\(fonts.map(\.name))")
                }
            }
        }
    }

    /// "ABCDEF+NotoSerifCJKsc-Bold" and "Noto Serif CJK SC" both give "notoserifcjksc".
    static func fontKey(_ name: String) -> String {
        var n = Substring(name)
        if let plus = n.firstIndex(of: "+") { n = n[n.index(after: plus)...] }
        if let dash = n.firstIndex(of: "-") { n = n[..<dash] }
        return n.filter { !$0.isWhitespace }.lowercased()
    }

    // MARK: Masthead

    /// Arabic and Chinese documents keep the English distribution block (docs/languages.md §2), set left to right: the date
    /// reads "31 July 2018", at the outer edge (left in Arabic, right in Chinese).
    func testMastheadKeepsTheEnglishDistributionBlock() throws {
        for (lang, line) in [("ar", "Arabic"), ("zh", "Chinese")] {
            let pdf = try Self.renders.pdf(lang, .visit)
            let text = TextMatch.normalize(try PDFTools.text(pdf, mode: .raw, first: 1, last: 1))
            for expected in ["Distr.: General", "31 July 2018", line, "Original: English"] {
                XCTAssertTrue(text.contains(expected), "\(lang): \(expected) in \(text.prefix(300))")
            }
            let page = try PDFTools.bbox(pdf).pages[0]
            let day = try XCTUnwrap(page.words.first { $0.text == "31" && $0.yMax < 150 })
            let month = try XCTUnwrap(page.words.first { $0.text == "July" })
            let year = try XCTUnwrap(page.words.first { $0.text == "2018" && abs($0.yMin - month.yMin) < 1 })
            XCTAssertTrue(day.xMax < month.xMin && month.xMax < year.xMin, "\(lang): the date reads left to right")
            if lang == "ar" { XCTAssertLessThan(year.xMax, page.width / 2, "at the left of an Arabic page") }
            else { XCTAssertGreaterThan(day.xMin, page.width / 2, "at the right of a Chinese page") }
        }
    }

    // MARK: Text extraction

    /// Every Arabic sentence of the samples that the documents print (the text handed to the shaper holds it) is found
    /// by MuPDF, compared after NFKC normalisation. Poppler's count is printed: it splits the lam-alef ligature and the
    /// alef after it (a reader's fault, shown on a PDF written by fpdf2 in docs/arabic-text-extraction.md).
    func testEveryPrintedArabicSentenceIsExtractedByMuPDF() throws {
        var total = 0, mupdf = 0, poppler = 0
        var missed: [String] = []
        for kind in LanguageSampleRenders.Kind.allCases {
            let shaped = RightToLeftReading.normalize(try Self.renders.shapedText("ar", kind).joined(separator: "\n"))
            let pdf = try Self.renders.pdf("ar", kind)
            let mutool = try Run.tool("mutool", ["draw", "-F", "txt", "-o", "-", pdf.path])
            XCTAssertEqual(mutool.status, 0, mutool.summary)
            let furniture = [try Languages.message("ar", "common", "unofficialTranslation")]
            // Without the furniture a sentence continued on the next page reads on; with it the footer's own text is found.
            let extracted = [RightToLeftReading.normalize(RightToLeftReading.withoutFurniture(mutool.stdout, furniture)),
                             RightToLeftReading.normalize(mutool.stdout)]
            let popplerText = RightToLeftReading.normalize(try PDFTools.text(pdf, mode: .reading))
            for sentence in try Self.arabicSentences(kind) where shaped.contains(RightToLeftReading.normalize(sentence)) {
                let s = RightToLeftReading.normalize(sentence)
                total += 1
                if extracted.contains(where: { $0.contains(s) }) { mupdf += 1 } else { missed.append("\(kind): \(sentence)") }
                if popplerText.contains(s) { poppler += 1 }
            }
        }
        print("Arabic sentences printed: \(total); found by mutool: \(mupdf); by pdftotext: \(poppler)")
        XCTAssertGreaterThan(total, 60)
        XCTAssertEqual(missed, [], "sentences MuPDF does not find")
    }

    /// The Arabic sentences of the data a document is built from (split at full stops, question marks, colons and
    /// semicolons), three words or more.
    static func arabicSentences(_ kind: LanguageSampleRenders.Kind) throws -> [String] {
        var out: [String] = []
        func walk(_ value: Any) {
            if let s = value as? String, TextMatch.isArabic(s) {
                for part in s.components(separatedBy: CharacterSet(charactersIn: ".؟!:؛")) {
                    let p = part.trimmingCharacters(in: .whitespacesAndNewlines)
                    if p.split(separator: " ").count >= 3 && !out.contains(p) { out.append(p) }
                }
            } else if let d = value as? [String: Any] { d.keys.sorted().forEach { walk(d[$0]!) } }
            else if let a = value as? [Any] { a.forEach(walk) }
        }
        for file in kind.inputs {
            walk(try JSONSerialization.jsonObject(with: Data(contentsOf: Languages.sample("ar", file))))
        }
        return out
    }

    // MARK: Fonts per script in the library

    /// A character no font of the stack has is a render error naming it, its code point and the template line;
    /// Chinese punctuation is set full width from the CJK font; Pango's break opportunities give single ideographs.
    func testACharacterOutsideTheFontStackIsARenderError() throws {
        let renderer = DocumentRenderer(fontDirectory: nil)
        let doc = Document(id: "stack", metadata: DocumentMetadata(title: "stack", language: "en"),
                           stylesheet: .standard(family: "Liberation Serif, Noto Naskh Arabic")) {
            Paragraph("Kenya 联合国 and ✈ aviation")
        }
        let laid = try renderer.layout(doc)
        let errors = laid.diagnostics.filter { $0.severity == .error }.map(\.description)
        XCTAssertTrue(errors.contains { $0.contains("\"联\" (U+8054)") && $0.contains("ArabicChinesePDFTests.swift") }, "\(errors)")
        XCTAssertTrue(errors.contains { $0.contains("U+2708") }, "\(errors)")
        let dir = try TemporaryDirectory.forTest(self)
        XCTAssertThrowsError(try renderer.render(doc, pdf: dir.file("stack.pdf"), settings: RenderSettings())) { error in
            XCTAssertEqual((error as? RenderFailure)?.kind, .layout)
            XCTAssertTrue("\(error)".contains("U+8054"), "\(error)")
        }
        XCTAssertEqual(dir.contents(), [], "nothing written")
        // The standard stack has the ideographs.
        let standard = try renderer.layout(Document(id: "zh", metadata: DocumentMetadata(title: "zh", language: "zh")) {
            Paragraph("联合国“一个声音说话”。")
        })
        XCTAssertEqual(standard.diagnostics.filter { $0.severity == .error }.map(\.description), [])
    }

    func testPangoBreakOpportunitiesAndFullWidthPunctuation() throws {
        let shaper = PangoTextShaper(fonts: FontSetup(fontDirectory: nil))
        var style = Stylesheet.standard().body
        style.language = "zh"
        XCTAssertEqual(shaper.unbreakableSegments("联合国（反恐办）。", style: style).map(String.init), ["联", "合", "国", "（反", "恐", "办）。"])
        XCTAssertEqual(shaper.unbreakableSegments("Counter-Terrorism office", style: Stylesheet.standard().body).map(String.init),
                       ["Counter-", "Terrorism", "office"])
        // “ ” in a Chinese paragraph are a full em wide (the CJK font's), in an English one a Latin quotation mark.
        let zh = shaper.contentWidths(StyledText("“”"), style: style).maximum
        var en = style
        en.language = "en"
        let latin = shaper.contentWidths(StyledText("“”"), style: en).maximum
        XCTAssertEqual(zh, 2 * style.font.size, accuracy: 0.5)
        XCTAssertLessThan(latin, style.font.size)
        // Pango with the language set keeps the prohibitions of docs/languages.md §5 at every width.
        let text = String(repeating: "联合国反恐办（反恐执行局）和《联合国全球反恐战略》，安全理事会：决议。代表团、会议；问题？是的！「引号」", count: 3)
        style.alignment = .justified
        for width in stride(from: 40.0, through: 200, by: 7) {
            let shaped = shaper.shape(TextRequest(text: StyledText(text), style: style, width: width))
            let utf8 = Array(text.utf8)
            let lines = shaped.lines.map { String(decoding: utf8[$0.start..<($0.start + $0.length)], as: UTF8.self) }
            XCTAssertEqual(lines.joined(), text)
            for (i, line) in lines.enumerated() {
                if i > 0, let first = line.unicodeScalars.first { XCTAssertFalse(Self.noLineStart.contains(first), "\(width): \(lines)") }
                if i < lines.count - 1, let last = line.unicodeScalars.last { XCTAssertFalse(Self.noLineEnd.contains(last), "\(width): \(lines)") }
            }
        }
    }
}

/// The Arabic and Chinese samples rendered by the `dossier` binary once per test class: the visit (with a masthead
/// date), the OIA (with the visit) and the pack.
final class LanguageSampleRenders: @unchecked Sendable {
    // @unchecked: XCTest runs a class's tests one after the other; the lock guards the cache anyway.
    enum Kind: String, CaseIterable {
        case visit, oia, pack
        var inputs: [String] {
            switch self {
            case .visit: return ["kenya-2018-visit.json"]
            case .oia: return ["kenya-oia.json", "kenya-2018-visit.json"]
            case .pack: return ["kenya-pack.json", "kenya-oia.json", "kenya-2018-visit.json"]
            }
        }
    }

    private let lock = NSLock()
    private var folder: TemporaryDirectory?
    private var cache: [String: Result<URL, Error>] = [:]

    func pdf(_ lang: String, _ kind: Kind) throws -> URL {
        lock.lock()
        defer { lock.unlock() }
        let key = "\(lang)-\(kind.rawValue)"
        if let hit = cache[key] { return try hit.get() }
        let result = Result<URL, Error> {
            if folder == nil { folder = try TemporaryDirectory(prefix: "dossier-e2e-languages") }
            let dir = folder!
            let pdf = dir.file("\(key).pdf")
            let args: [String]
            switch kind {
            case .visit:
                var object = try JSONSerialization.jsonObject(with: Data(contentsOf: Languages.sample(lang, "kenya-2018-visit.json"))) as! [String: Any]
                object.object("meta") { $0["date"] = ["year": 2018, "month": 7, "day": 31] }
                let input = dir.file("\(key).json")
                try Sample.write(object, to: input)
                args = ["render", "country-visit", input.path, "-o", pdf.path]
            case .oia:
                args = ["render", "oia", Languages.sample(lang, "kenya-oia.json").path, "--with",
                        Languages.sample(lang, "kenya-2018-visit.json").path, "-o", pdf.path, "--date", "2018-07-31"]
            case .pack:
                args = ["pack", Languages.sample(lang, "kenya-pack.json").path, "-o", pdf.path, "--date", "2018-07-31"]
            }
            let r = try Run.dossier(args)
            guard r.status == 0, r.stderr.isEmpty else { throw ToolFailure(result: r) }
            LibraryRender.keepForInspection(pdf)
            return pdf
        }
        cache[key] = result
        return try result.get()
    }

    /// Every string handed to the shaper for a sample's pages.
    func shapedText(_ lang: String, _ kind: Kind) throws -> [String] {
        switch kind {
        case .visit: return try Languages.shapedText(CountryVisitTemplate.self, input: Languages.sample(lang, "kenya-2018-visit.json"))
        case .oia: return try Languages.shapedText(OIATemplate.self, input: Languages.sample(lang, "kenya-oia.json"),
                                                   related: [Languages.sample(lang, "kenya-2018-visit.json")])
        case .pack: return try Languages.shapedText(BriefingPackTemplate.self, input: Languages.sample(lang, "kenya-pack.json"))
        }
    }

    func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        folder?.remove()
        folder = nil
        cache = [:]
    }
}

/// Reading right-to-left lines from glyph positions. Poppler gives an Arabic line as one box per letter (its words
/// break at every letter drawn leftwards); sorted from right to left and joined, they read as the text again.
enum RightToLeftReading {
    /// Letters and words of one line, joined from right to left into a run where they are closer than a cell gap.
    struct Run: CustomStringConvertible {
        var text: String
        var xMin: Double, xMax: Double, y: Double
        var page: Int
        /// The text without spaces, for comparisons.
        var compact: String { RightToLeftReading.compact(text) }
        var description: String { "\"\(text)\" [\(BBoxWord.f(xMin))–\(BBoxWord.f(xMax)), y \(BBoxWord.f(y))]" }
    }

    static func compact(_ s: String) -> String { normalize(s).filter { $0 != " " } }

    /// The runs of a page: boxes grouped into lines by their vertical middle, then from right to left into runs
    /// (a gap wider than 6 pt, such as between table cells or a label and its text, starts a new run; one wider than
    /// 1.5 pt is a space).
    static func runs(of page: BBoxPage) -> [Run] {
        var lines: [[BBoxWord]] = []
        for w in page.words.sorted(by: { ($0.yMin + $0.yMax) < ($1.yMin + $1.yMax) }) {
            let mid = (w.yMin + w.yMax) / 2
            if let last = lines.last?.first, abs((last.yMin + last.yMax) / 2 - mid) < 3 { lines[lines.count - 1].append(w) }
            else { lines.append([w]) }
        }
        var out: [Run] = []
        for line in lines {
            var current: Run? = nil
            // From the right; at a tie, a zero-width glyph first: the alef of a lam-alef sits at its lam's left edge,
            // where the next letter ends, and belongs before that letter.
            for w in line.sorted(by: { abs($0.xMax - $1.xMax) > 0.01 ? $0.xMax > $1.xMax : ($0.xMax - $0.xMin) < ($1.xMax - $1.xMin) }) {
                let y = (w.yMin + w.yMax) / 2
                if var r = current, r.xMin - w.xMax < 6 {
                    r.text = w.text + (r.xMin - w.xMax > 1.5 ? " " : "") + r.text
                    r.xMin = min(r.xMin, w.xMin)
                    current = r
                } else {
                    if let r = current { out.append(r) }
                    current = Run(text: w.text, xMin: w.xMin, xMax: w.xMax, y: y, page: page.number)
                }
            }
            if let r = current { out.append(r) }
        }
        // The text was gathered right to left, letter before letter: each run holds its letters in reading order
        // written left to right in memory; turn Arabic runs back into reading order.
        return out.map { r in
            var r = r
            if TextMatch.isArabic(r.text) { r.text = readingOrder(r.text) }
            return r
        }
    }

    /// Letters gathered from the left end first, turned into reading order (from the right), words of Latin letters
    /// and digits kept as they are.
    private static func readingOrder(_ s: String) -> String {
        var tokens: [String] = []
        var latin = ""
        for ch in s {
            if ch.isLetter && !TextMatch.isArabic(String(ch)) || ch.isNumber {
                latin.append(ch)
            } else {
                if !latin.isEmpty { tokens.append(latin); latin = "" }
                tokens.append(String(ch))
            }
        }
        if !latin.isEmpty { tokens.append(latin) }
        return tokens.reversed().joined()
    }

    /// NFKC, no bidi controls, soft hyphens or zero-width characters, whitespace collapsed.
    static func normalize(_ s: String) -> String {
        let nfkc = s.precomposedStringWithCompatibilityMapping
        let cleaned = String(String.UnicodeScalarView(nfkc.unicodeScalars.filter { u in
            !(u.value == 0x00AD || u.value == 0x200B || u.value == 0x2060 || u.value == 0xFEFF) && !TextMatch.isBidiControl(Character(u))
        }))
        return TextMatch.normalize(cleaned)
    }

    /// MuPDF's text without the lines of page furniture (running header, footer, markings), so that a sentence
    /// continued on the next page reads on.
    static func withoutFurniture(_ text: String, _ lines: [String]) -> String {
        text.components(separatedBy: "\n").filter { line in
            let t = line.trimmingCharacters(in: .whitespaces)
            return !(t.range(of: #"^[a-z0-9-]+$|^\d+/\d+$|^[ivx]+/\d+$|^الصفحة [0-9ivx]+ من \d+$"#, options: .regularExpression) != nil
                     || lines.contains(t) || t == "سري" || t == "مقيد")
        }.joined(separator: "\n")
    }
}
