import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

// Reads what a screen reader would be given: decoded content streams (through `qpdf --json=2`), and for each
// text-showing operator whether it sits in tagged content (a marked-content sequence with an /MCID), in an
// /Artifact sequence, or in neither.

/// A PDF's streams decoded by qpdf, keyed "N G R", with their dictionaries.
struct DecodedStreams {
    let data: [String: Data]
    let document: QPDFDocument

    static func load(_ pdf: URL) throws -> DecodedStreams {
        let r = try Run.tool("qpdf", ["--json=2", "--json-stream-data=inline", "--decode-level=generalized", pdf.path])
        guard r.status == 0 || r.status == 3,
              let root = try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any],
              let q = root["qpdf"] as? [Any], q.count >= 2, let raw = q[1] as? [String: Any] else { throw ToolFailure(result: r) }
        var data: [String: Data] = [:]
        for (key, entry) in raw where key.hasPrefix("obj:") {
            if let stream = (entry as? [String: Any])?["stream"] as? [String: Any], let b64 = stream["data"] as? String {
                data[String(key.dropFirst(4))] = Data(base64Encoded: b64)
            }
        }
        return DecodedStreams(data: data, document: try QPDFDocument.load(pdf))
    }

    /// The decoded content of page `index` (0-based), its content streams joined.
    func pageContent(_ index: Int) -> Data {
        guard let page = document.dict(document.pages[index]) else { return Data() }
        let refs: [Any] = document.array(page["/Contents"]) ?? [page["/Contents"] as Any]
        return refs.compactMap { ($0 as? String).flatMap { data[$0] } }.reduce(Data(), +)
    }

    /// The MCIDs that structure elements refer to, by page index (0-based): marked content not in this set is
    /// left out of the structure tree, so assistive technology never reads it.
    func referencedMCIDs() -> [Int: Set<Int>] {
        var out: [Int: Set<Int>] = [:]
        for (_, element) in document.dictionaries where element["/S"] != nil && element["/P"] != nil {
            let page = document.pageNumber(of: element["/Pg"]).map { $0 - 1 }
            let kids: [Any] = document.array(element["/K"]) ?? [element["/K"] as Any]
            for kid in kids {
                if let mcid = (kid as? NSNumber)?.intValue, let page {
                    out[page, default: []].insert(mcid)
                } else if let reference = document.dict(kid), let mcid = (reference["/MCID"] as? NSNumber)?.intValue,
                          let kidPage = document.pageNumber(of: reference["/Pg"]).map({ $0 - 1 }) ?? page {
                    out[kidPage, default: []].insert(mcid)
                }
            }
        }
        return out
    }

    /// The form XObjects named in page `index`'s resources (its own, or inherited from the page tree):
    /// reference and decoded content.
    func pageForms(_ index: Int) -> [(ref: String, content: Data)] {
        var node = document.dict(document.pages[index])
        var resources: [String: Any]? = nil
        for _ in 0..<32 where resources == nil && node != nil {
            resources = document.dict(node?["/Resources"])
            node = document.dict(node?["/Parent"])
        }
        guard let xObjects = document.dict(resources?["/XObject"]) else { return [] }
        return xObjects.values.compactMap { value in
            guard let ref = value as? String, document.dict(ref)?["/Subtype"] as? String == "/Form", let d = data[ref] else { return nil }
            return (ref, d)
        }.sorted { $0.ref < $1.ref }
    }
}

/// Where a content stream's text-showing operators are, by marked content.
struct MarkedContentCensus {
    /// Text operators inside a sequence whose properties carry an /MCID (real content, in the structure tree).
    var tagged = 0
    /// Text operators inside an /Artifact sequence.
    var artifact = 0
    /// Text operators in neither.
    var unmarked = 0
    /// Path-painting operators (rules, fills, borders) outside every marked-content sequence.
    var unmarkedPaths = 0
    /// The marked-content operators pair up (every BDC/BMC has its EMC).
    var balanced = true
    /// The MCIDs of the marked-content sequences.
    var mcids: Set<Int> = []

    init(_ content: Data) {
        let tokens = ContentTokenizer.tokens(Array(content))
        var stack: [(tag: String, mcid: Bool)] = []
        var operands: [String] = []
        for token in tokens {
            guard token.isOperator else { operands.append(token.text); continue }
            switch token.text {
            case "BDC", "BMC":
                let tag = (token.text == "BDC" ? operands.dropLast().last : operands.last) ?? ""
                let tagName = String(tag.dropFirst())
                let properties = token.text == "BDC" ? (operands.last ?? "") : ""
                let words = properties.split(whereSeparator: { " <>\n".contains($0) })
                if let i = words.firstIndex(of: "/MCID"), i + 1 < words.count, let id = Int(words[i + 1]) { mcids.insert(id) }
                stack.append((tagName, properties.contains("/MCID")))
            case "EMC":
                if stack.popLast() == nil { balanced = false }
            case "Tj", "TJ", "'", "\"":
                if stack.contains(where: { $0.tag == "Artifact" }) { artifact += 1 }
                else if stack.contains(where: { $0.mcid }) { tagged += 1 }
                else { unmarked += 1 }
            case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh":
                if stack.isEmpty { unmarkedPaths += 1 }
            default: break
            }
            operands = []
        }
        if !stack.isEmpty { balanced = false }
    }
}

/// Splits a content stream into operands (strings, names, numbers, arrays and dictionaries kept whole) and operators.
enum ContentTokenizer {
    struct Token { let text: String; let isOperator: Bool }

    static func tokens(_ b: [UInt8]) -> [Token] {
        var out: [Token] = []
        var i = 0
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x0C || c == 0 }
        func isDelimiter(_ c: UInt8) -> Bool { "()<>[]{}/%".utf8.contains(c) }
        /// The end of the object starting at `start` (a string, hex string, dictionary or array).
        func skipComposite(_ start: Int) -> Int {
            var j = start
            var depth = 0
            repeat {
                switch b[j] {
                case UInt8(ascii: "("):
                    var parens = 1
                    j += 1
                    while j < b.count && parens > 0 {
                        if b[j] == UInt8(ascii: "\\") { j += 1 } else if b[j] == UInt8(ascii: "(") { parens += 1 } else if b[j] == UInt8(ascii: ")") { parens -= 1 }
                        j += 1
                    }
                    continue
                case UInt8(ascii: "<") where j + 1 < b.count && b[j + 1] == UInt8(ascii: "<"): depth += 1; j += 2; continue
                case UInt8(ascii: ">") where j + 1 < b.count && b[j + 1] == UInt8(ascii: ">"): depth -= 1; j += 2; continue
                case UInt8(ascii: "<"):
                    while j < b.count && b[j] != UInt8(ascii: ">") { j += 1 }
                    j += 1
                    continue
                case UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "]"): depth -= 1
                default: break
                }
                j += 1
            } while j < b.count && depth > 0
            return j
        }
        while i < b.count {
            let c = b[i]
            if isSpace(c) { i += 1; continue }
            if c == UInt8(ascii: "%") { while i < b.count && b[i] != 0x0A && b[i] != 0x0D { i += 1 }; continue }
            let start = i
            if c == UInt8(ascii: "(") || c == UInt8(ascii: "<") || c == UInt8(ascii: "[") {
                i = skipComposite(i)
                out.append(Token(text: String(decoding: b[start..<min(i, b.count)], as: UTF8.self), isOperator: false))
                continue
            }
            i += 1
            while i < b.count && !isSpace(b[i]) && !isDelimiter(b[i]) { i += 1 }
            let text = String(decoding: b[start..<i], as: UTF8.self)
            let isOperand = c == UInt8(ascii: "/") || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".")
                || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || text == "true" || text == "false" || text == "null"
            out.append(Token(text: text, isOperator: !isOperand))
        }
        return out
    }
}

/// Reads an XMP packet with Foundation's XML parser (so a malformed packet fails): the text of each element
/// that holds text directly (`rdf:li` items are reported under their property, e.g. `dc:title`).
final class XMPFields: NSObject, XMLParserDelegate {
    private var stack: [String] = []
    private var text = ""
    private(set) var fields: [String: [String]] = [:]

    static func parse(_ data: Data) throws -> [String: [String]] {
        let reader = XMPFields()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.delegate = reader
        guard parser.parse() else {
            throw NSError(domain: "XMP", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(parser.parserError.map { "\($0)" } ?? "malformed XMP")"])
        }
        return reader.fields
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        stack.append(name)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        text = ""
        guard !value.isEmpty else { return }
        // rdf:li inside rdf:Alt/Seq/Bag inside the property.
        let property = name == "rdf:li" ? stack.dropLast().last ?? name : name
        fields[property, default: []].append(value)
    }
}
