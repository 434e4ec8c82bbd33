import Foundation

/// Patches a PDF written by cairo with what cairo 1.16 cannot write — the document language, a correct Info
/// dictionary (`D:` dates, keywords), XMP metadata, alternate text on Figure structure elements, artifacts, link
/// descriptions with the structure tab order, and the title shown by viewers — by appending an
/// incremental update (PDF 1.7 §7.5.6): the changed objects, a new cross-reference section and a trailer whose
/// `/Prev` points at the previous one. The original bytes are kept as they are, and the output depends only on
/// the input bytes and the calls made (no timestamps, no random ids).
///
///     var update = try PDFIncrementalUpdate(pdf: data)
///     update.setLanguage("en")
///     update.setInfo(creationDate: created, modDate: modified)
///     update.setFigureAlternateTexts(["Map of the region", "Troop numbers by year"])
///     let patched = try update.apply()
public struct PDFIncrementalUpdate: Sendable {
    private let original: PDFBytes
    private let crossReference: PDFCrossReference
    private var language: String?
    private var infoEntries = PDFDictionary()
    private var figureAlternateTexts: [String]?
    private var figureFreeTypes: Set<String> = []
    private var passageLanguages: (type: String, languages: [String?])?
    private var artifactGroupsPerPage: [Int]?
    private var linkDescriptions: [String: String]?
    private var displaysDocumentTitle = false
    private var metadataStream: [UInt8]?
    private var headerCellsHaveColumnScope = false

    /// Reads the cross-reference table and trailer; fails on cross-reference streams.
    public init(pdf: Data) throws {
        try self.init(bytes: PDFBytes([UInt8](pdf)))
    }

    /// Maps a PDF file into memory (tagged 1,000-page files run to tens of MB, and only their structure is read).
    /// The file must not change while the update lives.
    public init(contentsOf url: URL) throws {
        guard let bytes = PDFBytes(mapping: url.path) else { throw PDFPatchError.unreadable(url.path) }
        try self.init(bytes: bytes)
    }

    private init(bytes: PDFBytes) throws {
        original = bytes
        crossReference = try PDFCrossReference(bytes: original)
        guard case .reference? = crossReference.trailer["Root"] else { throw PDFPatchError.missingTrailerEntry("Root") }
    }

    /// Sets the catalog's `/Lang` (a BCP 47 tag such as `en` or `fr-CA`), replacing any present.
    public mutating func setLanguage(_ tag: String) {
        language = tag
    }

    /// Sets `/CreationDate` and `/ModDate` in the Info dictionary as `D:YYYYMMDDHHmmSSZ` (UTC).
    public mutating func setInfo(creationDate: Date, modDate: Date) {
        infoEntries["CreationDate"] = .date(creationDate)
        infoEntries["ModDate"] = .date(modDate)
    }

    /// Sets `/Keywords` in the Info dictionary.
    public mutating func setKeywords(_ keywords: String) {
        infoEntries["Keywords"] = .textString(keywords)
    }

    /// Gives each `/S /Figure` structure element, in document order, the `/Alt` text at the same position.
    /// `apply()` fails when the counts differ.
    /// - Parameter figureFree: structure types the PDF never puts a Figure in (e.g. `Table`, `P`): not searched
    ///   below, which spares walking every cell of a large table.
    public mutating func setFigureAlternateTexts(_ texts: [String], figureFree: Set<String> = []) {
        figureAlternateTexts = texts
        figureFreeTypes = figureFree
    }

    /// Sets `/Lang` on the structure elements of `type` (in document order) whose entry in `languages` is not nil:
    /// passages in another language than the document's, so that screen readers switch voice.
    public mutating func setLanguages(ofType type: String, _ languages: [String?]) {
        passageLanguages = (type, languages)
    }

    /// Marks the content of the form XObjects on each page as `/Artifact`: `groupsPerPage[i]` is the number of
    /// artifact groups (watermark, furniture) drawn on page i + 1. `apply()` fails when a page holds a different
    /// number of form XObjects.
    public mutating func markFormXObjectsAsArtifacts(groupsPerPage: [Int]) {
        artifactGroupsPerPage = groupsPerPage
    }

    /// Gives every link annotation a `/Contents` description (by destination name from `descriptions`, "Link to
    /// <URI>" for URIs) and pages with links the structure tab order (`/Tabs /S`).
    public mutating func describeLinks(_ descriptions: [String: String]) {
        linkDescriptions = descriptions
    }

    /// Asks viewers to show the document's title, not its file name, in the window title
    /// (`/ViewerPreferences << /DisplayDocTitle true >>`).
    public mutating func displayDocumentTitle() {
        displaysDocumentTitle = true
    }

    /// Adds an XMP metadata stream (`xml`, stored uncompressed so that tools can find it) as the catalog's
    /// `/Metadata`, replacing any present.
    public mutating func setMetadataStream(_ xml: [UInt8]) {
        metadataStream = xml
    }

    /// Gives every TH structure element the scope of its column (`/A << /O /Table /Scope /Column >>`), which cairo
    /// cannot write: Dossier's header cells head the columns below them.
    public mutating func scopeHeaderCellsToTheirColumns() {
        headerCellsHaveColumnScope = true
    }

    /// The changed objects and the trailer the update writes.
    private func changes() throws -> (PDFObjectStore, PDFDictionary) {
        var objects = PDFObjectStore(bytes: original, crossReference: crossReference)
        guard case .reference(let rootNumber, _)? = crossReference.trailer["Root"] else {
            throw PDFPatchError.missingTrailerEntry("Root")
        }
        var trailer = crossReference.trailer
        if language != nil || displaysDocumentTitle || metadataStream != nil {
            var catalog = try objects.dictionary(rootNumber)
            if let metadataStream {
                catalog["Metadata"] = objects.addStream(PDFDictionary([("Type", .name("Metadata")), ("Subtype", .name("XML"))]),
                                                        data: metadataStream)
            }
            if let language { catalog["Lang"] = .textString(language) }
            if displaysDocumentTitle {
                var preferences = try objects.dictionary(resolving: catalog["ViewerPreferences"]) ?? PDFDictionary()
                preferences["DisplayDocTitle"] = .bool(true)
                catalog["ViewerPreferences"] = .dictionary(preferences)
            }
            objects.replace(rootNumber, with: catalog)
        }
        if !infoEntries.entries.isEmpty {
            var info = PDFDictionary()
            if case .reference(let number, let generation)? = trailer["Info"] {
                info = try objects.dictionary(number)
                apply(infoEntries, to: &info)
                objects.replace(number, generation: generation, with: info)
            } else {
                apply(infoEntries, to: &info)
                trailer["Info"] = objects.add(info)
            }
        }
        if let figureAlternateTexts {
            let figures = try structureElements("Figure", objects, rootNumber: rootNumber, leaves: figureFreeTypes)
            guard figures.count == figureAlternateTexts.count else {
                throw PDFPatchError.figureCountMismatch(figures: figures.count, alternateTexts: figureAlternateTexts.count)
            }
            for (figure, text) in zip(figures, figureAlternateTexts) {
                var element = figure.dictionary
                element["Alt"] = .textString(text)
                objects.replace(figure.number, with: element)
            }
        }
        if let (type, languages) = passageLanguages, languages.contains(where: { $0 != nil }) {
            let leaves: Set<String> = ["P", "H1", "H2", "H3", "H4", "H5", "H6", "Span", "Link", "Figure", "Lbl", "Caption",
                                       "Note", "TD", "TH", "TOCI", "Table"]
            let elements = try structureElements(type, objects, rootNumber: rootNumber, leaves: leaves)
            guard elements.count == languages.count else {
                throw PDFPatchError.elementCountMismatch(type: type, elements: elements.count, expected: languages.count)
            }
            for (element, language) in zip(elements, languages) {
                guard let language else { continue }
                var dictionary = element.dictionary
                dictionary["Lang"] = .textString(language)
                objects.replace(element.number, with: dictionary)
            }
        }
        if headerCellsHaveColumnScope {
            // Headers are searched for in tables only: paragraphs, cells and the like are not opened, nor the body and
            // footer row groups (Dossier's header cells are in THead), which spares reading every row of a long table.
            let leaves: Set<String> = ["P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "Span", "Link", "Figure", "Lbl",
                                       "Caption", "Note", "TD", "TH", "TOCI", "TBody", "TFoot"]
            for cell in try structureElements("TH", objects, rootNumber: rootNumber, leaves: leaves) where cell.dictionary["A"] == nil {
                var element = cell.dictionary
                element["A"] = .dictionary(PDFDictionary([("O", .name("Table")), ("Scope", .name("Column"))]))
                objects.replace(cell.number, with: element)
            }
        }
        if let linkDescriptions {
            try PDFLinkDescriber(descriptions: linkDescriptions).apply(to: &objects, root: try objects.dictionary(rootNumber))
        }
        if let artifactGroupsPerPage, artifactGroupsPerPage.contains(where: { $0 > 0 }) {
            try PDFArtifactMarker(groupsPerPage: artifactGroupsPerPage).apply(to: &objects, root: try objects.dictionary(rootNumber))
        }
        objects.releaseReadPages()
        return (objects, trailer)
    }

    /// The original bytes followed by the incremental update; the original bytes unchanged when nothing was set.
    /// The structure elements of `type` in document order (none when the PDF has no structure tree).
    private func structureElements(_ type: String, _ objects: PDFObjectStore, rootNumber: Int,
                                   leaves: Set<String> = []) throws -> [PDFStructureTree.Element] {
        let catalog = try objects.dictionary(rootNumber)
        guard case .reference(let number, _)? = catalog["StructTreeRoot"] else { return [] }
        var tree = PDFStructureTree { [objects] number in try objects.dictionaryIfPresent(number) }
        tree.peekType = { [objects] number in try objects.structureType(number) }
        return try tree.elements(type, structTreeRoot: try objects.dictionary(number), leaves: leaves)
    }

    public func apply() throws -> Data {
        let (objects, trailer) = try changes()
        guard !objects.changed.isEmpty else { return Data(buffer: original.buffer) }
        var data = Data(buffer: original.buffer)
        data.append(contentsOf: serialize(objects, trailer: trailer))
        return data
    }

    /// Only the bytes to append after the original: the changed objects, their xref section and trailer.
    public func appendix() throws -> [UInt8] {
        let (objects, trailer) = try changes()
        return objects.changed.isEmpty ? [] : serialize(objects, trailer: trailer)
    }

    private func apply(_ entries: PDFDictionary, to dictionary: inout PDFDictionary) {
        for (key, value) in entries.entries { dictionary[key] = value }
    }

    /// `value` in decimal, padded with zeros to `width` digits (a cross-reference entry's fields). Why not
    /// `String(format:)`: it boxes its arguments and cost more than the rest of writing the entry.
    private static func zeroPadded(_ value: Int, _ width: Int) -> [UInt8] {
        let digits = Array(String(value).utf8)
        return Array(repeating: UInt8(ascii: "0"), count: max(0, width - digits.count)) + digits
    }

    /// Appends the changed objects, an xref section with one subsection per run of consecutive numbers, and the trailer.
    private func serialize(_ objects: PDFObjectStore, trailer oldTrailer: PDFDictionary) -> [UInt8] {
        var out: [UInt8] = []
        if let last = original.last, last != 0x0A && last != 0x0D { out.append(0x0A) }
        let base = original.count   // offsets count from the start of the file
        var offsets: [(number: Int, generation: Int, offset: Int)] = []
        for number in objects.changed.keys.sorted() {
            let (generation, object) = objects.changed[number]!
            offsets.append((number, generation, base + out.count))
            out += Array("\(number) \(generation) obj\n".utf8)
            PDFObjectStore.write(object, to: &out)
            out += Array("\nendobj\n".utf8)
        }
        let xrefOffset = base + out.count
        out += Array("xref\n".utf8)
        var runStart = 0
        while runStart < offsets.count {
            var runEnd = runStart + 1
            while runEnd < offsets.count && offsets[runEnd].number == offsets[runEnd - 1].number + 1 { runEnd += 1 }
            out += Array("\(offsets[runStart].number) \(runEnd - runStart)\n".utf8)
            for entry in offsets[runStart..<runEnd] {
                out += Self.zeroPadded(entry.offset, 10) + [UInt8(ascii: " ")] + Self.zeroPadded(entry.generation, 5)
                out += Array(" n\r\n".utf8)
            }
            runStart = runEnd
        }
        var trailer = oldTrailer
        trailer["XRefStm"] = nil
        trailer["Size"] = .number(String(objects.size))
        trailer["Prev"] = .number(String(crossReference.startXRef))
        out += Array("trailer\n".utf8)
        trailer.write(to: &out)
        out += Array("\nstartxref\n\(xrefOffset)\n%%EOF\n".utf8)
        return out
    }
}
