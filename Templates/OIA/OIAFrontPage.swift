import BriefingModel
import Dossier

extension OIAView {
    /// The masthead particulars under the title: as-of date, status, edition, resolutions covered, classification.
    @BlockBuilder var particulars: [Node] {
        Table(particularRows, id: "oia-particulars",
              style: TableStyle(unStyle: false, padding: EdgeInsets(vertical: 1, horizontal: 0),
                                cellOverrides: StyleOverrides { $0.fontSize = 9.5 }),
              annex: false) {
            Column<(String, String)>("", key: "label", width: .fraction(0.24), text: { $0.0 })
                .displayed { Text($0.0).bold() }
            Column<(String, String)>("", key: "value", width: .fraction(0.76), text: { $0.1 })
        }.headerless()
        Spacer(6)
    }

    private var particularRows: [(String, String)] {
        var rows = [(text("masthead.asOf"), common.date(oia.asOf))]
        let status = oia.adoptedOn.map { text("masthead.statusOn", ["status": common.label(oia.status), "date": common.date($0)]) }
        rows.append((text("masthead.status"), status ?? common.label(oia.status)))
        if let edition = oia.edition { rows.append((text("masthead.edition"), capitalized(edition))) }
        if !oia.resolutionsCovered.isEmpty {
            rows.append((text("masthead.resolutions"), capitalized(resolutionsText(oia.resolutionsCovered))))
        }
        rows.append((text("masthead.classification"),
                     text("masthead.classificationValue", ["distribution": common.label(input.resolvedMeta.distribution),
                                                           "sensitivity": common.label(input.resolvedMeta.sensitivity)])))
        return rows
    }

    /// Page 1 sidebar, set before the narrative: the fast facts and the "Willingness to share" box.
    @BlockBuilder var frontBox: [Node] {
        Box(border: Stroke(width: 0.6, color: .gray(0.35)), background: .gray(0.955),
            padding: EdgeInsets(vertical: 8, horizontal: 10), spacing: 10) {
            Heading(text("fastFacts"), level: 3).excludedFromContents().spaceBefore(0)
            for fact in (oia.fastFacts ?? []).sorted(by: { $0.seq < $1.seq }) {
                Paragraph(common.labelled(fact.label, Text(fact.value))).alignment(.start).spaceAfter(2)
            }
            sharingBox
        }
    }

    /// The "Willingness to share" box from `sharing.consent`.
    @BlockBuilder private var sharingBox: [Node] {
        Box(border: Stroke(width: 0.6, color: .gray(0.35)), background: .white,
            padding: EdgeInsets(vertical: 6, horizontal: 8), spacing: 6) {
            Paragraph(common.labelled(text("sharing.heading"), Text(common.label(oia.sharing.consent))))
                .alignment(.start).spaceAfter(2)
            Paragraph(text("sharing." + oia.sharing.consent.rawValue, ["state": state])).alignment(.start).spaceAfter(0)
        }
    }

    /// The narrative of page 1: front matter, so unnumbered.
    @BlockBuilder var narrative: [Node] {
        for p in oia.narrative.sorted(by: { $0.seq < $1.seq }) {
            Paragraph(p.text)
        }
    }
}
