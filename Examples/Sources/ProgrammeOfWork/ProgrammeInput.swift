import BriefingModel

/// The input of the programme-of-work template: a Committee's meetings in one month, and the documents before
/// them. Decoded by Dossier's tolerant loader, so every mistake is reported with its path, and
/// `committee schema programme-of-work` prints its JSON Schema — generated from these types.
public struct ProgrammeInput: Decodable, Sendable {
    /// Document id: output and annex file names derive from it.
    public var id: String
    /// e.g. "Counter-Terrorism Committee".
    public var committee: String
    /// The month covered: year and month.
    public var month: PartialDate
    /// Who chairs the Committee this month.
    public var chair: String?
    /// Invented data: every page is watermarked.
    public var illustrative: Bool?
    /// The meetings, in any order (the template sorts them).
    public var meetings: [ProgrammeMeeting]
    /// Documents the meetings consider.
    public var documents: [ProgrammeDocument]?
}

/// One meeting of the programme.
public struct ProgrammeMeeting: Decodable, Sendable {
    public var id: String
    /// A full date within the month.
    public var date: PartialDate
    /// "10:00", 24-hour clock.
    public var time: String?
    /// Reuses Dossier's vocabulary of meeting formats (its codes are in the schema).
    public var format: MeetingFormat
    public var title: String
    public var room: String?
    /// Agenda items, in order.
    public var agenda: [String]?
}

/// A document before a meeting of the programme.
public struct ProgrammeDocument: Decodable, Sendable {
    /// e.g. "S/2026/1021".
    public var symbol: String
    public var title: String
    /// The meeting that considers it (a meeting `id`).
    public var meetingId: String
}
