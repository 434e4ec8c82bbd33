import BriefingModel
import Dossier

/// The masthead of a brief: the issuing organisation's emblem when the input names one (`meta.emblem`, a tagged
/// Figure whose alt text is the emblem's, else the organisation's name) above the organization and the issuing
/// entity on the start side (the right in Arabic); reference, distribution, date, the language of the version and
/// the original language on the end side; a rule; then the title block.
/// The distribution block follows docs/languages.md §2: translated in French and Spanish, kept in English (with a
/// language line) in Arabic, Chinese and Russian.
struct Masthead: Component {
    let meta: ResolvedDocumentMeta
    let reference: String
    let text: TemplateText

    var body: [Node] {
        if let emblem = meta.emblem, let location = emblem.location {
            Image(location, alt: emblem.alt ?? text("masthead.organization"), height: Self.emblemHeight, alignment: .start)
        }
        Table([0], id: "masthead", style: TableStyle(unStyle: false, padding: EdgeInsets(vertical: 1, horizontal: 0),
                                                     verticalAlignment: .bottom,
                                                     cellOverrides: StyleOverrides { $0.fontSize = 9; $0.naturalLineHeight = true }),
              annex: false) {
            Column<Int>("", key: "issuer", width: .fraction(0.6)) { _ in .text(text("masthead.organization")) }
                .displayed { _ in Text(text("masthead.organization")).bold().size(15) + Text("\n" + meta.issuingEntity) }
            Column<Int>("", key: "reference", width: .fraction(0.4), alignment: .end) { _ in .text(reference) }
                .displayed { _ in rightBlock }
                .language(blockLanguage)
        }.headerless()
        Rule(Stroke(width: 1.6), spacing: 4)
        Spacer(10)
        Heading(meta.title, level: 1).excludedFromContents().fontSize(17).spaceBefore(0).spaceAfter(10)
        if let subtitle = meta.subtitle {
            Paragraph(Text(subtitle).italic()).spaceAfter(12)
        }
    }

    /// Drawn height of the emblem, in points (about 15 mm).
    static let emblemHeight: Points = 42

    /// The language of the symbol and distribution block: English in Arabic, Chinese and Russian documents (set left to
    /// right at the outer edge of an Arabic page), the document's own in French and Spanish.
    private var blockLanguage: String? {
        let language = text("masthead.dateLanguage")
        return language == text.language ? nil : language
    }

    private var rightBlock: Text {
        var lines = [Text(reference).bold().size(11)]
        lines.append(Text(text("masthead.distribution." + meta.distribution.rawValue.lowercased())))
        if let d = meta.date { lines.append(Text(mastheadDate(d))) }
        let languageLine = text("masthead.languageLine")
        if !languageLine.isEmpty { lines.append(Text(languageLine)) }
        lines.append(Text(text("masthead.original", ["language": text("masthead.language." + meta.originalLanguage.rawValue)])))
        return lines.dropFirst().reduce(lines[0]) { $0 + Text("\n") + $1 }
    }

    /// The date in the masthead's language (English in Arabic, Chinese and Russian documents).
    private func mastheadDate(_ d: PartialDate) -> String {
        let language = text("masthead.dateLanguage")
        if language == text.language { return text.date(d) }
        return (try? LanguageForms(language: language))?.date(d) ?? text.date(d)
    }
}
