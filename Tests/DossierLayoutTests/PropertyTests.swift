import Dossier
import DossierLayout
import Foundation
import XCTest

/// Random documents must terminate, keep every input word exactly once and in order, and stay inside the
/// body frame (except where an overflow diagnostic says why).
///
/// `DOSSIER_FUZZ_CASES` sets the number of documents (default 1,000); `DOSSIER_FUZZ_SEED` replays one seed.
/// A failing case prints its seed.
final class PropertyTests: XCTestCase {
    /// Seeds are `baseSeed + case index`, so a run is the same every time.
    static let baseSeed: UInt64 = 0xD055_1E20_0000_0000

    func testRandomDocumentsTerminateKeepEveryWordAndStayInTheFrame() {
        let env = ProcessInfo.processInfo.environment
        let seeds: [UInt64]
        if let one = env["DOSSIER_FUZZ_SEED"].flatMap({ UInt64($0, radix: 16) ?? UInt64($0) }) {
            seeds = [one]
        } else {
            let cases = env["DOSSIER_FUZZ_CASES"].flatMap(Int.init) ?? 1_000
            seeds = (0..<UInt64(max(cases, 1))).map { Self.baseSeed &+ $0 }
        }
        var failures = 0
        var pages = 0, words = 0
        for seed in seeds {
            var generator = DocumentGenerator(seed: seed)
            let document = generator.document()
            let laid = LayoutEngine(shaper: MonospaceShaper(), options: LayoutOptions(maxPages: 3_000)).layout(document)
            pages += laid.pages.count
            words += generator.texts.reduce(0) { $0 + $1.split(separator: " ").count }
            let problems = Invariants.check(laid, of: document, texts: generator.texts)
            if seeds.count == 1 { Self.dump(laid) }
            if !problems.isEmpty {
                failures += 1
                XCTFail("seed 0x\(String(seed, radix: 16)) (replay with DOSSIER_FUZZ_SEED=\(String(seed, radix: 16))): "
                        + problems.prefix(6).joined(separator: "\n  ")
                        + (laid.diagnostics.isEmpty ? "" : "\n  diagnostics: " + laid.diagnostics.prefix(4).map(\.description).joined(separator: " | ")))
                if failures >= 5 { XCTFail("stopping after 5 failing seeds"); break }
            }
        }
        print("PropertyTests: \(seeds.count) random documents, \(pages) pages, \(words) words checked")
    }

    /// Prints the lines of a replayed document's pages (the first twelve and the last four).
    static func dump(_ laid: LaidOutDocument) {
        for (i, page) in laid.pages.enumerated() where i < 12 || i >= laid.pages.count - 4 {
            print("--- page \(i + 1) of \(laid.pages.count) (\(Int(page.size.width))×\(Int(page.size.height)))")
            for l in page.lines { print("  y=\(Int(l.rect.y)) x=\(Int(l.rect.x)) w=\(Int(l.rect.width)) \(l.text.prefix(70))") }
            let others = page.items.filter { if case .text = $0 { return false } else { return true } }
            if !others.isEmpty { print("  + " + others.map { "\($0)".prefix(60) }.joined(separator: ", ")) }
        }
    }

    /// The generator itself is deterministic: the same seed gives the same document and layout.
    func testGeneratorIsDeterministic() {
        var a = DocumentGenerator(seed: 42), b = DocumentGenerator(seed: 42)
        let da = a.document(), db = b.document()
        XCTAssertEqual(a.texts, b.texts)
        let engine = LayoutEngine(shaper: MonospaceShaper())
        XCTAssertEqual(engine.layout(da).pages.map { $0.lines.map(\.text) }, engine.layout(db).pages.map { $0.lines.map(\.text) })
    }
}

/// A tiny, fast, seedable generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Builds random documents. Every generated word carries a unique tag (`w17x…`), and every text holding
/// words is recorded in document order, so the output can be checked against it; labels, table headers and
/// numbers are untagged.
struct DocumentGenerator {
    private var rng: SplitMix64
    /// Texts with words, in the order they must appear.
    private(set) var texts: [String] = []
    private var wordNumber = 0
    private var budget = 0
    private var line = 0
    private var landscapeAllowed = false
    private var tableNumber = 0
    private var frameWidth: Points = 100
    /// Words of this document are Chinese (ideographs between Latin tags, with punctuation that may not start or end
    /// a line), broken between ideographs.
    private var chinese = false

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    private mutating func int(_ r: ClosedRange<Int>) -> Int { Int.random(in: r, using: &rng) }
    private mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
    private mutating func pick<T>(_ xs: [T]) -> T { xs[int(0...(xs.count - 1))] }
    private mutating func source() -> SourceLocation { line += 1; return SourceLocation(file: "fuzz", line: line) }

    private mutating func word() -> String {
        wordNumber += 1
        let tag = "w\(wordNumber)x"
        if chance(0.02) { return tag + String(repeating: "z", count: int(20...160)) }   // unbreakable
        if chinese && chance(0.7) {
            let ideographs = String((0..<int(1...12)).map { _ in pick(Array("联合国反恐怖主义办公室执行局安全理事会")) })
            switch int(0...5) {
            case 0: return "（" + tag + ideographs + "）"
            case 1: return tag + ideographs + pick(["。", "，", "、", "；", "：", "？", "！", "》"])
            case 2: return "《" + tag + ideographs + "》"
            default: return tag + ideographs
            }
        }
        return tag + String("abcdefgh".prefix(int(0...6)))
    }

    /// A text of `count` words (recorded when it has any).
    private mutating func text(_ count: ClosedRange<Int>) -> Text {
        let n = int(count)
        var s = (0..<n).map { _ in word() }.joined(separator: chance(0.1) ? "  " : " ")
        if chance(0.05) { s = " " + s + " " }
        if n > 0 { texts.append(s) }
        return Text(s)
    }

    mutating func document() -> Document {
        landscapeAllowed = chance(0.3)
        chinese = chance(0.2)
        let width = Points(int(90...320))
        frameWidth = width
        let height = Points(landscapeAllowed ? int(300...420) : int(50...400))
        let size = pick([8.0, 10, 12])
        budget = int(4...40)
        let body = blocks(depth: 0, inContainer: false)
        var sheet = Fixture.sheet(size: size, numberWidth: pick([0, 20, 34]))
        if chance(0.5) {
            sheet.body.spaceAfter = 4
            sheet.headings = sheet.headings.map { var h = $0; h.spaceBefore = 8; h.spaceAfter = 3; return h }
        }
        return Document(id: "fuzz", metadata: DocumentMetadata(title: "Fuzz"), geometry: Fixture.page(width: width, height: height),
                        stylesheet: sheet, pageTemplate: Fixture.bare,
                        headingNumbering: chance(0.5) ? .unitedNations : .none,
                        direction: chance(0.15) ? .rightToLeft : .leftToRight) { body }
    }

    private mutating func blocks(depth: Int, inContainer: Bool) -> [Node] {
        var out: [Node] = []
        for _ in 0..<int(0...(depth == 0 ? 10 : 4)) where budget > 0 {
            budget -= 1
            out += block(depth: depth, inContainer: inContainer)
        }
        return out
    }

    private mutating func paragraph(_ words: ClosedRange<Int>) -> Node {
        var p = ParagraphNode(text: text(words), source: source())
        if chance(0.15) { p.overrides.fontSize = pick([6, 9, 14, 20]) }
        if chance(0.3) { p.overrides.widows = int(1...4); p.overrides.orphans = int(1...4) }
        if chance(0.1) { p.overrides.keepWithNext = true }
        if chance(0.3) { p.overrides.alignment = pick([.start, .end, .center, .justified]) }
        if chance(0.2) { p.numbered = true }
        if chance(0.1) { p.overrides.direction = .rightToLeft }
        if chance(0.2) { p.overrides.spaceBefore = Points(int(0...20)); p.overrides.spaceAfter = Points(int(0...20)) }
        if chance(0.1) { p.overrides.firstLineIndent = Points(int(0...20)) }
        if chance(0.1) { p.overrides.startIndent = Points(int(0...40)) }
        return .paragraph(p)
    }

    private mutating func block(depth: Int, inContainer: Bool) -> [Node] {
        switch int(0...26) {
        case 0...6:
            return [paragraph(0...40)]
        case 7:
            return [paragraph(120...400)]                                   // a huge paragraph
        case 8:
            return [.paragraph(ParagraphNode(text: Text(chance(0.5) ? "" : "   "), source: source()))]
        case 9, 10:
            return [.heading(HeadingNode(text: text(1...6), level: int(1...6), source: source()))]
        case 11, 12:
            guard depth < 4 else { return [paragraph(1...10)] }
            let title = chance(0.8) ? text(1...5) : nil
            let content = blocks(depth: depth + 1, inContainer: inContainer)
            var s = SectionNode(title: title, content: content, source: source())
            if chance(0.15) { s.direction = .rightToLeft }
            if chance(0.2) { s.unnumbered = true }
            if chance(0.1) { s.startsOnNewPage = true }
            if landscapeAllowed && chance(0.25) { s.orientation = .landscape }
            return [.section(s)]
        case 13:
            guard depth < 3 else { return [paragraph(1...10)] }
            let content = blocks(depth: depth + 1, inContainer: true)
            return [.box(BoxNode(content: content, border: Stroke(width: pick([0.5, 1, 2])), background: chance(0.3) ? .gray(0.9) : nil,
                                 padding: EdgeInsets(vertical: Points(int(0...8)), horizontal: Points(int(0...10))),
                                 spacing: Points(int(0...8)), source: source()))]
        case 14:
            guard depth < 4 else { return [paragraph(1...10)] }
            return [.keepTogether(blocks(depth: depth + 1, inContainer: true), source())]
        case 15, 16:
            return [list(depth: depth, inContainer: inContainer)]
        case 17:
            let paragraphs = (0..<int(0...3)).map { _ in text(1...30) }
            let attribution = chance(0.5) ? text(1...4) : nil
            return [.quote(QuoteNode(paragraphs: paragraphs, attribution: attribution, source: source()))]
        case 18, 19:
            return [table()]
        case 20:
            return [.pageBreak(PageBreakNode())]
        case 21:
            return [.spacer(Points(pick([0, 5, 40, 150, 600])))]
        case 22:
            return [.rule(RuleNode(stroke: Stroke(width: pick([0, 0.5, 3])), spacing: Points(int(0...10))))]
        case 23:
            return [.anchor("a\(line)")]
        case 24:
            // Labels are not generated words, which the conservation check follows; some are one long token.
            let categories = (0..<int(0...40)).map { "chart\($0) " + String(repeating: pick(["y", "yy zz "]), count: int(0...30)) }
            let series = (0..<int(1...4)).map { s in
                ChartSeries("series\(s)", values: categories.map { _ in pick([0, 1, 2.5, 7, 1_000_000, -3, .nan]) })
            }
            return BarChart(chance(0.7) ? text(1...6) : nil, categories: categories, series: series).nodes
        case 25:
            let events = (0..<int(0...30)).map { i in
                TimelineEvent("when\(i)" + String(repeating: "y", count: int(0...12)), "what\(i) " + String(repeating: pick(["y", "yy zz "]), count: int(0...30)))
            }
            return Timeline(chance(0.7) ? text(1...6) : nil, events: events).nodes
        default:
            return [.heading(HeadingNode(text: text(1...3), level: 1, source: source())), paragraph(0...60)]
        }
    }

    private mutating func list(depth: Int, inContainer: Bool) -> Node {
        let marker = pick([ListMarker.bullet("•"), .numbered, .lettered, .roman, .custom])
        var items: [ListItemNode] = []
        for _ in 0..<int(0...5) {
            var content: [Node] = []
            switch int(0...9) {
            case 0 where depth < 3: content.append(list(depth: depth + 1, inContainer: inContainer))   // no opening paragraph
            case 1: content.append(table(narrow: true))
            case 2: break                                                                           // an empty item
            default: content.append(paragraph(0...25))
            }
            if depth < 3 && chance(0.3) { content.append(list(depth: depth + 1, inContainer: inContainer)) }
            if chance(0.15) { content.append(paragraph(0...10)) }
            items.append(ListItemNode(label: marker == .custom || chance(0.1) ? pick(["A-1", "*", "(x)", "Annex"]) : nil, content: content))
        }
        return .list(ListNode(marker: marker, items: items, start: int(1...30), source: source()))
    }

    /// A random table; `narrow` ones (in list items, where the frame is narrower than the page's) get few
    /// columns and no huge cells, which would otherwise set a character a line over thousands of pages.
    private mutating func table(narrow: Bool = false) -> Node {
        tableNumber += 1
        // Narrow frames get few columns: a column narrower than a character sets one character a line, and
        // long cells then run to thousands of pages (tested on its own in TableLayoutTests).
        let columns = int(1...max(1, min(narrow ? 2 : 5, Int(frameWidth / 45))))
        // Fixed columns take at most half the frame and fractions at most 0.8 of the rest, so that automatic
        // columns keep some room (fractions summing past 1 leave them none).
        var fixedLeft = frameWidth / 2, fractionLeft = 8
        let specs = (0..<columns).map { i -> ColumnSpec in
            var width = ColumnWidth.auto
            switch int(0...5) {
            case 0:
                // (At least 30 pt: a fixed column of one character a line makes a long cell thousands of pages.)
                let w = Points(int(30...Int(max(30, frameWidth / Double(columns)))))
                if w <= fixedLeft { width = .fixed(w); fixedLeft -= w }
            case 1:
                // (At least 40 pt, for the same reason.)
                let f = int(min(5, Int((400 / frameWidth).rounded(.up)))...5)
                if f <= fractionLeft { width = .fraction(Double(f) / 10); fractionLeft -= f }
            default: break
            }
            return ColumnSpec(title: "C\(i + 1)", key: "c\(i)", width: width, alignment: pick([nil, nil, .end, .center]),
                              visibility: .both)
        }
        let caption = chance(0.3) ? text(1...6) : nil
        var rows: [TableRow] = []
        for _ in 0..<pick([0, 1, 2, 5, 12, 30]) {
            switch int(0...12) {
            case 0:
                rows.append(TableRow(kind: .groupHeading, values: [.text(text(1...4).plainText)]))
            case 1:
                rows.append(TableRow(kind: .subtotal, values: (0..<columns).map { _ in .integer(int(0...99_999)) }))
            default:
                rows.append(TableRow(kind: .data, values: (0..<columns).map { _ in
                    switch int(0...9) {
                    case 0: return .empty
                    case 1: return .integer(int(-5_000...5_000_000))
                    case 2 where !narrow: return .text(text(30...140).plainText)          // a huge cell
                    default: return .text(text(0...5).plainText)
                    }
                }))
            }
        }
        if chance(0.2) { rows.append(TableRow(kind: .footer, values: (0..<columns).map { _ in .text(text(0...2).plainText) })) }
        let notes = (0..<pick([0, 0, 1, 2])).map { _ in text(1...12) }
        var style = pick([TableStyle.un, .gridded(), TableStyle(zebra: .gray(0.9))])
        if chance(0.25) { style.keepRowsWhole = false }
        if chance(0.15) { style.showsHeader = false }
        if chance(0.2) { style.verticalAlignment = pick([.middle, .bottom]) }
        let model = TableModel(id: "t\(tableNumber)", caption: caption, columns: specs, rows: rows, notes: notes, style: style,
                               isAnnex: false)
        return .table(TableNode(model: model, source: source()))
    }
}

/// The properties every laid-out document must have.
enum Invariants {
    /// Problems found, empty when the layout is sound.
    static func check(_ laid: LaidOutDocument, of document: Document, texts: [String]) -> [String] {
        var problems: [String] = []
        let messages = laid.diagnostics.map(\.message)
        if let e = laid.diagnostics.first(where: { $0.severity == .error }) { problems.append("error diagnostic: \(e)") }
        let tallAllowed = messages.contains { $0.contains("taller than the page") }
        let wideAllowed = messages.contains { $0.contains("wider than its column") || $0.contains("narrower than a character") }

        // Conservation: each text's lines, in drawing order, cover all its characters exactly once.
        let expected = Set(texts)
        var drawn: [String: [(page: Int, start: Int, end: Int)]] = [:]
        var order: [String] = []
        for (p, page) in laid.pages.enumerated() {
            let frame = document.frame(of: page)
            var visible = false
            for item in page.items {
                switch item {
                case .text(let t):
                    visible = true
                    let key = t.shaped.request.text.string
                    if expected.contains(key) {
                        if drawn[key] == nil { order.append(key) }
                        for i in t.lines {
                            let l = t.shaped.lines[i]
                            drawn[key, default: []].append((p, l.start, l.start + l.length))
                        }
                    } else if key.range(of: #"w\d+x"#, options: .regularExpression) != nil {
                        problems.append("page \(p + 1): text not in the input: \"\(key.prefix(60))\"")
                    }
                    for l in t.placedLines {
                        problems += outside(l.rect, frame, page: p, what: "line \"\(l.text.prefix(30))\"", tall: tallAllowed, wide: wideAllowed)
                    }
                case .border(let r, _), .fill(let r, _):
                    visible = true
                    problems += outside(r, frame, page: p, what: "box", tall: tallAllowed, wide: wideAllowed)
                case .line(let x1, let y1, let x2, let y2, _):
                    visible = true
                    let r = Rect(x: min(x1, x2), y: min(y1, y2), width: abs(x2 - x1), height: abs(y2 - y1))
                    problems += outside(r, frame, page: p, what: "rule", tall: tallAllowed, wide: wideAllowed)
                default:
                    break
                }
            }
            if !visible && laid.pages.count > 1 { problems.append("page \(p + 1) of \(laid.pages.count) is blank") }
        }
        for key in texts {
            guard let pieces = drawn[key] else { problems.append("text missing: \"\(key.prefix(60))\""); continue }
            let bytes = Array(key.utf8)
            var pos = 0
            func blank(_ r: Range<Int>) -> Bool { bytes[r].allSatisfy { $0 == 32 || $0 == 9 || $0 == 10 } }
            for piece in pieces {
                if piece.start < pos {
                    problems.append("text drawn twice (bytes \(piece.start)..<\(piece.end) again on page \(piece.page + 1)): \"\(key.prefix(60))\"")
                    break
                }
                if !blank(pos..<piece.start) {
                    problems.append("text skipped before byte \(piece.start) on page \(piece.page + 1): \"\(key.prefix(60))\"")
                    break
                }
                pos = piece.end
            }
            if pos < bytes.count && !blank(pos..<bytes.count) {
                problems.append("text cut after byte \(pos) (of \(bytes.count)): \"\(key.prefix(60))\"")
            }
        }
        let present = texts.filter { drawn[$0] != nil }
        if order != present {
            let i = zip(order, present).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(order.count, present.count)
            problems.append("texts out of order at #\(i): \"\(order.indices.contains(i) ? String(order[i].prefix(40)) : "-")\" drawn where \"\(present.indices.contains(i) ? String(present[i].prefix(40)) : "-")\" was expected")
        }
        return problems
    }

    /// A problem when `r` leaves `frame` in a direction no diagnostic accounts for.
    private static func outside(_ r: Rect, _ frame: Rect, page: Int, what: String, tall: Bool, wide: Bool) -> [String] {
        let tolerance: Points = 0.01
        let sideways = r.x < frame.x - tolerance || r.maxX > frame.maxX + tolerance
        let downwards = r.y < frame.y - tolerance || r.maxY > frame.maxY + tolerance
        if (sideways && !wide) || (downwards && !tall) {
            return ["page \(page + 1): \(what) at \(r) outside the frame \(frame)"]
        }
        return []
    }
}
