/// Where a value comes from (docs/input-contract.md §2.1).
public enum Provenance: String, ModelEnum {
    case sourced, derived, reference, illustrative

    public var label: String {
        switch self {
        case .sourced: "Sourced"
        case .derived: "Derived"
        case .reference: "Reference"
        case .illustrative: "Illustrative"
        }
    }
}

/// UN distribution category of a rendered document (docs/input-contract.md §2.2), ordered from widest to narrowest.
public enum DistributionCategory: String, ModelEnum, Comparable {
    case general = "General"
    case limited = "Limited"
    case restricted = "Restricted"

    public var label: String { rawValue }

    public static func < (lhs: DistributionCategory, rhs: DistributionCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Sensitivity marking of a rendered document (docs/input-contract.md §2.2), ordered from least to most sensitive.
public enum Sensitivity: String, ModelEnum, Comparable {
    case unclassified = "UNCLASSIFIED"
    case confidential = "CONFIDENTIAL"
    case strictlyConfidential = "STRICTLY CONFIDENTIAL"

    public var label: String { rawValue }

    public static func < (lhs: Sensitivity, rhs: Sensitivity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Official UN language (docs/input-contract.md §2.2).
public enum Language: String, ModelEnum {
    case ar, zh, en, fr, ru, es

    public var label: String {
        switch self {
        case .ar: "Arabic"
        case .zh: "Chinese"
        case .en: "English"
        case .fr: "French"
        case .ru: "Russian"
        case .es: "Spanish"
        }
    }
}

/// Qualifier of an imprecise date (docs/input-contract.md §2.1 PartialDate).
public enum DateQualifier: String, ModelEnum {
    case early, mid, late, circa

    public var label: String { rawValue }
}

/// UN organ that adopted a resolution (docs/input-contract.md §2.1 ResolutionRef).
public enum Organ: String, ModelEnum {
    case securityCouncil = "SecurityCouncil"
    case generalAssembly = "GeneralAssembly"

    public var label: String {
        switch self {
        case .securityCouncil: "Security Council"
        case .generalAssembly: "General Assembly"
        }
    }
}

/// Kind of an organization (docs/input-contract.md §2.3 Organization).
public enum OrganizationKind: String, ModelEnum {
    case securityCouncilBody, specialPoliticalMission, secretariatEntity, fundOrProgramme
    case internationalOrganization, memberStateAuthority, permanentMission, civilSociety, other

    public var label: String {
        switch self {
        case .securityCouncilBody: "Security Council body"
        case .specialPoliticalMission: "Special political mission"
        case .secretariatEntity: "Secretariat entity"
        case .fundOrProgramme: "Fund or programme"
        case .internationalOrganization: "International organization"
        case .memberStateAuthority: "Member State authority"
        case .permanentMission: "Permanent mission"
        case .civilSociety: "Civil society"
        case .other: "Other"
        }
    }
}

/// Kind of a listed source (docs/input-contract.md §2.3 Source).
public enum SourceKind: String, ModelEnum {
    case pressRelease, unDocument, webPage, stateSubmission, internalNote

    public var label: String {
        switch self {
        case .pressRelease: "Press release"
        case .unDocument: "United Nations document"
        case .webPage: "Web page"
        case .stateSubmission: "Submission of the State"
        case .internalNote: "Internal note"
        }
    }
}

/// Paper size of a rendered document (docs/input-contract.md §2.3 RenderedDocumentMeta; A4 by default).
public enum PageSize: String, ModelEnum {
    case a4 = "A4"
    case letter = "Letter"

    public var label: String { rawValue }
}
