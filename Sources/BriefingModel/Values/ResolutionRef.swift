/// A reference to a Security Council or General Assembly resolution (docs/input-contract.md §2.1).
///
/// `session` is an extension of docs/input-contract.md §2.1 for General Assembly resolutions, whose symbol carries the
/// session number ("71/291"); it is ignored for the Security Council.
public struct ResolutionRef: Codable, Sendable, Equatable, Hashable {
    public var organ: Organ?
    public var number: Int
    public var year: Int?
    public var session: Int?
    public var paragraphs: [String]?

    public init(organ: Organ? = nil, number: Int, year: Int? = nil, session: Int? = nil, paragraphs: [String]? = nil) {
        self.organ = organ
        self.number = number
        self.year = year
        self.session = session
        self.paragraphs = paragraphs
    }

    /// The adopting organ; the Security Council when not stated.
    public var resolvedOrgan: Organ { organ ?? .securityCouncil }

    /// "2395 (2017)" for the Security Council, "71/291" for the General Assembly.
    public var numberForm: String {
        switch resolvedOrgan {
        case .securityCouncil:
            return year.map { "\(number) (\($0))" } ?? String(number)
        case .generalAssembly:
            return session.map { "\($0)/\(number)" } ?? String(number)
        }
    }

    /// The running-text form: "resolution 2395 (2017)" or "resolution 71/291".
    public var textForm: String { "resolution " + numberForm }

    /// The document symbol: "S/RES/2395 (2017)" or "A/RES/71/291".
    public var symbol: String {
        switch resolvedOrgan {
        case .securityCouncil: "S/RES/" + numberForm
        case .generalAssembly: "A/RES/" + numberForm
        }
    }
}
