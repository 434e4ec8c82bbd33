import Foundation
import XCTest

/// `dossier schema TEMPLATE`: the JSON Schema of each template's input, checked with an independent validator
/// (Python's jsonschema, Draft202012Validator, through `scripts/validate-with-schema.py`) against the samples and
/// against inputs with one mistake, which the schema and `dossier validate` must both reject.
final class InputSchemaTests: XCTestCase {
    static let templates = ["country-visit": "kenya-2018-visit.json", "oia": "kenya-oia.json", "briefing-pack": "kenya-pack.json"]
    static let languages = ["", "ar", "es", "fr", "ru", "zh"]

    /// Writes the schema of `template` into `dir` and returns its file.
    private func schema(_ template: String, in dir: TemporaryDirectory) throws -> URL {
        let r = try Run.dossier(["schema", template])
        XCTAssertEqual(r.status, 0, r.summary)
        XCTAssertEqual(r.stderr, "")
        let url = dir.file("\(template).schema.json")
        try r.stdoutData.write(to: url)
        return url
    }

    /// Runs the independent validator over `files`.
    private func pythonCheck(_ schema: URL, _ files: [URL]) throws -> ProcessResult {
        let script = TestPaths.packageRoot.appendingPathComponent("scripts/validate-with-schema.py").path
        return try Run.tool("python3", [script, schema.path] + files.map(\.path))
    }

    private func sample(_ language: String, _ file: String) -> URL {
        TestPaths.packageRoot.appendingPathComponent("Samples").appendingPathComponent(language).appendingPathComponent(file)
    }

    func testEverySampleValidatesAgainstItsTemplatesSchema() throws {
        let dir = try TemporaryDirectory.forTest(self)
        for (template, file) in Self.templates.sorted(by: { $0.key < $1.key }) {
            let files = Self.languages.map { sample($0, file) }
            let r = try pythonCheck(try schema(template, in: dir), files)
            XCTAssertEqual(r.status, 0, "\(template):\n\(r.stdout)\(r.stderr)")
            XCTAssertEqual(r.stdoutLines.filter { $0.hasSuffix(": valid") }.count, files.count, r.stdout)
        }
    }

    func testTheSchemaIsDraft2020WithClosedObjectsAndSaysWhatStrictDoes() throws {
        let r = try Run.dossier(["schema", "oia"])
        XCTAssertEqual(r.status, 0, r.summary)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
        XCTAssertEqual(json["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
        XCTAssertEqual(json["additionalProperties"] as? Bool, false)
        XCTAssertEqual(Set(json["required"] as? [String] ?? []), ["sources", "memberState", "oia"])
        let description = try XCTUnwrap(json["description"] as? String)
        XCTAssertTrue(description.contains("warn about unknown fields") && description.contains("--strict"), description)
        let defs = try XCTUnwrap(json["$defs"] as? [String: [String: Any]])
        // Enumerations carry their codes; partial dates their ranges; a closed object everywhere.
        XCTAssertEqual(defs["OIAStatus"]?["enum"] as? [String],
                       ["draft", "transmittedToState", "stateObservationsReceived", "adoptedByCommittee", "superseded"])
        let month = (defs["PartialDate"]?["properties"] as? [String: [String: Any]])?["month"]
        XCTAssertEqual(month?["minimum"] as? Int, 1)
        XCTAssertEqual(month?["maximum"] as? Int, 12)
        for (name, def) in defs where def["type"] as? String == "object" {
            XCTAssertEqual(def["additionalProperties"] as? Bool, false, "\(name) is not closed")
        }
        // meta.emblem: a file name, or {"file", "alt"} (read from the model's own decoding code).
        let emblem = try XCTUnwrap(defs["Emblem"]?["anyOf"] as? [[String: Any]], "\(defs["Emblem"] ?? [:])")
        XCTAssertEqual(emblem.first?["type"] as? String, "string")
        XCTAssertEqual(emblem.last?["required"] as? [String], ["file"])
    }

    /// One mistake each: both the schema and `dossier validate` reject it, naming the same field.
    func testSchemaAndDecoderRejectTheSameMistakes() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let schemaFile = try schema("oia", in: dir)
        let data = try Data(contentsOf: sample("", "kenya-oia.json"))
        let mistakes: [(name: String, path: String, change: (inout [String: Any]) -> Void)] = [
            ("unknown-enum", "oia.status", { $0.object("oia") { $0["status"] = "approvedByCouncil" } }),
            ("missing-required", "oia.asOf", { $0.object("oia") { $0.removeValue(forKey: "asOf") } }),
            ("wrong-type", "memberState.shortName", { $0.object("memberState") { $0["shortName"] = 42 } }),
        ]
        for mistake in mistakes {
            var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            mistake.change(&object)
            let file = dir.file("\(mistake.name).json")
            try Sample.write(object, to: file)

            let schemaRun = try pythonCheck(schemaFile, [file])
            XCTAssertEqual(schemaRun.status, 1, "\(mistake.name): the schema should reject it:\n\(schemaRun.stdout)\(schemaRun.stderr)")
            XCTAssertTrue(schemaRun.stdout.contains(": \(mistake.path.split(separator: ".").first!)"),
                          "\(mistake.name): the schema's error should be at \(mistake.path):\n\(schemaRun.stdout)")

            let decoderRun = try Run.dossier(["validate", "oia", file.path])
            XCTAssertEqual(decoderRun.status, 65, "\(mistake.name): \(decoderRun.summary)")
            XCTAssertTrue(decoderRun.stderr.contains("\(file.path): \(mistake.path): "),
                          "\(mistake.name): the decoder's error should be at \(mistake.path):\n\(decoderRun.stderr)")
        }
    }

    /// Unknown fields: the schema (the strict view) rejects them; the decoder warns, and rejects under --strict.
    /// A top-level `$schema` (for editors) is known to both.
    func testUnknownFieldsAndTheDollarSchemaMember() throws {
        let dir = try TemporaryDirectory.forTest(self)
        let schemaFile = try schema("country-visit", in: dir)
        let unknown = try Sample.kenyaVariant(in: dir, named: "unknown.json") { $0.object("visit") { $0["colour"] = "blue" } }
        XCTAssertEqual(try pythonCheck(schemaFile, [unknown]).status, 1)
        let lenient = try Run.dossier(["validate", "country-visit", unknown.path])
        XCTAssertEqual(lenient.status, 0, lenient.summary)
        XCTAssertTrue(lenient.stderr.contains("visit.colour: warning: unknown field `colour`"), lenient.stderr)
        XCTAssertEqual(try Run.dossier(["validate", "country-visit", "--strict", unknown.path]).status, 65)

        let withSchema = try Sample.kenyaVariant(in: dir, named: "with-schema.json") { $0["$schema"] = "./country-visit.schema.json" }
        XCTAssertEqual(try pythonCheck(schemaFile, [withSchema]).status, 0)
        let strict = try Run.dossier(["validate", "country-visit", "--strict", withSchema.path])
        XCTAssertEqual(strict.status, 0, strict.summary)
        XCTAssertEqual(strict.stderr, "")
    }

    func testHelpListsTheTemplatesAndAnUnknownOneIsBadUsage() throws {
        for command in ["render", "csv", "validate", "batch", "schema"] {
            let help = try Run.dossier([command, "--help"])
            XCTAssertEqual(help.status, 0, help.summary)
            XCTAssertTrue(TextMatch.normalize(help.stdout).contains("(values: country-visit, oia, briefing-pack, bench-brief)"),
                          "\(command) --help should list the templates:\n\(help.stdout)")
        }
        let r = try Run.dossier(["schema", "no-such-template"])
        XCTAssertEqual(r.status, 64, r.summary)
        XCTAssertEqual(r.stderr, "unknown template \"no-such-template\" (templates: country-visit, oia, briefing-pack, bench-brief)\n")
    }
}
