import Dossier
import DossierLayout
import DossierPDF
import Foundation
import XCTest

/// Navigation of documents built in code and rendered through the library, read back with poppler and qpdf:
/// contents entries and their page numbers, convergence of a contents list that grows over several pages,
/// the outline, links of contents entries, page references, page labels, and tagged-PDF metadata.
final class NavigationTests: XCTestCase {
    static let geometry = PageGeometry(paper: .a4, margins: EdgeInsets(all: Length.mm(20)))

    // MARK: The long document

    /// Code of heading `i` (1-based): unique, never a part of body text ("Q001" … "Q150").
    static func code(_ i: Int) -> String { "Q" + String(format: "%03d", i) }

    static let topics = ["border management", "criminal justice", "financing of terrorism", "international cooperation",
                         "law enforcement", "victims of terrorism", "returning fighters", "aviation security",
                         "maritime security", "strategic communication"]

    /// Deterministic filler text of `sentences` sentences (no digits, no heading codes).
    static func filler(_ seed: Int, sentences: Int) -> String {
        let words = ["the", "committee", "delegation", "welcomed", "progress", "in", "national", "coordination",
                     "and", "noted", "remaining", "gaps", "regarding", "capacity", "of", "investigators",
                     "prosecutors", "judges", "with", "respect", "to", "assistance", "agreed", "during", "visit"]
        var out: [String] = []
        var x = seed &* 2_654_435_761 &+ 12_345
        for _ in 0..<sentences {
            var sentence: [String] = []
            for _ in 0..<14 {
                x = x &* 1_103_515_245 &+ 12_345
                sentence.append(words[Int((x >> 16) & 0x7FFF) % words.count])
            }
            out.append(sentence.joined(separator: " ").prefix(1).uppercased() + sentence.joined(separator: " ").dropFirst() + ".")
        }
        return out.joined(separator: " ")
    }

    struct HeadingSpec {
        let code: String
        let title: String
        let level: Int
        var anchor: String { "h-\(code)" }
    }

    /// 50 chapters of 2 sections each: 150 headings, about 60 pages.
    static let headings: [HeadingSpec] = {
        var out: [HeadingSpec] = []
        var n = 0
        for chapter in 0..<50 {
            n += 1
            out.append(HeadingSpec(code: code(n), title: "\(code(n)) Chapter on \(topics[chapter % topics.count])", level: 1))
            for section in 0..<2 {
                n += 1
                out.append(HeadingSpec(code: code(n), title: "\(code(n)) Section \(section == 0 ? "one" : "two") of the chapter", level: 2))
            }
        }
        return out
    }()

    /// The heading whose page a page reference in the front matter prints.
    static let referencedCode = code(137)

    static func longDocument() -> Document {
        let hs = headings
        return Document(id: "navigation-long", metadata: DocumentMetadata(title: "Navigation test", keywords: ["navigation"]),
                        geometry: geometry, stylesheet: LibraryRender.sheet) {
            Heading("Contents", level: 1).excludedFromContents()
            Paragraph(Text("Crossref paragraph: the late section is on page ") + Text.pageRef("h-\(referencedCode)")
                      + Text(" of this document."))
            TableOfContents(maxLevel: 2)
            PageBreak()
            for c in 0..<50 {
                Section(hs[c * 3].title) {
                    Paragraph(filler(c * 10, sentences: 6))
                    for s in 1...2 {
                        Section(hs[c * 3 + s].title) {
                            for p in 0..<4 { Paragraph(filler(c * 10 + s * 4 + p, sentences: 5)) }
                        }.anchor(hs[c * 3 + s].anchor)
                    }
                }.anchor(hs[c * 3].anchor)
            }
        }
    }

    /// The long document rendered once for the tests of this class.
    struct LongRender {
        let pdf: URL
        let laidOut: LaidOutDocument
        /// `pdftotext -layout` of every page.
        let pages: [String]
        /// Code → page of the heading in the body.
        let headingPage: [String: Int]
        /// Code → the page of its contents entry.
        let entryPage: [String: Int]
        /// Code → the number printed by its contents entry.
        let entryNumber: [String: Int]
    }

    nonisolated(unsafe) private static var longCache: Result<LongRender, Error>?
    nonisolated(unsafe) private static var folder: TemporaryDirectory?

    override class func tearDown() {
        folder?.remove()
        folder = nil
        longCache = nil
        super.tearDown()
    }

    private func long() throws -> LongRender {
        if let hit = Self.longCache { return try hit.get() }
        let result = Result<LongRender, Error> {
            if Self.folder == nil { Self.folder = try TemporaryDirectory(prefix: "dossier-nav") }
            let (pdf, laidOut) = try LibraryRender.render(Self.longDocument(), in: Self.folder!)
            let pages = try PDFTools.pagesText(pdf)
            var headingPage: [String: Int] = [:], entryPage: [String: Int] = [:], entryNumber: [String: Int] = [:]
            let entry = try NSRegularExpression(pattern: #"^\s*(Q\d{3})\b.*?\s(\d+)\s*$"#)
            for (i, text) in pages.enumerated() {
                for line in text.components(separatedBy: "\n") {
                    let ns = line as NSString
                    if let m = entry.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) {
                        let code = ns.substring(with: m.range(at: 1))
                        if entryNumber[code] == nil {
                            entryNumber[code] = Int(ns.substring(with: m.range(at: 2)))
                            entryPage[code] = i + 1
                            continue
                        }
                    }
                    for word in PageText.words(line) where word.count == 4 && word.hasPrefix("Q") && entryPage[word] != nil
                        && entryPage[word] != i + 1 {
                        headingPage[word] = i + 1
                    }
                }
            }
            return LongRender(pdf: pdf, laidOut: laidOut, pages: pages, headingPage: headingPage, entryPage: entryPage,
                              entryNumber: entryNumber)
        }
        Self.longCache = result
        return try result.get()
    }

    // MARK: Contents

    func testContentsEntriesPrintThePageOfTheirHeading() throws {
        let r = try long()
        XCTAssertGreaterThanOrEqual(r.pages.count, 55, "the document should run to about 60 pages")
        XCTAssertLessThanOrEqual(r.pages.count, 75)
        XCTAssertEqual(r.laidOut.pages.count, r.pages.count)
        var wrong: [String] = []
        for h in Self.headings {
            guard let number = r.entryNumber[h.code] else { wrong.append("\(h.code): no contents entry"); continue }
            guard let page = r.headingPage[h.code] else { wrong.append("\(h.code): heading not found in the body"); continue }
            if number != page { wrong.append("\(h.code): contents say \(number), heading is on page \(page)") }
        }
        XCTAssertEqual(wrong, [], "contents entries with a wrong page number")
        // pdftotext -f N -l N agrees for a few headings.
        for code in [Self.code(1), Self.code(75), Self.code(150)] {
            let page = try XCTUnwrap(r.headingPage[code])
            XCTAssertTrue(PageText.words(try PDFTools.pageText(r.pdf, page: page)).contains(code), "\(code) not on page \(page)")
        }
        // The entries come in document order.
        let printed = Self.headings.compactMap { r.entryPage[$0.code] }
        XCTAssertEqual(printed, printed.sorted(), "contents entries out of order")
    }

    func testLongContentsSpanSeveralPagesAndConverge() throws {
        let r = try long()
        let tocPages = Set(r.entryPage.values)
        XCTAssertEqual(r.entryPage.count, 150, "every heading has a contents entry")
        XCTAssertGreaterThanOrEqual(tocPages.count, 3, "150 entries fill several pages: \(tocPages.sorted())")
        XCTAssertEqual(tocPages.sorted(), Array(1...tocPages.count), "the contents run from the first page without gaps")
        XCTAssertLessThanOrEqual(r.laidOut.passes, 5)
        let notes = r.laidOut.diagnostics.map(\.description)
        XCTAssertFalse(notes.contains { $0.contains("did not settle") }, "\(notes)")
        XCTAssertEqual(r.laidOut.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        // The first body heading follows the contents directly.
        XCTAssertEqual(r.headingPage[Self.code(1)], tocPages.count + 1)
    }

    func testOutlineMatchesTheHeadingsNestedByLevel() throws {
        let r = try long()
        let outline = try QPDFDocument.load(r.pdf).outline
        let expected = Self.headings.map { QPDFDocument.OutlineEntry(depth: $0.level, title: $0.title, page: r.headingPage[$0.code]) }
        XCTAssertEqual(outline.count, expected.count, "one outline entry per heading (\"Contents\" is excluded)")
        let mismatches = zip(outline, expected).filter { $0 != $1 }.prefix(10).map { "got \($0), expected \($1)" }
        XCTAssertEqual(mismatches, [])
    }

    func testContentsEntriesLinkToTheHeadingPage() throws {
        let r = try long()
        let qpdf = try QPDFDocument.load(r.pdf)
        let named = qpdf.namedDestinations
        for h in Self.headings.prefix(3) + Self.headings.suffix(3) {
            XCTAssertEqual(named[h.anchor], r.headingPage[h.code], "named destination \(h.anchor)")
        }
        let tocPages = Set(r.entryPage.values)
        let tocLinks = qpdf.links.filter { tocPages.contains($0.page) }
        // One per contents entry, and the page reference of the first page.
        XCTAssertEqual(tocLinks.count, Self.headings.count + 1, "one link annotation per contents entry")
        var wrong: [String] = []
        for h in Self.headings {
            let links = tocLinks.filter { $0.name == h.anchor && $0.page == r.entryPage[h.code] }
            guard let link = links.first else { wrong.append("\(h.code): no link"); continue }
            if link.page != r.entryPage[h.code] { wrong.append("\(h.code): link on page \(link.page), entry on \(r.entryPage[h.code] ?? 0)") }
            if link.targetPage != r.headingPage[h.code] {
                wrong.append("\(h.code): link goes to page \(link.targetPage.map(String.init) ?? "nil"), heading on \(r.headingPage[h.code] ?? 0)")
            }
        }
        XCTAssertEqual(Array(wrong.prefix(10)), [], "\(wrong.count) contents entries without a correct link")
    }

    func testPageReferencePrintsThePageOfItsAnchor() throws {
        let r = try long()
        let page = try XCTUnwrap(r.headingPage[Self.referencedCode])
        let text = TextMatch.normalize(r.pages[0])
        XCTAssertTrue(text.contains("the late section is on page \(page) of this document."),
                      "the page reference should print \(page): \(text.prefix(300))")
        // The reference links to its anchor.
        let links = try QPDFDocument.load(r.pdf).links.filter { $0.page == 1 && $0.name == "h-\(Self.referencedCode)" }
        XCTAssertEqual(links.count, 1, "the page reference links to its anchor")
        XCTAssertTrue(links.allSatisfy { $0.targetPage == page })
    }

    func testPageReferenceToAnUnknownAnchorIsADiagnostic() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let doc = Document(id: "unknown-anchor", metadata: DocumentMetadata(title: "Unknown anchor"), geometry: Self.geometry,
                           stylesheet: LibraryRender.sheet) {
            Heading("Known heading", level: 1).anchor("known")
            Paragraph(Text("Known is on page ") + Text.pageRef("known") + Text("; missing is on page ")
                      + Text.pageRef("nowhere-to-be-found") + Text("."))
        }
        let (pdf, laidOut) = try LibraryRender.render(doc, in: dir)
        let warnings = laidOut.diagnostics.map(\.description)
        XCTAssertTrue(warnings.contains { $0.contains("unknown anchor") && $0.contains("nowhere-to-be-found") }, "\(warnings)")
        XCTAssertFalse(warnings.contains { $0.contains("\"known\"") }, "\(warnings)")
        XCTAssertEqual(laidOut.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        let text = TextMatch.normalize(try PDFTools.text(pdf))
        XCTAssertTrue(text.contains("Known is on page 1;"), text)
        XCTAssertTrue(text.contains("missing is on page ??."), "an unknown anchor prints a visible placeholder: \(text)")
        XCTAssertEqual(try PDFTools.qpdfCheck(pdf).status, 0)
    }

    // MARK: Page labels

    func testPageLabelsRomanFrontMatterThenArabic() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let chapters = ["Alphaheading", "Betaheading", "Gammaheading", "Deltaheading"]
        let doc = Document(id: "labels", metadata: DocumentMetadata(title: "Labels"), geometry: Self.geometry,
                           stylesheet: LibraryRender.sheet) {
            PageNumbering(.lowerRoman)
            Paragraph("Coverpage of the labelled document.")
            PageBreak()
            Heading("Contents", level: 1).excludedFromContents()
            TableOfContents(maxLevel: 1)
            for (i, c) in chapters.enumerated() {
                if i == 0 { PageBreak(); PageNumbering(.arabic) } else { PageBreak() }
                Section(c) { Paragraph(Self.filler(i, sentences: 3)) }
            }
        }
        let (pdf, laidOut) = try LibraryRender.render(doc, in: dir)
        XCTAssertEqual(laidOut.pages.map(\.label), ["i", "ii", "1", "2", "3", "4"])
        let qpdf = try QPDFDocument.load(pdf)
        XCTAssertEqual(qpdf.pageLabels, ["i", "ii", "1", "2", "3", "4"], "PDF page labels: \(qpdf.pageLabelRanges)")
        // Contents entries print labels; each heading is on the physical page the label names.
        let pages = try PDFTools.pagesText(pdf)
        XCTAssertEqual(pages.count, 6)
        for (i, c) in chapters.enumerated() {
            let line = pages[1].components(separatedBy: "\n").first { $0.contains(c) } ?? ""
            XCTAssertEqual(PageText.words(line).last, "\(i + 1)", "contents entry of \(c): \(line)")
            XCTAssertEqual(PageText.pages(containingWord: c, in: pages), [2, i + 3], "\(c)")
        }
        // The outline points at physical pages.
        XCTAssertEqual(qpdf.outline.map(\.page), [3, 4, 5, 6])
        // Footers print the label.
        XCTAssertTrue(TextMatch.normalize(pages[1]).contains("Page ii of"), pages[1])
        XCTAssertTrue(TextMatch.normalize(pages[2]).contains("Page 1 of"), pages[2])
    }

    // MARK: Tagged PDF and metadata

    func testTaggedPDFWithLanguageFigureAltTextDatesAndKeywords() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let png1 = dir.file("bars.png"), png2 = dir.file("map.png")
        try TinyPNG.data(width: 40, height: 20) { x, y in (UInt8(x * 6), UInt8(y * 12), 128) }.write(to: png1)
        try TinyPNG.data(width: 16, height: 16) { x, _ in x < 8 ? (200, 30, 30) : (30, 30, 200) }.write(to: png2)
        let alts = ["Bar chart of meetings by counterpart category", "Map of the places visited in Kenya"]
        let doc = Document(id: "tagged",
                           metadata: DocumentMetadata(title: "Tagged document", author: "CTED", subject: "Tagging",
                                                      keywords: ["counter-terrorism", "Kenya", "navigation"], language: "en"),
                           geometry: Self.geometry, stylesheet: LibraryRender.sheet) {
            Heading("Tagged heading", level: 1)
            Paragraph("A paragraph before the figures.")
            Image(png1.path, alt: alts[0], width: 200)
            Paragraph("A paragraph between the figures.")
            Image(png2.path, alt: alts[1], width: 80)
        }
        let (pdf, laidOut) = try LibraryRender.render(doc, in: dir)
        XCTAssertEqual(laidOut.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        XCTAssertTrue(try PDFTools.info(pdf).tagged, "pdfinfo should say Tagged: yes")
        let check = try PDFTools.qpdfCheck(pdf)
        XCTAssertEqual(check.status, 0, check.summary)
        XCTAssertFalse(check.stdout.contains("WARNING"), check.summary)
        let qpdf = try QPDFDocument.load(pdf)
        XCTAssertEqual(QPDFDocument.string(qpdf.resolve(qpdf.catalog["/Lang"])), "en")
        XCTAssertNotNil(qpdf.catalog["/StructTreeRoot"])
        let figures = qpdf.structureElements("/Figure")
        XCTAssertEqual(figures.count, 2, "one Figure structure element per image")
        XCTAssertEqual(Set(figures.compactMap { QPDFDocument.string(qpdf.resolve($0["/Alt"])) }), Set(alts))
        XCTAssertEqual(qpdf.pages.count, 1)
        let created = try XCTUnwrap(qpdf.infoString("/CreationDate"))
        XCTAssertTrue(created.hasPrefix("D:20180731"), "CreationDate should be a PDF date with the D: prefix: \(created)")
        XCTAssertTrue(try XCTUnwrap(qpdf.infoString("/ModDate")).hasPrefix("D:"))
        let keywords = try XCTUnwrap(qpdf.infoString("/Keywords"))
        for k in ["counter-terrorism", "Kenya", "navigation"] { XCTAssertTrue(keywords.contains(k), "keywords: \(keywords)") }
        XCTAssertEqual(qpdf.infoString("/Title"), "Tagged document")
        XCTAssertEqual(qpdf.infoString("/Author"), "CTED")
        // The images are drawn (poppler finds two image objects on the page).
        let images = try Run.tool("pdfimages", ["-list", pdf.path])
        XCTAssertEqual(images.stdoutLines.count - 2, 2, images.stdout)
    }
}
