import Foundation
import XCTest
@testable import BriefingModel

/// Paths of the sample bundles and helpers to write throw-away input files.
enum Fixtures {
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples")

    static var visitPath: String { samples.appendingPathComponent("kenya-2018-visit.json").path }
    static var oiaPath: String { samples.appendingPathComponent("kenya-oia.json").path }

    /// A fresh temporary folder for one test.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("BriefingModelTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `name` in a fresh temporary folder and returns its path.
    static func write(_ text: String, named name: String) throws -> String {
        let url = try temporaryFolder().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The sample's JSON tree, modified by `edit`, serialized as a new file.
    static func editedSample(_ path: String, named name: String, _ edit: (inout JSONValue) -> Void) throws -> String {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var tree = try JSONParser.parse(Array(text.utf8))
        edit(&tree)
        return try write(tree.jsonText, named: name)
    }

    static func loadVisit(file: StaticString = #filePath, line: UInt = #line) throws -> VisitSummaryInput {
        let result = BundleLoader().load(VisitSummaryInput.self, from: visitPath)
        XCTAssertEqual(result.diagnostics, [], file: file, line: line)
        return try XCTUnwrap(result.value, file: file, line: line)
    }

    static func loadOIA(file: StaticString = #filePath, line: UInt = #line) throws -> OIAInput {
        let result = BundleLoader().load(OIAInput.self, from: oiaPath)
        XCTAssertEqual(result.diagnostics, [], file: file, line: line)
        return try XCTUnwrap(result.value, file: file, line: line)
    }
}

extension JSONValue {
    /// Minimal JSON serialization for test fixtures.
    var jsonText: String {
        switch self {
        case .null: "null"
        case .bool(let value): String(value)
        case .integer(let value): String(value)
        case .double(let value): String(value)
        case .string(let text):
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n") + "\""
        case .array(let items): "[" + items.map(\.jsonText).joined(separator: ",\n") + "]"
        case .object(let members):
            "{" + members.map { JSONValue.string($0.key).jsonText + ": " + $0.value.jsonText }.joined(separator: ",\n") + "}"
        }
    }

    /// Sets (or with `nil` removes) the value at a path of object keys and array indices.
    mutating func set(_ path: [any PathComponent], to value: JSONValue?) {
        guard let head = path.first else {
            if let value { self = value }
            return
        }
        let rest = Array(path.dropFirst())
        switch (self, head) {
        case (.object(var members), let key as String):
            if let index = members.firstIndex(where: { $0.key == key }) {
                if rest.isEmpty, value == nil {
                    members.remove(at: index)
                } else {
                    members[index].value.set(rest, to: value)
                }
            } else if let value, rest.isEmpty {
                members.append(JSONMember(key: key, value: value))
            }
            self = .object(members)
        case (.array(var items), let index as Int):
            if rest.isEmpty, value == nil {
                items.remove(at: index)
            } else {
                items[index].set(rest, to: value)
            }
            self = .array(items)
        default:
            XCTFail("cannot follow path component \(head) in \(kindDescription)")
        }
    }
}

/// A key or index in a `JSONValue.set` path.
protocol PathComponent {}
extension String: PathComponent {}
extension Int: PathComponent {}
