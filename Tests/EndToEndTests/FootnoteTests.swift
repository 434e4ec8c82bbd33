import Dossier
import DossierLayout
import DossierPDF
import Foundation
import XCTest

/// Footnotes of documents built in code, read back with poppler: each note at the foot of the page of its
/// mark, numbered through the document, marks after punctuation, crowded pages, a note longer than a page.
final class FootnoteTests: XCTestCase {
    static let geometry = PageGeometry(paper: .a4, margins: EdgeInsets(all: Length.mm(20)))

    /// Two or three letters unique to `n` ("ab", "ac" …): footnote words carry no digits, so that the
    /// numbers pdftotext finds are marks and labels only.
    static func letters(_ n: Int) -> String {
        let a = Array("abcdefghijklmnopqrstuvwxyz")
        return String(a[(n / 676) % 26]) + String(a[(n / 26) % 26]) + String(a[n % 26])
    }
    /// The word just before footnote mark `n`.
    static func markWord(_ n: Int) -> String { "Zeta" + letters(n) }
    /// A word of the note of footnote `n`.
    static func noteWord(_ n: Int) -> String { "Nota" + letters(n) }

    static func filler(_ seed: Int, sentences: Int) -> String { NavigationTests.filler(seed, sentences: sentences) }

    private func document(_ id: String, @BlockBuilder body: () -> [Node]) -> Document {
        Document(id: id, metadata: DocumentMetadata(title: id), geometry: Self.geometry, stylesheet: LibraryRender.sheet, body: body)
    }

    /// A sentence ending in `markWord(n)`, a footnote mark after its full stop, then more text.
    static func marked(_ n: Int, note: String? = nil) -> Text {
        Text("The delegation discussed \(markWord(n))") + Text.footnote(Text(note ?? "Source note \(noteWord(n)) for the statement."))
            + Text(". The discussion continued.")
    }

    /// Page (1-based) of each whole word in `pages`, and how often it occurs.
    private func occurrences(_ word: String, _ pages: [String]) -> [Int] {
        pages.enumerated().flatMap { i, text in PageText.words(text).filter { $0 == word }.map { _ in i + 1 } }
    }

    /// The number printed right after `word` and its punctuation ("Zetaab.7" → 7), on any page.
    private func markNumber(after word: String, in pages: [String]) -> Int? {
        let pattern = try! NSRegularExpression(pattern: "\(word)[.,;:]?\\s?(\\d+)")
        for page in pages {
            let text = PageText.joiningHyphenationBreaks(page)
            let ns = text as NSString
            if let m = pattern.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) {
                return Int(ns.substring(with: m.range(at: 1)))
            }
        }
        return nil
    }

    /// The label printed before the note that holds `word` ("7 Source note Notaab …" → 7).
    private func noteLabel(of word: String, in pages: [String]) -> Int? {
        let pattern = try! NSRegularExpression(pattern: "(\\d+)\\s+Source note \(word)\\b")
        for text in pages {
            let ns = text as NSString
            if let m = pattern.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) {
                return Int(ns.substring(with: m.range(at: 1)))
            }
        }
        return nil
    }

    /// Checks every footnote `1...count`: one mark and one note, on the same page, both numbered `n`.
    private func checkFootnotes(_ count: Int, _ pages: [String], file: StaticString = #filePath, line: UInt = #line) {
        var problems: [String] = []
        for n in 1...count {
            let marks = occurrences(Self.markWord(n), pages), notes = occurrences(Self.noteWord(n), pages)
            if marks.count != 1 { problems.append("footnote \(n): mark word on pages \(marks)") }
            if notes.count != 1 { problems.append("footnote \(n): note printed \(notes.count) times, on pages \(notes)") }
            if marks.count == 1, notes.count == 1, marks != notes { problems.append("footnote \(n): mark on page \(marks[0]), note on page \(notes[0])") }
            let mark = markNumber(after: Self.markWord(n), in: pages)
            if mark != n { problems.append("footnote \(n): mark printed as \(mark.map(String.init) ?? "nothing")") }
            let label = noteLabel(of: Self.noteWord(n), in: pages)
            if label != n { problems.append("footnote \(n): note labelled \(label.map(String.init) ?? "nothing")") }
        }
        XCTAssertEqual(Array(problems.prefix(12)), [], "\(problems.count) problems", file: file, line: line)
    }

    // MARK: Tests

    func testNotesSitOnThePageOfTheirMarkAndAreNumberedThroughTheDocument() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let count = 36
        let doc = document("footnotes-spread") {
            Heading("Footnotes across pages", level: 1)
            for n in 1...count {
                // Every third paragraph carries two footnotes.
                if n % 3 == 0 {
                    Paragraph(Text(Self.filler(n, sentences: 3) + " ") + Self.marked(n - 1) + Text(" ") + Self.marked(n))
                } else if n % 3 == 1 {
                    Paragraph(Text(Self.filler(n, sentences: 5) + " ") + Self.marked(n))
                }
            }
        }
        let (pdf, laidOut) = try LibraryRender.render(doc, in: dir)
        XCTAssertEqual(laidOut.diagnostics.map(\.description), [])
        let pages = try PDFTools.pagesText(pdf)
        XCTAssertGreaterThanOrEqual(pages.count, 3, "the footnotes should spread over several pages")
        checkFootnotes(count, pages)
        // Each page's notes come after its body text: the last note word of a page is below its last mark.
        let bbox = try PDFTools.bbox(pdf)
        for page in bbox.pages {
            let words = page.words
            let marks = words.filter { $0.text.hasPrefix("Zeta") }, notes = words.filter { $0.text.hasPrefix("Nota") }
            guard let lowestMark = marks.map(\.yMax).max(), let highestNote = notes.map(\.yMin).min() else { continue }
            XCTAssertLessThan(lowestMark, highestNote, "page \(page.number): notes should sit below the body text")
        }
    }

    /// Notes in table cells are lettered and printed under the table (after its own notes); notes in a caption or
    /// a quotation are numbered footnotes at the foot of their page, like a paragraph's.
    func testTableCellNotesAreLetteredAndCaptionAndQuoteNotesAreFootnotes() throws {
        let dir = try TemporaryDirectory.forTest(self)
        struct Visit { let place: String; let days: Int; let note: String? }
        let visits = [Visit(place: "Nairobi", days: 3, note: "Including Notacell meetings at the airport."),
                      Visit(place: "Mombasa", days: 2, note: nil),
                      Visit(place: "Garissa", days: 1, note: "Including Notacell meetings at the airport.")]
        let doc = document("cell-notes") {
            Paragraph(Text("Before the table, a paragraph with a mark") + Self.marked(1) + Text(" and no more."))
            Table(visits, id: "visits", caption: Text("Places visited by \(Self.markWord(2))") + Text.footnote(Text("Source note \(Self.noteWord(2)) for the caption.")) + Text(", 2018"),
                  notes: ["Days are calendar days."]) {
                Column<Visit>("Place", key: "place") { $0.place }
                    .displayed { v in Text(v.place) + (v.note.map { Text.footnote(Text($0)) } ?? Text("")) }
                Column<Visit>("Days", key: "days") { .integer($0.days) }
            }
            BlockQuote(Text("A quoted statement by \(Self.markWord(3))") + Text.footnote(Text("Source note \(Self.noteWord(3)) for the quote."))
                       + Text("."))
        }
        let (pdf, laidOut) = try LibraryRender.render(doc, in: dir)
        XCTAssertEqual(laidOut.diagnostics.map(\.description), [])
        let raw = TextMatch.normalize(try PDFTools.text(pdf, mode: .raw))
        let compact = raw.replacingOccurrences(of: " ", with: "")
        XCTAssertTrue(compact.contains("Nairobib"), "lettered mark in the cell: \(raw)")
        XCTAssertTrue(compact.contains("Garissab"), "the same note keeps its letter: \(raw)")
        XCTAssertTrue(compact.contains("aDaysarecalendardays.bIncludingNotacellmeetingsattheairport."), "notes under the table: \(raw)")
        XCTAssertEqual(raw.components(separatedBy: "Notacell").count - 1, 1, "the repeated note is printed once: \(raw)")
        XCTAssertFalse(raw.contains("(Including"), "no note left in parentheses: \(raw)")
        checkFootnotes(3, try PDFTools.pagesText(pdf))
    }

    func testMarkFollowsPunctuation() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let doc = document("footnote-punctuation") {
            Paragraph(Text("The first sentence ends here.") + Text.footnote(Text("Note one Notaone.")) + Text(" Then a word")
                      + Text.footnote(Text("Note two Notatwo.")) + Text(", with a comma, and a bare word")
                      + Text.footnote(Text("Note three Notathree.")) + Text(" inside the sentence, then a colon")
                      + Text.footnote(Text("Note four Notafour.")) + Text(": the end."))
        }
        let (pdf, _) = try LibraryRender.render(doc, in: dir)
        let raw = TextMatch.normalize(try PDFTools.text(pdf, mode: .raw))
        let compact = raw.replacingOccurrences(of: " ", with: "")
        XCTAssertTrue(compact.contains("endshere.1Then"), "the mark follows the full stop: \(raw)")
        XCTAssertTrue(compact.contains("word,2with"), "the mark follows the comma: \(raw)")
        XCTAssertTrue(compact.contains("bareword3inside"), "without punctuation the mark follows the word: \(raw)")
        XCTAssertTrue(compact.contains("colon:4the"), "the mark follows the colon: \(raw)")
        XCTAssertFalse(compact.contains("here1."), raw)
        // The mark is raised: its box is smaller and higher than the word before it.
        let words = try XCTUnwrap(try PDFTools.bbox(pdf).pages.first).words
        let here = try XCTUnwrap(words.first { $0.text == "here." }, "\(words)")
        let mark = try XCTUnwrap(words.first { $0.text == "1" && $0.xMin >= here.xMax - 1 && abs($0.yMin - here.yMin) < 8 },
                                 "no mark 1 right after \"here.\": \(words.prefix(12))")
        XCTAssertLessThan(mark.yMax - mark.yMin, here.yMax - here.yMin, "the mark is set smaller: \(mark) vs \(here)")
        XCTAssertLessThan(mark.yMin, here.yMin, "the mark is raised: \(mark) vs \(here)")
        XCTAssertLessThan(mark.yMax, here.yMax - 2, "the mark is raised: \(mark) vs \(here)")
        for (n, w) in ["Notaone", "Notatwo", "Notathree", "Notafour"].enumerated() {
            XCTAssertTrue(raw.contains("\(n + 1) Note \(["one", "two", "three", "four"][n]) \(w)."), "note \(n + 1): \(raw)")
        }
    }

    /// Far more notes than fit at the foot of one page: none lost, none printed twice, each with its mark.
    func testCrowdedPagesNeitherLoseNorDuplicateNotes() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let count = 90
        let doc = document("footnotes-crowded") {
            for p in 0..<6 {
                Paragraph((1...15).map { Self.marked(p * 15 + $0, note: "Source note \(Self.noteWord(p * 15 + $0)) " + Self.filler(p * 15 + $0, sentences: 1)) }
                            .reduce(Text("")) { $0 + Text(" ") + $1 })
            }
        }
        let (pdf, laidOut) = try LibraryRender.render(doc, in: dir)
        XCTAssertEqual(laidOut.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        let pages = try PDFTools.pagesText(pdf)
        XCTAssertGreaterThanOrEqual(pages.count, 3)
        checkFootnotes(count, pages)
        // Nothing outside the paper or over the body text.
        let bbox = try PDFTools.bbox(pdf)
        for page in bbox.pages {
            let off = page.words.filter { $0.yMin < 0 || $0.yMax > page.height || $0.xMin < 0 || $0.xMax > page.width }
            XCTAssertEqual(off.map(\.description), [], "page \(page.number): words off the paper")
            let margin = Length.mm(20)
            let inFrame = page.words.filter { !$0.text.hasPrefix("Page") && $0.yMax < page.height - margin + 1 }
            XCTAssertTrue(inFrame.allSatisfy { $0.yMin > margin - 1 }, "page \(page.number): text above the body frame")
        }
    }

    /// A note longer than a page. Continuing it on the next page is not implemented; whatever happens, none
    /// of its text may be lost (off the paper, or drawn over by other text), and a diagnostic should say so.
    func testFootnoteLongerThanAPageLosesNoText() throws {
        let dir = try TemporaryDirectory.forTest(self)
        // 150 sentences (about 150 lines at 9 pt): far more than a page's body frame. Unique words.
        let longWords = (0..<150).map { "Longnote" + Self.letters($0) }
        let note = longWords.map { "Sentence \($0) " + Self.filler($0.count, sentences: 1) }.joined(separator: " ")
        let doc = document("footnote-long") {
            Paragraph("Opening paragraph before the long note.")
            Paragraph(Text("The statement with the long note ends here.") + Text.footnote(Text(note)) + Text(" After it, more text follows."))
            Paragraph(Self.filler(7, sentences: 10))
        }
        let (pdf, laidOut) = try LibraryRender.render(doc, in: dir)
        let bbox = try PDFTools.bbox(pdf)
        var onPaper: Set<String> = []
        for page in bbox.pages {
            for w in page.words where w.yMin >= 0 && w.yMax <= page.height && w.xMin >= 0 && w.xMax <= page.width {
                onPaper.insert(w.text.trimmingCharacters(in: .punctuationCharacters))
            }
        }
        let lost = longWords.filter { !onPaper.contains($0) }
        XCTAssertEqual(lost.count, 0, "\(lost.count) of \(longWords.count) sentences of the long note are not on the paper (first: \(lost.prefix(3))); diagnostics: \(laidOut.diagnostics.map(\.description))")
        // Its text is not drawn over the body text either: the body words keep their own lines.
        for page in bbox.pages {
            let body = page.words.filter { !$0.text.hasPrefix("Longnote") }
            let noteWords = page.words.filter { $0.text.hasPrefix("Longnote") }
            for n in noteWords {
                let overlapping = body.filter { b in
                    b.xMin < n.xMax && n.xMin < b.xMax && b.yMin < n.yMax - 1 && n.yMin < b.yMax - 1 && !isOnNoteLine(b, noteWords)
                }
                XCTAssertEqual(overlapping.map(\.description), [], "page \(page.number): \(n) overlaps body text")
            }
        }
        XCTAssertTrue(TextMatch.normalize(try PDFTools.text(pdf)).contains("After it, more text follows."))
    }
}

/// True when `word` shares a line with note words (it belongs to the note's own lines).
private func isOnNoteLine(_ word: BBoxWord, _ noteWords: [BBoxWord]) -> Bool {
    noteWords.contains { abs($0.yMin - word.yMin) < 1 && abs($0.yMax - word.yMax) < 1 }
}
