import BriefingModel
import Dossier
import Foundation

/// Page geometry and PDF metadata shared by the briefs: the paper the metadata asks for, 22 mm margins,
/// the issuing entity as author, the creation date from `meta.date` or the caller's fallback.
enum BriefSetup {
    static func geometry(_ meta: ResolvedDocumentMeta) -> PageGeometry {
        PageGeometry(paper: meta.pageSize == .letter ? .letter : .a4, orientation: .portrait, margins: EdgeInsets(all: Length.mm(22)))
    }

    static func metadata(_ meta: ResolvedDocumentMeta, subject: String, keywords: [String], fallbackDate: Date?) -> DocumentMetadata {
        DocumentMetadata(title: meta.title, author: meta.issuingEntity, subject: subject,
                         keywords: keywords, language: meta.language.rawValue,
                         creationDate: DocumentDates.creationDate(meta, fallback: fallbackDate))
    }

    /// The document set for its language: typography (spacing, unbreakable units, footnote marks), the language on
    /// every style, so Pango breaks lines and picks glyph forms for it, the direction of its pages (an Arabic document
    /// is mirrored block by block) and the labels of its numbered paragraphs; the names of `names` are never hyphenated.
    static func localized(_ document: Document, _ text: TemplateText, names: BundleSet? = nil) -> Document {
        var d = document
        d.typography = text.typography
        if let names { d.typography.protectedWords = HyphenationNames.of(names) }
        d.stylesheet = d.stylesheet.language(text.language)
        d.direction = TextDirection(language: text.language)
        d.paragraphNumbering = text.paragraphNumbering
        return d
    }
}
