import Foundation
import XCTest

/// Invalid input and failed renders: one clear stderr line per problem (`FILE: PATH: message`), the documented
/// exit status, and no output file — nor a leftover temporary file, nor a damaged earlier output.
final class BadInputTests: XCTestCase {
    /// A test folder with `input/` (inputs) and `out/` (the output folder the CLI writes into).
    private struct Workspace {
        let dir: TemporaryDirectory
        var out: URL { dir.file("out") }
        var pdf: URL { out.appendingPathComponent("visit.pdf") }
        func input(_ name: String) -> URL { dir.file("input").appendingPathComponent(name) }
        /// Everything in `out/`, hidden files included.
        var outputs: [String] { dir.contents("out") }
    }

    private func workspace() throws -> Workspace {
        let dir = try TemporaryDirectory.forTest(self)
        try FileManager.default.createDirectory(at: dir.file("input"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.file("out"), withIntermediateDirectories: true)
        return Workspace(dir: dir)
    }

    private func variant(_ ws: Workspace, _ name: String, _ change: (inout [String: Any]) throws -> Void) throws -> URL {
        var object = try Sample.kenyaJSON()
        try change(&object)
        let url = ws.input(name)
        try Sample.write(object, to: url)
        return url
    }

    private func render(_ input: URL, _ ws: Workspace, _ extra: [String] = [], environment: [String: String] = [:]) throws -> ProcessResult {
        try Run.dossier(["render", "country-visit", input.path, "-o", ws.pdf.path, "--date", "2018-07-31"] + extra,
                        environment: environment)
    }

    /// Exit 65, the expected stderr lines (each containing all of its fragments), nothing in the output folder.
    private func assertInvalidInput(_ r: ProcessResult, _ ws: Workspace, lines expected: [[String]],
                                    file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(r.status, 65, r.summary, file: file, line: line)
        XCTAssertEqual(r.stderrLines.count, expected.count, "stderr lines:\n\(r.stderr)", file: file, line: line)
        for fragments in expected {
            XCTAssertTrue(r.stderrLines.contains { l in fragments.allSatisfy { l.contains($0) } },
                          "no stderr line with \(fragments):\n\(r.stderr)", file: file, line: line)
        }
        XCTAssertEqual(ws.outputs, [], "the output folder must stay empty (no PDF, no temporary file)", file: file, line: line)
        XCTAssertEqual(r.stdout, "", "nothing on stdout when failing", file: file, line: line)
    }

    // MARK: Invalid input (65)

    func testMissingInputFile() throws {
        let ws = try workspace()
        let input = ws.input("no-such-visit.json")
        let r = try render(input, ws)
        XCTAssertEqual(r.status, 65, r.summary)
        XCTAssertEqual(r.stderrLines.count, 1, r.stderr)
        let message = r.stderrLines.first ?? ""
        XCTAssertTrue(message.hasPrefix(input.path + ":"), "the line should start with the file: \(message)")
        XCTAssertNotNil(message.range(of: "no such file|not found|does not exist", options: [.regularExpression, .caseInsensitive]),
                        "the line should say the file does not exist: \(message)")
        XCTAssertEqual(ws.outputs, [])
    }

    func testInvalidJSONGivesLineAndColumn() throws {
        let ws = try workspace()
        let input = ws.input("broken.json")
        // Line 3, column 21: the `x` where a value is expected.
        let text = "{\n  \"schema\": \"ct-briefs/visit-summary-input\",\n  \"visit\": { \"id\":  x }\n}\n"
        try Data(text.utf8).write(to: input)
        let column = Array("  \"visit\": { \"id\":  x }").firstIndex(of: "x")! + 1
        XCTAssertEqual(column, 21)
        let r = try render(input, ws)
        assertInvalidInput(r, ws, lines: [["\(input.path):3:\(column):"]])
        XCTAssertNotNil(r.stderr.range(of: "json", options: .caseInsensitive), "the message should say the JSON is invalid: \(r.stderr)")
    }

    func testWrongTypeNamesThePathAndTheExpectedType() throws {
        let ws = try workspace()
        let input = try variant(ws, "wrong-type.json") { s in
            s.object("visit") { v in v.element("delegation", 0) { $0["seq"] = "one" } }
        }
        let r = try render(input, ws)
        assertInvalidInput(r, ws, lines: [["\(input.path): visit.delegation[0].seq:", "expected", "integer"]])
    }

    func testMissingRequiredFieldNamesItsPath() throws {
        let ws = try workspace()
        let input = try variant(ws, "missing-role.json") { s in
            s.object("visit") { v in v.element("delegation", 2) { $0["role"] = nil } }
        }
        let r = try render(input, ws)
        assertInvalidInput(r, ws, lines: [["\(input.path): visit.delegation[2].role:", "missing"]])
    }

    func testUnknownEnumValueListsTheAcceptedValues() throws {
        let ws = try workspace()
        let input = try variant(ws, "bad-role.json") { s in
            s.object("visit") { v in v.element("delegation", 1) { $0["role"] = "chief" } }
        }
        let r = try render(input, ws)
        assertInvalidInput(r, ws, lines: [["\(input.path): visit.delegation[1].role:", "expected", "coHead", "accompanying", "chief"]])
    }

    func testSeveralErrorsAreAllReported() throws {
        let ws = try workspace()
        let input = try variant(ws, "several.json") { s in
            s.object("visit") { v in
                v.element("delegation", 0) { $0["seq"] = "one" }
                v.element("delegation", 2) { $0["role"] = nil }
                v.element("meetingGroups", 0) { $0["level"] = "stratospheric" }
            }
        }
        let r = try render(input, ws)
        assertInvalidInput(r, ws, lines: [
            ["\(input.path): visit.delegation[0].seq:", "integer"],
            ["\(input.path): visit.delegation[2].role:", "missing"],
            ["\(input.path): visit.meetingGroups[0].level:", "expected", "stratospheric"],
        ])
    }

    func testUnknownFieldUnderStrictIsAnError() throws {
        let ws = try workspace()
        let input = try variant(ws, "unknown-field.json") { s in
            s.object("visit") { v in v["colour"] = "blue" }
        }
        let r = try render(input, ws, ["--strict"])
        XCTAssertEqual(r.status, 65, r.summary)
        XCTAssertTrue(r.stderrLines.contains { $0.hasPrefix("\(input.path): visit.colour:") && $0.contains("unknown field") },
                      "stderr should name the unknown field: \(r.stderr)")
        XCTAssertFalse(r.stderrLines.contains { $0.contains("visit.colour") && $0.contains("warning") },
                       "under --strict the unknown field is an error, not a warning: \(r.stderr)")
        XCTAssertEqual(ws.outputs, [])
    }

    func testUnknownFieldWithoutStrictIsAWarning() throws {
        let ws = try workspace()
        let input = try variant(ws, "unknown-field.json") { s in
            s.object("visit") { v in v["colour"] = "blue" }
        }
        let r = try render(input, ws)
        XCTAssertEqual(r.status, 0, r.summary)
        XCTAssertTrue(r.stderrLines.contains { $0.hasPrefix("\(input.path): visit.colour:") && $0.contains("warning") && $0.contains("unknown field") },
                      "stderr should warn about the unknown field: \(r.stderr)")
        XCTAssertEqual(ws.outputs, ["visit.pdf"])
    }

    // MARK: Usage (64)

    func testUnknownTemplateIsAUsageError() throws {
        let ws = try workspace()
        let r = try Run.dossier(["render", "no-such-template", TestPaths.kenyaSample.path, "-o", ws.pdf.path])
        XCTAssertEqual(r.status, 64, r.summary)
        XCTAssertEqual(r.stderrLines.count, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("no-such-template"), r.stderr)
        XCTAssertTrue(r.stderr.contains("country-visit"), "the message should list the known templates: \(r.stderr)")
        XCTAssertEqual(ws.outputs, [])
    }

    func testMalformedDateIsAUsageError() throws {
        let ws = try workspace()
        let r = try Run.dossier(["render", "country-visit", TestPaths.kenyaSample.path, "-o", ws.pdf.path, "--date", "31/07/2018"])
        XCTAssertEqual(r.status, 64, r.summary)
        XCTAssertTrue(r.stderrLines.contains { $0.contains("--date") && $0.contains("YYYY-MM-DD") }, r.stderr)
        XCTAssertEqual(ws.outputs, [])
    }

    // MARK: An earlier output survives a failed render

    private func sentinel(_ ws: Workspace) throws -> Data {
        let data = Data("sentinel: an earlier output that a failed render must leave alone\n".utf8)
        try data.write(to: ws.pdf)
        return data
    }

    private func assertSentinelKept(_ ws: Workspace, _ data: Data, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(try? Data(contentsOf: ws.pdf), data, "the existing output was replaced or truncated", file: file, line: line)
        XCTAssertEqual(ws.outputs, ["visit.pdf"], "no temporary file may be left in the output folder", file: file, line: line)
    }

    func testExistingOutputIsKeptWhenTheInputIsInvalid() throws {
        let ws = try workspace()
        let data = try sentinel(ws)
        let input = try variant(ws, "missing-role.json") { s in
            s.object("visit") { v in v.element("delegation", 2) { $0["role"] = nil } }
        }
        let r = try render(input, ws)
        XCTAssertEqual(r.status, 65, r.summary)
        assertSentinelKept(ws, data)
    }

    func testExistingOutputIsKeptWhenLayoutFails() throws {
        let ws = try workspace()
        let data = try sentinel(ws)
        let r = try render(TestPaths.kenyaSample, ws, ["--max-pages", "1"])
        XCTAssertEqual(r.status, 70, r.summary)
        XCTAssertTrue(r.stderrLines.contains { $0.contains("error") && $0.contains("max-pages") }, r.stderr)
        assertSentinelKept(ws, data)
    }

    /// With a fontconfig configuration that knows no fonts, the template's families are missing: exit 70,
    /// naming the family, and the earlier output stays.
    func testMissingFontFailsWithStatus70AndKeepsTheOutput() throws {
        let ws = try workspace()
        let data = try sentinel(ws)
        let conf = ws.dir.file("fonts-none.conf")
        try Data("""
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
        <fontconfig><cachedir>\(ws.dir.file("fc-cache").path)</cachedir></fontconfig>
        """.utf8).write(to: conf)
        let r = try render(TestPaths.kenyaSample, ws, ["--fonts", ws.dir.file("no-fonts-here").path],
                           environment: ["FONTCONFIG_FILE": conf.path])
        XCTAssertEqual(r.status, 70, r.summary)
        XCTAssertTrue(r.stderrLines.contains { $0.contains("Liberation Serif") && $0.contains("not installed") },
                      "stderr should name the missing family: \(r.stderr)")
        assertSentinelKept(ws, data)
    }

    func testUnwritableOutputFailsWithStatus70() throws {
        let ws = try workspace()
        // The output's parent "folder" is a regular file.
        let blocker = ws.out.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let r = try Run.dossier(["render", "country-visit", TestPaths.kenyaSample.path, "-o",
                                 blocker.appendingPathComponent("visit.pdf").path, "--date", "2018-07-31"])
        XCTAssertEqual(r.status, 70, r.summary)
        XCTAssertTrue(r.stderr.contains("not-a-folder"), "stderr should name the path: \(r.stderr)")
        XCTAssertEqual(ws.outputs, ["not-a-folder"])
    }
}
