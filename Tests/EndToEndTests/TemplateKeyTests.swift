import Foundation
import XCTest

/// Every message key a template names as a literal exists in the English wording it reads: a typo in a key fails
/// here, not on a page at render time (`TemplateText` stops the program on an unknown key; the language files are
/// checked against English when they load). Keys built at run time (labels of codes) are checked by rendering.
final class TemplateKeyTests: XCTestCase {
    private let templates = TestPaths.packageRoot.appendingPathComponent("Templates")

    /// The English keys of a wording file, plural forms and all.
    private func keys(_ name: String) throws -> Set<String> {
        let url = templates.appendingPathComponent("Text/en/\(name).json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return Set(object?.keys ?? [:].keys)
    }

    /// `receiver("key"` calls in the Swift files under `folder`, with the file each comes from.
    private func literalKeys(called receiver: String, in folder: String) throws -> [(key: String, file: String)] {
        let pattern = try NSRegularExpression(pattern: "\\b\(receiver)\\(\"([A-Za-z0-9_.]+)\"\\s*[,)]")
        let root = templates.appendingPathComponent(folder)
        var found: [(String, String)] = []
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files where file.pathExtension == "swift" {
            let source = try String(contentsOf: file, encoding: .utf8)
            let range = NSRange(source.startIndex..., in: source)
            for match in pattern.matches(in: source, range: range) {
                if let r = Range(match.range(at: 1), in: source) { found.append((String(source[r]), file.lastPathComponent)) }
            }
        }
        return found
    }

    func testEveryLiteralKeyOfTheTemplatesExistsInEnglish() throws {
        let common = try keys("common")
        let formats = try keys("formats")
        let documents = ["CountryVisit": try keys("country-visit"), "OIA": try keys("oia"), "Pack": try keys("pack")]
        let all = documents.values.reduce(common, { $0.union($1) })
        var checked = 0
        for folder in ["CountryVisit", "OIA", "Pack", "Common"] {
            // `text` is the document's own wording in a document folder; shared components take whichever file they are given.
            for (key, file) in try literalKeys(called: "text", in: folder) {
                XCTAssertTrue((documents[folder] ?? all).contains(key) || common.contains(key),
                              "\(folder)/\(file): text(\"\(key)\") is in no English wording file it can read")
                checked += 1
            }
            for (key, file) in try literalKeys(called: "common", in: folder) {
                XCTAssertTrue(common.contains(key), "\(folder)/\(file): common(\"\(key)\") is not in Text/en/common.json")
                checked += 1
            }
        }
        for (key, file) in try literalKeys(called: "formats", in: "Language") {
            XCTAssertTrue(formats.contains(key), "Language/\(file): formats(\"\(key)\") is not in Text/en/formats.json")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 200, "the scan found the templates' keys")
    }
}
