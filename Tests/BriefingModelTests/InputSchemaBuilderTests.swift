import XCTest
import BriefingModel

/// The schema is discovered from a type's own decoding code: a field added to a type is in the schema, with the
/// requiredness and shape the loader gives it, without a second declaration.
final class InputSchemaBuilderTests: XCTestCase {
    /// A file named by a string, or an object with a file and an alt text (as `meta.emblem`).
    struct Picture: Decodable, Sendable {
        var file: String
        var alt: String?
        private enum CodingKeys: String, CodingKey { case file, alt }
        init(from decoder: any Decoder) throws {
            if let name = try? decoder.singleValueContainer().decode(String.self) { file = name; alt = nil; return }
            let c = try decoder.container(keyedBy: CodingKeys.self)
            file = try c.decode(String.self, forKey: .file)
            alt = try c.decodeIfPresent(String.self, forKey: .alt)
        }
    }

    struct Report: Decodable, Sendable {
        var id: String
        var pages: Int
        var language: Language
        var issued: PartialDate?
        var tags: [String]?
        var notes: [String: String]?
        var sections: [ReportSection]
        var cover: Picture?
    }

    struct ReportSection: Decodable, Sendable {
        var title: String
        var weight: Double?
        var subsections: [ReportSection]?
    }

    private func object(_ value: JSONValue?) -> [String: JSONValue] {
        guard case .object(let members)? = value else { return [:] }
        return Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    private func references(in value: JSONValue) -> [String] {
        switch value {
        case .array(let items): return items.flatMap(references(in:))
        case .object(let members):
            return members.flatMap { $0.key == "$ref" ? [$0.value.stringValue ?? ""] : references(in: $0.value) }
        default: return []
        }
    }

    func testFieldsRequirednessAndShapesComeFromDecoding() throws {
        let schema = InputSchema.document(for: Report.self, id: "urn:test", title: "t", description: "d")
        let root = object(schema)
        XCTAssertEqual(root["required"], .array([.string("id"), .string("pages"), .string("language"), .string("sections")]))
        XCTAssertEqual(root["additionalProperties"], .bool(false))
        let properties = object(root["properties"])
        XCTAssertEqual(properties["pages"], .object([JSONMember(key: "type", value: .string("integer"))]))
        XCTAssertEqual(object(properties["tags"])["type"], .array([.string("array"), .string("null")]))
        XCTAssertEqual(object(object(properties["notes"])["additionalProperties"])["type"], .string("string"))
        let defs = object(root["$defs"])
        // A vocabulary: its codes. A recursive type: one definition that refers to itself.
        XCTAssertEqual(object(defs["Language"])["enum"], .array(Language.allCases.map { .string($0.rawValue) }))
        let section = object(defs["InputSchemaBuilderTests.ReportSection"])
        XCTAssertEqual(section["required"], .array([.string("title")]))
        XCTAssertNotNil(object(section["properties"])["subsections"])
        // Every reference resolves (the array of sections, which contains itself, keeps a definition).
        for target in references(in: schema) {
            XCTAssertTrue(target.hasPrefix("#/$defs/") && defs[String(target.dropFirst(8))] != nil, "\(target) does not resolve")
        }
        // Two shapes read by one init(from:): a string, or an object with `file` required.
        guard case .array(let shapes)? = object(defs["InputSchemaBuilderTests.Picture"])["anyOf"] else {
            return XCTFail("Picture should accept two shapes: \(defs["InputSchemaBuilderTests.Picture"] ?? .null)")
        }
        XCTAssertEqual(object(shapes.first)["type"], .string("string"))
        XCTAssertEqual(object(shapes.last)["required"], .array([.string("file")]))
        // Declared notes: the partial date's ranges.
        let month = object(object(object(defs["PartialDate"])["properties"])["month"])
        XCTAssertEqual(month["maximum"], .integer(12))
    }

    func testTheLoaderReadsWhatTheSchemaDescribes() throws {
        let text = """
        {"$schema": "./report.schema.json", "id": "r1", "pages": 3, "language": "fr", "cover": "cover.svg",
         "sections": [{"title": "A", "subsections": [{"title": "A.1", "weight": 0.5}]}], "colour": "blue"}
        """
        let tree = try JSONParser.parse(Array(text.utf8))
        let lenient = BundleLoader().decodeModel(Report.self, tree: tree, file: "r.json")
        XCTAssertEqual(lenient.value?.sections.first?.subsections?.first?.title, "A.1")
        XCTAssertEqual(lenient.value?.cover?.file, "cover.svg")
        XCTAssertEqual(lenient.diagnostics.map(\.description), ["r.json: colour: warning: unknown field `colour`"])
        let strict = BundleLoader(strict: true).decodeModel(Report.self, tree: tree, file: "r.json")
        XCTAssertNil(strict.value)
        XCTAssertEqual(strict.diagnostics.map(\.description), ["r.json: colour: unknown field `colour`"])
    }
}
