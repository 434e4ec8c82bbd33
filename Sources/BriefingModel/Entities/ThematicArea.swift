/// A thematic area of the assessment catalogue (docs/input-contract.md §2.2).
public struct ThematicArea: Codable, Sendable, Equatable {
    public var code: String
    public var label: String
    /// Labels in other languages, keyed by `Language` raw value.
    public var labels: [String: String]?
    public var resolutions: [ResolutionRef]?
    /// Pillar 1…4 of the Global Counter-Terrorism Strategy.
    public var strategyPillar: Int?
    public var crossCutting: Bool?
    /// Defaults to catalogue order.
    public var sortOrder: Int?
    public var provenance: Provenance?

    init(code: String, label: String, resolutions: [ResolutionRef], crossCutting: Bool? = nil) {
        self.code = code
        self.label = label
        self.resolutions = resolutions
        self.crossCutting = crossCutting
        self.provenance = .reference
    }

    /// The default catalogue of docs/input-contract.md §2.2, used when a bundle does not override it.
    public static let defaultCatalogue: [ThematicArea] = {
        func sc(_ number: Int, _ year: Int) -> ResolutionRef { ResolutionRef(number: number, year: year) }
        return [
            ThematicArea(code: "strategies", label: "Comprehensive and integrated counter-terrorism strategies",
                         resolutions: [sc(1373, 2001)]),
            ThematicArea(code: "legislation", label: "Legislation and criminalization",
                         resolutions: [sc(1373, 2001), sc(1624, 2005), sc(2178, 2014)]),
            ThematicArea(code: "criminalJustice", label: "Criminal justice",
                         resolutions: [sc(1373, 2001), sc(2178, 2014), sc(2396, 2017)]),
            ThematicArea(code: "cft", label: "Countering the financing of terrorism",
                         resolutions: [sc(1373, 2001), sc(2462, 2019)]),
            ThematicArea(code: "lawEnforcement", label: "Law enforcement and information-sharing",
                         resolutions: [sc(1373, 2001), sc(2396, 2017)]),
            ThematicArea(code: "borderManagement",
                         label: "Border management (including aviation and maritime security, API/PNR)",
                         resolutions: [sc(1373, 2001), sc(2178, 2014), sc(2396, 2017), sc(2482, 2019)]),
            ThematicArea(code: "internationalCooperation", label: "International cooperation",
                         resolutions: [sc(1373, 2001)]),
            ThematicArea(code: "incitement", label: "Countering incitement to commit terrorist acts",
                         resolutions: [sc(1624, 2005)]),
            ThematicArea(code: "cve", label: "Preventing and countering violent extremism conducive to terrorism",
                         resolutions: [sc(1624, 2005), sc(2178, 2014)]),
            ThematicArea(code: "ftfReturnees",
                         label: "Foreign terrorist fighters: returnees and relocators (prosecution, rehabilitation and reintegration)",
                         resolutions: [sc(2178, 2014), sc(2396, 2017)]),
            ThematicArea(code: "victims", label: "Support to victims of terrorism", resolutions: []),
            ThematicArea(code: "organizedCrime", label: "Terrorism–organized crime nexus",
                         resolutions: [sc(2482, 2019)]),
            ThematicArea(code: "humanRights", label: "Human rights and the rule of law (cross-cutting)",
                         resolutions: [sc(1624, 2005), sc(2178, 2014)], crossCutting: true),
            ThematicArea(code: "gender", label: "Gender and the roles of women (cross-cutting)",
                         resolutions: [sc(2395, 2017)], crossCutting: true),
        ]
    }()
}
