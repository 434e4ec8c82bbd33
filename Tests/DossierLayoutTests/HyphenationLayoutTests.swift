import Dossier
import DossierLayout
import Foundation
import XCTest

/// The engine's hyphenation path (issue 15) with a pure-Swift hyphenator and a shaper that breaks at soft hyphens:
/// random paragraphs keep their words, names, numbers, symbols and last words stay whole, no more than two lines in a
/// row end in a hyphen, footnote marks and their notes stay together when soft hyphens are taken out again.
final class HyphenationLayoutTests: XCTestCase {
    static let names: Set<String> = ["Coninsxian", "Voronkovski Avanessovich"]

    func testRulesLeaveShortWordsNamesNumbersSymbolsAndTheLastWordAlone() {
        let rules = HyphenationRules(protectedWords: Self.names)
        let text = "abcdefghij abcd Coninsxian Voronkovski Avanessovich Voronkovski abcdefghij 12345678 S/RES/2395 "
            + "www.abcdefgh.org abc@defghijk.org UNODCABC «abcdefghij», l’abcdefgh abcdefghij"
        let out = rules.hyphenate(text, language: "en", keepingLastWord: true, with: EveryThirdLetter())
        XCTAssertEqual(out.split(separator: " ").map { String($0) }, [
            "abc\u{AD}def\u{AD}ghij", "abcd", "Coninsxian", "Voronkovski", "Avanessovich",
            "Vor\u{AD}onk\u{AD}ovs\u{AD}ki",   // alone, not the protected name "Voronkovski Avanessovich"
            "abc\u{AD}def\u{AD}ghij", "12345678", "S/RES/2395", "www.abcdefgh.org", "abc@defghijk.org", "UNODCABC",
            "«abc\u{AD}def\u{AD}ghij»,", "l’abc\u{AD}def\u{AD}gh", "abcdefghij",
        ])
        // A name matches in its inflected forms; a word of a name of several words does not match alone.
        let inflected = rules.hyphenate("Coninsxianom Coninsxia abcdefghij", language: "en", keepingLastWord: false, with: EveryThirdLetter())
        XCTAssertEqual(inflected, "Coninsxianom Coninsxia abc\u{AD}def\u{AD}ghij")
    }

    func testNoHyphenatorOrAStyleWithoutHyphenationLeavesTheTextAlone() {
        let text = "abcdefghijklmnop abcdefghijklmnop abcdefghijklmnop abcdefghijklmnop abcdefghijklmnop end"
        for (hyphenator, hyphenate) in [(nil, true), (EveryThirdLetter() as Hyphenator?, false)] {
            var document = Fixture.document(width: 60, height: 400) { Paragraph(text) }
            document.stylesheet.body.alignment = .justified
            document.stylesheet.body.hyphenate = hyphenate
            let laid = LayoutEngine(shaper: SoftHyphenShaper(), hyphenator: hyphenator).layout(document)
            XCTAssertEqual(laid.pages[0].textItems.map { $0.shaped.request.text.string }, [text])
        }
    }

    func testHeadingsAndRaggedTextAreNotHyphenated() {
        let text = "abcdefghijklmnop abcdefghijklmnop abcdefghijklmnop end"
        var document = Fixture.document(width: 60, height: 400) {
            Heading(text, level: 1)
            Paragraph(text)
            Paragraph(text).alignment(.start)
        }
        document.stylesheet.body.alignment = .justified
        let laid = LayoutEngine(shaper: SoftHyphenShaper(), hyphenator: EveryThirdLetter()).layout(document)
        let strings = laid.pages[0].textItems.map { $0.shaped.request.text.string }
        XCTAssertEqual(strings.count, 3)
        XCTAssertEqual(strings.first, text)
        XCTAssertTrue(strings[1].contains("\u{AD}"), "justified body text is hyphenated")
        XCTAssertEqual(strings.last, text, "ragged text is not")
    }

    /// Property-style: random paragraphs (with footnotes) in random widths.
    func testRandomParagraphsKeepTheirWordsAndNeverHaveThreeHyphenatedLinesInARow() {
        let cases = ProcessInfo.processInfo.environment["DOSSIER_FUZZ_CASES"].flatMap(Int.init).map { max($0 / 4, 1) } ?? 250
        var hyphenatedLines = 0, undone = 0, failures = 0
        for seed in 0..<UInt64(cases) {
            var g = ParagraphGenerator(seed: 0x4859_5048_0000_0000 &+ seed)
            let document = g.document()
            let laid = LayoutEngine(shaper: SoftHyphenShaper(), options: LayoutOptions(maxPages: 500), hyphenator: EveryThirdLetter())
                .layout(document)
            var problems: [String] = []
            let rules = HyphenationRules(protectedWords: Self.names)
            var seen = Set<ObjectIdentifier>()
            var order: [String] = []
            for (p, page) in laid.pages.enumerated() {
                let frame = document.frame(of: page)
                for l in page.lines where !frame.contains(l.rect) { problems.append("page \(p + 1): \"\(l.text)\" leaves the frame") }
                // Every footnote mark on this page has its note here (notes are set at 8 pt, their labels are numbers).
                let noteNumbers = Set(page.textItems.filter { $0.shaped.request.style.font.size == 8 }.map(\.string))
                for t in page.textItems where t.shaped.request.style.font.size == 10 {
                    for mark in Self.marks(t.shaped) where t.lines.contains(mark.line) && !noteNumbers.contains(mark.number) {
                        problems.append("page \(p + 1): note \(mark.number) is not on the page of its mark")
                    }
                }
                // A page ends in a hyphenated word only when a line less would leave an orphan.
                for t in page.textItems where t.lines.upperBound < t.shaped.lines.count && t.lines.count > 2
                    && Self.lineEnd(t.shaped, t.lines.upperBound - 1) == "\u{AD}" {
                    problems.append("page \(p + 1) ends in a hyphenated word")
                }
                for t in page.textItems where t.shaped.request.style.font.size == 10 && seen.insert(ObjectIdentifier(t.shaped)).inserted {
                    let shaped = t.shaped
                    let marks = Self.marks(shaped)
                    order.append(Self.withoutMarks(shaped))
                    var run = 0
                    for i in 0..<max(shaped.lines.count - 1, 0) {
                        let end = Self.lineEnd(shaped, i)
                        run = end == "" ? 0 : run + 1
                        if end == "\u{AD}" { hyphenatedLines += 1 }
                        if run > 2 { problems.append("three hyphenated lines in a row: \(shaped.request.text.string.prefix(50))") }
                    }
                    let text = shaped.request.text.string
                    let tokens = Self.withoutMarks(shaped, softHyphens: true).split(separator: " ")
                    for token in tokens where token.contains("\u{AD}") {
                        let word = SoftHyphen.removed(from: String(token))
                        if word.contains(where: { $0.isNumber || $0 == "/" || $0 == "@" }) || word.filter(\.isLetter).count < 5
                            || Self.names.contains(where: { $0.split(separator: " ").contains { word.hasPrefix($0) } }) {
                            problems.append("\(word) is hyphenated")
                        }
                    }
                    if let last = tokens.last, last.contains("\u{AD}") { problems.append("last word \(last) hyphenated") }
                    if marks.isEmpty {
                        let fresh = rules.hyphenate(SoftHyphen.removed(from: text), language: "en", keepingLastWord: true, with: EveryThirdLetter())
                        if fresh.unicodeScalars.filter({ $0 == SoftHyphen.scalar }).count > text.unicodeScalars.filter({ $0 == SoftHyphen.scalar }).count {
                            undone += 1
                        }
                    }
                }
            }
            let words = order.flatMap { $0.split(separator: " ").map(String.init) }
            if words != g.words { problems.append("words changed: \(words.prefix(12)) vs \(g.words.prefix(12))") }
            if !problems.isEmpty {
                failures += 1
                XCTFail("seed \(seed): " + problems.prefix(5).joined(separator: "\n  "))
                if failures >= 5 { break }
            }
        }
        XCTAssertGreaterThan(hyphenatedLines, 100, "the shaper broke lines at soft hyphens")
        XCTAssertGreaterThan(undone, 0, "some paragraphs had their third hyphen in a row taken out")
        print("HyphenationLayoutTests: \(cases) documents, \(hyphenatedLines) hyphenated lines, \(undone) paragraphs with hyphens undone")
    }

    /// The random documents of `PropertyTests` with hyphenation on (their tagged words are never hyphenated, but every
    /// paragraph goes through the hyphenation path): the same invariants hold.
    func testPropertyDocumentsWithHyphenationOn() {
        let cases = ProcessInfo.processInfo.environment["DOSSIER_FUZZ_CASES"].flatMap(Int.init).map { max($0 / 5, 1) } ?? 200
        for seed in (0..<UInt64(cases)).map({ PropertyTests.baseSeed &+ $0 }) {
            var generator = DocumentGenerator(seed: seed)
            let document = generator.document()
            let laid = LayoutEngine(shaper: MonospaceShaper(), options: LayoutOptions(maxPages: 3_000), hyphenator: EveryThirdLetter())
                .layout(document)
            let problems = Invariants.check(laid, of: document, texts: generator.texts)
            XCTAssertEqual(problems.prefix(3), [], "seed 0x\(String(seed, radix: 16))")
        }
    }

    /// The footnote marks of a shaped paragraph: superscript spans, with their number and line.
    static func marks(_ shaped: ShapedText) -> [(number: String, line: Int)] {
        let utf8 = Array(shaped.request.text.string.utf8)
        return shaped.request.text.spans.filter(\.style.superscript).map { span in
            let number = String(decoding: utf8[span.start..<span.end], as: UTF8.self)
            let line = shaped.lines.lastIndex { $0.start <= span.start } ?? 0
            return (number, line)
        }
    }

    /// The text without footnote marks (and soft hyphens, unless asked to keep them), no-break spaces made plain.
    static func withoutMarks(_ shaped: ShapedText, softHyphens: Bool = false) -> String {
        var utf8 = Array(shaped.request.text.string.utf8)
        for span in shaped.request.text.spans.filter(\.style.superscript).reversed() { utf8.removeSubrange(span.start..<span.end) }
        let text = String(decoding: utf8, as: UTF8.self).replacingOccurrences(of: "\u{00A0}", with: " ")
        return softHyphens ? text : SoftHyphen.removed(from: text)
    }

    static func lineEnd(_ shaped: ShapedText, _ i: Int) -> String {
        let l = shaped.lines[i]
        let bytes = Array(shaped.request.text.string.utf8.dropFirst(l.start).prefix(l.length))
        if bytes.suffix(2).elementsEqual(SoftHyphen.utf8) { return "\u{AD}" }
        return bytes.last == UInt8(ascii: "-") ? "-" : ""
    }
}

/// Breaks words after every third letter.
final class EveryThirdLetter: Hyphenator {
    func supports(language: String) -> Bool { language != "zh" }
    func breakPoints(_ word: String, language: String) -> [Int] { Array(stride(from: 3, to: word.count, by: 3)) }
}

/// A monospace shaper (every character half the font size wide, lines `size` high) that breaks lines greedily at spaces
/// and at soft hyphens, as Pango does: a soft hyphen takes no room unless a line ends at it, where a hyphen is drawn.
final class SoftHyphenShaper: TextShaper {
    private struct Piece {
        var start: Int, end: Int, chars: Int, spaced: Bool, hyphen: Bool
    }

    private func pieces(_ s: String) -> [Piece] {
        var out: [Piece] = []
        var current: Piece? = nil
        var spaced = false
        var byte = 0
        for u in s.unicodeScalars {
            let n = String(u).utf8.count
            defer { byte += n }
            if u == " " || u == "\n" {
                if let c = current { out.append(c); current = nil }
                spaced = !out.isEmpty
                continue
            }
            if current == nil { current = Piece(start: byte, end: byte, chars: 0, spaced: spaced, hyphen: false); spaced = false }
            current!.end = byte + n
            if u == SoftHyphen.scalar {
                current!.hyphen = true
                out.append(current!)
                current = nil
            } else {
                current!.chars += 1
            }
        }
        if let c = current { out.append(c) }
        return out
    }

    func shape(_ request: TextRequest) -> ShapedText {
        let size = request.style.font.size, advance = size * 0.5
        let capacity = max(1, Int((request.width + 1e-9) / advance))
        var lines: [ShapedLine] = []
        var start: Int? = nil, end = 0, chars = 0, endsInHyphen = false
        func flush() {
            guard let s = start else { return }
            let w = Points(chars + (endsInHyphen ? 1 : 0)) * advance
            let x: Points = request.style.alignment == .end ? request.width - w : request.style.alignment == .center ? (request.width - w) / 2 : 0
            lines.append(ShapedLine(start: s, length: end - s, x: x, width: w, ascent: size * 0.8, descent: size * 0.2))
            start = nil; chars = 0
        }
        for piece in pieces(request.text.string) {
            let gap = start == nil ? 0 : (piece.spaced ? 1 : 0)
            if start != nil && chars + gap + piece.chars + (piece.hyphen ? 1 : 0) > capacity {
                flush()
            }
            if start == nil { start = piece.start; chars = piece.chars } else { chars += (piece.spaced ? 1 : 0) + piece.chars }
            end = piece.end
            endsInHyphen = piece.hyphen
        }
        flush()
        if lines.isEmpty { lines.append(ShapedLine(start: 0, length: 0, x: 0, width: 0, ascent: size * 0.8, descent: size * 0.2)) }
        return ShapedText(request: request, lines: lines)
    }

    func contentWidths(_ text: StyledText, style: ParagraphStyle) -> (minimum: Points, maximum: Points) {
        let words = text.string.split(separator: " ").map { SoftHyphen.removed(from: String($0)).count }
        let advance = style.font.size * 0.5
        return (Points(words.max() ?? 0) * advance, Points(words.reduce(0, +) + max(words.count - 1, 0)) * advance)
    }
}

/// Random paragraphs of letter words, names, numbers and symbols, some with a footnote, on a page of random width (at
/// least 18 characters: the test shaper does not break inside a word).
struct ParagraphGenerator {
    private var rng: SplitMix64
    /// Every word of the body paragraphs, in order.
    private(set) var words: [String] = []

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    private mutating func int(_ r: ClosedRange<Int>) -> Int { Int.random(in: r, using: &rng) }
    private mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

    private mutating func word() -> String {
        switch int(0...99) {
        case 0..<8: return ["Coninsxian", "Voronkovski Avanessovich"][int(0...1)]
        case 8..<12: return "\(int(1...9999))"
        case 12..<15: return "S/RES/\(int(1000...2500))"
        case 15..<17: return "www.example.org"
        default:
            let letters = Array("abcdefghiklmnoprstuvy")
            var w = String((0..<int(1...15)).map { _ in letters[int(0...(letters.count - 1))] })
            if chance(0.1) { w = w.prefix(1).uppercased() + w.dropFirst() }
            if chance(0.1) { w += [",", ".", ";"][int(0...2)] }
            return w
        }
    }

    private mutating func sentence(_ n: Int) -> String {
        let s = (0..<n).map { _ in word() }.joined(separator: " ")
        words += s.split(separator: " ").map(String.init)
        return s
    }

    mutating func document() -> Document {
        var nodes: [Node] = []
        for _ in 0..<int(1...6) {
            let first = sentence(int(3...60))
            if chance(0.3) {
                let note = Text("note " + (0..<int(1...8)).map { _ in "abcdefgh" }.joined(separator: " "))
                let rest = sentence(int(1...30))
                nodes += Paragraph(Text(first) + .footnote(note) + Text(" " + rest)).nodes
            } else {
                nodes += Paragraph(Text(first)).nodes
            }
        }
        var document = Fixture.document(width: Points(int(90...300)), height: Points(int(120...400))) { nodes }
        document.stylesheet.body.alignment = .justified
        document.stylesheet.note = ParagraphStyle(font: FontSpec(family: "Mono", size: 8), lineHeight: 8)
        document.typography.protectedWords = HyphenationLayoutTests.names
        return document
    }
}
