import BriefingModel
import Dossier

extension PackView {
    /// The cover page: committee, title, meeting, markings, preparer, date, version.
    @BlockBuilder var cover: [Node] {
        PageNumbering(.lowerRoman)
        Spacer(60)
        if let emblem = meta.emblem, let location = emblem.location {
            // An artifact: the organisation's name follows at once, so reading the emblem out would repeat it.
            Image(location, alt: emblem.alt ?? common("masthead.organization"), height: 56, alignment: .center).artifact()
        }
        Paragraph(Text(common("masthead.organization")).bold()).fontSize(13).alignment(.center).spaceAfter(4)
        Paragraph(text("cover.committee")).alignment(.center).fontSize(11).spaceAfter(60)
        Paragraph(Text(pack.title).bold()).fontSize(20).lineHeight(25).alignment(.center).spaceAfter(14)
        if let m = pack.meeting {
            Paragraph(text("cover.meeting", ["format": common.label(m.format), "date": common.date(m.date)])).alignment(.center).fontSize(12)
            if let item = m.agendaItem { Paragraph(text("cover.agenda", ["item": item])).alignment(.center) }
        }
        Spacer(80)
        Box(border: Stroke(width: 0.6, color: .gray(0.4)), background: nil, padding: EdgeInsets(vertical: 10, horizontal: 14)) {
            Paragraph(text("cover.distribution", ["distribution": common.label(meta.distribution)])).alignment(.center).spaceAfter(2)
            Paragraph(Text(text("cover.sensitivity", ["sensitivity": common.label(meta.sensitivity)])).bold()).alignment(.center).spaceAfter(2)
            Paragraph(text("cover.preparedBy", ["entity": meta.issuingEntity])).alignment(.center).spaceAfter(2)
            Paragraph(text("cover.date", ["date": common.date(pack.preparedOn)])).alignment(.center).spaceAfter(2)
            Paragraph(text("cover.version", ["version": pack.version])).alignment(.center)
        }
        if let note = pack.note, inputs.main.isIllustrative {
            Spacer(20)
            Paragraph(Text(note).italic()).fontSize(8.5).alignment(.center)
        }
        PageBreak()
    }
}
