import Dossier

/// The space a block is laid out into: the width of the frame and the height left on the page.
struct Space: Sendable {
    /// Frame width.
    var width: Points
    /// Height left.
    var height: Points
    /// Nothing has been placed in this region yet: moving to the next page cannot help,
    /// so a block must place something (or overflow with a diagnostic) instead of deferring.
    var fresh: Bool
    /// Height of a whole fresh region of this kind (the page's body frame), to judge what could fit later.
    var regionHeight: Points
    /// Footnotes are already reserved at the foot of this page (their separator is paid for).
    var hasFootnotes = false
    /// Keep rules (orphans and widows, keep-together, whole table rows) may be broken to start here, because
    /// all that precedes in this region is a keep-with-next chain from its top (a heading) and the next
    /// region would be no better. Unlike `fresh`, nothing may overflow: a block that cannot place even one
    /// line still defers.
    var relaxesKeeps = false

    /// The height a block takes in the flow: its content, then its trailing space cut at the region's end.
    /// Why: space after the last line (paragraph spacing, the gap under a table, image or box) used to count
    /// past the end and push an enclosing box's border below the frame.
    func taking(content: Points, after: Points) -> Points { max(content, min(content + after, height)) }
}

/// What laying out one block into a space gave.
enum Outcome: Sendable {
    /// All of it fits.
    case complete(Fragment)
    /// A first part fits; the remainder (strictly smaller) continues on the next page.
    case partial(Fragment, [FlowBlock])
    /// Nothing fits here, but the next page may help. Never returned in a fresh space.
    case deferred
}

/// Page numbers and headings known from the previous layout pass, for forward references.
public struct PageMap: Sendable, Equatable {
    /// Anchor → page label.
    public var anchors: [String: String] = [:]
    /// Anchor → 1-based page index.
    public var anchorPages: [String: Int] = [:]
    /// Headings in document order with their page labels.
    public var headings: [(mark: HeadingMark, page: Int, label: String)] = []
    /// Page count.
    public var pageCount = 0
    /// Printed label of each page.
    public var labels: [String] = []
    /// Size of the first page.
    public var firstPageSize: Size? = nil

    /// An empty map: nothing laid out yet.
    public init() {}

    /// Anchor → the page number as printed (its label when numeric, else its position), for CSV cells.
    public var printedPageNumbers: [String: Int] {
        anchorPages.mapValues { page in
            page >= 1 && page <= labels.count ? Int(labels[page - 1]) ?? page : page
        }
    }

    /// The number printed as the total ("Page 16 of 16"): the last page's label when numeric, else the count.
    public var printedPageCount: Int { labels.last.flatMap { Int($0) } ?? pageCount }

    public static func == (a: PageMap, b: PageMap) -> Bool {
        a.anchors == b.anchors && a.pageCount == b.pageCount && a.labels == b.labels && a.headings.count == b.headings.count
            && zip(a.headings, b.headings).allSatisfy { $0.mark.anchor == $1.mark.anchor && $0.label == $1.label }
    }
}

/// Shared state of one layout pass: the shaper, styles, the previous pass's page map and gathered diagnostics.
final class LayoutContext {
    let shaper: TextShaper
    let sheet: Stylesheet
    let pageMap: PageMap
    /// Headings known before pagination, for contents entries in the first pass.
    let staticHeadings: [HeadingMark]
    var diagnostics: [Diagnostic] = []
    /// Set when a page reference or contents entry read the page map (another pass may be needed).
    var usedPageMap = false
    /// Anchors referred to but not defined.
    var unknownAnchors: Set<String> = []
    /// The rest of footnotes that did not fit at the foot of the previous page; they come first on the next.
    var carriedNotes: [TextBlock] = []
    /// Diagnostics already reported by `warnOnce`.
    private var reported: Set<String> = []

    /// Appends a diagnostic unless the same one was reported in this pass (checks that run per row or per
    /// attempt would otherwise repeat it thousands of times).
    func warnOnce(_ d: Diagnostic) {
        if reported.insert(d.description).inserted { diagnostics.append(d) }
    }

    /// The document language's conventions, applied to every text run.
    var typography = Typography()
    /// The document's language (`DocumentMetadata.language`): text marked as another language takes that one's direction.
    var documentLanguage = "en"
    /// Hyphenation: the hyphenator and the paragraph being hyphenated (`HyphenatedShaping.swift`).
    var hyphenation = HyphenationState()

    init(shaper: TextShaper, sheet: Stylesheet, pageMap: PageMap, staticHeadings: [HeadingMark], typography: Typography = Typography()) {
        self.shaper = shaper; self.sheet = sheet; self.pageMap = pageMap; self.staticHeadings = staticHeadings
        self.typography = typography
    }

    private func label(_ anchor: String) -> String {
        if let l = pageMap.anchors[anchor] { return l }
        unknownAnchors.insert(anchor)
        return "??"
    }

    /// Resolves inline content to styled text: page references from the page map.
    func resolve(_ text: Text) -> StyledText { resolve(text, footnoteNumbers: []).text }

    /// Resolves inline content; footnote marks get the given numbers, placed after a following punctuation
    /// mark or before it (`typography.footnoteMarks`), and their byte offsets are returned with the note content.
    /// Text runs are prepared for the document's language (`Typography.prepare`), then hyphenated when the runs of a
    /// hyphenated paragraph are resolved (`prepared(_:run:)`).
    func resolve(_ text: Text, footnoteNumbers: [Int]) -> (text: StyledText, marks: [(offset: Int, number: Int, note: Text)]) {
        var out = StyledText("")
        var marks: [(Int, Int, Text)] = []
        var pending: (number: Int, note: Text)? = nil
        var nextFootnote = 0
        func flushMark() {
            guard let p = pending else { return }
            marks.append((out.string.utf8.count, p.number, p.note))
            out.append("\(p.number)", style: InlineStyle(superscript: true))
            pending = nil
        }
        let runs = text.runs
        var placedEarly: Set<Int> = []
        for (index, run) in runs.enumerated() where !placedEarly.contains(index) {
            // Before punctuation (French, Spanish, Russian): a footnote that follows a text run ending in a punctuation
            // mark takes its place before that mark ("sécurité¹.").
            if typography.footnoteMarks == .beforePunctuation, !footnoteNumbers.isEmpty, case .text(let s, let style) = run,
               index + 1 < runs.count, case .footnote(let noteRuns) = runs[index + 1], let last = s.last, ".,;:".contains(last) {
                flushMark()
                out.append(prepared(String(s.dropLast()), run: index), style: style)
                let number = nextFootnote < footnoteNumbers.count ? footnoteNumbers[nextFootnote] : nextFootnote + 1
                nextFootnote += 1
                pending = (number, Text(runs: noteRuns))
                flushMark()
                out.append(String(last), style: style)
                placedEarly.insert(index + 1)
                continue
            }
            if case .footnote = run {} else if pending != nil {
                if typography.footnoteMarks == .afterPunctuation, case .text(let s, let style) = run, let first = s.first, ".,;:".contains(first) {
                    out.append(String(first), style: style)
                    flushMark()
                    out.append(String(s.dropFirst()), style: style)
                    continue
                }
                flushMark()
            }
            switch run {
            case .text(let s, let style):
                out.append(prepared(s, run: index), style: style)
            case .pageRef(let anchor, let style):
                usedPageMap = true
                if let label = pageMap.anchors[anchor] {
                    out.append(label, style: style)
                } else {
                    unknownAnchors.insert(anchor)
                    out.append("??", style: style)
                }
            case .pageRange(let from, let to, let style):
                usedPageMap = true
                let a = label(from), b = label(to)
                out.append(a == b ? a : a + typography.pageRangeSeparator + b, style: style)
            case .footnote(let runs) where footnoteNumbers.isEmpty:
                // Where no foot of page exists (furniture, headings, table notes), the note stays in the text, in parentheses;
                // table cells never get here: their notes are lettered under the table (TableCellNotes).
                out.append(" (" + Text(runs: runs).plainText + ")", style: InlineStyle())
            case .footnote(let runs):
                flushMark()
                let number = nextFootnote < footnoteNumbers.count ? footnoteNumbers[nextFootnote] : nextFootnote + 1
                nextFootnote += 1
                pending = (number, Text(runs: runs))
            }
        }
        flushMark()
        return (out, marks)
    }
}
