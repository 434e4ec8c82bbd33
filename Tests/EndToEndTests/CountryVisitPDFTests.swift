import DossierPDF
import Foundation
import XCTest

/// The country-visit PDF of the Kenya sample, rendered by the `dossier` binary and read back with
/// poppler-utils and qpdf: content, page furniture, PDF structure, metadata and reproducibility.
final class CountryVisitPDFTests: XCTestCase {
    static let renders = SampleRender()
    override class func tearDown() {
        renders.removeAll()
        super.tearDown()
    }

    private func kenyaPDF() throws -> URL { try Self.renders.kenya().pdf }

    /// Layout text and raw text of the whole document: a needle counts when found in either (table cells
    /// wrap inside their column, which only raw mode keeps together).
    private func documentTexts() throws -> (layout: String, raw: String) {
        let pdf = try kenyaPDF()
        return (try PDFTools.text(pdf, mode: .layout), try PDFTools.text(pdf, mode: .raw))
    }

    /// Needles found neither verbatim nor with a sentence-initial capital (templates capitalise a text that
    /// opens a sentence: "a proposed list …" → "A proposed list …").
    private func missing(_ needles: [String], layout: String, raw: String) -> [String] {
        needles.filter { needle in
            let capitalised = needle.prefix(1).uppercased() + needle.dropFirst()
            return [needle, capitalised].allSatisfy { form in
                !TextMatch.normalize(layout).contains(TextMatch.normalize(form))
                    && !TextMatch.normalize(raw).contains(TextMatch.normalize(form))
            }
        }
    }

    // MARK: Content

    func testEveryQuoteAppearsVerbatimInDocumentOrder() throws {
        let sample = try Sample.kenyaJSON()
        let quotes = (sample.visit["quotes"] as? [[String: Any]] ?? [])
            .sorted { ($0["seq"] as? Int ?? 0) < ($1["seq"] as? Int ?? 0) }
            .compactMap { $0["text"] as? String }
        XCTAssertEqual(quotes.count, 4, "the sample has four quotes")
        let text = try documentTexts().layout
        XCTAssertEqual(TextMatch.missing(quotes, in: text), [], "quotes missing from the PDF text")
        XCTAssertNil(TextMatch.firstOutOfOrder(quotes, in: text), "quotes out of document order")
        // Each quotation is printed between curly quotes, and attributed.
        for q in quotes.prefix(2) {
            XCTAssertTrue(TextMatch.normalize(text).contains(TextMatch.normalize("“" + q)), "no opening quote mark before \(q.prefix(40))…")
        }
        for speaker in ["said Mr. Vladimir Voronkov", "remarked Ms. Michèle Coninsx", "added Mr. Alexander Avanessov"] {
            XCTAssertTrue(TextMatch.normalize(text).contains(speaker), "attribution \"\(speaker)\" missing")
        }
    }

    func testAgreedTechnicalAssistanceAreasAppearInOrderWithTheirLabels() throws {
        let sample = try Sample.kenyaJSON()
        let list = sample.visit["agreedTechnicalAssistanceAreas"] as? [String: Any] ?? [:]
        let items = (list["items"] as? [[String: Any]] ?? [])
            .sorted { ($0["seq"] as? Int ?? 0) < ($1["seq"] as? Int ?? 0) }
            .compactMap { $0["text"] as? String }
        XCTAssertEqual(items.count, 7, "the sample has seven agreed areas")
        let labels = ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)"]
        let labelled = zip(labels, items).map { "\($0) \($1)" }
        let text = try documentTexts().layout
        let leadIn = (list["leadIn"] as? String ?? "") + ":"
        XCTAssertNil(TextMatch.firstOutOfOrder([leadIn] + labelled, in: text),
                     "the lead-in and the areas (a)…(g) are not all printed, verbatim, in order")
    }

    func testEveryTextFieldOfTheSampleAppears() throws {
        let s = try Sample.kenyaJSON()
        let visit = s.visit
        var needles: [(field: String, text: String)] = []
        func add(_ field: String, _ value: Any?) {
            if let t = value as? String { needles.append((field, t)) }
            if let ts = value as? [String] { for (i, t) in ts.enumerated() { needles.append(("\(field)[\(i)]", t)) } }
        }
        add("visit.framing", visit["framing"])
        add("visit.legalFramework.text", (visit["legalFramework"] as? [String: Any])?["text"])
        for (g, group) in (visit["meetingGroups"] as? [[String: Any]] ?? []).enumerated() {
            add("visit.meetingGroups[\(g)].leadIn", group["leadIn"])
            for (c, cp) in (group["counterparts"] as? [[String: Any]] ?? []).enumerated() {
                add("visit.meetingGroups[\(g)].counterparts[\(c)].counterpart", cp["counterpart"])
                add("visit.meetingGroups[\(g)].counterparts[\(c)].location.text", (cp["location"] as? [String: Any])?["text"])
            }
            add("visit.meetingGroups[\(g)].topics", group["topics"])
            add("visit.meetingGroups[\(g)].outcome", group["outcome"])
        }
        let ta = visit["agreedTechnicalAssistanceAreas"] as? [String: Any] ?? [:]
        add("visit.agreedTechnicalAssistanceAreas.leadIn", ta["leadIn"])
        for (i, item) in (ta["items"] as? [[String: Any]] ?? []).enumerated() {
            add("visit.agreedTechnicalAssistanceAreas.items[\(i)].text", item["text"])
        }
        for (i, p) in (s["persons"] as? [[String: Any]] ?? []).enumerated() {
            add("persons[\(i)].name", p["name"])
            add("persons[\(i)].titles", p["titles"])
        }
        for (i, m) in (visit["delegation"] as? [[String: Any]] ?? []).enumerated() {
            add("visit.delegation[\(i)].description", m["description"])
        }
        add("visit.closingStatement", visit["closingStatement"])
        for (i, r) in (visit["relatedVisits"] as? [[String: Any]] ?? []).enumerated() { add("visit.relatedVisits[\(i)].text", r["text"]) }
        for (i, q) in (visit["quotes"] as? [[String: Any]] ?? []).enumerated() { add("visit.quotes[\(i)].text", q["text"]) }
        let history = s["history"] as? [String: Any] ?? [:]
        for (i, e) in (history["engagement"] as? [[String: Any]] ?? []).enumerated() { add("history.engagement[\(i)].text", e["text"]) }
        for (i, n) in (history["technicalAssistanceNeeds"] as? [[String: Any]] ?? []).enumerated() {
            add("history.technicalAssistanceNeeds[\(i)].text", n["text"])
        }
        // Descriptions of the history documents: the visit report (its approval), the updated OIA (docs/input-contract.md §3.2 VI
        // "OIA editions") and the priority list. Organisations' descriptions are reference data, not content
        // of a visit summary (docs/input-contract.md §3.2 does not list them), so they are not expected here.
        for (i, d) in (history["documents"] as? [[String: Any]] ?? []).enumerated() {
            add("history.documents[\(i)].description", d["description"])
        }
        XCTAssertGreaterThan(needles.count, 40, "the sample's text fields were not all collected")
        let (layout, raw) = try documentTexts()
        let absent = Set(missing(needles.map(\.text), layout: layout, raw: raw))
        let report = needles.filter { absent.contains($0.text) }.map { "\($0.field): \"\($0.text)\"" }
        XCTAssertEqual(report, [], "text fields of the sample missing from the PDF:\n" + report.joined(separator: "\n"))
    }

    // MARK: Pages

    func testA4PagesNumberedOneToYInFootersAndRunningHeaders() throws {
        let pdf = try kenyaPDF()
        let info = try PDFTools.info(pdf)
        let size = try XCTUnwrap(info.pageSize, "pdfinfo gave no page size")
        XCTAssertEqual(size.width, 595.276, accuracy: 0.5)
        XCTAssertEqual(size.height, 841.89, accuracy: 0.5)
        XCTAssertEqual(size.name, "A4")
        let pages = try XCTUnwrap(info.pages)
        XCTAssertGreaterThan(pages, 1)
        let footer = try NSRegularExpression(pattern: #"Page (\d+) of (\d+)"#)
        let header = try NSRegularExpression(pattern: #"^\s*\S+\s+(\d+)/(\d+)\s*$"#, options: [.anchorsMatchLines])
        for page in 1...pages {
            let text = try PDFTools.pageText(pdf, page: page)
            let ns = text as NSString
            let matches = footer.matches(in: text, range: NSRange(location: 0, length: ns.length))
            XCTAssertEqual(matches.count, 1, "page \(page): expected one \"Page X of Y\" footer:\n\(text)")
            if let m = matches.first {
                XCTAssertEqual(Int(ns.substring(with: m.range(at: 1))), page, "page \(page): wrong X in the footer")
                XCTAssertEqual(Int(ns.substring(with: m.range(at: 2))), pages, "page \(page): Y differs from the page count")
            }
            // The running header ("reference   X/Y") is on every page but the first (the masthead's page).
            let h = header.matches(in: text, range: NSRange(location: 0, length: ns.length))
            if page == 1 {
                XCTAssertEqual(h.count, 0, "page 1 has the masthead, not the running header")
            } else if let m = h.first {
                XCTAssertEqual(Int(ns.substring(with: m.range(at: 1))), page, "page \(page): wrong page in the running header")
                XCTAssertEqual(Int(ns.substring(with: m.range(at: 2))), pages, "page \(page): wrong total in the running header")
            } else {
                XCTFail("page \(page): no running header \"reference X/Y\"")
            }
        }
        XCTAssertEqual(try PDFTools.pagesText(pdf).count, pages, "pdftotext pages and pdfinfo page count differ")
    }

    // MARK: PDF structure

    func testTaggedAndStructurallySound() throws {
        let pdf = try kenyaPDF()
        XCTAssertEqual(try PDFTools.info(pdf)["Tagged"], "yes")
        let check = try PDFTools.qpdfCheck(pdf)
        XCTAssertEqual(check.status, 0, check.summary)
        XCTAssertTrue(check.stdout.contains("No syntax or stream encoding errors found"), check.summary)
        XCTAssertFalse((check.stdout + check.stderr).lowercased().contains("warning"), check.summary)
    }

    func testEveryFontIsEmbeddedAndSubset() throws {
        let fonts = try PDFTools.fonts(try kenyaPDF())
        XCTAssertFalse(fonts.isEmpty, "pdffonts lists no font")
        for f in fonts {
            XCTAssertTrue(f.embedded, "\(f.name) is not embedded")
            XCTAssertTrue(f.subset, "\(f.name) is not subset")
            XCTAssertTrue(f.unicode, "\(f.name) has no ToUnicode map (text would not extract)")
        }
        XCTAssertTrue(fonts.contains { $0.name.contains("LiberationSerif") }, "the body face is Liberation Serif: \(fonts.map(\.name))")
    }

    func testMetadata() throws {
        let pdf = try kenyaPDF()
        let info = try PDFTools.info(pdf)
        XCTAssertEqual(info["Title"], "Joint visit of the United Nations Office of Counter-Terrorism and the Counter-Terrorism Committee Executive Directorate to Kenya")
        XCTAssertEqual(info["Author"], "United Nations Office of Counter-Terrorism and Counter-Terrorism Committee Executive Directorate")
        XCTAssertEqual(info["Creator"], "Dossier \(PDFRenderer.version)")
        XCTAssertTrue(info["CreationDate"]?.hasPrefix("2018-07-31") == true, "CreationDate: \(info["CreationDate"] ?? "none")")
        XCTAssertTrue(info["ModDate"]?.hasPrefix("2018-07-31") == true, "ModDate: \(info["ModDate"] ?? "none")")
        // The version the binary reports is the one written into the PDF.
        let version = try Run.dossier(["--version"])
        XCTAssertEqual(version.status, 0, version.summary)
        XCTAssertEqual(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines), PDFRenderer.version)
    }

    // MARK: Reproducibility

    func testTwoRendersAreByteIdentical() throws {
        let first = try Data(contentsOf: try kenyaPDF())
        let dir = try TemporaryDirectory.forTest(self)
        let second = dir.file("again/other-name.pdf")
        let r = try Run.dossier(["render", "country-visit", TestPaths.kenyaSample.path, "-o", second.path, "--date", "2018-07-31"])
        XCTAssertEqual(r.status, 0, r.summary)
        XCTAssertTrue(first == (try Data(contentsOf: second)), "two renders of the same input and date differ")
    }

    func testSourceDateEpochGivesByteIdenticalOutput() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let epoch = "1532995200"   // 2018-07-31T00:00:00Z
        var outputs: [Data] = []
        for name in ["a.pdf", "b.pdf"] {
            let r = try Run.dossier(["render", "country-visit", TestPaths.kenyaSample.path, "-o", dir.file(name).path],
                                    environment: ["SOURCE_DATE_EPOCH": epoch])
            XCTAssertEqual(r.status, 0, r.summary)
            outputs.append(try Data(contentsOf: dir.file(name)))
        }
        XCTAssertTrue(outputs[0] == outputs[1], "two renders with the same SOURCE_DATE_EPOCH differ")
        XCTAssertTrue(outputs[0] == (try Data(contentsOf: try kenyaPDF())),
                      "SOURCE_DATE_EPOCH of 2018-07-31 and --date 2018-07-31 give different files")
        XCTAssertTrue(try PDFTools.info(dir.file("a.pdf"))["CreationDate"]?.hasPrefix("2018-07-31") == true)
    }

    func testADifferentDateGivesDifferentBytes() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let other = dir.file("other.pdf")
        let r = try Run.dossier(["render", "country-visit", TestPaths.kenyaSample.path, "-o", other.path, "--date", "2019-01-15"])
        XCTAssertEqual(r.status, 0, r.summary)
        XCTAssertFalse((try Data(contentsOf: other)) == (try Data(contentsOf: try kenyaPDF())), "the --date is not used")
        XCTAssertTrue(try PDFTools.info(other)["CreationDate"]?.hasPrefix("2019-01-15") == true)
    }
}

extension Dictionary where Key == String, Value == Any {
    /// The `visit` object of a sample.
    var visit: [String: Any] { self["visit"] as? [String: Any] ?? [:] }
}
