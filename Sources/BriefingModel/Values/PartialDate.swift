import Foundation

/// A date known to year, month or day precision, optionally qualified ("early 2017") (docs/input-contract.md §2.1).
public struct PartialDate: Codable, Sendable, Equatable, Hashable {
    public var year: Int
    public var month: Int?
    public var day: Int?
    public var qualifier: DateQualifier?

    public init(year: Int, month: Int? = nil, day: Int? = nil, qualifier: DateQualifier? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.qualifier = qualifier
    }

    /// English month names, January first.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// Whether year, month and day are all given (a full date).
    public var isFullDate: Bool { month != nil && day != nil }

    /// The PDF form: "31 July 2018", "June 2017", "early 2017", "2017".
    public var formatted: String {
        var text = String(year)
        if let month, (1...12).contains(month) {
            text = Self.monthNames[month - 1] + " " + text
            if let day { text = "\(day) " + text }
        }
        if let qualifier { text = qualifier.rawValue + " " + text }
        return text
    }

    /// The ISO 8601 (CSV) form: "2017", "2017-06", "2018-07-31". The qualifier is not included.
    public var iso: String {
        var text = String(format: "%04d", year)
        if let month {
            text += String(format: "-%02d", month)
            if let day { text += String(format: "-%02d", day) }
        }
        return text
    }

    /// Whether this date is certainly later than `other`, comparing only the precision both share.
    /// "2017" is not after "June 2017", but "July 2017" is after "June 2017" and "late 2017" after "early 2017".
    public func isAfter(_ other: PartialDate) -> Bool {
        if year != other.year { return year > other.year }
        if let month, let otherMonth = other.month {
            if month != otherMonth { return month > otherMonth }
            if let day, let otherDay = other.day { return day > otherDay }
            return false
        }
        if month == nil, other.month == nil, let rank = qualifier?.rank, let otherRank = other.qualifier?.rank {
            return rank > otherRank
        }
        return false
    }
}

extension DateQualifier {
    /// Position within a year for ordering ("circa" has none).
    var rank: Int? {
        switch self {
        case .early: 0
        case .mid: 1
        case .late: 2
        case .circa: nil
        }
    }
}

/// A period with at least one known end (docs/input-contract.md §2.1).
public struct DateRange: Codable, Sendable, Equatable, Hashable {
    public var start: PartialDate?
    public var end: PartialDate?

    public init(start: PartialDate? = nil, end: PartialDate? = nil) {
        self.start = start
        self.end = end
    }

    /// "start – end" in PDF form, "from start" or "until end" when only one end is known.
    public var formatted: String {
        switch (start, end) {
        case let (start?, end?) where start == end: start.formatted
        case let (start?, end?): start.formatted + " – " + end.formatted
        case let (start?, nil): "from " + start.formatted
        case let (nil, end?): "until " + end.formatted
        case (nil, nil): ""
        }
    }
}
