/// Implementation status of a thematic area in an OIA (docs/input-contract.md §2.2).
public enum ImplementationStatus: String, ModelEnum {
    case substantiallyImplemented, partiallyImplemented, notImplemented, insufficientInformation, notApplicable

    public var label: String {
        switch self {
        case .substantiallyImplemented: "Substantially implemented"
        case .partiallyImplemented: "Partially implemented"
        case .notImplemented: "Not implemented"
        case .insufficientInformation: "Insufficient information"
        case .notApplicable: "Not applicable"
        }
    }
}

/// Priority level of a recommendation or need (docs/input-contract.md §2.2).
public enum Priority: String, ModelEnum {
    case high, medium, low

    public var label: String {
        switch self {
        case .high: "High"
        case .medium: "Medium"
        case .low: "Low"
        }
    }
}

/// Status of a recommendation (docs/input-contract.md §2.2).
public enum RecommendationStatus: String, ModelEnum {
    case open, inProgress, partiallyImplemented, implemented, superseded, noInformation

    public var label: String {
        switch self {
        case .open: "Open"
        case .inProgress: "In progress"
        case .partiallyImplemented: "Partially implemented"
        case .implemented: "Implemented"
        case .superseded: "Superseded"
        case .noInformation: "No information"
        }
    }
}

/// Status of a technical-assistance need (docs/input-contract.md §2.2).
public enum TANeedStatus: String, ModelEnum {
    case identified, proposedToState, agreedWithState, providerIdentified, inDelivery, delivered, closed

    public var label: String {
        switch self {
        case .identified: "Identified"
        case .proposedToState: "Proposed to the State"
        case .agreedWithState: "Agreed with the State"
        case .providerIdentified: "Provider identified"
        case .inDelivery: "In delivery"
        case .delivered: "Delivered"
        case .closed: "Closed"
        }
    }
}

/// Status of an Overview of Implementation Assessment (docs/input-contract.md §2.2).
public enum OIAStatus: String, ModelEnum {
    case draft, transmittedToState, stateObservationsReceived, adoptedByCommittee, superseded

    public var label: String {
        switch self {
        case .draft: "Draft"
        case .transmittedToState: "Transmitted to the State"
        case .stateObservationsReceived: "State observations received"
        case .adoptedByCommittee: "Adopted by the Committee"
        case .superseded: "Superseded"
        }
    }
}

/// The State's consent to sharing an assessment (docs/input-contract.md §2.2).
public enum SharingConsent: String, ModelEnum {
    case notIndicated, notShared, partnersFullRelease, partnersPartialRelease, memberStatesOnRequest
    case `public`

    public var label: String {
        switch self {
        case .notIndicated: "Not indicated"
        case .notShared: "Not to be shared"
        case .partnersFullRelease: "Full release to partners"
        case .partnersPartialRelease: "Partial release to partners"
        case .memberStatesOnRequest: "Member States on request"
        case .public: "Public"
        }
    }

    /// The audiences to which an item with this consent may be released (rule 8 of docs/input-contract.md).
    /// The Committee and the concerned State always may; the rest depends on the consent.
    public var permittedAudiences: Set<PackAudience> {
        switch self {
        case .notIndicated, .notShared: [.committee, .concernedState]
        case .partnersFullRelease, .partnersPartialRelease: [.committee, .concernedState, .partners]
        case .memberStatesOnRequest: [.committee, .concernedState, .otherMemberStates]
        case .public: Set(PackAudience.allCases)
        }
    }
}

/// Kind of an assessment document (docs/input-contract.md §2.2).
public enum AssessmentDocumentKind: String, ModelEnum {
    case visitReport, pao, oia, dis, edis, pia, stateResponse, priorityTANeedsList, globalSurvey
    case apiPnrRoadmap, other

    public var label: String {
        switch self {
        case .visitReport: "Visit report"
        case .pao: "Preliminary assessment overview"
        case .oia: "Overview of Implementation Assessment"
        case .dis: "Detailed Implementation Survey"
        case .edis: "Electronic Detailed Implementation Survey"
        case .pia: "Preliminary Implementation Assessment"
        case .stateResponse: "Response of the State"
        case .priorityTANeedsList: "List of priority technical assistance needs"
        case .globalSurvey: "Global Implementation Survey"
        case .apiPnrRoadmap: "API/PNR road map"
        case .other: "Other document"
        }
    }
}

/// Kind of an OIA evidence item (docs/input-contract.md §2.3 ThematicAssessment.evidence).
public enum EvidenceKind: String, ModelEnum {
    case quote, document, fact

    public var label: String {
        switch self {
        case .quote: "Quote"
        case .document: "Document"
        case .fact: "Fact"
        }
    }
}
