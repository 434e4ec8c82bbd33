import BriefingModel
import Dossier

/// The sections of a country-visit summary, each a small builder over the visit bundle.
struct VisitView {
    let input: VisitSummaryInput
    let set: BundleSet
    let common: TemplateText
    let text: TemplateText

    var visit: Visit { input.visit }
    var state: String { input.memberState.shortName }

    func organizationName(_ id: String) -> String { set.organization(id: id)?.name ?? input.organization(id: id)?.name ?? id }
    func acronymOrName(_ id: String) -> String {
        let org = set.organization(id: id) ?? input.organization(id: id)
        return org?.acronym ?? org?.name ?? id
    }
    var hasDates: Bool { visit.period.map { $0.start != nil || $0.end != nil } ?? false || visit.year != nil }

    var datesText: String {
        if let p = visit.period, p.start != nil || p.end != nil { return common.range(p) }
        if let y = visit.year { return "\(y)" }
        return common("datesNotStated")
    }
}
