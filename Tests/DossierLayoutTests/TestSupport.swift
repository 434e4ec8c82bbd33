import Dossier
import DossierLayout
import XCTest

/// Small pages, a flat stylesheet and helpers to read what the engine produced.
///
/// Everything here uses `MonospaceShaper`: every character is half the font size wide and a line is exactly
/// `size` high, so positions and line counts can be computed by hand. With the default 10 pt font a line is
/// 10 pt high and holds `width / 5` characters.
enum Fixture {
    /// A4, the paper every tiny page is cut from (the engine knows only A4 and Letter).
    static let paper = PaperSize.a4.portrait

    /// A4 with margins chosen so that the portrait body frame is `width` × `height`, centred on the page.
    /// The landscape frame of the same geometry is `width + 246.6` × `height − 246.6`.
    static func page(width: Points, height: Points) -> PageGeometry {
        let mh = (paper.width - width) / 2, mv = (paper.height - height) / 2
        return PageGeometry(paper: .a4, margins: EdgeInsets(top: mv, leading: mh, bottom: mv, trailing: mh))
    }

    /// Every role in one font of `size` with a line height of `size`, no spacing, start-aligned;
    /// headings and captions keep with the next block.
    static func sheet(size: Points = 10, numberWidth: Points = 0) -> Stylesheet {
        func style(keep: Bool = false) -> ParagraphStyle {
            ParagraphStyle(font: FontSpec(family: "Mono", size: size), lineHeight: size, keepWithNext: keep)
        }
        return Stylesheet(body: style(), headings: Array(repeating: style(keep: true), count: 6), listItem: style(),
                          quote: style(), attribution: style(), tableHeader: style(), tableCell: style(),
                          caption: style(keep: true), note: style(), furniture: style(), tocEntry: style(),
                          numberWidth: numberWidth)
    }

    /// No header, footer or markings: every text item on a page is body text.
    static let bare = PageTemplate(footer: { _ in [] })

    /// A document on tiny pages.
    static func document(width: Points = 100, height: Points = 100, size: Points = 10, numberWidth: Points = 0,
                         template: PageTemplate = bare, numbering: HeadingNumbering = .none,
                         direction: TextDirection = .leftToRight, @BlockBuilder body: () -> [Node]) -> Document {
        Document(id: "test", metadata: DocumentMetadata(title: "Test"), geometry: page(width: width, height: height),
                 stylesheet: sheet(size: size, numberWidth: numberWidth), pageTemplate: template,
                 headingNumbering: numbering, direction: direction, body: body)
    }

    /// Lays out with the monospace shaper and a page budget that catches runaway loops.
    static func layout(_ document: Document, maxPages: Int = 2_000) -> LaidOutDocument {
        LayoutEngine(shaper: MonospaceShaper(), options: LayoutOptions(maxPages: maxPages)).layout(document)
    }

    /// `n` four-character words `<prefix>001 <prefix>002 …`; with the default font a 100 pt line holds four.
    static func words(_ prefix: Character, _ n: Int, from first: Int = 1) -> String {
        (first..<(first + n)).map { String(prefix) + String(format: "%03d", $0) }.joined(separator: " ")
    }
}

/// One shaped line as placed on a page.
struct PlacedLine {
    /// The characters of the line.
    var text: String
    /// The line's ink box: x from the line's offset, width its advance, the full line height.
    var rect: Rect
    /// The shaped paragraph it belongs to.
    var shaped: ShapedText
    /// Its index in `shaped.lines`.
    var index: Int

    var start: Int { shaped.lines[index].start }
    var end: Int { shaped.lines[index].start + shaped.lines[index].length }
}

extension TextItem {
    /// The placed lines of this item, top to bottom.
    var placedLines: [PlacedLine] {
        var out: [PlacedLine] = []
        var y = self.y
        let utf8 = Array(shaped.request.text.string.utf8)
        for i in lines {
            let l = shaped.lines[i]
            let h = shaped.lineHeight(i)
            let text = String(decoding: utf8[l.start..<min(l.start + l.length, utf8.count)], as: UTF8.self)
            out.append(PlacedLine(text: text, rect: Rect(x: x + l.x, y: y, width: l.width, height: h), shaped: shaped, index: i))
            y += h
        }
        return out
    }
    /// The text of the item's lines joined with spaces.
    var string: String { placedLines.map(\.text).joined(separator: " ") }
}

extension LaidOutPage {
    /// Text items in drawing order (body, then furniture).
    var textItems: [TextItem] { (items + furniture).compactMap { if case .text(let t) = $0 { return t } else { return nil } } }
    /// Every placed line in drawing order.
    var lines: [PlacedLine] { textItems.flatMap(\.placedLines) }
    /// Heading records.
    var headings: [HeadingMark] { (items + furniture).compactMap { if case .heading(let h) = $0 { return h } else { return nil } } }
    /// Horizontal and other rules.
    var rules: [(x1: Points, y1: Points, x2: Points, y2: Points)] {
        (items + furniture).compactMap { if case .line(let x1, let y1, let x2, let y2, _) = $0 { return (x1, y1, x2, y2) } else { return nil } }
    }
    /// Filled rectangles.
    var fills: [Rect] { (items + furniture).compactMap { if case .fill(let r, _) = $0 { return r } else { return nil } } }
    /// Stroked rectangles.
    var borders: [Rect] { (items + furniture).compactMap { if case .border(let r, _) = $0 { return r } else { return nil } } }
    /// Words of the page's text, in drawing order.
    var words: [String] { lines.flatMap { $0.text.split(separator: " ").map(String.init) } }
}

extension LaidOutDocument {
    /// Page `i` (0-based); a failure, and the last page, when there are fewer pages (so that a wrong page
    /// count fails the test instead of crashing the whole run).
    func page(_ i: Int, file: StaticString = #filePath, line: UInt = #line) -> LaidOutPage {
        if i < pages.count { return pages[i] }
        XCTFail("no page \(i + 1): only \(pages.count)", file: file, line: line)
        return pages[pages.count - 1]
    }
    /// The text of each text item on page `i` (0-based).
    func texts(onPage i: Int) -> [String] { page(i).textItems.map(\.string) }
    /// The text lines on page `i`.
    func lines(onPage i: Int) -> [String] { page(i).lines.map(\.text) }
    /// Every word of every page in drawing order.
    var words: [String] { pages.flatMap(\.words) }
    /// The warnings and errors as text, for failure messages.
    var diagnosticText: String { diagnostics.map(\.description).joined(separator: "\n") }
    /// Diagnostics whose message contains `fragment`.
    func diagnostics(containing fragment: String) -> [Diagnostic] { diagnostics.filter { $0.message.contains(fragment) } }
}

extension Document {
    /// The body frame of a laid-out page of this document (margins are the same in both orientations).
    func frame(of page: LaidOutPage) -> Rect {
        let m = geometry.margins
        return Rect(x: m.leading, y: m.top, width: page.size.width - m.horizontal, height: page.size.height - m.vertical)
    }
}

extension Rect {
    /// True when `other` lies inside, with a tolerance for rounding.
    func contains(_ other: Rect, tolerance: Points = 0.01) -> Bool {
        other.x >= x - tolerance && other.y >= y - tolerance
            && other.maxX <= maxX + tolerance && other.maxY <= maxY + tolerance
    }
}

/// Fails with the offending lines when any text line of a document leaves its page's body frame.
func XCTAssertLinesInsideFrame(_ laid: LaidOutDocument, of document: Document, file: StaticString = #filePath, line: UInt = #line) {
    for (p, page) in laid.pages.enumerated() {
        let frame = document.frame(of: page)
        for l in page.lines where !frame.contains(l.rect) {
            XCTFail("page \(p + 1): line \"\(l.text)\" at \(l.rect) is outside the frame \(frame)", file: file, line: line)
        }
    }
}

/// Fails unless the structure tags of each page's body nest properly across the document.
func XCTAssertTagsBalanced(_ laid: LaidOutDocument, file: StaticString = #filePath, line: UInt = #line) {
    var stack: [StructureTag] = []
    for (p, page) in laid.pages.enumerated() {
        for item in page.items {
            switch item {
            case .beginTag(let t): stack.append(t)
            case .endTag(let t):
                guard let top = stack.popLast() else {
                    XCTFail("page \(p + 1): end tag \(t.name) without a begin tag", file: file, line: line); return
                }
                if top != t { XCTFail("page \(p + 1): end tag \(t.name) closes \(top.name)", file: file, line: line); return }
            default: break
            }
        }
    }
    XCTAssertEqual(stack.map(\.name), [], "tags left open", file: file, line: line)
}
