import CPangoCairo
import DossierLayout

/// Writes structure tags so that begin and end always pair and only names cairo 1.16 accepts reach it
/// (cairo 1.16 crashes at finish on unknown names and mismatched ends).
struct TagWriter {
    private(set) var open: [StructureTag] = []
    let cr: OpaquePointer
    /// Off for an untagged PDF (smaller, and cairo keeps no structure tree in memory).
    let enabled: Bool

    mutating func begin(_ tag: StructureTag) {
        guard enabled else { return }
        cairo_tag_begin(cr, tag.name, nil)
        open.append(tag)
    }

    /// Closes `tag` if it is the innermost open tag; a mismatched end is ignored rather than crash cairo.
    mutating func end(_ tag: StructureTag) {
        guard open.last == tag else { return }
        cairo_tag_end(cr, tag.name)
        open.removeLast()
    }

    /// Closes every open tag (end of document).
    mutating func closeAll() {
        while let t = open.popLast() { cairo_tag_end(cr, t.name) }
    }
}

/// Attribute values for cairo tags: destination names restricted to `[A-Za-z0-9._-]`, URIs percent-encoded
/// so that no quote or backslash reaches cairo's attribute parser.
enum TagAttributes {
    static func destinationName(_ anchor: String) -> String {
        var out = ""
        for u in anchor.unicodeScalars {
            if u.isASCII, u.properties.isAlphabetic || ("0"..."9").contains(Character(u)) || u == "." || u == "_" || u == "-" {
                out.unicodeScalars.append(u)
            } else {
                out += "_\(String(u.value, radix: 16))_"
            }
        }
        return out.isEmpty ? "_" : out
    }

    static func uri(_ s: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&()*+,;=%".utf8)
        var out = ""
        for b in s.utf8 {
            if allowed.contains(b) && b != UInt8(ascii: "'") { out.unicodeScalars.append(UnicodeScalar(b)) }
            else { out += String(format: "%%%02X", b) }
        }
        return out
    }
}

import Foundation
