import XCTest
@testable import BriefingModel

final class ValidationTests: XCTestCase {
    /// Loads `paths` together (asserting they load cleanly) and validates them.
    private func validate(_ paths: [String], file: StaticString = #filePath, line: UInt = #line) -> [ModelDiagnostic] {
        let result = BundleLoader().loadSet(paths)
        XCTAssertEqual(result.diagnostics, [], file: file, line: line)
        return result.value?.validate() ?? []
    }

    /// The descriptions of the errors (or warnings) found, with the folder of each file removed.
    private func messages(_ diagnostics: [ModelDiagnostic], _ severity: ModelDiagnostic.Severity = .error) -> [String] {
        diagnostics.filter { $0.severity == severity }.map { diagnostic in
            var copy = diagnostic
            copy.file = (diagnostic.file as NSString).lastPathComponent
            return copy.description
        }
    }

    func testKenyaVisitAndOIATogetherValidateAndResolve() throws {
        let result = BundleLoader().loadSet([Fixtures.visitPath, Fixtures.oiaPath])
        XCTAssertEqual(result.diagnostics, [])
        let set = try XCTUnwrap(result.value)
        let diagnostics = set.validate()
        XCTAssertEqual(messages(diagnostics), [])
        XCTAssertFalse(diagnostics.contains { $0.message.contains("not defined in the loaded bundles") })
        XCTAssertEqual(set.quote(visitId: "kenya-joint-unoct-cted-visit", seq: 2)?.speakerPersonId, "coninsx")
        let need = try XCTUnwrap(set.technicalAssistanceNeed(id: "kenya-tan-a"))
        XCTAssertEqual(need.listId, "kenya-priority-ta-needs-list")
        XCTAssertEqual(need.areaCode, "lawEnforcement")
        XCTAssertEqual(set.memberState(id: "kenya")?.provenance, .sourced)
        XCTAssertEqual(set.document(id: "kenya-2016-visit-report")?.approvedOn?.formatted, "early 2017")
    }

    func testCrossBundleReferencesAreWarningsWhenTheBundleIsNotLoaded() {
        let diagnostics = validate([Fixtures.oiaPath])
        XCTAssertEqual(messages(diagnostics), [])
        XCTAssertTrue(messages(diagnostics, .warning).contains(
            "kenya-oia.json: oia.thematicAssessments[0].evidence[0].visitId: warning: visit \"kenya-joint-unoct-cted-visit\" "
                + "is not defined in the loaded bundles; load the bundle that defines it to check this reference"))
    }

    func testRule1DuplicateIdsInOneFile() throws {
        let path = try Fixtures.editedSample(Fixtures.visitPath, named: "dup.json") {
            $0.set(["persons", 1, "id"], to: .string("voronkov"))
            $0.set(["visit", "delegation", 1, "personId"], to: .string("voronkov"))
            $0.set(["visit", "quotes", 1, "speakerPersonId"], to: .string("voronkov"))
            $0.set(["visit", "quotes", 2, "speakerPersonId"], to: .string("voronkov"))
        }
        XCTAssertEqual(messages(validate([path])), [
            "dup.json: persons[1]: duplicate person id \"voronkov\" (also at persons[0]); ids must be unique",
        ])
    }

    func testRule1UnresolvedReferenceInsideTheBundleIsAnError() throws {
        let path = try Fixtures.editedSample(Fixtures.visitPath, named: "ref.json") {
            $0.set(["visit", "delegation", 0, "personId"], to: .string("nobody"))
        }
        XCTAssertEqual(messages(validate([path])), [
            "ref.json: visit.delegation[0].personId: expected the id of a person defined in the loaded bundles, found \"nobody\"",
        ])
    }

    func testRule1LinksMustBeMirrored() throws {
        let path = try Fixtures.editedSample(Fixtures.oiaPath, named: "mirror.json") {
            $0.set(["oia", "technicalAssistanceNeeds", 0, "linkedRecommendationIds"], to: .array([]))
            $0.set(["oia", "technicalAssistanceNeeds", 3, "linkedRecommendationIds"], to: .array([.string("kenya-rec-4")]))
        }
        XCTAssertEqual(messages(validate([path])), [
            "mirror.json: oia.priorityRecommendations[0].linkedTANeedIds[0]: link not mirrored: expected technical "
                + "assistance need \"kenya-tan-a\" to list \"kenya-rec-1\" in its linkedRecommendationIds",
            "mirror.json: oia.technicalAssistanceNeeds[3].linkedRecommendationIds[0]: link not mirrored: expected "
                + "recommendation \"kenya-rec-4\" to list \"kenya-tan-v1\" in its linkedTANeedIds",
        ])
    }

    func testRule1MergeConflictNamesBothFiles() throws {
        let path = try Fixtures.editedSample(Fixtures.oiaPath, named: "conflict.json") {
            $0.set(["oia", "technicalAssistanceNeeds", 2, "text"], to: .string("a legal framework for returnees"))
        }
        XCTAssertEqual(messages(validate([Fixtures.visitPath, path])), [
            "conflict.json: oia.technicalAssistanceNeeds[2].text: technical assistance need \"kenya-tan-c\" is also "
                + "defined in \(Fixtures.visitPath) (history.technicalAssistanceNeeds[2].text) with a different value: "
                + "\"a legal framework for returnees\" here, \"the development of a legal framework to deal with returni…\" there",
        ])
    }

    func testRule2AtMostFiveTopShortfallsAndEachAreaOnce() throws {
        let shortfall = JSONValue.object([
            JSONMember(key: "seq", value: .integer(9)), JSONMember(key: "areaCode", value: .string("cft")),
            JSONMember(key: "text", value: .string("x")),
        ])
        let path = try Fixtures.editedSample(Fixtures.oiaPath, named: "rule2.json") {
            $0.set(["oia", "topShortfalls"], to: .array(Array(repeating: shortfall, count: 6)))
            $0.set(["oia", "thematicAssessments", 2, "areaCode"], to: .string("legislation"))
            $0.set(["oia", "priorityRecommendations", 1, "areaCode"], to: .string("legislation"))
            $0.set(["oia", "technicalAssistanceNeeds", 1, "areaCode"], to: .string("legislation"))
            $0.set(["oia", "technicalAssistanceNeeds", 3, "areaCode"], to: .string("legislation"))
        }
        XCTAssertEqual(messages(validate([path])), [
            "rule2.json: oia.thematicAssessments[2].areaCode: duplicate areaCode legislation (also at oia.thematicAssessments[0]); expected unique values",
            "rule2.json: oia.topShortfalls: expected at most 5 top shortfalls, found 6",
        ])
    }

    func testRule3NamedMembersNeedPersonIdUnnamedNeedDescription() throws {
        let path = try Fixtures.editedSample(Fixtures.visitPath, named: "rule3.json") {
            $0.set(["visit", "delegation", 2, "personId"], to: nil)
            $0.set(["visit", "delegation", 3, "description"], to: nil)
        }
        XCTAssertEqual(messages(validate([path])), [
            "rule3.json: visit.delegation[2].personId: missing required field: a named delegation member (isNamed true) needs a personId",
            "rule3.json: visit.delegation[3].description: missing required field: an unnamed delegation member (isNamed false) needs a description",
        ])
    }

    func testRule4AssessmentVisitsShouldBeOnBehalfOfTheCommittee() throws {
        let path = try Fixtures.editedSample(Fixtures.visitPath, named: "rule4.json") {
            $0.set(["visit", "visitType"], to: .string("focused"))
            $0.set(["visit", "onBehalfOf"], to: .string("unoct"))
            for index in 0..<3 { $0.set(["history", "visits", index, "onBehalfOf"], to: .string("ctc")) }
        }
        let diagnostics = validate([path])
        XCTAssertEqual(messages(diagnostics), [])
        XCTAssertEqual(messages(diagnostics, .warning), [
            "rule4.json: visit.onBehalfOf: warning: a focused visit is an assessment visit and should be conducted "
                + "on behalf of the Committee: expected \"ctc\", found \"unoct\"",
        ])
        // A field the source does not state is not a fault of the data: no warning when `onBehalfOf` is absent.
        let unstated = try Fixtures.editedSample(Fixtures.visitPath, named: "rule4-unstated.json") {
            $0.set(["visit", "visitType"], to: .string("focused"))
        }
        XCTAssertEqual(messages(validate([unstated]), .warning).filter { $0.contains("onBehalfOf") }, [])
        XCTAssertTrue(messages(validate([Fixtures.visitPath]), .warning).allSatisfy { !$0.contains(": visit.onBehalfOf") },
                      "a joint visit need not be on behalf of the Committee")
    }

    func testRule5PeriodOrderAndYear() throws {
        let path = try Fixtures.editedSample(Fixtures.visitPath, named: "rule5.json") {
            let date = { (year: Int, month: Int, day: Int) in
                JSONValue.object([JSONMember(key: "year", value: .integer(year)), JSONMember(key: "month", value: .integer(month)),
                                  JSONMember(key: "day", value: .integer(day))])
            }
            $0.set(["visit", "period"], to: .object([
                JSONMember(key: "start", value: date(2018, 7, 31)), JSONMember(key: "end", value: date(2018, 7, 2)),
            ]))
            $0.set(["visit", "year"], to: .integer(2017))
            $0.set(["history", "visits", 0, "period"], to: .object([JSONMember(key: "end", value: date(2005, 2, 30))]))
        }
        XCTAssertEqual(messages(validate([path])), [
            "rule5.json: visit.period: expected the start (31 July 2018) to be no later than the end (2 July 2018)",
            "rule5.json: visit.year: expected a year within the period (31 July 2018 – 2 July 2018), found 2017",
            "rule5.json: history.visits[0].period.end.day: expected a day from 1 to 28, found 30",
        ])
    }

    func testRule5StatusHistoryIsChronologicalAndEndsAtStatus() throws {
        let path = try Fixtures.editedSample(Fixtures.oiaPath, named: "history.json") {
            $0.set(["oia", "priorityRecommendations", 1, "statusHistory", 0, "changedOn", "year"], to: .integer(2019))
            $0.set(["oia", "priorityRecommendations", 1, "status"], to: .string("implemented"))
        }
        XCTAssertEqual(messages(validate([path])), [
            "history.json: oia.priorityRecommendations[1].statusHistory[1].changedOn: expected a chronological status history: 2018 comes after 2019",
            "history.json: oia.priorityRecommendations[1].statusHistory[1].toStatus: expected the status history to end at the status \"implemented\", found \"inProgress\"",
        ])
    }

    func testAdoptedOIANeedsAdoptionDate() throws {
        let path = try Fixtures.editedSample(Fixtures.oiaPath, named: "adopted.json") {
            $0.set(["oia", "adoptedOn"], to: nil)
        }
        XCTAssertEqual(messages(validate([path])), [
            "adopted.json: oia.adoptedOn: missing required field: an OIA with status adoptedByCommittee needs adoptedOn",
        ])
    }

    func testQuoteEvidenceMustExistWhenTheVisitIsLoaded() throws {
        let path = try Fixtures.editedSample(Fixtures.oiaPath, named: "quote.json") {
            $0.set(["oia", "thematicAssessments", 0, "evidence", 0, "quoteSeq"], to: .integer(99))
        }
        XCTAssertEqual(messages(validate([Fixtures.visitPath, path])), [
            "quote.json: oia.thematicAssessments[0].evidence[0].quoteSeq: expected the seq of a quote of visit \"kenya-joint-unoct-cted-visit\", found 99",
        ])
    }

    func testRule7IllustrativeFlagOrProvenance() throws {
        XCTAssertTrue(try Fixtures.loadOIA().isIllustrative)
        XCTAssertFalse(try Fixtures.loadVisit().isIllustrative)
        let path = try Fixtures.editedSample(Fixtures.visitPath, named: "illustrative.json") {
            $0.set(["visit", "fieldProvenance"], to: .object([JSONMember(key: "status", value: .string("illustrative"))]))
        }
        let input = try XCTUnwrap(BundleLoader().load(VisitSummaryInput.self, from: path).value)
        XCTAssertTrue(input.isIllustrative)
        XCTAssertEqual(input.resolvedMeta.watermarks, ["ILLUSTRATIVE"])
    }
}
