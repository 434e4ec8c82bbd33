import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

// Helpers of the end-to-end tests: running the `dossier` binary and the PDF tools (poppler-utils, qpdf),
// parsing what they print, temporary folders, and text normalisation for comparing extracted text.

// MARK: - Locations

/// Paths of the package and of the `dossier` binary under test.
enum TestPaths {
    /// The package root: three levels above this file (`Tests/EndToEndTests/TestSupport.swift`).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `DOSSIER_BIN` when set, else `<package root>/.build/debug/dossier` (built by `swift build --build-tests`).
    static var dossierBinary: URL {
        if let bin = ProcessInfo.processInfo.environment["DOSSIER_BIN"], !bin.isEmpty {
            return URL(fileURLWithPath: bin)
        }
        return packageRoot.appendingPathComponent(".build/debug/dossier")
    }

    /// The Kenya 2018 visit sample.
    static var kenyaSample: URL { packageRoot.appendingPathComponent("Samples/kenya-2018-visit.json") }
}

// MARK: - Processes

/// What a finished process printed, and how it ended.
struct ProcessResult {
    let executable: String
    let arguments: [String]
    let status: Int32
    let stdoutData: Data
    let stderrData: Data

    var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    var stderr: String { String(decoding: stderrData, as: UTF8.self) }
    /// Non-empty lines of standard error.
    var stderrLines: [String] { stderr.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty } }
    /// Non-empty lines of standard output.
    var stdoutLines: [String] { stdout.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty } }

    /// For failure messages.
    var summary: String {
        "`\(([executable] + arguments).joined(separator: " "))` exited \(status)\n--- stdout:\n\(stdout)--- stderr:\n\(stderr)"
    }
}

struct ToolNotFound: Error, CustomStringConvertible {
    let name: String
    var description: String { "\(name) is not installed (run scripts/setup.sh: poppler-utils, qpdf)" }
}

struct BinaryNotBuilt: Error, CustomStringConvertible {
    let path: String
    var description: String {
        "the dossier binary is missing at \(path): run `swift build --build-tests` first, or set DOSSIER_BIN"
    }
}

enum Run {
    /// Variables removed from the inherited environment so that results do not depend on the caller's shell.
    static let scrubbed: Set<String> = ["SOURCE_DATE_EPOCH", "DOSSIER_TEXT_DIR", "DOSSIER_FONTS_DIR", "DOSSIER_BIN", "DOSSIER_HYPHEN_DIR"]

    /// Runs `executable` with `arguments`, capturing stdout and stderr (through files: no pipe deadlock).
    /// - Parameters:
    ///   - environment: added to (or replacing entries of) the inherited, scrubbed environment.
    ///   - currentDirectory: the working folder; a fresh temporary folder when `nil`.
    static func process(_ executable: URL, _ arguments: [String], environment: [String: String] = [:],
                        currentDirectory: URL? = nil) throws -> ProcessResult {
        let scratch = try TemporaryDirectory(prefix: "run")
        defer { scratch.remove() }
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        var env = ProcessInfo.processInfo.environment.filter { !scrubbed.contains($0.key) }
        for (k, v) in environment { env[k] = v }
        p.environment = env
        p.currentDirectoryURL = currentDirectory ?? scratch.url
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = out
        p.standardError = err
        try p.run()
        p.waitUntilExit()
        try out.close()
        try err.close()
        return ProcessResult(executable: executable.path, arguments: arguments, status: p.terminationStatus,
                             stdoutData: (try? Data(contentsOf: outURL)) ?? Data(),
                             stderrData: (try? Data(contentsOf: errURL)) ?? Data())
    }

    /// A command-line tool found on PATH (then /usr/bin).
    static func tool(_ name: String) throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let dirs = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        for dir in dirs {
            let candidate = URL(fileURLWithPath: dir).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw ToolNotFound(name: name)
    }

    /// Runs a tool by name.
    static func tool(_ name: String, _ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        try process(try tool(name), arguments, environment: environment)
    }

    /// Runs the `dossier` binary under test.
    static func dossier(_ arguments: [String], environment: [String: String] = [:],
                        currentDirectory: URL? = nil) throws -> ProcessResult {
        let bin = TestPaths.dossierBinary
        guard FileManager.default.isExecutableFile(atPath: bin.path) else { throw BinaryNotBuilt(path: bin.path) }
        return try process(bin, arguments, environment: environment, currentDirectory: currentDirectory)
    }
}

// MARK: - Temporary folders

/// A fresh folder under the system temporary folder; `remove()` (or the test's teardown) deletes it.
final class TemporaryDirectory: @unchecked Sendable {
    let url: URL
    /// False for a subfolder: the parent removes it.
    private let owned: Bool

    init(prefix: String = "dossier-e2e") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)", isDirectory: true)
        owned = true
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A new subfolder `name` of `parent`, removed with the parent.
    init(subfolder name: String, of parent: TemporaryDirectory) throws {
        url = parent.url.appendingPathComponent(name, isDirectory: true)
        owned = false
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A temporary folder removed when `test` finishes.
    static func forTest(_ test: XCTestCase, prefix: String = "dossier-e2e") throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory(prefix: prefix)
        test.addTeardownBlock { dir.remove() }
        return dir
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Names of the entries of the folder (or of a subfolder), sorted, hidden ones included.
    func contents(_ sub: String? = nil) -> [String] {
        let dir = sub.map { url.appendingPathComponent($0) } ?? url
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
    }

    func remove() { if owned { try? FileManager.default.removeItem(at: url) } }
}

// MARK: - Rendering the sample

enum Sample {
    /// The sample as a mutable JSON object (for variants with one field changed).
    static func kenyaJSON() throws -> [String: Any] {
        let data = try Data(contentsOf: TestPaths.kenyaSample)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw NSError(domain: "Sample", code: 1, userInfo: [NSLocalizedDescriptionKey: "the sample is not a JSON object"])
        }
        return object
    }

    /// Writes a JSON object (pretty-printed, one member per line); the samples' emblem is copied beside it when the
    /// object names it (an input's files are looked up in its own folder).
    static func write(_ object: Any, to url: URL) throws {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        try data.write(to: url)
        let meta = (object as? [String: Any])?["meta"] as? [String: Any]
        let emblem = meta?["emblem"] as? String ?? (meta?["emblem"] as? [String: Any])?["file"] as? String
        let beside = url.deletingLastPathComponent().appendingPathComponent("emblem.svg")
        if emblem == "emblem.svg", !FileManager.default.fileExists(atPath: beside.path) {
            try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("Samples/emblem.svg"), to: beside)
        }
    }

    /// A variant of the sample with `change` applied to its JSON object.
    static func kenyaVariant(in dir: TemporaryDirectory, named name: String,
                             _ change: (inout [String: Any]) throws -> Void) throws -> URL {
        var object = try kenyaJSON()
        try change(&object)
        let url = dir.file(name)
        try write(object, to: url)
        return url
    }
}

/// Reads and writes nested members of `[String: Any]` JSON objects.
extension Dictionary where Key == String, Value == Any {
    /// The object at `key` changed by `change` (the key must hold an object).
    mutating func object(_ key: String, _ change: (inout [String: Any]) throws -> Void) rethrows {
        var inner = self[key] as? [String: Any] ?? [:]
        try change(&inner)
        self[key] = inner
    }

    /// The element `index` of the array of objects at `key`, changed by `change`.
    mutating func element(_ key: String, _ index: Int, _ change: (inout [String: Any]) throws -> Void) rethrows {
        var array = self[key] as? [Any] ?? []
        var inner = array[index] as? [String: Any] ?? [:]
        try change(&inner)
        array[index] = inner
        self[key] = array
    }
}

// MARK: - Poppler and qpdf

/// How `pdftotext` orders the text it extracts.
enum TextMode {
    /// `-layout`: the physical layout, columns side by side.
    case layout
    /// `-raw`: content-stream order (keeps a table cell's lines together; splits right-to-left words into letters).
    case raw
    /// No option: reading order, right-to-left runs in logical order (marked with bidi controls).
    case reading

    var arguments: [String] {
        switch self {
        case .layout: return ["-layout"]
        case .raw: return ["-raw"]
        case .reading: return []
        }
    }
}

enum PDFTools {
    /// `pdftotext` of the whole document or of pages `first...last`. Pages end with a form feed.
    static func text(_ pdf: URL, mode: TextMode = .layout, first: Int? = nil, last: Int? = nil) throws -> String {
        var args = mode.arguments
        if let first { args += ["-f", "\(first)"] }
        if let last { args += ["-l", "\(last)"] }
        args += ["-enc", "UTF-8", pdf.path, "-"]
        let r = try Run.tool("pdftotext", args)
        guard r.status == 0 else { throw ToolFailure(result: r) }
        return r.stdout
    }

    /// The text of page `page` (1-based), with `pdftotext -f page -l page`.
    static func pageText(_ pdf: URL, page: Int, mode: TextMode = .layout) throws -> String {
        try text(pdf, mode: mode, first: page, last: page)
    }

    /// The text of every page, split at pdftotext's form feeds.
    static func pagesText(_ pdf: URL, mode: TextMode = .layout) throws -> [String] {
        var pages = try text(pdf, mode: mode).components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    /// `pdfinfo -isodates` as key → value.
    static func info(_ pdf: URL) throws -> PDFInfo {
        let r = try Run.tool("pdfinfo", ["-isodates", pdf.path])
        guard r.status == 0 else { throw ToolFailure(result: r) }
        return PDFInfo(output: r.stdout)
    }

    /// The fonts `pdffonts` lists.
    static func fonts(_ pdf: URL) throws -> [PDFFont] {
        let r = try Run.tool("pdffonts", [pdf.path])
        guard r.status == 0 else { throw ToolFailure(result: r) }
        return PDFFont.parse(r.stdout)
    }

    /// `qpdf --check`: its result (status 0 and no warnings when the file is sound).
    static func qpdfCheck(_ pdf: URL) throws -> ProcessResult {
        try Run.tool("qpdf", ["--check", pdf.path])
    }

    /// `pdftotext -bbox-layout`, parsed.
    static func bbox(_ pdf: URL) throws -> BBoxDocument {
        let r = try Run.tool("pdftotext", ["-bbox-layout", "-enc", "UTF-8", pdf.path, "-"])
        guard r.status == 0 else { throw ToolFailure(result: r) }
        return try BBoxDocument.parse(r.stdoutData)
    }
}

struct ToolFailure: Error, CustomStringConvertible {
    let result: ProcessResult
    var description: String { result.summary }
}

/// What `pdfinfo` prints.
struct PDFInfo {
    let fields: [String: String]

    init(output: String) {
        var f: [String: String] = [:]
        for line in output.split(whereSeparator: \.isNewline) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if f[key] == nil { f[key] = value }
        }
        fields = f
    }

    subscript(_ key: String) -> String? { fields[key] }
    var pages: Int? { fields["Pages"].flatMap { Int($0) } }
    var tagged: Bool { fields["Tagged"] == "yes" }

    /// "595.276 x 841.89 pts (A4)" → (595.276, 841.89, "A4").
    var pageSize: (width: Double, height: Double, name: String?)? {
        guard let s = fields["Page size"] else { return nil }
        let parts = s.split(separator: " ")
        guard parts.count >= 3, let w = Double(parts[0]), let h = Double(parts[2]) else { return nil }
        var name: String? = nil
        if let open = s.firstIndex(of: "("), let close = s.lastIndex(of: ")"), open < close {
            name = String(s[s.index(after: open)..<close])
        }
        return (w, h, name)
    }
}

/// One row of `pdffonts`.
struct PDFFont {
    let name: String
    let type: String
    let embedded: Bool
    let subset: Bool
    let unicode: Bool

    /// Parses the table: two header lines, then name, type (may hold spaces), encoding, emb, sub, uni, object id.
    static func parse(_ output: String) -> [PDFFont] {
        let lines = output.split(whereSeparator: \.isNewline).map(String.init)
        guard let rule = lines.firstIndex(where: { $0.hasPrefix("----") }) else { return [] }
        return lines[(rule + 1)...].compactMap { line in
            let t = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard t.count >= 7 else { return nil }
            let n = t.count
            return PDFFont(name: t[0], type: t[1..<(n - 6)].joined(separator: " "),
                           embedded: t[n - 5] == "yes", subset: t[n - 4] == "yes", unicode: t[n - 3] == "yes")
        }
    }
}

// MARK: - pdftotext -bbox-layout

/// A word with its box, in points from the top left of the page.
struct BBoxWord: CustomStringConvertible {
    let text: String
    let xMin: Double, yMin: Double, xMax: Double, yMax: Double
    var description: String {
        "\"\(text)\" [\(Self.f(xMin)), \(Self.f(yMin)) – \(Self.f(xMax)), \(Self.f(yMax))]"
    }
    static func f(_ v: Double) -> String { String(format: "%.2f", v) }
}

/// A line of words as pdftotext grouped them.
struct BBoxLine {
    var words: [BBoxWord]
    let xMin: Double, yMin: Double, xMax: Double, yMax: Double
    var text: String { words.map(\.text).joined(separator: " ") }
}

/// One page: size and lines.
struct BBoxPage {
    let number: Int
    let width: Double
    let height: Double
    var lines: [BBoxLine]
    var words: [BBoxWord] { lines.flatMap(\.words) }
}

/// The parsed XHTML of `pdftotext -bbox-layout`.
struct BBoxDocument {
    var pages: [BBoxPage]

    static func parse(_ data: Data) throws -> BBoxDocument {
        let delegate = BBoxParserDelegate()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse() else {
            throw NSError(domain: "BBox", code: 1, userInfo: [NSLocalizedDescriptionKey:
                "cannot parse pdftotext -bbox-layout output: \(parser.parserError.map { "\($0)" } ?? "unknown error")"])
        }
        return BBoxDocument(pages: delegate.pages)
    }
}

private final class BBoxParserDelegate: NSObject, XMLParserDelegate {
    var pages: [BBoxPage] = []
    private var line: (words: [BBoxWord], box: [Double])?
    private var word: [Double]?
    private var wordText = ""

    private func box(_ a: [String: String]) -> [Double] {
        ["xMin", "yMin", "xMax", "yMax"].map { Double(a[$0] ?? "") ?? .nan }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes a: [String: String] = [:]) {
        switch name {
        case "page":
            pages.append(BBoxPage(number: pages.count + 1, width: Double(a["width"] ?? "") ?? .nan,
                                  height: Double(a["height"] ?? "") ?? .nan, lines: []))
        case "line": line = ([], box(a))
        case "word": word = box(a); wordText = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if word != nil { wordText += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "word":
            if let b = word {
                line?.words.append(BBoxWord(text: wordText, xMin: b[0], yMin: b[1], xMax: b[2], yMax: b[3]))
            }
            word = nil
        case "line":
            if let l = line, !pages.isEmpty {
                pages[pages.count - 1].lines.append(BBoxLine(words: l.words, xMin: l.box[0], yMin: l.box[1], xMax: l.box[2], yMax: l.box[3]))
            }
            line = nil
        default: break
        }
    }
}

// MARK: - Text comparison

enum TextMatch {
    /// Collapses every run of whitespace (line breaks, layout padding, no-break spaces) to one space, joins a
    /// hyphen at a line end to the next word ("Counter-⏎Terrorism" → "Counter-Terrorism": the hyphen belongs
    /// to the text, the renderer adds none), and drops bidi controls. Applied to both sides of a comparison.
    /// Curly quotes and apostrophes are kept: pdftotext returns them as they are.
    /// A hyphenation break extracts as a soft hyphen (U+00AD) at the line end (pdftotext and mutool, from cairo's
    /// PDF): it is dropped and the word joined ("recom<U+00AD>⏎mendation" → "recommendation"); a soft hyphen elsewhere
    /// is dropped.
    static func normalize(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        var pendingSpace = false
        var lineBreak = false
        var softHyphen = false
        for ch in s where !isBidiControl(ch) {
            if ch == "\u{00AD}" { softHyphen = true; continue }
            if ch.isWhitespace || ch == "\u{00A0}" {
                pendingSpace = !out.isEmpty
                if ch.isNewline || ch == "\u{0C}" { lineBreak = true }
                continue
            }
            if pendingSpace && !(lineBreak && (out.last == "-" || softHyphen)) { out.append(" ") }
            pendingSpace = false
            lineBreak = false
            softHyphen = false
            out.append(ch)
        }
        return out
    }

    /// Directional marks and embeddings pdftotext puts around right-to-left runs (LRM, RLM, LRE…PDF, LRI…PDI).
    static func isBidiControl(_ ch: Character) -> Bool {
        ch.unicodeScalars.allSatisfy { s in
            s.value == 0x200E || s.value == 0x200F || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }
    }

    /// True when the text holds a letter of the Arabic script.
    static func isArabic(_ s: String) -> Bool {
        s.unicodeScalars.contains { u in
            (0x0600...0x06FF).contains(u.value) || (0x0750...0x077F).contains(u.value)
                || (0xFB50...0xFDFF).contains(u.value) || (0xFE70...0xFEFF).contains(u.value)
        }
    }

    /// The needles missing from `haystack` (both normalised).
    static func missing(_ needles: [String], in haystack: String) -> [String] {
        let h = normalize(haystack)
        return needles.filter { !h.contains(normalize($0)) }
    }

    /// Checks that the needles occur in this order; returns the first needle not found after the previous one.
    static func firstOutOfOrder(_ needles: [String], in haystack: String) -> String? {
        let h = normalize(haystack)
        var from = h.startIndex
        for needle in needles {
            guard let r = h.range(of: normalize(needle), range: from..<h.endIndex) else { return needle }
            from = r.upperBound
        }
        return nil
    }
}

// MARK: - CSV

/// An RFC 4180 file read strictly: records, and whether every record ended with CRLF.
struct CSVFile {
    let records: [[String]]
    /// True when every record terminator outside quotes is CRLF (and the file ends with one).
    let allLineEndsCRLF: Bool
    let hasByteOrderMark: Bool

    static func read(_ url: URL) throws -> CSVFile { try parse(Data(contentsOf: url)) }

    static func parse(_ data: Data) throws -> CSVFile {
        var bytes = [UInt8](data)
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if bom { bytes.removeFirst(3) }
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var crlf = true
        var i = 0
        var endedWithTerminator = false
        func endField() { record.append(String(decoding: field, as: UTF8.self)); field = [] }
        while i < bytes.count {
            let b = bytes[i]
            endedWithTerminator = false
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") { field.append(b); i += 2; continue }
                    inQuotes = false
                } else {
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: "\""):
                if !field.isEmpty { throw NSError(domain: "CSV", code: 1, userInfo: [NSLocalizedDescriptionKey: "quote inside an unquoted field at byte \(i)"]) }
                inQuotes = true
            case UInt8(ascii: ","):
                endField()
            case 0x0D:
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 } else { crlf = false }
                endField(); records.append(record); record = []; endedWithTerminator = true
            case 0x0A:
                crlf = false
                endField(); records.append(record); record = []; endedWithTerminator = true
            default:
                field.append(b)
            }
            i += 1
        }
        if inQuotes { throw NSError(domain: "CSV", code: 2, userInfo: [NSLocalizedDescriptionKey: "unterminated quoted field"]) }
        if !field.isEmpty || !record.isEmpty { endField(); records.append(record); crlf = false }
        return CSVFile(records: records, allLineEndsCRLF: crlf && (endedWithTerminator || bytes.isEmpty), hasByteOrderMark: bom)
    }

    var header: [String] { records.first ?? [] }
    var rows: [[String]] { Array(records.dropFirst()) }
}
