import XCTest
@testable import BriefingModel

final class PackTests: XCTestCase {
    /// Copies both samples into a fresh folder next to a manifest built from `manifest`.
    private func writePack(_ edit: (inout JSONValue) -> Void = { _ in }) throws -> String {
        let folder = try Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("inputs"), withIntermediateDirectories: true)
        for name in ["kenya-2018-visit.json", "kenya-oia.json"] {
            try FileManager.default.copyItem(at: Fixtures.samples.appendingPathComponent(name),
                                             to: folder.appendingPathComponent("inputs/" + name))
        }
        var manifest = try JSONParser.parse(Array(Self.manifest.utf8))
        edit(&manifest)
        let path = folder.appendingPathComponent("pack.json").path
        try manifest.jsonText.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private static let manifest = """
    {
      "schema": "ct-briefs/briefing-pack",
      "id": "ctc-kenya-pack",
      "title": "Kenya: briefing pack",
      "committeeId": "ctc",
      "purpose": "To inform the Committee's consideration of Kenya.",
      "meeting": {"date": {"year": 2018, "month": 9}, "format": "informalConsultations"},
      "preparedBy": "cted",
      "preparedOn": {"year": 2018, "month": 8, "day": 15},
      "version": "1",
      "language": "en",
      "meta": {"title": "Kenya: briefing pack", "issuingEntity": "Counter-Terrorism Committee Executive Directorate",
               "distribution": "Restricted", "sensitivity": "CONFIDENTIAL", "date": {"year": 2018, "month": 8, "day": 15},
               "originalLanguage": "en", "language": "en"},
      "memberStateIds": ["kenya"],
      "briefingNote": {"purpose": "Consideration of Kenya", "background": [{"seq": 1, "text": "Background."}]},
      "items": [
        {"order": 1, "kind": "briefingNote", "refId": "ctc-kenya-pack"},
        {"order": 2, "kind": "countryVisitSummary", "refId": "kenya-joint-unoct-cted-visit", "memberStateId": "kenya"},
        {"order": 3, "kind": "oia", "refId": "kenya-oia-illustrative", "memberStateId": "kenya"},
        {"order": 4, "kind": "annexTable", "refId": "oia_recommendations"}
      ],
      "bundles": [{"path": "inputs/kenya-2018-visit.json", "kind": "visit-summary-input"}, {"path": "inputs/kenya-oia.json"}]
    }
    """

    func testPackLoadsItsBundlesRelativeToTheManifest() throws {
        let result = BundleLoader().loadSet([try writePack()])
        XCTAssertEqual(result.diagnostics, [])
        let set = try XCTUnwrap(result.value)
        XCTAssertEqual(set.bundles.map(\.kind), [.briefingPack, .visitSummaryInput, .oia])
        XCTAssertEqual(set.validate().errors, [])
        let pack = try XCTUnwrap(set.packManifests.first)
        XCTAssertEqual(set.bundle(for: pack.items[2])?.documentId, "kenya-oia-illustrative")
        let meta = set.resolvedMeta(of: pack)
        XCTAssertEqual(meta.sensitivity, .confidential)
        XCTAssertEqual(meta.watermarks, ["ILLUSTRATIVE"])
    }

    func testMissingBundleFileIsReportedInTheManifest() throws {
        let path = try writePack { $0.set(["bundles", 1, "path"], to: .string("inputs/missing.json")) }
        let result = BundleLoader().loadSet([path])
        XCTAssertEqual(result.diagnostics.map(\.path), ["bundles[1].path"])
        XCTAssertTrue(result.diagnostics[0].message.hasPrefix("no such file: "))
        XCTAssertEqual(result.value?.validate().errors.map(\.path), ["items[2].refId"])
    }

    func testRule8PackSensitivityIsAtLeastItsItems() throws {
        let path = try writePack { $0.set(["meta", "sensitivity"], to: .string("UNCLASSIFIED")) }
        let errors = try XCTUnwrap(BundleLoader().loadSet([path]).value).validate().errors
        XCTAssertEqual(errors.map { "\($0.path): \($0.message)" }, [
            "meta.sensitivity: expected at least CONFIDENTIAL, the sensitivity of item \"kenya-oia-illustrative\", found UNCLASSIFIED",
        ])
    }

    func testRule8SharingConsentBlocksItemsForTheNamedAudience() throws {
        let path = try writePack { $0.set(["audience"], to: .array([.string("committee"), .string("otherMemberStates")])) }
        let errors = try XCTUnwrap(BundleLoader().loadSet([path]).value).validate().errors
        XCTAssertEqual(errors.map { "\($0.path): \($0.message)" }, [
            "items[2]: item blocked: the sharing consent of \"kenya-oia-illustrative\" (notIndicated) excludes the pack's audience otherMemberStates",
        ])
        let committeeOnly = try writePack { $0.set(["audience"], to: .array([.string("committee")])) }
        XCTAssertEqual(try XCTUnwrap(BundleLoader().loadSet([committeeOnly]).value).validate().errors, [])
    }

    func testPackMetaRequiredFieldsAndFullDates() throws {
        let path = try writePack {
            $0.set(["meta", "title"], to: nil)
            $0.set(["preparedOn", "day"], to: nil)
            $0.set(["items", 3, "refId"], to: .string("oia_everything"))
        }
        let errors = try XCTUnwrap(BundleLoader().loadSet([path]).value).validate().errors
        XCTAssertEqual(errors.map { "\($0.path): \($0.message)" }, [
            "preparedOn: expected a full date (year, month and day), found \"August 2018\"",
            "meta.title: missing required field",
            "items[3].refId: expected one of \(AnnexTableID.acceptedValues), found \"oia_everything\"",
        ])
    }
}
