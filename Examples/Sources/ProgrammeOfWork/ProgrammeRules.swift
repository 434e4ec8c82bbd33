import BriefingModel

/// The rules of a programme the types cannot state: real dates in the programme's month, unique meeting ids,
/// documents that name a meeting of the programme.
enum ProgrammeRules {
    static func check(_ input: ProgrammeInput, file: String) -> [ModelDiagnostic] {
        var problems: [ModelDiagnostic] = []
        func error(_ path: String, _ message: String) { problems.append(ModelDiagnostic(.error, file: file, path: path, message: message)) }
        guard let month = input.month.month, (1...12).contains(month) else {
            error("month.month", "expected the month of the programme (1 to 12)")
            return problems
        }
        var seen: [String: Int] = [:]
        for (i, meeting) in input.meetings.enumerated() {
            if let earlier = seen[meeting.id] {
                error("meetings[\(i)].id", "duplicate id \(meeting.id) (also at meetings[\(earlier)])")
            }
            seen[meeting.id] = seen[meeting.id] ?? i
            let d = meeting.date
            if d.year != input.month.year || d.month != month || d.day == nil {
                error("meetings[\(i)].date", "expected a full date in \(ProgrammeCalendar.monthTitle(input.month)), found \"\(d.formatted)\"")
            } else if let day = d.day, !(1...ProgrammeCalendar.days(in: input.month)).contains(day) {
                error("meetings[\(i)].date.day", "expected a day from 1 to \(ProgrammeCalendar.days(in: input.month)), found \(day)")
            }
        }
        for (i, document) in (input.documents ?? []).enumerated() where seen[document.meetingId] == nil {
            error("documents[\(i)].meetingId", "no meeting \"\(document.meetingId)\" in the programme")
        }
        return problems
    }
}
