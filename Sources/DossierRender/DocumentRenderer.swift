import Dossier
import DossierCSV
import DossierLayout
import DossierPDF
import Foundation

/// The one way to render a document: a document in; its layout, a PDF and, on request, its annex CSV files out.
/// Every command of `dossier`, the tests and other programs go through it.
///
/// What a caller may rely on:
/// - Fonts are checked against the document's own stylesheet before anything is laid out: a family that is not
///   installed is a `RenderFailure` of kind `.missingFont`, never a silent substitution.
/// - Layout diagnostics are judged before anything is drawn: errors (and warnings under `settings.strict`)
///   throw `.layout` and nothing is written; other warnings are returned in `RenderResult.warnings`.
/// - Files are written to a temporary name in their folder and renamed when complete, so a failure never leaves
///   a half-written file under a final name; the PDF is post-processed (language, metadata, accessibility)
///   before the rename.
/// - Annex tables are written with their page references resolved against the same layout as the PDF, named by
///   `AnnexDestination.fileName`.
/// - Same document and settings, same bytes.
///
/// A renderer holds a Pango font map and shaping caches: reuse it for many documents on one thread (it is not
/// safe to share between threads; make one per thread).
public final class DocumentRenderer {
    /// The fonts (system fonts plus the application font folder).
    public let fonts: FontSetup
    let shaper: PangoTextShaper
    /// Hyphenation of body text in English, French, Spanish and Russian (libhyphen, issue 15).
    let hyphenator = LibHyphenHyphenator()

    /// - Parameter fontDirectory: an application font folder (its `manifest.json`, `fonts.conf` and font files).
    public init(fontDirectory: String?) {
        fonts = FontSetup(fontDirectory: fontDirectory)
        shaper = PangoTextShaper(fonts: fonts)
    }

    /// Lays out `document`, writes it as a PDF to `pdf` (when given) and its annex tables to `annexes` (when given).
    /// - Parameters:
    ///   - document: the document to render.
    ///   - pdf: where to write the PDF; nil writes none (annexes only).
    ///   - annexes: where and how to write the annex tables as CSV; nil writes none.
    ///   - settings: every option that changes what is written.
    ///   - onPlan: called with the layout before anything is drawn (e.g. to print the passes).
    /// - Returns: the pages laid out, the layout warnings and the files written.
    /// - Throws: `RenderFailure` (missing font, layout errors, unwritable output, unknown table); nothing is left
    ///   under a final file name.
    @discardableResult
    public func render(_ document: Document, pdf: URL?, annexes: AnnexDestination? = nil, settings: RenderSettings,
                       onPlan: (LayoutPlan) -> Void = { _ in }) throws -> RenderResult {
        do { try fonts.verify(document.stylesheet.fontFamilyLists) } catch {
            throw RenderFailure(kind: .missingFont, lines: ["\(error)"])
        }
        let engine = LayoutEngine(shaper: shaper, options: LayoutOptions(maxPages: settings.maxPages), hyphenator: hyphenator)
        let tables = annexes.map { selectTables(document, $0) } ?? []
        if let annexes, let only = annexes.tableId, tables.isEmpty {
            let known = document.tables.filter(\.isAnnex).map(\.id).joined(separator: ", ")
            throw RenderFailure(kind: .unknownTable, lines: ["no table \"\(only)\" in \(document.id) (tables: \(known))"])
        }
        var plan: LayoutPlan?
        if let pdf {
            try createFolder(pdf.deletingLastPathComponent())
            let date = document.metadata.creationDate ?? settings.fallbackDate ?? Date()
            do {
                plan = try PDFRenderer(shaper: shaper, tagged: settings.tagged).render(document, engine: engine, to: pdf, creationDate: date) {
                    onPlan($0)
                    try judge($0.diagnostics, strict: settings.strict)
                }
            } catch let failure as RenderFailure { throw failure } catch {
                throw RenderFailure(kind: .output, lines: ["\(error)"])
            }
        } else if tables.contains(where: { $0.table.hasPageReferences }) {
            let laidOut = engine.plan(document)
            onPlan(laidOut)
            try judge(laidOut.diagnostics, strict: settings.strict)
            plan = laidOut
        }
        var written: [URL] = []
        if let annexes {
            try createFolder(annexes.folder)
            let pages = plan?.pageMap.printedPageNumbers
            for (documentId, model) in tables {
                let table = pages.map { model.resolvingPageReferences($0) } ?? model
                let name = AnnexDestination.fileName(stem: annexes.stem ?? document.id, documentId: documentId,
                                                     ownId: document.id, tableId: table.id)
                let file = annexes.folder.appendingPathComponent(name)
                do { try CSVExport.write(table, to: file, options: settings.csv) } catch {
                    throw RenderFailure(kind: .output, lines: ["\(file.path): \(error)"])
                }
                written.append(file)
            }
        }
        let warnings = plan?.diagnostics ?? []
        return RenderResult(pageCount: plan?.pageCount ?? 0, pageMap: plan?.pageMap ?? PageMap(), warnings: warnings,
                            passes: plan?.passes ?? 0, passDurations: plan?.passDurations ?? [], pdf: pdf, annexFiles: written)
    }

    /// Lays out without drawing, keeping every page (tests, previews).
    public func layout(_ document: Document, settings: RenderSettings = RenderSettings()) throws -> LaidOutDocument {
        do { try fonts.verify(document.stylesheet.fontFamilyLists) } catch {
            throw RenderFailure(kind: .missingFont, lines: ["\(error)"])
        }
        return LayoutEngine(shaper: shaper, options: LayoutOptions(maxPages: settings.maxPages), hyphenator: hyphenator).layout(document)
    }

    private func selectTables(_ document: Document, _ destination: AnnexDestination) -> [(documentId: String, table: TableModel)] {
        document.annexTables.filter { destination.tableId == nil ? $0.table.isAnnex : $0.table.id == destination.tableId }
    }

    /// Throws with the fatal diagnostics: errors, and warnings too under `strict`.
    private func judge(_ diagnostics: [Diagnostic], strict: Bool) throws {
        let fatal = diagnostics.filter { $0.severity == .error || strict }
        if !fatal.isEmpty { throw RenderFailure(kind: .layout, lines: fatal.map(\.description)) }
    }

    private func createFolder(_ url: URL) throws {
        do { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) } catch {
            throw RenderFailure(kind: .output, lines: ["\(url.path): cannot create folder (\(error.localizedDescription))"])
        }
    }
}
