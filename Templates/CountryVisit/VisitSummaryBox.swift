import BriefingModel
import Dossier

extension VisitView {
    /// The unnumbered key-facts box at the top.
    @BlockBuilder var summaryBox: [Node] {
        Box(border: Stroke(width: 0.6, color: .gray(0.35)), background: .gray(0.955),
            padding: EdgeInsets(vertical: 8, horizontal: 10)) {
            Heading(text("summaryHeading"), level: 3).excludedFromContents().spaceBefore(0)
            for (label, value) in summaryFacts {
                Paragraph(Text(label + ": ").bold() + Text(value)).alignment(.start).spaceAfter(2)
            }
        }
    }

    private var summaryFacts: [(String, String)] {
        var facts: [(String, String)] = [(text("summary.visitType"), visit.visitType.label)]
        facts.append((text("summary.conductedBy"), visit.conductedBy.map(organizationName).joinedAsList()))
        if let b = visit.onBehalfOf { facts.append((text("summary.onBehalfOf"), organizationName(b))) }
        facts.append((text("summary.invitation"),
                      visit.atInvitationOfGovernment == true ? text("summary.invitationYes") : text("summary.invitationNo")))
        facts.append((text("summary.dates"), datesText))
        if let rs = visit.legalFramework?.resolutions, !rs.isEmpty {
            facts.append((text("summary.framework"), rs.map(\.textForm).joinedAsList()))
        }
        let groups = visit.meetingGroups ?? []
        let counterparts = groups.reduce(0) { $0 + $1.counterparts.count }
        facts.append((text("summary.meetings"), text("summary.meetingsValue", ["groups": "\(groups.count)", "count": "\(counterparts)"])))
        if let ta = visit.agreedTechnicalAssistanceAreas {
            facts.append((text("summary.taAreas"), "\(ta.items.count)"))
        }
        facts.append((text("summary.status"), visit.status.label))
        return facts
    }
}
