import Dossier
import DossierRender
import Foundation
import XCTest

/// The report of the DocC article "Building a small report, step by step" (Sources/Dossier/Dossier.docc/
/// BuildingAReport.md), step for step: it compiles, renders, and reads back as the article says.
final class TutorialReportTests: XCTestCase {
    struct Project { var name: String; var owner: String; var status: String; var budget: Int }

    let projects = [
        Project(name: "Archive scanning", owner: "Records", status: "Closed", budget: 120_000),
        Project(name: "Translation memory", owner: "Languages", status: "Open", budget: 80_000),
        Project(name: "Visit planning tool", owner: "Operations", status: "Open", budget: 45_000),
    ]

    func report(_ projects: [Project]) -> Document {
        Document(id: "projects-2026-q4",
                 metadata: DocumentMetadata(title: "Projects, fourth quarter 2026", author: "Planning Unit"),
                 geometry: PageGeometry(paper: .a4, margins: EdgeInsets(all: Length.mm(20))),
                 headingNumbering: .unitedNations) {
            Paragraph("Projects, fourth quarter 2026").bold().fontSize(16).spaceAfter(8)
            Section("Summary") {
                Paragraph("\(projects.count) projects were active this quarter.").numbered()
                Paragraph(Text("One closed ") + Text("on budget").bold() + Text(".")).numbered()
            }
            Section("Projects") {
                Table(projects, id: "projects") {
                    Column("Project", key: "project", text: { $0.name })
                    Column("Owner", key: "owner", width: .fraction(0.25), text: { $0.owner })
                    Column("Status", key: "status", text: { $0.status })
                    Column("Budget (USD)", key: "budget_usd", alignment: .end) { .integer($0.budget) }
                }
                BarChart("Budget by project", bars: projects.map { ($0.name, Double($0.budget)) })
            }
            Section("Annex: budget lines") {
                Table(projects, id: "budget_lines") {
                    Column("Project", key: "project", text: { $0.name })
                    Column("Budget (USD)", key: "budget_usd") { .integer($0.budget) }
                }
            }
            .landscape()
        }
    }

    func testTheArticlesReportRendersAsDescribed() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let renderer = DocumentRenderer(fontDirectory: nil)
        let result = try renderer.render(report(projects), pdf: dir.file("projects.pdf"),
                                         annexes: AnnexDestination(folder: dir.url),
                                         settings: RenderSettings(fallbackDate: Date(timeIntervalSince1970: 0)))
        XCTAssertEqual(result.pageCount, 2, "the landscape annex starts a page of its own")
        XCTAssertEqual(result.annexFiles.map(\.lastPathComponent),
                       ["projects-2026-q4__projects.csv", "projects-2026-q4__budget_lines.csv"])
        let text = TextMatch.normalize(try PDFTools.text(dir.file("projects.pdf")))
        for needle in ["I. Summary", "1. 3 projects were active this quarter.", "2. One closed on budget.", "II. Projects",
                       "Project Owner Status Budget (USD)", "Archive scanning Records Closed 120,000", "Budget by project",
                       "III. Annex: budget lines"] {
            XCTAssertTrue(text.contains(needle), "missing \"\(needle)\" in:\n\(text)")
        }
        let csv = try String(contentsOf: dir.file("projects-2026-q4__projects.csv"), encoding: .utf8)
        XCTAssertTrue(csv.hasPrefix("project,owner,status,budget_usd\r\nArchive scanning,Records,Closed,120000\r\n"), csv)
    }
}
