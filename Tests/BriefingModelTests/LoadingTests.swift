import XCTest
@testable import BriefingModel

final class LoadingTests: XCTestCase {
    func testVisitSampleDecodesWithoutDiagnostics() throws {
        let input = try Fixtures.loadVisit()
        XCTAssertEqual(input.visit.delegation?[0].personId, "voronkov")
        XCTAssertEqual(input.visit.delegation?[3].role, .accompanying)
        XCTAssertEqual(input.memberState.shortName, "Kenya")
        XCTAssertEqual(input.history?.visits?.count, 3)
        XCTAssertEqual(input.person(id: "voronkov")?.displayName, "Mr. Vladimir Voronkov")
        XCTAssertEqual(input.organization(id: "cted")?.acronym, "CTED")
        XCTAssertFalse(input.isIllustrative)
        XCTAssertEqual(input.documentId, "kenya-joint-unoct-cted-visit")
    }

    func testOIASampleDecodesWithoutDiagnostics() throws {
        let input = try Fixtures.loadOIA()
        XCTAssertEqual(input.oia.thematicAssessments[0].areaCode, "legislation")
        XCTAssertEqual(input.oia.priorityRecommendations?[1].statusHistory?[0].fromStatus, nil)
        XCTAssertEqual(input.oia.classification.sensitivity, .confidential)
        XCTAssertTrue(input.isIllustrative)
        XCTAssertEqual(input.documentId, "kenya-oia-illustrative")
    }

    func testLoadAnyRoutesBySchema() throws {
        let visit = BundleLoader().loadAny(Fixtures.visitPath)
        XCTAssertEqual(visit.value?.kind, .visitSummaryInput)
        let oia = BundleLoader().loadAny(Fixtures.oiaPath)
        XCTAssertEqual(oia.value?.kind, .oia)
        XCTAssertEqual(oia.value?.documentId, "kenya-oia-illustrative")
    }

    func testLoadAnyRoutesByShapeWithoutSchema() throws {
        let path = try Fixtures.editedSample(Fixtures.oiaPath, named: "no-schema.json") { $0.set(["schema"], to: nil) }
        let result = BundleLoader().loadAny(path)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.value?.kind, .oia)
    }

    func testWrongSchemaForTypedLoad() {
        let result = BundleLoader().load(OIAInput.self, from: Fixtures.visitPath)
        XCTAssertNil(result.value)
        XCTAssertEqual(result.diagnostics.map(\.path), ["schema"])
        XCTAssertTrue(result.diagnostics[0].message.contains("found \"ct-briefs/visit-summary-input\""))
    }

    func testVerbatimStringsAreByteIdentical() throws {
        let input = try Fixtures.loadVisit()
        XCTAssertEqual(Array(input.person(id: "coninsx")!.name.utf8), Array("Michèle Coninsx".utf8))
        XCTAssertTrue(input.visit.framing![0].contains("“speaking with one UN voice”"))
        XCTAssertEqual(input.visit.agreedTechnicalAssistanceAreas?.items[3].text,
                       "women empowerment in countering/ preventing violent terrorism")
        XCTAssertEqual(input.visit.meetingGroups?[0].leadIn, "During meetings with high-ranking officials – including")
        let raw = try String(contentsOfFile: Fixtures.visitPath, encoding: .utf8)
        for quote in input.visit.quotes ?? [] {
            XCTAssertTrue(raw.contains("\"" + quote.text + "\""), "quote \(quote.seq) altered")
        }
    }

    func testMissingFile() {
        let result = BundleLoader().loadAny("/nonexistent/visit.json")
        XCTAssertNil(result.value)
        XCTAssertEqual(result.diagnostics.map(\.description), ["/nonexistent/visit.json: no such file"])
    }

    func testInvalidJSONReportsLineAndColumn() throws {
        let path = try Fixtures.write("{\n  \"schema\": \"ct-briefs/oia\",\n  \"oia\": {\"id\": \"x\" \"memberStateId\": 1}\n}\n",
                                      named: "broken.json")
        let result = BundleLoader().loadAny(path)
        XCTAssertNil(result.value)
        let diagnostic = try XCTUnwrap(result.diagnostics.first)
        XCTAssertEqual(result.diagnostics.count, 1)
        XCTAssertEqual(diagnostic.line, 3)
        XCTAssertEqual(diagnostic.column, 21)
        XCTAssertEqual(diagnostic.description, path + ":3:21: invalid JSON: expected `,` or `}` after object member")
    }

    func testInvalidJSONColumnCountsCharactersNotBytes() throws {
        let path = try Fixtures.write("{\"name\": \"Michèle\" x}", named: "accent.json")
        let diagnostic = try XCTUnwrap(BundleLoader().loadAny(path).diagnostics.first)
        XCTAssertEqual(diagnostic.line, 1)
        XCTAssertEqual(diagnostic.column, 20)
    }

    func testUnterminatedStringPointsAtItsStart() throws {
        let path = try Fixtures.write("{\n \"a\": \"open\n", named: "open.json")
        let diagnostic = try XCTUnwrap(BundleLoader().loadAny(path).diagnostics.first)
        XCTAssertEqual(diagnostic.message, "invalid JSON: control character in string (escape it)")
        XCTAssertEqual(diagnostic.line, 2)
    }

    func testWrongTypeReportsPath() throws {
        let path = try Fixtures.editedSample(Fixtures.visitPath, named: "wrong-type.json") {
            $0.set(["visit", "delegation", 2, "role"], to: .integer(3))
        }
        let result = BundleLoader().loadAny(path)
        XCTAssertNil(result.value)
        XCTAssertEqual(result.diagnostics.map(\.description), [
            path + ": visit.delegation[2].role: expected one of head, coHead, member, expert, accompanying, observer, found a number",
        ])
    }

    func testWrongScalarTypeReportsPath() throws {
        let path = try Fixtures.editedSample(Fixtures.visitPath, named: "wrong-scalar.json") {
            $0.set(["visit", "delegation", 2, "personId"], to: .integer(7))
        }
        let result = BundleLoader().loadAny(path)
        XCTAssertEqual(result.diagnostics.map(\.description),
                       [path + ": visit.delegation[2].personId: expected a string, found a number"])
    }

    func testUnknownEnumValue() throws {
        let path = try Fixtures.editedSample(Fixtures.visitPath, named: "enum.json") {
            $0.set(["visit", "delegation", 2, "role"], to: .string("chief"))
        }
        let result = BundleLoader().loadAny(path)
        XCTAssertEqual(result.diagnostics.map(\.description), [
            path + ": visit.delegation[2].role: expected one of head, coHead, member, expert, accompanying, observer, found \"chief\"",
        ])
    }

    func testMissingRequiredFieldReportsPath() throws {
        let path = try Fixtures.editedSample(Fixtures.visitPath, named: "missing.json") {
            $0.set(["visit", "delegation", 2, "role"], to: nil)
        }
        let result = BundleLoader().loadAny(path)
        XCTAssertNil(result.value)
        XCTAssertEqual(result.diagnostics.map(\.description), [path + ": visit.delegation[2].role: missing required field"])
    }

    func testAllErrorsInOneFileAreReported() throws {
        let path = try Fixtures.editedSample(Fixtures.oiaPath, named: "several.json") {
            $0.set(["oia", "status"], to: .string("approved"))
            $0.set(["oia", "asOf"], to: nil)
            $0.set(["oia", "thematicAssessments", 1, "status"], to: .bool(true))
            $0.set(["oia", "priorityRecommendations", 0, "isPriority"], to: .string("yes"))
            $0.set(["memberState", "shortName"], to: .null)
            $0.set(["oia", "narrative"], to: .string("text"))
            $0.set(["oia", "colour"], to: .string("blue"))
        }
        let result = BundleLoader().loadAny(path)
        XCTAssertNil(result.value)
        let found = Set(result.diagnostics.map { "\($0.severity) \($0.path): \($0.message)" })
        XCTAssertEqual(found, [
            "error memberState.shortName: expected a string, found null",
            "error oia.asOf: missing required field",
            "error oia.status: expected one of draft, transmittedToState, stateObservationsReceived, adoptedByCommittee, superseded, found \"approved\"",
            "error oia.narrative: expected an array, found a string",
            "error oia.thematicAssessments[1].status: expected one of substantiallyImplemented, partiallyImplemented, notImplemented, insufficientInformation, notApplicable, found a boolean",
            "error oia.priorityRecommendations[0].isPriority: expected a boolean, found a string",
            "warning oia.colour: unknown field `colour`",
        ])
    }

    func testUnknownFieldIsWarningThenErrorWhenStrict() throws {
        let path = try Fixtures.editedSample(Fixtures.visitPath, named: "unknown.json") {
            $0.set(["visit", "delegation", 0, "foo"], to: .integer(1))
        }
        let lenient = BundleLoader().loadAny(path)
        XCTAssertNotNil(lenient.value)
        XCTAssertEqual(lenient.diagnostics.map(\.description),
                       [path + ": visit.delegation[0].foo: warning: unknown field `foo`"])
        let strict = BundleLoader(strict: true).loadAny(path)
        XCTAssertNil(strict.value)
        XCTAssertEqual(strict.diagnostics.map(\.severity), [.error])
    }

    func testYAMLDecodesLikeJSON() throws {
        let json = """
        {
          "schema": "ct-briefs/visit-summary-input",
          "schemaVersion": "0.1",
          "sources": [{"id": "seed", "kind": "pressRelease"}],
          "organizations": [{"id": "cted", "name": "Counter-Terrorism Committee Executive Directorate", "sources": [{"sourceId": "seed"}]}],
          "memberState": {"id": "kenya", "shortName": "Kenya", "sources": [{"sourceId": "seed"}]},
          "persons": [{"id": "coninsx", "honorific": "Ms.", "name": "Michèle Coninsx", "titles": ["Executive Director"]}],
          "visit": {
            "id": "v1", "memberStateId": "kenya", "visitType": "followUp", "conductedBy": ["cted"],
            "onBehalfOf": "ctc", "status": "concluded", "year": 2016, "atInvitationOfGovernment": true,
            "period": {"start": {"year": 2016, "month": 3, "day": 1}},
            "delegation": [{"seq": 1, "isNamed": true, "personId": "coninsx", "organizationId": "cted", "role": "head"}],
            "quotes": [{"seq": 1, "speakerPersonId": "coninsx", "isPartial": false, "text": "“speaking with one UN voice”"}],
            "sources": [{"sourceId": "seed"}]
          }
        }
        """
        let yaml = """
        schema: ct-briefs/visit-summary-input
        schemaVersion: 0.1
        sources:
          - id: seed
            kind: pressRelease
        organizations:
          - id: cted
            name: Counter-Terrorism Committee Executive Directorate
            sources: [{sourceId: seed}]
        memberState:
          id: kenya
          shortName: Kenya
          sources:
            - sourceId: seed
        persons:
          - id: coninsx
            honorific: Ms.
            name: Michèle Coninsx
            titles: [Executive Director]
        visit:
          id: v1
          memberStateId: kenya
          visitType: followUp
          conductedBy: [cted]
          onBehalfOf: ctc
          status: concluded
          year: 2016
          atInvitationOfGovernment: true
          period:
            start: {year: 2016, month: 3, day: 1}
          delegation:
            - {seq: 1, isNamed: true, personId: coninsx, organizationId: cted, role: head}
          quotes:
            - seq: 1
              speakerPersonId: coninsx
              isPartial: false
              text: "“speaking with one UN voice”"
          sources:
            - sourceId: seed
        """
        let fromJSON = BundleLoader().decode(VisitSummaryInput.self, text: json, file: "small.json")
        let fromYAML = BundleLoader().decode(VisitSummaryInput.self, text: yaml, file: "small.yaml")
        XCTAssertEqual(fromJSON.diagnostics, [])
        XCTAssertEqual(fromYAML.diagnostics, [])
        XCTAssertNotNil(fromJSON.value)
        XCTAssertEqual(fromJSON.value, fromYAML.value)
    }

    func testYAMLFileLoadsAndReportsPaths() throws {
        let path = try Fixtures.write("""
        schema: ct-briefs/visit-summary-input
        visit:
          id: [1, 2]
          year: "2016"
        """, named: "bad.yml")
        let result = BundleLoader().loadAny(path)
        XCTAssertNil(result.value)
        let descriptions = result.diagnostics.map(\.description)
        XCTAssertTrue(descriptions.contains(path + ": visit.id: expected a string, found an array"), "\(descriptions)")
        XCTAssertTrue(descriptions.contains(path + ": visit.year: expected an integer, found a string"), "\(descriptions)")
        XCTAssertTrue(descriptions.contains(path + ": sources: missing required field"), "\(descriptions)")
    }

    func testInvalidYAMLReportsLine() throws {
        let path = try Fixtures.write("visit:\n  id: [unclosed\n", named: "broken.yaml")
        let diagnostic = try XCTUnwrap(BundleLoader().loadAny(path).diagnostics.first)
        XCTAssertNotNil(diagnostic.line)
        XCTAssertTrue(diagnostic.message.hasPrefix("invalid YAML"))
    }
}
