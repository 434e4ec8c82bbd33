import BriefingModel
import Foundation

/// The month as a calendar: weeks from Monday to Friday, each day with its meetings.
struct ProgrammeCalendar {
    /// One week row of the calendar table: the day of the month of each weekday (nil outside the month).
    struct Week {
        var number: Int
        var days: [Int?]   // Monday … Friday
    }

    let weeks: [Week]

    init(month: PartialDate) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        calendar.firstWeekday = 2
        var rows: [Week] = []
        var current: [Int?] = Array(repeating: nil, count: 5)
        for day in 1...Self.days(in: month) {
            let date = calendar.date(from: DateComponents(year: month.year, month: month.month, day: day))!
            let weekday = calendar.component(.weekday, from: date)   // 1 Sunday … 7 Saturday
            guard (2...6).contains(weekday) else {
                if weekday == 7, current.contains(where: { $0 != nil }) {
                    rows.append(Week(number: rows.count + 1, days: current))
                    current = Array(repeating: nil, count: 5)
                }
                continue
            }
            current[weekday - 2] = day
        }
        if current.contains(where: { $0 != nil }) { rows.append(Week(number: rows.count + 1, days: current)) }
        weeks = rows
    }

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

    static func days(in month: PartialDate) -> Int {
        let m = month.month ?? 1
        let leap = month.year % 4 == 0 && (month.year % 100 != 0 || month.year % 400 == 0)
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][max(0, min(11, m - 1))]
    }

    /// "December 2026".
    static func monthTitle(_ month: PartialDate) -> String {
        PartialDate(year: month.year, month: month.month).formatted
    }
}
