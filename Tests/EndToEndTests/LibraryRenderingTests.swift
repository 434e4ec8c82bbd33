import Dossier
import DossierLayout
import DossierPDF
import DossierRender
import Foundation
import XCTest

/// Documents built in code and rendered through the library (Pango shaping, Cairo PDF), read back with
/// poppler: right-to-left text, unbreakable tokens, long documents, missing fonts.
final class LibraryRenderingTests: XCTestCase {
    /// Arabic words without the lam-alef ligature (poppler extracts "لا" swapped).
    static let arabicWords = ["تقرير", "الزيارة", "كينيا", "الوفد", "مجلس", "المتحدة", "دعم", "الضحايا", "التقني"]
    static let margin = Length.mm(20)

    /// The page geometry of these documents: A4, 20 mm margins.
    static let geometry = PageGeometry(paper: .a4, margins: EdgeInsets(all: margin))

    /// The standard stylesheet without the paragraph-number gutter, so that text runs from margin to margin.
    static var sheet: Stylesheet {
        var s = Stylesheet.standard()
        s.numberWidth = 0
        return s
    }

    /// Lays out and renders `document` to a PDF in a temporary folder; fails on layout errors.
    private func render(_ document: Document, file: StaticString = #filePath, line: UInt = #line) throws -> (pdf: URL, laidOut: LaidOutDocument) {
        let dir = try TemporaryDirectory.forTest(self)
        let renderer = DocumentRenderer(fontDirectory: nil)
        let laidOut = try renderer.layout(document)
        let errors = laidOut.diagnostics.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.description), [], "layout errors", file: file, line: line)
        let url = dir.file("\(document.id).pdf")
        try renderer.render(document, pdf: url, settings: RenderSettings(fallbackDate: Date(timeIntervalSince1970: 1_532_995_200)))
        XCTAssertEqual(dir.contents(), ["\(document.id).pdf"], "only the PDF, no temporary file", file: file, line: line)
        LibraryRender.keepForInspection(url)
        return (url, laidOut)
    }

    private func document(_ id: String, language: String = "en", @BlockBuilder body: () -> [Node]) -> Document {
        Document(id: id, metadata: DocumentMetadata(title: id, language: language), geometry: Self.geometry,
                 stylesheet: Self.sheet, body: body)
    }

    /// Words with a box outside the margins (± 1 pt), furniture ("Page X of Y") excepted.
    private func wordsOutsideMargins(_ doc: BBoxDocument) -> [String] {
        let m = Self.margin, t = 1.0
        return doc.pages.flatMap { page in
            page.lines.filter { !$0.text.hasPrefix("Page ") }.flatMap(\.words).filter { w in
                w.xMin < m - t || w.xMax > page.width - m + t || w.yMin < m - t || w.yMax > page.height - m + t
            }.map { "page \(page.number): \($0)" }
        }
    }

    // MARK: Right to left

    /// Boxes of Arabic glyphs on a page (pdftotext -bbox splits right-to-left words into letters).
    private func arabicBoxes(_ page: BBoxPage) -> [BBoxWord] {
        page.words.filter { TextMatch.isArabic($0.text) }
    }

    /// Words (Arabic or not) of the text of a PDF, in reading order, bidi controls removed.
    private func readingText(_ pdf: URL) throws -> String {
        TextMatch.normalize(try PDFTools.text(pdf, mode: .reading))
    }

    func testArabicParagraphIsExtractedAndSitsAgainstTheRightMargin() throws {
        let words = Array(Self.arabicWords.prefix(4))
        let doc = document("arabic", language: "ar") {
            Paragraph("English anchor line for the left margin.")
            Section {
                Paragraph(words.joined(separator: " "))
            }.direction(.rightToLeft)
        }
        let (pdf, _) = try render(doc)
        let text = try readingText(pdf)
        for w in words { XCTAssertTrue(text.contains(w), "Arabic word \(w) not extracted:\n\(text)") }
        XCTAssertTrue(text.contains(words.joined(separator: " ")), "the Arabic words are not in logical order:\n\(text)")
        XCTAssertTrue(text.contains("English anchor line for the left margin."))

        let page = try XCTUnwrap(try PDFTools.bbox(pdf).pages.first)
        let arabic = arabicBoxes(page)
        XCTAssertGreaterThanOrEqual(arabic.count, 4, "\(page.words)")
        let right = page.width - Self.margin
        let xMax = try XCTUnwrap(arabic.map(\.xMax).max())
        let xMin = try XCTUnwrap(arabic.map(\.xMin).min())
        XCTAssertEqual(xMax, right, accuracy: 1.5, "the RTL paragraph should end at the right margin (\(right))")
        XCTAssertGreaterThan(xMin, page.width / 2, "a short RTL line hugs the right margin, not the left (xMin \(xMin))")
        // The LTR paragraph starts at the left margin.
        let english = try XCTUnwrap(page.words.first { $0.text == "English" })
        XCTAssertEqual(english.xMin, Self.margin, accuracy: 1.5)
        XCTAssertTrue(try PDFTools.fonts(pdf).contains { $0.name.contains("NotoNaskhArabic") && $0.embedded },
                      "Arabic is set in the Noto Naskh Arabic fallback, embedded")
    }

    func testParagraphDirectionModifierAlignsRight() throws {
        let words = Array(Self.arabicWords.suffix(3))
        let doc = document("arabic-paragraph", language: "ar") {
            Paragraph(words.joined(separator: " ")).direction(.rightToLeft)
        }
        let (pdf, _) = try render(doc)
        XCTAssertTrue(try readingText(pdf).contains(words.joined(separator: " ")))
        let page = try XCTUnwrap(try PDFTools.bbox(pdf).pages.first)
        let arabic = arabicBoxes(page)
        XCTAssertFalse(arabic.isEmpty)
        XCTAssertEqual(try XCTUnwrap(arabic.map(\.xMax).max()), page.width - Self.margin, accuracy: 1.5)
        XCTAssertGreaterThan(try XCTUnwrap(arabic.map(\.xMin).min()), page.width / 2)
    }

    func testMixedArabicAndEnglishParagraph() throws {
        let a = Self.arabicWords
        let mixed = "\(a[0]) \(a[1]) Counter-Terrorism Committee \(a[2]) 2018 \(a[5]) Executive Directorate"
        let doc = document("mixed", language: "ar") {
            Section {
                Paragraph(mixed)
            }.direction(.rightToLeft)
            Paragraph("Kenya visit \(a[6]) \(a[7]) summary in English")
        }
        let (pdf, _) = try render(doc)
        let text = try readingText(pdf)
        for w in [a[0], a[1], a[2], a[5], a[6], a[7]] {
            XCTAssertTrue(text.contains(w), "Arabic word \(w) not extracted:\n\(text)")
        }
        for w in ["Counter-Terrorism Committee", "2018", "Executive Directorate", "Kenya visit", "summary in English"] {
            XCTAssertTrue(text.contains(w), "English words \"\(w)\" not extracted in order:\n\(text)")
        }
        XCTAssertTrue(text.contains("\(a[0]) \(a[1])"), "an Arabic run keeps its logical order:\n\(text)")
        XCTAssertTrue(text.contains("\(a[6]) \(a[7])"), "an Arabic run in an English paragraph keeps its order:\n\(text)")
        // The RTL paragraph fills its line from the right margin; the LTR one starts at the left margin.
        let page = try XCTUnwrap(try PDFTools.bbox(pdf).pages.first)
        let rtlLine = page.words.filter { $0.yMax < (page.words.first { $0.text == "Kenya" }?.yMin ?? 0) }
        XCTAssertEqual(try XCTUnwrap(rtlLine.map(\.xMax).max()), page.width - Self.margin, accuracy: 1.5)
        XCTAssertEqual(try XCTUnwrap(page.words.first { $0.text == "Kenya" }).xMin, Self.margin, accuracy: 1.5)
    }

    func testRightToLeftNumberedListHasItsMarkersOnTheRight() throws {
        let a = Self.arabicWords
        let items = ["\(a[0]) \(a[1])", "\(a[2]) \(a[3])", "\(a[4]) \(a[5])"]
        let doc = document("rtl-list", language: "ar") {
            Section {
                List(.numbered, items: items.map { Text($0) })
            }.direction(.rightToLeft)
        }
        let (pdf, _) = try render(doc)
        let text = try readingText(pdf)
        for item in items { XCTAssertTrue(text.contains(item), "list item \(item) not extracted:\n\(text)") }
        let page = try XCTUnwrap(try PDFTools.bbox(pdf).pages.first)
        let body = page.words.filter { $0.yMax < page.height - Self.margin }   // not the footer
        let markers = body.filter { $0.text.range(of: #"^\.?[0-9]+\.?$"#, options: .regularExpression) != nil }
        XCTAssertEqual(markers.map { $0.text.filter(\.isNumber) }, ["1", "2", "3"], "list markers: \(body)")
        for marker in markers {
            let mid = (marker.yMin + marker.yMax) / 2
            let itemGlyphs = arabicBoxes(page).filter { abs(($0.yMin + $0.yMax) / 2 - mid) < 4 }
            XCTAssertFalse(itemGlyphs.isEmpty, "no item text on the line of marker \(marker)")
            let textRight = itemGlyphs.map(\.xMax).max() ?? .infinity
            XCTAssertGreaterThan(marker.xMin, textRight, "marker \(marker) should be right of its item text (which ends at \(textRight))")
            XCTAssertLessThanOrEqual(marker.xMax, page.width - Self.margin + 1, "marker \(marker) beyond the right margin")
            XCTAssertGreaterThan(marker.xMin, page.width - Self.margin - 30, "marker \(marker) should hang at the right margin")
        }
    }

    // MARK: Fonts

    func testMissingFontFamilyIsNamed() throws {
        let fonts = FontSetup(fontDirectory: nil)
        XCTAssertNoThrow(try fonts.verify(["Liberation Serif, Noto Naskh Arabic"]))
        let family = "Dossier Imaginary Serif"
        XCTAssertThrowsError(try fonts.verify(["Liberation Serif, \(family)", "Liberation Serif"])) { error in
            XCTAssertTrue(error is MissingFontError, "\(type(of: error))")
            XCTAssertEqual((error as? MissingFontError)?.families, [family])
            XCTAssertTrue("\(error)".contains(family), "the error should name the family: \(error)")
        }
    }

    // MARK: Unbreakable tokens

    static let token: String = {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return String((0..<300).map { letters[($0 * 7) % 26] })
    }()

    /// A piece of the token as printed (a hyphen Pango may add at a break removed), or nil.
    private func tokenPiece(_ w: BBoxWord) -> String? {
        var t = w.text
        while let last = t.last, last == "-" || last == "\u{2010}" { t.removeLast() }
        return !t.isEmpty && Self.token.contains(t) ? t : nil
    }

    /// The text in content-stream order with whitespace and hyphens removed: a token broken across lines
    /// (of a paragraph or of a table cell) reads whole again.
    private func compactRawText(_ pdf: URL) throws -> String {
        String(try PDFTools.text(pdf, mode: .raw).filter { !$0.isWhitespace && $0 != "-" && $0 != "\u{2010}" })
    }

    func testUnbreakableTokenInAParagraphStaysInsideTheMargins() throws {
        let doc = document("token-paragraph") {
            Paragraph("Before the token: " + Self.token + " and after it.")
        }
        let (pdf, _) = try render(doc)
        let bbox = try PDFTools.bbox(pdf)
        XCTAssertEqual(wordsOutsideMargins(bbox), [])
        XCTAssertTrue(try compactRawText(pdf).contains(Self.token), "the token is not printed whole")
    }

    func testUnbreakableTokenInANarrowTableColumnStaysInsideTheMargins() throws {
        let rows = [["Token", Self.token, "A short description of the row."], ["Other", "short", "Another row of the table."]]
        let doc = document("token-table") {
            Table(rows, id: "narrow", annex: false) {
                Column<[String]>("Name", key: "name", width: .fraction(0.2)) { $0[0] }
                Column<[String]>("Value", key: "value", width: .fraction(0.15)) { $0[1] }
                Column<[String]>("Description", key: "description", width: .fraction(0.65)) { $0[2] }
            }
            Paragraph("Boundary after the table.")
        }
        let (pdf, _) = try render(doc)
        let bbox = try PDFTools.bbox(pdf)
        XCTAssertEqual(wordsOutsideMargins(bbox), [])
        XCTAssertEqual(bbox.pages.count, 1)
        let page = try XCTUnwrap(bbox.pages.first)
        let words = page.words
        // The narrow column keeps its place: no token letters over the description column.
        let frame = page.width - 2 * Self.margin
        let valueColumnEnd = Self.margin + frame * 0.35 + 1
        let boundary = try XCTUnwrap(words.first { $0.text == "Boundary" }).yMin
        let tokenPieces = words.filter { $0.yMax <= boundary && tokenPiece($0) != nil }
        XCTAssertFalse(tokenPieces.isEmpty)
        for w in tokenPieces {
            XCTAssertLessThanOrEqual(w.xMax, valueColumnEnd, "token piece \(w) runs out of its 15% column")
        }
        XCTAssertTrue(try compactRawText(pdf).contains(Self.token), "the token is not printed whole in the narrow column")
    }

    /// A token wider than the frame in an automatic column breaks between its own characters; the other
    /// automatic columns keep at least their widest word, so that "Name" or "Description" are not set
    /// one letter per line.
    func testUnbreakableTokenInAnAutomaticColumnLeavesTheOtherColumnsReadable() throws {
        let rows = [["Token", Self.token, "A short description of the row."], ["Other", "short", "Another row of the table."]]
        let doc = document("token-auto-table") {
            Table(rows, id: "auto", annex: false) {
                Column<[String]>("Name", key: "name") { $0[0] }
                Column<[String]>("Value", key: "value") { $0[1] }
                Column<[String]>("Description", key: "description") { $0[2] }
            }
        }
        let (pdf, _) = try render(doc)
        let bbox = try PDFTools.bbox(pdf)
        XCTAssertEqual(wordsOutsideMargins(bbox), [])
        let words = bbox.pages.flatMap(\.words)
        XCTAssertTrue(try compactRawText(pdf).contains(Self.token), "the token is not printed whole")
        let whole = Set(words.map(\.text))
        let broken = ["Name", "Description", "Token", "Other", "short", "description", "Another"].filter { !whole.contains($0) }
        XCTAssertEqual(broken, [], "words of the other columns broken between letters; column widths are starved by the token")
    }

    // MARK: Long documents

    func testSixtyPageDocumentNumbersEveryPage() throws {
        let doc = document("sixty") {
            for i in 1...60 {
                Section("Part \(i)") {
                    Paragraph("Body text of part \(i).")
                }
                if i < 60 { PageBreak() }
            }
        }
        let (pdf, laidOut) = try render(doc)
        XCTAssertEqual(laidOut.pages.count, 60)
        XCTAssertEqual(try PDFTools.info(pdf).pages, 60)
        let pages = try PDFTools.pagesText(pdf)
        XCTAssertEqual(pages.count, 60)
        for (i, text) in pages.enumerated() {
            let n = TextMatch.normalize(text)
            XCTAssertTrue(n.contains("Page \(i + 1) of 60"), "page \(i + 1) has no \"Page \(i + 1) of 60\": \(n)")
            XCTAssertTrue(n.contains("Body text of part \(i + 1)."), "page \(i + 1) holds the wrong body: \(n)")
        }
        // pdftotext -f/-l agrees on a page in the middle.
        XCTAssertTrue(TextMatch.normalize(try PDFTools.pageText(pdf, page: 37)).contains("Page 37 of 60"))
        XCTAssertEqual(try PDFTools.qpdfCheck(pdf).status, 0)
    }
}
