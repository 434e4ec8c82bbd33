import XCTest
@testable import BriefingModel

final class HelperTests: XCTestCase {
    func testPartialDateForms() {
        XCTAssertEqual(PartialDate(year: 2018, month: 7, day: 31).formatted, "31 July 2018")
        XCTAssertEqual(PartialDate(year: 2017, month: 6).formatted, "June 2017")
        XCTAssertEqual(PartialDate(year: 2017, qualifier: .early).formatted, "early 2017")
        XCTAssertEqual(PartialDate(year: 2017).formatted, "2017")
        XCTAssertEqual(PartialDate(year: 2017).iso, "2017")
        XCTAssertEqual(PartialDate(year: 2017, month: 6).iso, "2017-06")
        XCTAssertEqual(PartialDate(year: 2018, month: 7, day: 31).iso, "2018-07-31")
        XCTAssertTrue(PartialDate(year: 2017, month: 7).isAfter(PartialDate(year: 2017, month: 6)))
        XCTAssertFalse(PartialDate(year: 2017).isAfter(PartialDate(year: 2017, month: 6)))
        XCTAssertTrue(PartialDate(year: 2017, qualifier: .late).isAfter(PartialDate(year: 2017, qualifier: .early)))
    }

    func testResolutionForms() {
        let council = ResolutionRef(number: 2395, year: 2017)
        XCTAssertEqual(council.textForm, "resolution 2395 (2017)")
        XCTAssertEqual(council.symbol, "S/RES/2395 (2017)")
        let assembly = ResolutionRef(organ: .generalAssembly, number: 291, year: 2017, session: 71)
        XCTAssertEqual(assembly.textForm, "resolution 71/291")
        XCTAssertEqual(assembly.symbol, "A/RES/71/291")
    }

    func testLabels() {
        XCTAssertEqual(ImplementationStatus.partiallyImplemented.label, "Partially implemented")
        XCTAssertEqual(DelegationRole.coHead.label, "Co-head")
        XCTAssertEqual(VisitType.followUp.label, "Follow-up visit")
        XCTAssertEqual(CounterpartCategory.nationalCTBody.label, "National counter-terrorism body")
        XCTAssertEqual(Sensitivity.strictlyConfidential.rawValue, "STRICTLY CONFIDENTIAL")
        XCTAssertEqual(DistributionCategory.restricted.rawValue, "Restricted")
        XCTAssertEqual(["A", "B", "C"].joinedAsList(), "A, B and C")
    }

    func testPersonNames() throws {
        let input = try Fixtures.loadVisit()
        XCTAssertEqual(input.person(id: "voronkov")?.displayName, "Mr. Vladimir Voronkov")
        XCTAssertEqual(input.person(id: "coninsx")?.shortReference, "Ms. Coninsx")
    }

    func testVisitResolvedMeta() throws {
        let meta = try Fixtures.loadVisit().resolvedMeta
        XCTAssertEqual(meta.title, "Joint visit of the United Nations Office of Counter-Terrorism and the "
                       + "Counter-Terrorism Committee Executive Directorate to Kenya")
        XCTAssertEqual(meta.issuingEntity, "United Nations Office of Counter-Terrorism and Counter-Terrorism Committee Executive Directorate")
        XCTAssertEqual(meta.distribution, .general)
        XCTAssertEqual(meta.sensitivity, .unclassified)
        XCTAssertEqual(meta.language, .en)
        XCTAssertEqual(meta.pageSize, .a4)
        XCTAssertNil(meta.date)
        XCTAssertEqual(meta.watermarks, [])
    }

    func testOIAResolvedMeta() throws {
        let meta = try Fixtures.loadOIA().resolvedMeta
        XCTAssertEqual(meta.title, "Overview of Implementation Assessment: Kenya")
        XCTAssertEqual(meta.issuingEntity, "Counter-Terrorism Committee Executive Directorate")
        XCTAssertEqual(meta.distribution, .restricted)
        XCTAssertEqual(meta.sensitivity, .confidential)
        XCTAssertEqual(meta.watermarks, ["ILLUSTRATIVE"])
    }

    func testMetaOverridesAndDocumentIdFallback() throws {
        let path = try Fixtures.editedSample(Fixtures.visitPath, named: "my-visit.json") {
            $0.set(["meta"], to: .object([
                JSONMember(key: "title", value: .string("Custom")), JSONMember(key: "watermark", value: .string("DRAFT")),
            ]))
            $0.set(["visit", "id"], to: .string(""))
        }
        let bundle = try XCTUnwrap(BundleLoader().loadAny(path).value)
        XCTAssertEqual(bundle.documentId, "my-visit")
        XCTAssertEqual(bundle.visitSummary?.resolvedMeta.title, "Custom")
        XCTAssertEqual(bundle.visitSummary?.resolvedMeta.watermarks, ["DRAFT"])
    }
}
