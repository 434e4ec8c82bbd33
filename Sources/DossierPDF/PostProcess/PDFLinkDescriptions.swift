/// What a screen reader says for a link, which cairo 1.16 does not write (PDF/UA-1 §7.18.5: a link annotation
/// has an alternate description in `/Contents`), and the tab order of pages with links (`/Tabs /S`: follow the
/// structure, §7.18.3). A link to a named destination gets the description given for that name; a link to a URI
/// "Link to <URI>"; others "Link".
struct PDFLinkDescriber {
    /// Descriptions by destination name, as written in the links' `/Dest`.
    let descriptions: [String: String]

    func apply(to objects: inout PDFObjectStore, root: PDFDictionary) throws {
        for (index, page) in try PDFPageTree.pages(objects, root: root).enumerated() {
            if index % PDFObjectStore.pagesBetweenReleases == 0 { objects.releaseReadPages() }
            guard let annotations = try objects.array(resolving: page.dictionary["Annots"]) else { continue }
            var links = 0
            for case .reference(let number, _) in annotations {
                guard var annotation = try objects.dictionaryIfPresent(number), case .name("Link")? = annotation["Subtype"] else { continue }
                links += 1
                guard annotation["Contents"] == nil else { continue }
                annotation["Contents"] = .textString(description(of: annotation))
                objects.replace(number, with: annotation)
            }
            if links > 0, page.dictionary["Tabs"] == nil {
                var dictionary = page.dictionary
                dictionary["Tabs"] = .name("S")
                objects.replace(page.number, with: dictionary)
            }
        }
    }

    private func description(of link: PDFDictionary) -> String {
        if case .literalString(let raw)? = link["Dest"], let text = Self.plain(raw) { return descriptions[text] ?? "Link" }
        if case .dictionary(let action)? = link["A"], case .literalString(let raw)? = action["URI"], let uri = Self.plain(raw) {
            return "Link to " + uri
        }
        return "Link"
    }

    /// A literal string without escapes as text (destination names and percent-encoded URIs are plain ASCII).
    private static func plain(_ raw: [UInt8]) -> String? {
        guard !raw.contains(UInt8(ascii: "\\")), raw.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(decoding: raw, as: UTF8.self)
    }
}
