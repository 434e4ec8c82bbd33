import BriefingModel
import Dossier
import Foundation

/// A template over plain JSON rather than a briefing bundle (benchmarks, ad-hoc reports).
public protocol JSONInputTemplate: ReportTemplate {
    /// Builds the document from the file at `path`.
    static func document(path: String, fallbackDate: Date?) throws -> Document
}

extension JSONInputTemplate {
    public static var inputKind: BundleKind? { nil }
    public static func document(_ inputs: TemplateInputs) throws -> Document {
        try document(path: inputs.main.file, fallbackDate: inputs.fallbackDate)
    }
}

/// The reference workload "brief" of `shared/bench/WORKLOAD.md`: title block, 12 sections of 4 paragraphs,
/// a gridded annex table with a repeated header, "Page X of Y" footers; DejaVu Serif, A4, 20 mm margins.
/// The Chinese and Arabic variants (scripts/bench/gen_brief_lang.py) name their language and font in `meta`.
public enum BenchBriefTemplate: JSONInputTemplate {
    public static let name = "bench-brief"
    public static let summary = "The benchmark workload of shared/bench/WORKLOAD.md"
    public static let annexTables = ["annex"]

    struct Input: Decodable {
        struct Meta: Decodable {
            let title: String; let subtitle: String; let date: String; let author: String
            /// BCP 47 language of the text (absent: English).
            let language: String?
            /// The family of every text (absent: DejaVu Serif).
            let font: String?
        }
        struct Section: Decodable { let heading: String; let paragraphs: [String] }
        struct Annex: Decodable { let title: String; let columns: [String]; let rows: [[String]] }
        let meta: Meta
        let sections: [Section]
        let annex: Annex
    }

    /// The schema of the benchmark JSON (read with `JSONDecoder`, which ignores unknown fields).
    public static var inputSchema: JSONValue? {
        InputSchema.document(for: Input.self, id: "urn:dossier:schema:\(name)", title: "Dossier \(name) input",
                             description: InputSchema.standardDescription(template: name, summary: summary))
    }

    public static func document(path: String, fallbackDate: Date?) throws -> Document {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw TemplateError("\(path): no such file or not readable")
        }
        let input: Input
        do { input = try JSONDecoder().decode(Input.self, from: data) } catch {
            throw TemplateError("\(path): not a bench brief: \(error)")
        }
        let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        var document = Document(id: id, metadata: DocumentMetadata(title: input.meta.title, author: input.meta.author,
                                                                   subject: input.meta.subtitle, creationDate: fallbackDate),
                                geometry: PageGeometry(paper: .a4, margins: EdgeInsets(all: Length.mm(20))),
                                stylesheet: stylesheet(family: input.meta.font ?? "DejaVu Serif"),
                                pageTemplate: PageTemplate()) {
            titleBlock(input.meta)
            for s in input.sections {
                Heading(s.heading, level: 1)
                for p in s.paragraphs { Paragraph(p) }
            }
            PageBreak()
            Heading(input.annex.title, level: 1)
            annexTable(input.annex)
        }
        if let language = input.meta.language {
            // As the localized briefs (BriefSetup.localized): the language on the PDF, on every style (Pango's line
            // breaking and glyph forms) and on the typography, and the direction of the pages (Arabic is mirrored).
            document.metadata.language = language
            document.stylesheet = document.stylesheet.language(language)
            document.typography = Typography(language: language)
            document.direction = TextDirection(language: language)
        }
        return document
    }

    @BlockBuilder static func titleBlock(_ m: Input.Meta) -> [Node] {
        Paragraph(m.title).bold().fontSize(20).lineHeight(24).spaceAfter(4)
        Paragraph(m.subtitle).fontSize(13).lineHeight(16).spaceAfter(4)
        Paragraph("\(m.date) — \(m.author)").fontSize(9).lineHeight(12).spaceAfter(8)
        Rule(Stroke(width: 0.5), spacing: 0)
        Spacer(14)
    }

    static func annexTable(_ annex: Input.Annex) -> Table {
        let widths = [18.0, 22, 40, 20, 70].map(Length.mm)
        let style = TableStyle(unStyle: false, grid: Stroke(width: 0.5), headerBackground: .gray(0.85),
                               padding: EdgeInsets(top: 2, leading: 3, bottom: 2, trailing: 3))
        return Table(annex.rows, id: "annex", style: style) {
            for (i, title) in annex.columns.enumerated() {
                Column<[String]>(title, key: title.lowercased(), width: .fixed(widths[min(i, widths.count - 1)])) { row in
                    i < row.count ? .text(row[i]) : .empty
                }
            }
        }
    }

    static func stylesheet(family: String) -> Stylesheet {
        var s = Stylesheet.standard(family: family, size: 10.5)
        s.numberWidth = 0
        s.body = ParagraphStyle(font: FontSpec(family: family, size: 10.5), lineHeight: 14, alignment: .start, spaceAfter: 6)
        s.body.hyphenate = false  // the workload: ragged right, no hyphenation
        let heading = ParagraphStyle(font: FontSpec(family: family, size: 13, weight: .bold), lineHeight: 16,
                                     spaceBefore: 8, spaceAfter: 6, keepWithNext: true)
        s.headings = Array(repeating: heading, count: 6)
        s.tableCell = ParagraphStyle(font: FontSpec(family: family, size: 8.5), lineHeight: 11)
        s.tableCell.hyphenate = false
        s.tableHeader = ParagraphStyle(font: FontSpec(family: family, size: 8.5, weight: .bold), lineHeight: 11)
        s.furniture = ParagraphStyle(font: FontSpec(family: family, size: 8.5), lineHeight: 10)
        return s
    }
}
