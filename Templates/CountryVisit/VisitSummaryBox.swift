import BriefingModel
import Dossier

extension VisitView {
    /// The unnumbered key-facts box at the top.
    @BlockBuilder var summaryBox: [Node] {
        Box(border: Stroke(width: 0.6, color: .gray(0.35)), background: .gray(0.955),
            padding: EdgeInsets(vertical: 8, horizontal: 10)) {
            Heading(text("summaryHeading"), level: 3).excludedFromContents().spaceBefore(0)
            for (label, value) in summaryFacts {
                Paragraph(Text(label + ": ").bold() + value).alignment(.start).spaceAfter(2)
            }
        }
    }

    private var summaryFacts: [(String, Text)] {
        var facts: [(String, Text)] = [(text("summary.visitType"), Text(visit.visitType.label))]
        facts.append((text("summary.conductedBy"), Text(visit.conductedBy.map(organizationName).joinedAsList())))
        if let b = visit.onBehalfOf { facts.append((text("summary.onBehalfOf"), Text(organizationName(b)))) }
        facts.append((text("summary.invitation"),
                      Text(visit.atInvitationOfGovernment == true ? text("summary.invitationYes") : text("summary.invitationNo"))))
        facts.append((text("summary.dates"), Text(datesText)))
        if let rs = visit.legalFramework?.resolutions, !rs.isEmpty {
            facts.append((text("summary.framework"), Text(rs.map(\.textForm).joinedAsList())))
        }
        let groups = visit.meetingGroups ?? []
        let counterparts = groups.reduce(0) { $0 + $1.counterparts.count }
        facts.append((text("summary.meetings"), Text(text("summary.meetingsValue", ["groups": "\(groups.count)", "count": "\(counterparts)"]))
                                               + seePage(anchor("meetings"))))
        if let ta = visit.agreedTechnicalAssistanceAreas {
            facts.append((text("summary.taAreas"), Text("\(ta.items.count)") + seePage(anchor("ta-areas"))))
        }
        facts.append((text("summary.status"), Text(visit.status.label)))
        return facts
    }

    /// The anchor of a section of this visit's summary (unique in a pack binding several visits).
    func anchor(_ section: String) -> String { "\(visit.id)-\(section)" }

    /// " (page N)", linking to the section.
    private func seePage(_ anchor: String) -> Text {
        Text(text("summary.seePage.before")) + Text.pageRef(anchor) + Text(text("summary.seePage.after"))
    }
}
