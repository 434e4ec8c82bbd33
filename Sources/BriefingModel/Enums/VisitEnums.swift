/// Kind of country visit (docs/input-contract.md §2.2).
public enum VisitType: String, ModelEnum {
    case comprehensive, followUp, focused, regional, advocacy, joint, deepDive, other

    /// Whether this is a CTC assessment visit, which should be conducted on behalf of the CTC (rule 4 of docs/input-contract.md).
    public var isAssessmentVisit: Bool {
        switch self {
        case .comprehensive, .followUp, .focused, .regional, .advocacy: true
        case .joint, .deepDive, .other: false
        }
    }

    public var label: String {
        switch self {
        case .comprehensive: "Comprehensive visit"
        case .followUp: "Follow-up visit"
        case .focused: "Focused visit"
        case .regional: "Regional visit"
        case .advocacy: "Advocacy visit"
        case .joint: "Joint visit"
        case .deepDive: "Deep-dive visit"
        case .other: "Visit"
        }
    }
}

/// How a visit was carried out (docs/input-contract.md §2.2).
public enum VisitModality: String, ModelEnum {
    case onSite, hybrid, virtual

    public var label: String {
        switch self {
        case .onSite: "On-site"
        case .hybrid: "Hybrid"
        case .virtual: "Virtual"
        }
    }
}

/// Life-cycle status of a visit (docs/input-contract.md §2.2).
public enum VisitStatus: String, ModelEnum {
    case planned, ongoing, concluded, postponed

    public var label: String {
        switch self {
        case .planned: "Planned"
        case .ongoing: "Ongoing"
        case .concluded: "Concluded"
        case .postponed: "Postponed"
        }
    }
}

/// Role of a delegation member (docs/input-contract.md §2.2).
public enum DelegationRole: String, ModelEnum {
    case head, coHead, member, expert, accompanying, observer

    public var label: String {
        switch self {
        case .head: "Head"
        case .coHead: "Co-head"
        case .member: "Member"
        case .expert: "Expert"
        case .accompanying: "Accompanying"
        case .observer: "Observer"
        }
    }
}

/// Category of a meeting counterpart (docs/input-contract.md §2.2).
public enum CounterpartCategory: String, ModelEnum {
    case nationalGovernment, nationalCTBody, judiciaryProsecution, parliament, localGovernment
    case diplomaticCommunity, unitedNations, internationalOrganization, civilSociety, privateSector
    case academia, other

    public var label: String {
        switch self {
        case .nationalGovernment: "National Government"
        case .nationalCTBody: "National counter-terrorism body"
        case .judiciaryProsecution: "Judiciary and prosecution"
        case .parliament: "Parliament"
        case .localGovernment: "Local government"
        case .diplomaticCommunity: "Diplomatic community"
        case .unitedNations: "United Nations"
        case .internationalOrganization: "International organization"
        case .civilSociety: "Civil society"
        case .privateSector: "Private sector"
        case .academia: "Academia"
        case .other: "Other"
        }
    }
}

/// Level of a meeting group (docs/input-contract.md §2.2).
public enum MeetingLevel: String, ModelEnum {
    case highRanking, technical, unspecified

    public var label: String {
        switch self {
        case .highRanking: "High-ranking"
        case .technical: "Technical"
        case .unspecified: "Not specified"
        }
    }
}

/// Kind of a hybrid visit's component (docs/input-contract.md §2.3 Visit.components).
public enum VisitComponentKind: String, ModelEnum {
    case virtual, physical

    public var label: String {
        switch self {
        case .virtual: "Virtual"
        case .physical: "Physical"
        }
    }
}

/// How a related visit relates to the summarized one (docs/input-contract.md §2.3 RelatedVisit).
public enum RelatedVisitRelation: String, ModelEnum {
    case precededBy, followedBy, sameMission

    public var label: String {
        switch self {
        case .precededBy: "Preceded by"
        case .followedBy: "Followed by"
        case .sameMission: "Same mission"
        }
    }
}

/// Kind of a visit finding (docs/input-contract.md §2.3 Visit.findings).
public enum FindingKind: String, ModelEnum {
    case progress, shortfall, goodPractice

    public var label: String {
        switch self {
        case .progress: "Progress"
        case .shortfall: "Shortfall"
        case .goodPractice: "Good practice"
        }
    }
}
