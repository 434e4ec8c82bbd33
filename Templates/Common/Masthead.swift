import BriefingModel
import Dossier

/// The masthead of a brief: "United Nations" and the issuing entity on the left; reference, distribution,
/// date and original language on the right; a rule; then the title block.
struct Masthead: Component {
    let meta: ResolvedDocumentMeta
    let reference: String
    let text: TemplateText

    var body: [Node] {
        Table([0], id: "masthead", style: TableStyle(unStyle: false, padding: EdgeInsets(vertical: 1, horizontal: 0),
                                                     verticalAlignment: .bottom,
                                                     cellOverrides: StyleOverrides { $0.fontSize = 9; $0.naturalLineHeight = true }),
              annex: false) {
            Column<Int>("", key: "issuer", width: .fraction(0.6)) { _ in .text(text("unitedNations")) }
                .displayed { _ in Text(text("unitedNations")).bold().size(15) + Text("\n" + meta.issuingEntity) }
            Column<Int>("", key: "reference", width: .fraction(0.4), alignment: .end) { _ in .text(reference) }
                .displayed { _ in rightBlock }
        }.headerless()
        Rule(Stroke(width: 1.6), spacing: 4)
        Spacer(10)
        Heading(meta.title, level: 1).excludedFromContents().fontSize(17).spaceBefore(0).spaceAfter(10)
        if let subtitle = meta.subtitle {
            Paragraph(Text(subtitle).italic()).spaceAfter(12)
        }
    }

    private var rightBlock: Text {
        var lines = [Text(reference).bold().size(11)]
        lines.append(Text(text("distribution", ["category": meta.distribution.label])))
        if let d = meta.date { lines.append(Text(d.formatted)) }
        lines.append(Text(text("original", ["language": meta.originalLanguage.label])))
        return lines.dropFirst().reduce(lines[0]) { $0 + Text("\n") + $1 }
    }
}
