import BriefingModel
import Foundation

/// Dates of rendered documents.
enum DocumentDates {
    /// The creation date: `meta.date` at midnight UTC, else the caller's fallback.
    static func creationDate(_ meta: ResolvedDocumentMeta, fallback: Date?) -> Date? {
        guard let d = meta.date, let month = d.month, let day = d.day else { return fallback }
        var c = DateComponents()
        c.year = d.year; c.month = month; c.day = day
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        return cal.date(from: c) ?? fallback
    }
}
