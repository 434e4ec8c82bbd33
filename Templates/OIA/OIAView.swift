import BriefingModel
import Dossier

/// The sections of an Overview of Implementation Assessment, each a small builder over the OIA bundle.
struct OIAView {
    let input: OIAInput
    let set: BundleSet
    let common: TemplateText
    let text: TemplateText

    var oia: OIA { input.oia }
    var state: String { input.memberState.shortName }
    var recommendations: [Recommendation] { oia.priorityRecommendations ?? [] }
    var needs: [TechnicalAssistanceNeed] { oia.technicalAssistanceNeeds ?? [] }

    /// The area code of the resolution 1624 (2005) subsection.
    static let incitementCode = "incitement"

    /// The label of a thematic area (the code when the catalogue lacks it).
    func areaLabel(_ code: String?) -> String {
        guard let code else { return "" }
        return (input.thematicArea(code: code) ?? set.thematicArea(code: code)).map { common.areaLabel($0) } ?? code
    }

    /// Position of an area in the catalogue in force (`sortOrder`, else its index); unknown codes last.
    func catalogueRank(_ code: String) -> Int {
        guard let i = input.catalogue.firstIndex(where: { $0.code == code }) else { return Int.max }
        return input.catalogue[i].sortOrder ?? i
    }

    /// The assessments in catalogue order (the order of table O1).
    var assessmentsInCatalogueOrder: [ThematicAssessment] {
        oia.thematicAssessments.enumerated().sorted { a, b in
            let (ra, rb) = (catalogueRank(a.element.areaCode), catalogueRank(b.element.areaCode))
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
    }

    /// The resolutions of an area's catalogue entry.
    func resolutions(_ code: String) -> [ResolutionRef] {
        (input.thematicArea(code: code) ?? set.thematicArea(code: code))?.resolutions ?? []
    }

    /// "resolution 1373 (2001)" or "resolutions 1373 (2001), 1624 (2005) and 2178 (2014)".
    func resolutionsText(_ refs: [ResolutionRef]) -> String {
        guard !refs.isEmpty else { return "" }
        return text("resolutions", ["list": resolutionList(refs)], count: refs.count)
    }

    /// The numbers of resolutions as a list item each ("2395 (2017)", "第2395(2017)号").
    func resolutionList(_ refs: [ResolutionRef]) -> String {
        common.list(refs.map { common("resolution.listItem", ["number": common.resolutionNumber($0)]) })
    }

    /// The row number ("No.") of a recommendation in table O2.
    func recommendationNumber(_ id: String) -> Int? {
        recommendations.firstIndex { $0.id == id }.map { $0 + 1 }
    }

    /// The row number ("No.") of a need in table O3.
    func needNumber(_ id: String) -> Int? {
        needs.firstIndex { $0.id == id }.map { $0 + 1 }
    }

    /// First letter upper-cased (for labels built from lower-case wording).
    func capitalized(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
