import BriefingModel
import Dossier

extension VisitView {
    /// The unnumbered key-facts box at the top.
    @BlockBuilder var summaryBox: [Node] {
        Box(border: Stroke(width: 0.6, color: .gray(0.35)), background: .gray(0.955),
            padding: EdgeInsets(vertical: 8, horizontal: 10)) {
            Heading(text("summaryHeading"), level: 3).excludedFromContents().spaceBefore(0)
            for (label, value) in summaryFacts {
                Paragraph(common.labelled(label, value)).alignment(.start).spaceAfter(2)
            }
        }
    }

    private var summaryFacts: [(String, Text)] {
        var facts: [(String, Text)] = [(text("summary.visitType"), Text(common.label(visit.visitType)))]
        facts.append((text("summary.conductedBy"), Text(common.list(visit.conductedBy.map(organizationName)))))
        if let b = visit.onBehalfOf { facts.append((text("summary.onBehalfOf"), Text(organizationName(b)))) }
        facts.append((text("summary.invitation"),
                      Text(visit.atInvitationOfGovernment == true ? text("summary.invitationYes") : text("summary.invitationNo"))))
        facts.append((text("summary.dates"), Text(datesText)))
        if let rs = visit.legalFramework?.resolutions, !rs.isEmpty {
            facts.append((text("summary.framework"), Text(common.list(rs.map(common.resolutionInText)))))
        }
        let groups = visit.meetingGroups ?? []
        let counterparts = groups.reduce(0) { $0 + $1.counterparts.count }
        let meetings = text("summary.meetingsValue", ["groups": text("summary.meetingGroups", ["count": common.number(groups.count)], count: groups.count),
                                                      "counterparts": text("summary.counterparts", ["count": common.number(counterparts)], count: counterparts)])
        facts.append((text("summary.meetings"), withPage(meetings, anchor("meetings"))))
        if let ta = visit.agreedTechnicalAssistanceAreas {
            facts.append((text("summary.taAreas"), withPage(common.number(ta.items.count), anchor("ta-areas"))))
        }
        facts.append((text("summary.status"), Text(common.label(visit.status))))
        return facts
    }

    /// The anchor of a section of this visit's summary (unique in a pack binding several visits).
    func anchor(_ section: String) -> String { "\(visit.id)-\(section)" }

    /// "value (page N)", the page linking to the section: the message is split at its `{page}` placeholder.
    private func withPage(_ value: String, _ anchor: String) -> Text {
        let message = text("summary.valueWithPage", ["value": value])
        guard let at = message.range(of: "{page}") else { return Text(message) }
        return Text(String(message[..<at.lowerBound])) + Text.pageRef(anchor) + Text(String(message[at.upperBound...]))
    }
}
