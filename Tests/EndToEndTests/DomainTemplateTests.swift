import Foundation
import XCTest

/// The three domain templates through the `dossier` binary on the Kenya samples (docs/input-contract.md §2.3, §3.1–§3.5):
/// every verbatim string of the inputs in the PDF text, CSV annex headers exactly as §3.5 lists them, P1 page
/// numbers against the printed contents, watermarks and sensitivity markings on every page (and only where
/// they belong), page numbers running through a pack, bound documents on new (odd, with --duplex) pages with
/// their masthead, and the pack's outline.
final class DomainTemplateTests: XCTestCase {
    static let renders = SampleRender()

    override class func tearDown() {
        renders.removeAll()
        super.tearDown()
    }

    static let visitId = "kenya-joint-unoct-cted-visit"
    static let oiaId = "kenya-oia-illustrative"
    static let packId = "ctc-kenya-briefing-pack"

    // MARK: docs/input-contract.md §3.5, column for column

    static let columns: [String: [String]] = [
        "visit_delegation": ["visit_id", "seq", "is_named", "honorific", "name", "description", "titles", "organization_id",
                             "organization_name", "role", "source_ids"],
        "visit_meetings": ["visit_id", "group_id", "group_seq", "seq", "counterpart", "category", "organization", "subgroups",
                           "level", "location", "date", "group_topics", "group_outcome", "list_is_exhaustive", "source_ids"],
        "visit_ta_areas": ["visit_id", "seq", "area_id", "text", "sub_areas", "area_codes", "status", "list_is_exhaustive",
                           "source_ids"],
        "visit_history": ["member_state_id", "visit_id", "visit_type", "sequence_label", "modality", "year", "start_date",
                          "end_date", "conducted_by", "on_behalf_of", "status", "report_document_id", "report_approved_by",
                          "report_approved_on", "report_approved_on_qualifier", "source_ids"],
        "oia_thematic_status": ["member_state_id", "oia_id", "as_of", "area_code", "area_label", "resolutions", "status",
                                "status_label", "progress_count", "shortfall_count", "good_practice_count", "recommendation_ids",
                                "ta_need_ids", "provenance"],
        "oia_recommendations": ["member_state_id", "oia_id", "recommendation_id", "area_code", "text", "is_priority", "priority",
                                "origin_document_id", "endorsed_by_state", "status", "status_as_of", "due_by",
                                "linked_ta_need_ids", "provenance"],
        "oia_ta_needs": ["member_state_id", "oia_id", "need_id", "label", "area_code", "text", "is_priority", "priority", "status",
                         "shared_with", "shared_on", "agreed_at_visit_id", "linked_recommendation_ids", "candidate_providers",
                         "provenance"],
        "oia_recommendation_status_history": ["recommendation_id", "changed_on", "from_status", "to_status", "evidence_ref",
                                              "note", "provenance"],
        "pack_contents": ["pack_id", "order", "kind", "ref_id", "member_state_id", "title", "distribution", "sensitivity",
                          "as_of", "page_start", "page_end"],
        "pack_status_matrix": ["pack_id", "region", "member_state_id", "oia_id", "as_of", "area_code", "status"],
        "pack_open_priority_items": ["pack_id", "member_state_id", "item_kind", "item_id", "area_code", "text", "priority",
                                     "status", "status_as_of", "origin_document_id"],
        "pack_sources": ["pack_id", "source_id", "kind", "title", "symbol", "url", "date"],
    ]
    static let visitTables = ["visit_delegation", "visit_meetings", "visit_ta_areas", "visit_history"]
    static let oiaTables = ["oia_thematic_status", "oia_recommendations", "oia_ta_needs", "oia_recommendation_status_history"]
    static let packTables = ["pack_contents", "pack_status_matrix", "pack_open_priority_items", "pack_sources"]

    // MARK: Renders

    private func visit() throws -> SampleRender.RenderedFile { try Self.renders.kenya() }
    private func oia() throws -> SampleRender.RenderedFile { try Self.renders.oia() }
    private func pack() throws -> SampleRender.RenderedFile { try Self.renders.pack(duplex: false) }
    private func duplexPack() throws -> SampleRender.RenderedFile { try Self.renders.pack(duplex: true) }

    static func sample(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: TestPaths.packageRoot.appendingPathComponent("Samples/\(name)"))
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    // MARK: Verbatim text

    /// Keys whose string values are printed as they are (docs/input-contract.md §2.3: quotes, counterparts, titles,
    /// technical-assistance texts, lead-ins, statements, excerpts, labels and values of fast facts …).
    static let verbatimKeys: Set<String> = ["text", "counterpart", "leadIn", "titles", "description", "closingStatement", "excerpt",
                                            "label", "value", "outcome", "topics", "framing", "objectives", "assessment",
                                            "subAreas", "expansion", "recommendedAction", "contact", "purpose", "title"]
    /// Paths (indices as "[]") left out: envelope notes; organisations' descriptions (reference data that
    /// §3.2/§3.3 do not print); the thematic-area catalogue (only assessed areas are printed: added apart);
    /// the pack's own `purpose` (written as the PDF subject; the briefing note has its own purpose).
    static let skippedPaths: Set<String> = [".organizations[].description", ".thematicAreas[].label", ".purpose"]
    /// Descriptive (not verbatim) fields a template may capitalise when they open a sentence.
    static let capitalisable: Set<String> = [".history.documents[].description"]

    struct Needle {
        let path: String
        let text: String
        let capitalisable: Bool
    }

    /// The verbatim strings of a sample, with their JSON paths.
    static func verbatimStrings(_ json: [String: Any]) -> [Needle] {
        var out: [Needle] = []
        func walk(_ value: Any, key: String?, path: String, shape: String) {
            if let d = value as? [String: Any] {
                for (k, v) in d.sorted(by: { $0.key < $1.key }) where k != "note" && k != "provenanceLegend" {
                    walk(v, key: k, path: path + "." + k, shape: shape + "." + k)
                }
            } else if let a = value as? [Any] {
                for (i, v) in a.enumerated() { walk(v, key: key, path: path + "[\(i)]", shape: shape + "[]") }
            } else if let s = value as? String, let key, verbatimKeys.contains(key), !skippedPaths.contains(shape),
                      !s.trimmingCharacters(in: .whitespaces).isEmpty {
                out.append(Needle(path: path, text: s, capitalisable: capitalisable.contains(shape)))
            }
        }
        walk(json, key: nil, path: "", shape: "")
        // Persons' names, and the labels of the areas an OIA assesses.
        for (i, p) in (json["persons"] as? [[String: Any]] ?? []).enumerated() {
            if let n = p["name"] as? String { out.append(Needle(path: ".persons[\(i)].name", text: n, capitalisable: false)) }
        }
        let assessed = Set(((json["oia"] as? [String: Any])?["thematicAssessments"] as? [[String: Any]] ?? []).compactMap { $0["areaCode"] as? String })
        for (i, a) in (json["thematicAreas"] as? [[String: Any]] ?? []).enumerated() {
            if let code = a["code"] as? String, assessed.contains(code), let l = a["label"] as? String {
                out.append(Needle(path: ".thematicAreas[\(i)].label", text: l, capitalisable: false))
            }
        }
        return out
    }

    /// Lines of page furniture: markings, "Page X of Y", running headers "reference X/Y", the illustrative
    /// footer note, and single letters of the diagonal watermark.
    static func isFurniture(_ line: String) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces)
        if t.isEmpty || t == "CONFIDENTIAL" { return true }
        if t.count <= 3, t.allSatisfy({ $0.isUppercase }) { return true }   // watermark pieces
        if t.range(of: #"^Page \S+ of \d+$"#, options: .regularExpression) != nil { return true }
        if t.range(of: #"^\S+\s+[0-9ivxlc]+/\d+$"#, options: .regularExpression) != nil { return true }
        if t.hasPrefix("Illustrative content for template development") { return true }
        return false
    }

    /// The document's text in raw and layout order, furniture removed, pages joined: a paragraph that runs
    /// on to the next page reads whole again. Each is normalised; a second form also joins line breaks after
    /// a dash ("UNOCT–⏎CTED": Pango breaks after an en dash).
    static func documentTexts(_ pdf: URL) throws -> [String] {
        var out: [String] = []
        for mode in [TextMode.raw, .layout] {
            let pages = try PDFTools.pagesText(pdf, mode: mode)
            let body = pages.map { $0.components(separatedBy: "\n").filter { !isFurniture($0) }.joined(separator: "\n") }
                .joined(separator: "\n")
            out.append(TextMatch.normalize(body))
            let dashJoined = body.replacingOccurrences(of: #"([–—])[ \t]*\n[ \t]*"#, with: "$1", options: .regularExpression)
            out.append(TextMatch.normalize(dashJoined))
        }
        return out
    }

    /// The needles of `samples` found in none of the texts of `pdf`, as "file path: text".
    private func missingVerbatim(_ pdf: URL, samples: [String], file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let texts = try Self.documentTexts(pdf)
        var missing: [String] = []
        var total = 0
        for name in samples {
            for needle in Self.verbatimStrings(try Self.sample(name)) {
                total += 1
                var forms = [TextMatch.normalize(needle.text)]
                if needle.capitalisable { forms.append(TextMatch.normalize(needle.text.prefix(1).uppercased() + needle.text.dropFirst())) }
                if !forms.contains(where: { form in texts.contains { $0.contains(form) } }) {
                    missing.append("\(name) \(needle.path): \"\(needle.text)\"")
                }
            }
        }
        XCTAssertGreaterThan(total, 30, "the samples' verbatim strings were not collected", file: file, line: line)
        return missing
    }

    func testVisitSummaryPrintsEveryVerbatimString() throws {
        let missing = try missingVerbatim(try visit().pdf, samples: ["kenya-2018-visit.json"])
        XCTAssertEqual(missing, [], "verbatim strings missing from the visit summary:\n" + missing.joined(separator: "\n"))
    }

    func testOIAPrintsEveryVerbatimString() throws {
        let missing = try missingVerbatim(try oia().pdf, samples: ["kenya-oia.json"])
        XCTAssertEqual(missing, [], "verbatim strings missing from the OIA:\n" + missing.joined(separator: "\n"))
    }

    func testPackPrintsEveryVerbatimStringOfItsManifestAndBundles() throws {
        let pdf = try pack().pdf
        let missing = try missingVerbatim(pdf, samples: ["kenya-pack.json", "kenya-2018-visit.json", "kenya-oia.json"])
        XCTAssertEqual(missing, [], "verbatim strings missing from the pack:\n" + missing.joined(separator: "\n"))
        // The pack's purpose is its PDF subject.
        let purpose = try XCTUnwrap(try Self.sample("kenya-pack.json")["purpose"] as? String)
        XCTAssertEqual(try QPDFDocument.load(pdf).infoString("/Subject"), purpose)
    }

    // MARK: CSV annexes

    private func checkHeaders(_ dir: URL, documentId: String, tables: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        for table in tables {
            let url = dir.appendingPathComponent("\(documentId)__\(table).csv")
            guard FileManager.default.fileExists(atPath: url.path) else {
                XCTFail("\(url.lastPathComponent) was not written", file: file, line: line); continue
            }
            XCTAssertEqual(try CSVFile.read(url).header, Self.columns[table], "\(table): header differs from docs/input-contract.md §3.5", file: file, line: line)
        }
    }

    /// The OIA charts its recommendations and needs by status, and the visit summary its counterparts by category
    /// and its engagement over time: each a tagged Figure whose alternative text gives what the input holds.
    func testChartsShowTheCountsOfTheInput() throws {
        func counts(_ items: [[String: Any]], _ key: String, labels: [String: String]) -> String {
            var n: [String: Int] = [:]
            for item in items { n[item[key] as? String ?? "", default: 0] += 1 }
            return labels.compactMap { raw, label in n[raw].map { (label, $0) } }.sorted { $0.0 < $1.0 }
                .map { "\($0.0) \($0.1)" }.joined(separator: "; ")
        }
        func alts(_ pdf: URL) throws -> [String] {
            let qpdf = try QPDFDocument.load(pdf)
            return qpdf.structureElements("/Figure").compactMap { QPDFDocument.string(qpdf.resolve($0["/Alt"])) }
        }
        /// An alt text's bars, sorted by label (the chart orders them by life cycle).
        func bars(_ alt: String, after title: String) -> String {
            String(alt.dropFirst(title.count).dropLast()).components(separatedBy: "; ").sorted().joined(separator: "; ")
        }
        let oia = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: TestPaths.packageRoot.appendingPathComponent("Samples/kenya-oia.json"))) as? [String: Any])
        let body = try XCTUnwrap(oia["oia"] as? [String: Any])
        let recommendationLabels = ["open": "Open", "inProgress": "In progress", "partiallyImplemented": "Partially implemented",
                                    "implemented": "Implemented", "superseded": "Superseded", "noInformation": "No information"]
        let needLabels = ["identified": "Identified", "proposedToState": "Proposed to the State", "agreedWithState": "Agreed with the State",
                          "providerIdentified": "Provider identified", "inDelivery": "In delivery", "delivered": "Delivered", "closed": "Closed"]
        let oiaAlts = try alts(try Self.renders.oia().pdf)
        let recTitle = "Bar chart: Recommendations by status. "
        let rec = try XCTUnwrap(oiaAlts.first { $0.hasPrefix(recTitle) }, "\(oiaAlts)")
        XCTAssertEqual(bars(rec, after: recTitle), counts(body["priorityRecommendations"] as? [[String: Any]] ?? [], "status", labels: recommendationLabels))
        let needTitle = "Bar chart: Technical-assistance needs by status. "
        let need = try XCTUnwrap(oiaAlts.first { $0.hasPrefix(needTitle) }, "\(oiaAlts)")
        XCTAssertEqual(bars(need, after: needTitle), counts(body["technicalAssistanceNeeds"] as? [[String: Any]] ?? [], "status", labels: needLabels))
        let oiaText = TextMatch.normalize(try PDFTools.text(try Self.renders.oia().pdf, mode: .raw))
        XCTAssertTrue(oiaText.contains("Recommendations by status") && oiaText.contains("Technical-assistance needs by status"))

        // Dates keep their words together with no-break spaces; compared here with plain spaces.
        let visitAlts = try alts(try Self.renders.kenya().pdf).map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
        XCTAssertTrue(visitAlts.contains { $0.hasPrefix("Bar chart: Counterparts met, by category. National Government ") }, "\(visitAlts)")
        // The background's timeline: previous visits, the report's approval, the list shared, then this visit.
        XCTAssertTrue(visitAlts.contains("Timeline: Engagement with Kenya over time. 2005: Comprehensive visit; 2008: Follow-up visit; "
                                         + "2016: Follow-up visit; early 2017: Visit report approved; "
                                         + "2017: List of priority technical assistance needs shared; This visit: Joint visit."), "\(visitAlts)")
    }

    func testVisitAndOIAAnnexHeadersAreExactlyTheDomainColumns() throws {
        let v = try visit(), o = try oia()
        try checkHeaders(try XCTUnwrap(v.annexes), documentId: Self.visitId, tables: Self.visitTables)
        try checkHeaders(try XCTUnwrap(o.annexes), documentId: Self.oiaId, tables: Self.oiaTables)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: try XCTUnwrap(o.annexes).path).sorted(),
                       Self.oiaTables.map { "\(Self.oiaId)__\($0).csv" }.sorted())
    }

    func testPackAnnexHeadersAreExactlyTheDomainColumns() throws {
        let dir = try XCTUnwrap(try pack().annexes)
        try checkHeaders(dir, documentId: Self.packId, tables: Self.packTables)
        // The bound documents' tables are `<pack-id>__<document-id>__<table-id>.csv` (one naming rule in every command).
        try checkHeaders(dir, documentId: Self.packId + "__" + Self.visitId, tables: Self.visitTables)
        try checkHeaders(dir, documentId: Self.packId + "__" + Self.oiaId, tables: Self.oiaTables)
    }

    /// P1 lists the pack's documents with the page numbers the printed contents show (page labels: the
    /// cover and contents are i and ii, the body starts at 1), and each is where the document starts and ends.
    func testPackContentsCSVPagesMatchThePrintedContentsAndTheParts() throws {
        let r = try pack()
        let csv = try CSVFile.read(try XCTUnwrap(r.annexes).appendingPathComponent("\(Self.packId)__pack_contents.csv"))
        let rows = csv.rows.map { Dictionary(uniqueKeysWithValues: zip(csv.header, $0)) }
        let items = try XCTUnwrap(try Self.sample("kenya-pack.json")["items"] as? [[String: Any]])
        XCTAssertEqual(rows.count, items.count, "one row per manifest item")
        let qpdf = try QPDFDocument.load(r.pdf)
        let labels = try XCTUnwrap(qpdf.pageLabels)
        let named = qpdf.namedDestinations
        let pages = try PDFTools.pagesText(r.pdf, mode: .raw)
        let contentsPage = try XCTUnwrap(pages.firstIndex { TextMatch.normalize($0).contains("Contents No. Document Pages") },
                                         "no contents page")
        let contents = TextMatch.normalize(pages[contentsPage])
        var problems: [String] = []
        for row in rows {
            let order = row["order"] ?? "", title = row["title"] ?? ""
            guard let start = Int(row["page_start"] ?? ""), let end = Int(row["page_end"] ?? "") else {
                problems.append("row \(order): page_start/page_end not integers: \(row)"); continue
            }
            if end < start { problems.append("row \(order): ends (\(end)) before it starts (\(start))") }
            let range = start == end ? "\(start)" : "\(start)–\(end)"
            if !contents.contains(TextMatch.normalize("\(order) \(title) \(range)")) {
                problems.append("row \(order) \"\(title)\": CSV pages \(range), not what the contents page prints")
            }
            // The part's anchors: part-<order>-<ref id> and part-<order>-<ref id>-end.
            let anchor = "part-\(order)-\(row["ref_id"] ?? "")"
            if let first = named[anchor], let last = named[anchor + "-end"] {
                if labels[first - 1] != "\(start)" { problems.append("row \(order): starts on page labelled \(labels[first - 1]), CSV says \(start)") }
                if labels[last - 1] != "\(end)" { problems.append("row \(order): ends on page labelled \(labels[last - 1]), CSV says \(end)") }
            } else {
                problems.append("row \(order): no named destinations \(anchor)…")
            }
        }
        XCTAssertEqual(problems, [], "P1 pack_contents against the PDF")
    }

    /// Each row of the printed contents links to the first page of its document.
    func testPackContentsEntriesLinkToTheirDocuments() throws {
        let r = try pack()
        let csv = try CSVFile.read(try XCTUnwrap(r.annexes).appendingPathComponent("\(Self.packId)__pack_contents.csv"))
        let rows = csv.rows.map { Dictionary(uniqueKeysWithValues: zip(csv.header, $0)) }
        let qpdf = try QPDFDocument.load(r.pdf)
        let named = qpdf.namedDestinations
        let pages = try PDFTools.pagesText(r.pdf, mode: .raw)
        let contentsPage = try XCTUnwrap(pages.firstIndex { TextMatch.normalize($0).contains("Contents No. Document Pages") },
                                         "no contents page")
        let links = qpdf.links.filter { $0.page == contentsPage + 1 }
        let unlinked = rows.compactMap { row -> String? in
            let anchor = "part-\(row["order"] ?? "")-\(row["ref_id"] ?? "")"
            return links.contains { $0.targetPage != nil && $0.targetPage == named[anchor] } ? nil : "\(row["order"] ?? "") \(row["title"] ?? "")"
        }
        XCTAssertEqual(unlinked, [], "contents entries without a link to their document (link annotations on the contents page: \(links.count))")
    }

    // MARK: Watermark and markings

    /// True when the page carries the diagonal ILLUSTRATIVE watermark (pdftotext -raw gives its letters one per line).
    private func watermarked(_ page: String) -> Bool { PageText.containsSpread("ILLUSTRATIVE", in: page) }

    func testIllustrativeWatermarkOnEveryPageOfTheOIAAndPackAndNoneOfTheVisitSummary() throws {
        for (name, pdf) in [("OIA", try oia().pdf), ("pack", try pack().pdf), ("duplex pack", try duplexPack().pdf)] {
            let pages = try PDFTools.pagesText(pdf, mode: .raw)
            XCTAssertEqual(pages.count, try PDFTools.info(pdf).pages)
            let bare = pages.indices.filter { !watermarked(pages[$0]) }.map { $0 + 1 }
            XCTAssertEqual(bare, [], "\(name): pages without the ILLUSTRATIVE watermark")
        }
        let visitPages = try PDFTools.pagesText(try visit().pdf, mode: .raw)
        XCTAssertGreaterThan(visitPages.count, 1)
        XCTAssertEqual(visitPages.indices.filter { watermarked(visitPages[$0]) }.map { $0 + 1 }, [],
                       "the visit summary is not illustrative: no watermark")
    }

    func testConfidentialMarkingsTopAndBottomOfEveryOIAPageAndNoneOnTheVisitSummary() throws {
        for (name, pdf) in [("OIA", try oia().pdf), ("pack", try pack().pdf)] {
            let bbox = try PDFTools.bbox(pdf)
            XCTAssertEqual(bbox.pages.count, try PDFTools.info(pdf).pages)
            for page in bbox.pages {
                let markings = page.words.filter { $0.text == "CONFIDENTIAL" }
                XCTAssertTrue(markings.contains { $0.yMax < 45 }, "\(name) page \(page.number): no CONFIDENTIAL marking at the top")
                XCTAssertTrue(markings.contains { $0.yMin > page.height - 45 }, "\(name) page \(page.number): no CONFIDENTIAL marking at the bottom")
            }
        }
        let visitText = try PDFTools.text(try visit().pdf, mode: .raw)
        XCTAssertFalse(visitText.contains("CONFIDENTIAL"), "the visit summary is UNCLASSIFIED: no marking")
    }

    // MARK: The pack's pages

    /// Footers "Page X of Y" and running headers "reference X/Y" print each page's label (cover and contents
    /// i, ii; then 1, 2 … through every bound document) with one Y: the number of the last page.
    func testPackPageNumbersRunThroughTheWholePack() throws {
        let pdf = try pack().pdf
        let qpdf = try QPDFDocument.load(pdf)
        let labels = try XCTUnwrap(qpdf.pageLabels)
        let count = labels.count
        XCTAssertEqual(Array(labels.prefix(2)), ["i", "ii"], "cover and contents are front matter")
        XCTAssertEqual(Array(labels.dropFirst(2)), (1...(count - 2)).map(String.init), "body pages are numbered 1, 2, 3 … through the pack")
        let pages = try PDFTools.pagesText(pdf)
        XCTAssertEqual(pages.count, count)
        let footer = try NSRegularExpression(pattern: #"Page (\S+) of (\d+)"#)
        let header = try NSRegularExpression(pattern: #"^\s*\S+\s+([0-9ivx]+)/(\d+)\s*$"#, options: [.anchorsMatchLines])
        var totals: Set<String> = []
        var problems: [String] = []
        for (i, text) in pages.enumerated() {
            let ns = text as NSString
            let f = footer.matches(in: text, range: NSRange(location: 0, length: ns.length))
            if f.count != 1 { problems.append("page \(i + 1): \(f.count) footers"); continue }
            let x = ns.substring(with: f[0].range(at: 1)), y = ns.substring(with: f[0].range(at: 2))
            totals.insert(y)
            if x != labels[i] { problems.append("page \(i + 1): footer says page \(x), label is \(labels[i])") }
            for h in header.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                let hx = ns.substring(with: h.range(at: 1)), hy = ns.substring(with: h.range(at: 2))
                totals.insert(hy)
                if hx != labels[i] { problems.append("page \(i + 1): running header says \(hx), label is \(labels[i])") }
            }
        }
        XCTAssertEqual(problems, [])
        XCTAssertEqual(totals.count, 1, "one total on every page: \(totals.sorted())")
    }

    /// With front matter numbered i, ii, the Y of "Page X of Y" must be the number of the last page: "Page 16
    /// of 18" on the last page announces two pages that do not exist.
    func testPackFooterTotalIsTheNumberOfTheLastPage() throws {
        let pdf = try pack().pdf
        let labels = try XCTUnwrap(try QPDFDocument.load(pdf).pageLabels)
        let last = TextMatch.normalize(try XCTUnwrap(try PDFTools.pagesText(pdf).last))
        let footer = last.range(of: #"Page \S+ of \d+"#, options: .regularExpression).map { String(last[$0]) } ?? "no footer"
        XCTAssertEqual(footer, "Page \(labels.last ?? "") of \(labels.last ?? "")", "the footer of the last page (\(labels.count) pages, labelled i, ii, 1 … \(labels.last ?? ""))")
    }

    /// Part start pages, in page order, from the named destinations "part-…" (not "…-end").
    private func partStarts(_ qpdf: QPDFDocument) -> [(name: String, page: Int)] {
        qpdf.namedDestinations.filter { $0.key.hasPrefix("part-") && !$0.key.hasSuffix("-end") }
            .map { (name: $0.key, page: $0.value) }.sorted { ($0.page, $0.name) < ($1.page, $1.name) }
    }

    /// The first lines of body text on a page (markings, watermark pieces and empty lines skipped).
    private func firstBodyLines(_ page: String, _ n: Int) -> [String] {
        Array(page.components(separatedBy: "\n").filter { !Self.isFurniture($0) }.prefix(n).map(TextMatch.normalize))
    }

    /// The visit summary and the OIA bound into the pack each open a page with their masthead ("United
    /// Nations" and the issuing entity; the reference, bottom-aligned in the right column, may come first).
    func testEachBoundDocumentStartsOnANewPageWithItsMasthead() throws {
        for (name, pdf) in [("pack", try pack().pdf), ("duplex pack", try duplexPack().pdf)] {
            let qpdf = try QPDFDocument.load(pdf)
            let starts = partStarts(qpdf)
            let pages = try PDFTools.pagesText(pdf)
            XCTAssertEqual(Set(starts.map(\.page)).count, starts.count, "\(name): two parts start on one page: \(starts)")
            XCTAssertGreaterThanOrEqual(starts.count, 6, "\(name): \(starts)")
            for (id, title) in [(Self.visitId, "Joint visit of the United Nations Office"), (Self.oiaId, "Overview of Implementation Assessment: Kenya")] {
                guard let start = starts.first(where: { $0.name.hasSuffix("-" + id) }) else { XCTFail("\(name): no part \(id)"); continue }
                let top = firstBodyLines(pages[start.page - 1], 3)
                XCTAssertTrue(top.contains { $0.hasPrefix("United Nations") },
                              "\(name): \(id) starts on page \(start.page) without its masthead at the top: \(top)")
                XCTAssertTrue(TextMatch.normalize(pages[start.page - 1]).contains(title), "\(name): page \(start.page) lacks the title \(title)")
                // Its page is its own: the previous page does not carry its masthead title block.
                XCTAssertFalse(TextMatch.normalize(pages[start.page - 2]).contains(title), "\(name): \(id) begins before page \(start.page)")
            }
        }
    }

    func testDuplexStartsEveryDocumentOnAnOddPage() throws {
        let simplex = partStarts(try QPDFDocument.load(try pack().pdf))
        let pdf = try duplexPack().pdf
        let duplex = partStarts(try QPDFDocument.load(pdf))
        XCTAssertEqual(duplex.map(\.name), simplex.map(\.name), "the same documents, in the same order")
        XCTAssertEqual(duplex.filter { $0.page % 2 == 0 }.map { "\($0.name) on page \($0.page)" }, [], "documents starting on a left-hand page")
        XCTAssertGreaterThan(try PDFTools.info(pdf).pages ?? 0, try PDFTools.info(try pack().pdf).pages ?? 0, "blank versos are inserted")
    }

    func testPackOutlineHasOneTopLevelEntryPerDocument() throws {
        let r = try pack()
        let qpdf = try QPDFDocument.load(r.pdf)
        let top = qpdf.outline.filter { $0.depth == 1 }
        let starts = partStarts(qpdf)
        let csv = try CSVFile.read(try XCTUnwrap(r.annexes).appendingPathComponent("\(Self.packId)__pack_contents.csv"))
        let titles = csv.rows.map { $0[csv.header.firstIndex(of: "title")!] }
        XCTAssertEqual(top.count, starts.count, "one top-level entry per part: \(top) vs \(starts)")
        XCTAssertEqual(Array(top.map(\.title).prefix(titles.count)), titles, "top-level entries are the documents of the contents, in order")
        XCTAssertEqual(top.map(\.page), starts.map(\.page), "each top-level entry points to the first page of its document")
        // The documents' own headings are nested under their entry (the visit summary's "I. Introduction").
        let visitIndex = try XCTUnwrap(qpdf.outline.firstIndex { $0.depth == 1 && $0.title.hasPrefix("Joint visit") })
        let next = qpdf.outline[(visitIndex + 1)...].firstIndex { $0.depth == 1 } ?? qpdf.outline.count
        let children = qpdf.outline[(visitIndex + 1)..<next]
        XCTAssertTrue(children.contains { $0.depth == 2 && $0.title == "I. Introduction" }, "\(Array(children))")
        XCTAssertFalse(qpdf.outline.contains { $0.depth == 1 && $0.title.hasSuffix("Introduction") })
    }
}
