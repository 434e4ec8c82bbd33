import Foundation
import XCTest

/// `dossier templates` and `--help`.
final class CLIInfoTests: XCTestCase {
    func testTemplatesListsCountryVisitWithItsAnnexTables() throws {
        let r = try Run.dossier(["templates"])
        XCTAssertEqual(r.status, 0, r.summary)
        let line = try XCTUnwrap(r.stdoutLines.first { $0.hasPrefix("country-visit") }, "country-visit is not listed:\n\(r.stdout)")
        let fields = line.components(separatedBy: "\t")
        XCTAssertEqual(fields.first, "country-visit")
        let tables = ["visit_delegation", "visit_meetings", "visit_ta_areas", "visit_history"]
        XCTAssertTrue(fields.contains(tables.joined(separator: ",")),
                      "the annex tables V1–V4 should be listed in order: \(line)")
        XCTAssertEqual(r.stderr, "")
    }

    func testHelpDocumentsTheExitStatuses() throws {
        for args in [["--help"], ["render", "--help"], ["csv", "--help"]] {
            let r = try Run.dossier(args)
            XCTAssertEqual(r.status, 0, r.summary)
            let help = TextMatch.normalize(r.stdout + r.stderr)
            XCTAssertTrue(help.lowercased().contains("exit status"), "\(args): no exit statuses in the help:\n\(help)")
            for (status, meaning) in [("64", "bad usage"), ("65", "invalid input"), ("70", "render failure")] {
                XCTAssertTrue(help.contains("\(status) \(meaning)"), "\(args): the help should say \"\(status) \(meaning)\":\n\(help)")
            }
            XCTAssertTrue(help.contains("0 success"), "\(args): the help should say \"0 success\"")
        }
    }

    func testNoArgumentsIsAUsageError() throws {
        let r = try Run.dossier(["render"])
        XCTAssertEqual(r.status, 64, r.summary)
        XCTAssertFalse(r.stderr.isEmpty)
    }
}
