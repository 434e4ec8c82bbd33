import Foundation

/// The text of an SVG file made safe to hand to librsvg: what would bring a font or a raster into the PDF, or let
/// the parser expand entities, is refused; references to anything outside the document (files, URLs, `data:`
/// resources, CSS imports) are removed, each with a warning, so that nothing outside the file is ever read.
/// librsvg is also given no base location, so it could not resolve a relative reference even if one got through.
struct SVGSource {
    /// The sanitised document.
    let text: String
    /// One line per reference removed.
    let warnings: [String]

    init(_ data: Data) throws(ImageProblem) {
        guard var text = String(data: data, encoding: .utf8) else { throw ImageProblem("malformed SVG: not UTF-8 text") }
        try Self.refuse(in: text)
        var warnings: [String] = []
        // Attribute references: href="…", xlink:href='…' (images, <use>, XInclude, gradients, patterns).
        text = Self.replace(#"((?:[A-Za-z_][\w.-]*:)?href\s*=\s*)("([^"]*)"|'([^']*)')"#, in: text) { groups in
            let value = (groups[3] ?? groups[4] ?? "").trimmingCharacters(in: .whitespaces)
            guard !value.hasPrefix("#") else { return nil }
            warnings.append(Self.ignored(value))
            return (groups[1] ?? "") + "\"\""
        }
        // Style references: url(…) in attributes and CSS (fills, masks, fonts, imports).
        text = Self.replace(#"url\(\s*(["']?)([^)"']*)\1\s*\)"#, in: text) { groups in
            let value = (groups[2] ?? "").trimmingCharacters(in: .whitespaces)
            guard !value.hasPrefix("#") else { return nil }
            warnings.append(Self.ignored(value))
            return "none"
        }
        text = Self.replace(#"@import\s+(["'])([^"']*)\1\s*;?"#, in: text) { groups in
            warnings.append(Self.ignored(groups[2] ?? ""))
            return ""
        }
        self.text = text
        self.warnings = warnings
    }

    /// Elements that draw text (its fonts would not come from the manifest), filters (rasterised), and entity
    /// declarations (expanded by the XML parser).
    private static func refuse(in text: String) throws(ImageProblem) {
        let prefix = #"<\s*(?:[A-Za-z_][\w.-]*:)?"#
        if let name = firstMatch(prefix + #"(text|tspan|textPath|tref|altGlyph|font|font-face)(?=[\s/>])"#, in: text) {
            throw ImageProblem("SVG contains text (<\(name)>); convert text to outlines (paths), so that no font outside the "
                + "manifest reaches the PDF")
        }
        if let name = firstMatch(prefix + #"(filter|feImage)(?=[\s/>])"#, in: text) {
            throw ImageProblem("SVG uses a filter (<\(name)>), which would be rasterised; emblems are drawn as vectors only")
        }
        if firstMatch(#"<!(ENTITY)"#, in: text) != nil {
            throw ImageProblem("SVG declares XML entities (<!ENTITY …>); remove the document type declaration")
        }
    }

    private static func ignored(_ reference: String) -> String {
        let shown = reference.count > 60 ? String(reference.prefix(57)) + "…" : reference
        return "ignored the reference \"\(shown)\": SVG images load no external resources (files, URLs, data, fonts, CSS)"
    }

    /// The first capture group of the first match.
    private static func firstMatch(_ pattern: String, in text: String) -> String? {
        let regex = try! NSRegularExpression(pattern: pattern)
        let ns = text as NSString
        guard let m = regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return m.numberOfRanges > 1 && m.range(at: 1).location != NSNotFound ? ns.substring(with: m.range(at: 1)) : ns.substring(with: m.range)
    }

    /// Replaces each match of `pattern` with what `replacement` returns for its capture groups (nil: left as is).
    private static func replace(_ pattern: String, in text: String, _ replacement: ([String?]) -> String?) -> String {
        let regex = try! NSRegularExpression(pattern: pattern)
        let ns = text as NSString
        var out = ""
        var last = 0
        for m in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let groups = (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? nil : ns.substring(with: m.range(at: $0)) }
            guard let new = replacement(groups) else { continue }
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last)) + new
            last = m.range.location + m.range.length
        }
        return out + ns.substring(from: last)
    }
}
