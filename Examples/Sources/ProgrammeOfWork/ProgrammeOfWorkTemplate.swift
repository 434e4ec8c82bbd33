import BriefingModel
import Dossier
import Foundation
import Templates

/// A Committee's programme of work for a month: a summary with a chart of meetings by format, the month as a
/// calendar table (a row per week, a column per weekday), the documents before the Committee, and a landscape
/// annex listing every meeting in detail. Its tables are also CSV annexes (`committee csv …`).
public enum ProgrammeOfWorkTemplate: ModelInputTemplate {
    public typealias Input = ProgrammeInput

    public static let name = "programme-of-work"
    public static let summary = "A Committee's monthly programme of work: calendar, chart, landscape annex"
    public static let annexTables = ["programme_calendar", "programme_documents", "programme_meetings"]

    public static func validate(_ input: ProgrammeInput, file: String) -> [ModelDiagnostic] {
        ProgrammeRules.check(input, file: file)
    }

    public static func document(_ input: ProgrammeInput, context: ModelInputContext) throws -> Document {
        let month = ProgrammeCalendar.monthTitle(input.month)
        let meetings = input.meetings.sorted { ($0.date.day ?? 0, $0.time ?? "") < ($1.date.day ?? 0, $1.time ?? "") }
        let title = "Programme of work: \(month)"
        return Document(id: input.id,
                        metadata: DocumentMetadata(title: "\(input.committee): \(title)", author: input.committee,
                                                   subject: title, creationDate: context.fallbackDate),
                        geometry: PageGeometry(paper: .a4, margins: EdgeInsets(all: Length.mm(20))),
                        stylesheet: stylesheet,
                        pageTemplate: PageTemplate(watermark: input.illustrative == true ? "ILLUSTRATIVE" : nil)) {
            Paragraph(input.committee).bold().fontSize(16).lineHeight(20).spaceAfter(2)
            Paragraph(title).fontSize(13).lineHeight(16).spaceAfter(2)
            if let chair = input.chair { Paragraph("Chair: \(chair)").italic().spaceAfter(10) }

            Section("Summary") {
                Paragraph(summarySentence(meetings, month: month))
                BarChart("Meetings by format", bars: byFormat(meetings))
            }
            Section("Calendar") {
                calendarTable(input, meetings)
            }
            if let documents = input.documents, !documents.isEmpty {
                Section("Documents before the Committee") {
                    documentsTable(documents, meetings)
                }
            }
            Section("Annex: meetings in detail") {
                meetingsTable(meetings, documents: input.documents ?? [])
            }
            .landscape()
        }
    }

    /// The standard stylesheet without the gutter for paragraph numbers (this report numbers none).
    static var stylesheet: Stylesheet {
        var sheet = Stylesheet.standard()
        sheet.numberWidth = 0
        return sheet
    }

    /// "The Committee meets 6 times in December 2026: 3 formal meetings, …".
    static func summarySentence(_ meetings: [ProgrammeMeeting], month: String) -> String {
        let counts = byFormat(meetings).map { bar -> String in
            let n = Int(bar.value), label = bar.label.lowercased()
            return "\(n) \(n == 1 || label.hasSuffix("s") ? label : label + "s")"
        }
        let list = counts.count > 1 ? counts.dropLast().joined(separator: ", ") + " and " + counts.last! : counts.first ?? "none"
        return "The Committee meets \(meetings.count) time\(meetings.count == 1 ? "" : "s") in \(month): \(list)."
    }

    /// Meetings per format, in the vocabulary's order, formats without meetings left out.
    static func byFormat(_ meetings: [ProgrammeMeeting]) -> [(label: String, value: Double)] {
        MeetingFormat.allCases.compactMap { format in
            let n = meetings.filter { $0.format == format }.count
            return n == 0 ? nil : (format.label, Double(n))
        }
    }

    static func calendarTable(_ input: ProgrammeInput, _ meetings: [ProgrammeMeeting]) -> Dossier.Table {
        let calendar = ProgrammeCalendar(month: input.month)
        let grid = TableStyle(unStyle: false, grid: Stroke(width: 0.5), headerBackground: .gray(0.88),
                              padding: EdgeInsets(top: 3, leading: 3, bottom: 3, trailing: 3))
        func onDay(_ day: Int?) -> [ProgrammeMeeting] { meetings.filter { day != nil && $0.date.day == day } }
        func cell(_ day: Int?) -> Text {
            guard let day else { return Text("") }
            let items = onDay(day).map { [$0.time, $0.title].compactMap { $0 }.joined(separator: " ") }
            return Text("\(day)").bold() + Text(items.isEmpty ? "" : "  " + items.joined(separator: "; "))
        }
        return Dossier.Table(calendar.weeks, id: "programme_calendar", caption: Text("Meetings of \(ProgrammeCalendar.monthTitle(input.month)) by weekday"), style: grid) {
            Column("Week", key: "week", width: .fixed(Length.mm(12))) { .integer($0.number) }
            for (i, weekday) in ProgrammeCalendar.weekdays.enumerated() {
                Column<ProgrammeCalendar.Week>(weekday, key: weekday.lowercased(), width: .fraction(0.2)) { week in
                    .list(onDay(week.days[i]).map { "\($0.id)" })
                }
                .displayed { cell($0.days[i]) }
            }
        }
    }

    static func documentsTable(_ documents: [ProgrammeDocument], _ meetings: [ProgrammeMeeting]) -> Dossier.Table {
        Dossier.Table(documents, id: "programme_documents") {
            Column("Symbol", key: "symbol", width: .fraction(0.22), text: { $0.symbol })
            Column("Title", key: "title", text: { $0.title })
            Column("Meeting", key: "meeting_id", width: .fraction(0.25)) { document in
                .text(meetings.first { $0.id == document.meetingId }.map { $0.date.formatted } ?? document.meetingId)
            }
        }
    }

    static func meetingsTable(_ meetings: [ProgrammeMeeting], documents: [ProgrammeDocument]) -> Dossier.Table {
        Dossier.Table(meetings, id: "programme_meetings") {
            Column("Date", key: "date", width: .fraction(0.12)) { .date($0.date.iso) }
                .displayed { Text($0.date.formatted) }
            Column("Time", key: "time", width: .fraction(0.06), text: { $0.time })
            Column("Format", key: "format", width: .fraction(0.14), text: { $0.format.rawValue })
                .displayed { Text($0.format.label) }
            Column("Meeting", key: "title", width: .fraction(0.22), text: { $0.title })
            Column("Room", key: "room", width: .fraction(0.08), text: { $0.room })
            Column("Agenda", key: "agenda", width: .fraction(0.24)) { .list($0.agenda ?? []) }
            Column("Documents", key: "documents", width: .fraction(0.14)) { meeting in
                .list(documents.filter { $0.meetingId == meeting.id }.map(\.symbol))
            }
        }
    }
}
