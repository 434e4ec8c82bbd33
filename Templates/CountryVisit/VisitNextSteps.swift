import BriefingModel
import Dossier

extension VisitView {
    /// VII. Next steps: closing statement, related visits, open technical-assistance items.
    @BlockBuilder var nextSteps: [Node] {
        let open = (history?.technicalAssistanceNeeds ?? []).filter { ![.delivered, .closed].contains($0.status) }
        if visit.closingStatement != nil || !(visit.relatedVisits ?? []).isEmpty || !open.isEmpty {
            Section(text("section.nextSteps")) {
                if let closing = visit.closingStatement { Paragraph(closing).numbered() }
                for r in visit.relatedVisits ?? [] {
                    Paragraph(r.text ?? common.labelled(common.label(r.relation), r.memberStateName)).numbered()
                }
                if !open.isEmpty { Paragraph(text("nextSteps.open", ["count": common.number(open.count)], count: open.count)).numbered() }
            }
        }
    }
}
