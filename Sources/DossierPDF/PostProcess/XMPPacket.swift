import Dossier
import Foundation

/// The document's metadata as an XMP packet (ISO 16684-1), the form PDF/UA and archiving tools read: title,
/// author, subject, keywords, language, creator tool and dates, the same values as the Info dictionary.
/// Values are XML-escaped; the packet depends only on its inputs (no ids, no clock).
enum XMPPacket {
    static func make(_ m: DocumentMetadata, creatorTool: String, created: Date, modified: Date) -> [UInt8] {
        var description: [String] = ["<dc:format>application/pdf</dc:format>"]
        description.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escape(m.title))</rdf:li></rdf:Alt></dc:title>")
        if !m.author.isEmpty { description.append("<dc:creator><rdf:Seq><rdf:li>\(escape(m.author))</rdf:li></rdf:Seq></dc:creator>") }
        if !m.subject.isEmpty {
            description.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escape(m.subject))</rdf:li></rdf:Alt></dc:description>")
        }
        if !m.keywords.isEmpty {
            description.append("<dc:subject><rdf:Bag>" + m.keywords.map { "<rdf:li>\(escape($0))</rdf:li>" }.joined() + "</rdf:Bag></dc:subject>")
            description.append("<pdf:Keywords>\(escape(m.keywords.joined(separator: ", ")))</pdf:Keywords>")
        }
        description.append("<dc:language><rdf:Bag><rdf:li>\(escape(m.language))</rdf:li></rdf:Bag></dc:language>")
        description.append("<xmp:CreatorTool>\(escape(creatorTool))</xmp:CreatorTool>")
        description.append("<xmp:CreateDate>\(iso(created))</xmp:CreateDate>")
        description.append("<xmp:ModifyDate>\(iso(modified))</xmp:ModifyDate>")
        description.append("<xmp:MetadataDate>\(iso(modified))</xmp:MetadataDate>")
        let xml = """
        <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" \
        xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
        \(description.joined(separator: "\n"))
        </rdf:Description>
        </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="r"?>
        """
        return Array(xml.utf8)
    }

    /// Text as XML character data: markup characters escaped, characters XML 1.0 forbids dropped.
    static func escape(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default:
                if u.value >= 0x20 && !(0xFFFE...0xFFFF).contains(u.value) { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    private static func iso(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}
