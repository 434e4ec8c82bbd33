/// Kind of an item of a briefing pack (docs/input-contract.md §2.3 PackItem).
public enum PackItemKind: String, ModelEnum {
    case briefingNote, countryVisitSummary, oia, statusMatrix, annexTable, abbreviations, sourceList
    case otherDocument

    public var label: String {
        switch self {
        case .briefingNote: "Briefing note"
        case .countryVisitSummary: "Country visit summary"
        case .oia: "Overview of Implementation Assessment"
        case .statusMatrix: "Status matrix"
        case .annexTable: "Annex table"
        case .abbreviations: "Abbreviations"
        case .sourceList: "Sources"
        case .otherDocument: "Other document"
        }
    }
}

/// Format of the Committee meeting a pack is prepared for (docs/input-contract.md §2.3 BriefingPack.meeting).
public enum MeetingFormat: String, ModelEnum {
    case formalMeeting, informalConsultations, subcommitteeMeeting, openBriefing, other

    public var label: String {
        switch self {
        case .formalMeeting: "Formal meeting"
        case .informalConsultations: "Informal consultations"
        case .subcommitteeMeeting: "Subcommittee meeting"
        case .openBriefing: "Open briefing"
        case .other: "Meeting"
        }
    }
}

/// A recipient group of a briefing pack, checked against each item's sharing consent (rule 8 of docs/input-contract.md).
public enum PackAudience: String, ModelEnum {
    case committee, concernedState, otherMemberStates, partners, `public`

    public var label: String {
        switch self {
        case .committee: "Members of the Committee"
        case .concernedState: "The State concerned"
        case .otherMemberStates: "Other Member States"
        case .partners: "Implementing partners"
        case .public: "The public"
        }
    }
}

/// A CSV annex table (docs/input-contract.md §3.5), named by its file-name stem.
public enum AnnexTableID: String, ModelEnum {
    case visitDelegation = "visit_delegation"
    case visitMeetings = "visit_meetings"
    case visitTAAreas = "visit_ta_areas"
    case visitHistory = "visit_history"
    case visitQuotes = "visit_quotes"
    case oiaThematicStatus = "oia_thematic_status"
    case oiaRecommendations = "oia_recommendations"
    case oiaTANeeds = "oia_ta_needs"
    case oiaRecommendationStatusHistory = "oia_recommendation_status_history"
    case packContents = "pack_contents"
    case packStatusMatrix = "pack_status_matrix"
    case packOpenPriorityItems = "pack_open_priority_items"
    case packSources = "pack_sources"

    /// The short code of docs/input-contract.md §3.5 ("V1" … "P4"; "V5" for the optional quotes table).
    public var code: String {
        switch self {
        case .visitDelegation: "V1"
        case .visitMeetings: "V2"
        case .visitTAAreas: "V3"
        case .visitHistory: "V4"
        case .visitQuotes: "V5"
        case .oiaThematicStatus: "O1"
        case .oiaRecommendations: "O2"
        case .oiaTANeeds: "O3"
        case .oiaRecommendationStatusHistory: "O4"
        case .packContents: "P1"
        case .packStatusMatrix: "P2"
        case .packOpenPriorityItems: "P3"
        case .packSources: "P4"
        }
    }

    public var label: String {
        switch self {
        case .visitDelegation: "Composition of the delegation"
        case .visitMeetings: "Meetings"
        case .visitTAAreas: "Areas agreed for technical assistance"
        case .visitHistory: "Visit history"
        case .visitQuotes: "Quotations"
        case .oiaThematicStatus: "Implementation status by thematic area"
        case .oiaRecommendations: "Recommendations"
        case .oiaTANeeds: "Technical assistance needs"
        case .oiaRecommendationStatusHistory: "Recommendation status history"
        case .packContents: "Contents of the pack"
        case .packStatusMatrix: "Status matrix"
        case .packOpenPriorityItems: "Open priority items"
        case .packSources: "Sources"
        }
    }
}

/// The kind of an input bundle, named like the suffix of its `schema` ("ct-briefs/<kind>").
public enum BundleKind: String, ModelEnum {
    case visitSummaryInput = "visit-summary-input"
    case oia
    case briefingPack = "briefing-pack"

    /// The `schema` value of this kind of bundle.
    public var schema: String { "ct-briefs/" + rawValue }

    public var label: String {
        switch self {
        case .visitSummaryInput: "visit summary input"
        case .oia: "OIA"
        case .briefingPack: "briefing pack"
        }
    }
}
