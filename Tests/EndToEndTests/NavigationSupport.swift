import Dossier
import DossierLayout
import DossierPDF
import DossierRender
import Foundation
import XCTest

// Helpers of the navigation, footnote and domain-template tests: a PDF read through `qpdf --json=2`
// (objects, pages, outline, page labels, link annotations, named destinations), rendering documents built
// in code through the library, a tiny PNG writer, and the text of pages without their furniture.

// MARK: - qpdf --json=2

/// A PDF as `qpdf --json=2` describes it: its objects (values as qpdf prints them: references "N G R",
/// names "/Name", strings "u:text" or "b:hex"), its pages in order, outline and page labels.
struct QPDFDocument {
    /// Object values keyed "N G R" (a stream's dictionary for streams), and "trailer".
    let objects: [String: Any]
    /// Page object references in page order.
    let pages: [String]
    /// The outline tree as qpdf prints it (`title`, `destpageposfrom1`, `kids`).
    let outlineItems: [[String: Any]]
    /// Page label ranges as qpdf prints them (`index`, `label` with `/S`, `/P`, `/St`).
    let pageLabelRanges: [[String: Any]]

    static func load(_ pdf: URL) throws -> QPDFDocument {
        let r = try Run.tool("qpdf", ["--json=2", pdf.path])
        guard r.status == 0 || r.status == 3 else { throw ToolFailure(result: r) }   // 3: warnings
        guard let root = try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any],
              let q = root["qpdf"] as? [Any], q.count >= 2, let raw = q[1] as? [String: Any] else {
            throw NSError(domain: "QPDF", code: 1, userInfo: [NSLocalizedDescriptionKey: "unexpected qpdf --json=2 output"])
        }
        var objects: [String: Any] = [:]
        for (key, entry) in raw {
            let name = key.hasPrefix("obj:") ? String(key.dropFirst(4)) : key
            guard let e = entry as? [String: Any] else { continue }
            if let v = e["value"] { objects[name] = v } else if let s = e["stream"] as? [String: Any] { objects[name] = s["dict"] ?? [:] }
        }
        let pages = ((root["pages"] as? [[String: Any]]) ?? []).compactMap { $0["object"] as? String }
        return QPDFDocument(objects: objects, pages: pages,
                            outlineItems: root["outlines"] as? [[String: Any]] ?? [],
                            pageLabelRanges: root["pagelabels"] as? [[String: Any]] ?? [])
    }

    /// Follows an indirect reference ("12 0 R"); other values are returned as they are.
    func resolve(_ value: Any?) -> Any? {
        var v = value
        var hops = 0
        while let s = v as? String, s.hasSuffix(" R"), s.split(separator: " ").count == 3, hops < 32 {
            v = objects[s]
            hops += 1
        }
        return v
    }

    func dict(_ value: Any?) -> [String: Any]? { resolve(value) as? [String: Any] }
    func array(_ value: Any?) -> [Any]? { resolve(value) as? [Any] }

    /// A PDF text string as qpdf prints it ("u:…", or "b:…" hex: UTF-16BE with a BOM, or PDFDocEncoding).
    static func string(_ value: Any?) -> String? {
        guard let s = value as? String else { return nil }
        if s.hasPrefix("u:") { return String(s.dropFirst(2)) }
        if s.hasPrefix("b:") {
            let hex = Array(s.dropFirst(2))
            var bytes: [UInt8] = []
            var i = 0
            while i + 1 < hex.count, let b = UInt8(String(hex[i...i + 1]), radix: 16) { bytes.append(b); i += 2 }
            if bytes.starts(with: [0xFE, 0xFF]) {
                let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
                return String(decoding: units, as: UTF16.self)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return nil
    }

    var trailer: [String: Any] { objects["trailer"] as? [String: Any] ?? [:] }
    var catalog: [String: Any] { dict(trailer["/Root"]) ?? [:] }
    var info: [String: Any] { dict(trailer["/Info"]) ?? [:] }

    /// An /Info entry as text.
    func infoString(_ key: String) -> String? { Self.string(resolve(info[key])) }

    /// 1-based page number of a page object reference.
    func pageNumber(of ref: Any?) -> Int? {
        guard let s = ref as? String, let i = pages.firstIndex(of: s) else { return nil }
        return i + 1
    }

    /// Named destinations (/Names /Dests name tree, or the older /Dests dictionary) → 1-based page.
    var namedDestinations: [String: Int] {
        var out: [String: Int] = [:]
        func destPage(_ d: Any?) -> Int? {
            if let a = array(d) { return pageNumber(of: a.first) }
            if let dd = dict(d), let a = array(dd["/D"]) { return pageNumber(of: a.first) }
            return nil
        }
        func walk(_ node: [String: Any], depth: Int) {
            guard depth < 32 else { return }
            if let names = array(node["/Names"]) {
                var i = 0
                while i + 1 < names.count {
                    if let key = Self.string(names[i]) { out[key] = destPage(names[i + 1]) }
                    i += 2
                }
            }
            for kid in array(node["/Kids"]) ?? [] { if let k = dict(kid) { walk(k, depth: depth + 1) } }
        }
        if let names = dict(catalog["/Names"]), let dests = dict(names["/Dests"]) { walk(dests, depth: 0) }
        if let old = dict(catalog["/Dests"]) {
            for (k, v) in old { out[String(k.dropFirst())] = destPage(v) }
        }
        return out
    }

    /// A link annotation: its page, rectangle (PDF user space, origin bottom left) and the page it goes to.
    struct Link {
        let page: Int
        let rect: [Double]
        /// The named destination, when the link names one.
        let name: String?
        /// The destination page, resolved through the named destinations when needed.
        let targetPage: Int?
        /// An external URI.
        let uri: String?
    }

    /// Every /Link annotation of every page.
    var links: [Link] {
        let named = namedDestinations
        var out: [Link] = []
        for (i, ref) in pages.enumerated() {
            guard let page = dict(ref) else { continue }
            for a in array(page["/Annots"]) ?? [] {
                guard let annot = dict(a), annot["/Subtype"] as? String == "/Link" else { continue }
                let rect = (array(annot["/Rect"]) ?? []).compactMap { ($0 as? NSNumber)?.doubleValue }
                var name: String? = nil
                var target: Int? = nil
                var uri: String? = nil
                var dest = annot["/Dest"]
                if let action = dict(annot["/A"]) {
                    if action["/S"] as? String == "/URI" { uri = Self.string(resolve(action["/URI"])) }
                    if action["/S"] as? String == "/GoTo" { dest = action["/D"] }
                }
                if let d = resolve(dest) {
                    if let s = Self.string(d) { name = s; target = named[s] }
                    else if let n = d as? String, n.hasPrefix("/") { name = String(n.dropFirst()); target = named[name!] }
                    else if let arr = d as? [Any] { target = pageNumber(of: arr.first) }
                }
                out.append(Link(page: i + 1, rect: rect, name: name, targetPage: target, uri: uri))
            }
        }
        return out
    }

    /// An outline entry, flattened with its depth (1 = top level).
    struct OutlineEntry: Equatable, CustomStringConvertible {
        let depth: Int
        let title: String
        let page: Int?
        var description: String { "\(String(repeating: "  ", count: depth - 1))\(title) → \(page.map(String.init) ?? "?")" }
    }

    /// The outline in document order, depth first.
    var outline: [OutlineEntry] {
        var out: [OutlineEntry] = []
        func walk(_ items: [[String: Any]], _ depth: Int) {
            for item in items {
                out.append(OutlineEntry(depth: depth, title: item["title"] as? String ?? "",
                                        page: (item["destpageposfrom1"] as? NSNumber)?.intValue))
                walk(item["kids"] as? [[String: Any]] ?? [], depth + 1)
            }
        }
        walk(outlineItems, 1)
        return out
    }

    /// The page label of every page, from the /PageLabels number tree (`nil` when the PDF has none).
    var pageLabels: [String]? {
        guard !pageLabelRanges.isEmpty else { return nil }
        let ranges = pageLabelRanges.compactMap { r -> (Int, [String: Any])? in
            guard let i = (r["index"] as? NSNumber)?.intValue else { return nil }
            return (i, r["label"] as? [String: Any] ?? [:])
        }.sorted { $0.0 < $1.0 }
        return (0..<pages.count).map { page in
            guard let (start, label) = ranges.last(where: { $0.0 <= page }) else { return "\(page + 1)" }
            let prefix = Self.string(label["/P"]) ?? ""
            let n = ((label["/St"] as? NSNumber)?.intValue ?? 1) + page - start
            let number: String
            switch label["/S"] as? String {
            case "/D": number = "\(n)"
            case "/r": number = ListMarker.roman(n)
            case "/R": number = ListMarker.roman(n).uppercased()
            case "/a": number = ListMarker.letters(n)
            case "/A": number = ListMarker.letters(n).uppercased()
            default: number = ""
            }
            return prefix + number
        }
    }

    /// Every object whose value is a dictionary, with its reference.
    var dictionaries: [(ref: String, dict: [String: Any])] {
        objects.compactMap { k, v in (v as? [String: Any]).map { (k, $0) } }
    }

    /// Structure elements of type `type` ("/Figure").
    func structureElements(_ type: String) -> [[String: Any]] {
        dictionaries.map(\.dict).filter { $0["/S"] as? String == type && ($0["/Type"] == nil || $0["/Type"] as? String == "/StructElem") }
    }
}

// MARK: - Rendering documents built in code

enum LibraryRender {
    /// A fixed creation date (2018-07-31), for reproducible files.
    static let creationDate = Date(timeIntervalSince1970: 1_532_995_200)

    /// Lays out `document` with Pango shaping and renders it into `dir`. Returns the PDF and the layout.
    static func render(_ document: Document, in dir: TemporaryDirectory) throws -> (pdf: URL, laidOut: LaidOutDocument) {
        let renderer = DocumentRenderer(fontDirectory: nil)
        let laidOut = try renderer.layout(document)
        let url = dir.file("\(document.id).pdf")
        try renderer.render(document, pdf: url, settings: RenderSettings(fallbackDate: creationDate))
        keepForInspection(url)
        return (url, laidOut)
    }

    /// To look at a test's PDF: with `DOSSIER_E2E_KEEP=<folder>`, a copy of it is kept there.
    static func keepForInspection(_ url: URL) {
        guard let keep = ProcessInfo.processInfo.environment["DOSSIER_E2E_KEEP"], !keep.isEmpty else { return }
        let target = URL(fileURLWithPath: keep).appendingPathComponent(url.lastPathComponent)
        try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: target)
        try? FileManager.default.copyItem(at: url, to: target)
    }

    /// The standard stylesheet without the paragraph-number gutter.
    static var sheet: Stylesheet {
        var s = Stylesheet.standard()
        s.numberWidth = 0
        return s
    }
}

// MARK: - PNG

/// Writes small truecolour PNG files: stored (uncompressed) zlib data, CRC-32 and Adler-32 computed here.
enum TinyPNG {
    /// A `width` × `height` image filled with `pixel(x, y)` RGB values.
    static func data(width: Int, height: Int, pixel: (Int, Int) -> (UInt8, UInt8, UInt8)) -> Data {
        var raw: [UInt8] = []
        for y in 0..<height {
            raw.append(0)   // filter: none
            for x in 0..<width { let p = pixel(x, y); raw += [p.0, p.1, p.2] }
        }
        var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        out += chunk("IHDR", be32(UInt32(width)) + be32(UInt32(height)) + [8, 2, 0, 0, 0])
        out += chunk("IDAT", zlibStored(raw))
        out += chunk("IEND", [])
        return Data(out)
    }

    /// `raw` as a zlib stream of stored (uncompressed) deflate blocks: what PNG's IDAT and PDF's FlateDecode read.
    static func zlibStored(_ raw: [UInt8]) -> [UInt8] {
        var z: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let n = min(65_535, raw.count - offset)
            let last: UInt8 = offset + n >= raw.count ? 1 : 0
            z += [last, UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)]
            z += raw[offset..<(offset + n)]
            offset += n
        } while offset < raw.count
        return z + be32(adler32(raw))
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let t = Array(type.utf8)
        return be32(UInt32(data.count)) + t + data + be32(crc32(t + data))
    }

    private static func be32(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)] }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            c ^= UInt32(b)
            for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        }
        return c ^ 0xFFFF_FFFF
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for x in bytes { a = (a + UInt32(x)) % 65_521; b = (b + a) % 65_521 }
        return b << 16 | a
    }
}

// MARK: - Page text

enum PageText {
    /// Words of a page's text: maximal runs of letters, digits and the characters in `extra`. A word broken at a
    /// hyphenation break (U+00AD at the line end, `TextMatch.normalize`) is joined.
    static func words(_ s: String, extra: Set<Character> = []) -> [String] {
        var out: [String] = []
        var cur = ""
        for ch in joiningHyphenationBreaks(s) {
            if ch.isLetter || ch.isNumber || extra.contains(ch) { cur.append(ch) } else if !cur.isEmpty { out.append(cur); cur = "" }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    /// The text with its hyphenation breaks joined: a soft hyphen (U+00AD) and the line break after it removed, a soft
    /// hyphen elsewhere dropped.
    static func joiningHyphenationBreaks(_ s: String) -> String {
        s.replacingOccurrences(of: "\u{00AD}\\s*", with: "", options: .regularExpression)
    }

    /// The 1-based pages whose text holds `word` as a whole word.
    static func pages(containingWord word: String, in pages: [String]) -> [Int] {
        pages.enumerated().filter { words($0.element).contains(word) }.map { $0.offset + 1 }
    }

    /// True when the page's text, all whitespace removed, holds `word` (a diagonal watermark comes out of
    /// `pdftotext -raw` one letter per line).
    static func containsSpread(_ word: String, in page: String) -> Bool {
        String(page.filter { !$0.isWhitespace }).contains(word)
    }
}
