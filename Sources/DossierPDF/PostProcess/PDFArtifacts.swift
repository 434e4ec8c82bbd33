/// Marks what is not content as artifacts (PDF 1.7 §14.8.2.2), which cairo 1.16 cannot do (it crashes on an
/// `Artifact` tag): the renderer draws each page's watermark, decoration (rules, backgrounds) and furniture
/// (headers, footers, markings) as cairo groups, which cairo writes as form XObjects painted outside every
/// structure element; this wraps the content of each of those form XObjects in `/Artifact BMC … EMC`, so
/// assistive technology skips it while every other piece of content stays tagged.
struct PDFArtifactMarker {
    /// Number of artifact groups drawn on each page, in page order.
    let groupsPerPage: [Int]

    static let prefix = Array("/Artifact BMC\n".utf8)
    static let suffix = Array("\nEMC\n".utf8)

    /// Rewrites the form XObjects of every page with artifact groups; fails when a page's forms are not exactly
    /// the groups drawn on it (so nothing but furniture is ever hidden from a screen reader).
    func apply(to objects: inout PDFObjectStore, root: PDFDictionary) throws {
        let pages = try PDFPageTree.pages(objects, root: root)
        for (index, page) in pages.enumerated() {
            if index % PDFObjectStore.pagesBetweenReleases == 0 { objects.releaseReadPages() }
            let expected = index < groupsPerPage.count ? groupsPerPage[index] : 0
            guard expected > 0 else { continue }
            let forms = try formXObjects(objects, page.resources)
            guard forms.count == expected else {
                throw PDFPatchError.artifactCountMismatch(page: index + 1, drawn: expected, found: forms.count)
            }
            for number in forms { try markAsArtifact(number, in: &objects) }
        }
    }

    /// Object numbers of the form XObjects a resource dictionary names, in the order of their names.
    private func formXObjects(_ objects: PDFObjectStore, _ resources: PDFDictionary?) throws -> [Int] {
        guard let xObjects = try objects.dictionary(resolving: resources?["XObject"]) else { return [] }
        var forms: [Int] = []
        for (_, value) in xObjects.entries {
            guard case .reference(let number, _) = value, let stream = try objects.stream(number),
                  case .name("Form")? = stream.dictionary["Subtype"] else { continue }
            if !forms.contains(number) { forms.append(number) }
        }
        return forms
    }

    private func markAsArtifact(_ number: Int, in objects: inout PDFObjectStore) throws {
        guard let (dictionary, data) = try objects.stream(number) else { return }
        var content: [UInt8]
        switch dictionary["Filter"] {
        case nil: content = data
        case .name("FlateDecode")?, .array([.name("FlateDecode")])?: content = try Zlib.inflate(data)
        default: throw PDFPatchError.badStream("form XObject \(number) has a filter other than FlateDecode")
        }
        guard !content.starts(with: Self.prefix) else { return }   // already marked
        content = Self.prefix + content + Self.suffix
        var rewritten = dictionary
        rewritten["Filter"] = .name("FlateDecode")
        rewritten["DecodeParms"] = nil
        objects.replaceStream(number, dictionary: rewritten, data: Zlib.deflate(content))
    }
}
