import BriefingModel
import Dossier
import DossierCSV
import DossierLayout
import DossierPDF
import Foundation
import Templates

/// The steps every rendering command shares: load and validate input, build the document, lay out, draw.
struct Pipeline {
    let options: RenderOptions
    /// Where warnings go: stderr, or (batch) a console shared by the worker threads.
    var warn: (String) -> Void = { Console.error($0) }
    /// Fonts and shaper reused across documents on one thread (batch workers); fresh ones per document when nil.
    var shaping: ShapingContext? = nil

    /// Loads the input (and `--with` bundles), validates them together, and prints warnings.
    func loadInputs(_ path: String) throws -> TemplateInputs {
        let loader = BundleLoader(strict: options.strict)
        var diagnostics: [ModelDiagnostic] = []
        let main = loader.loadAny(path)
        diagnostics += main.diagnostics
        var bundles: [LoadedBundle] = main.value.map { [$0] } ?? []
        for related in options.related {
            let r = loader.loadAny(related)
            diagnostics += r.diagnostics
            if let b = r.value { bundles.append(b) }
        }
        if let mainBundle = main.value, diagnostics.allSatisfy({ !$0.isError }) {
            let set = BundleSet(bundles)
            diagnostics += set.validate()
            try report(diagnostics)
            return TemplateInputs(main: mainBundle, set: set, fallbackDate: try options.fallbackDate())
        }
        try report(diagnostics)
        throw CommandFailure(status: ExitStatus.invalidInput, lines: ["\(path): cannot be read"])
    }

    /// Loads a pack manifest and every bundle it names, validated together.
    func loadPack(_ path: String) throws -> TemplateInputs {
        let result = BundleLoader(strict: options.strict).loadSet([path] + options.related)
        var diagnostics = result.diagnostics
        guard let set = result.value, let main = set.bundles.first, main.kind == .briefingPack else {
            try report(diagnostics)
            throw CommandFailure(status: ExitStatus.invalidInput, lines: ["\(path): expected a briefing-pack manifest"])
        }
        diagnostics += set.validate()
        try report(diagnostics)
        return TemplateInputs(main: main, set: set, fallbackDate: try options.fallbackDate())
    }

    /// Prints warnings; throws with every error (and, under --strict, every warning).
    func report(_ diagnostics: [ModelDiagnostic]) throws {
        let fatal = diagnostics.filter { $0.isError || options.strict }
        for d in diagnostics where !fatal.contains(d) { warn(d.description) }
        if !fatal.isEmpty { throw CommandFailure(status: ExitStatus.invalidInput, lines: fatal.map(\.description)) }
    }

    /// Builds the document with a template: JSON templates read their file, the others a validated bundle set.
    func document(_ template: any ReportTemplate.Type, input path: String) throws -> Document {
        if let json = template as? any JSONInputTemplate.Type {
            return try build { try json.document(path: path, fallbackDate: try options.fallbackDate()) }
        }
        let inputs = try loadInputs(path)
        return try build { try template.document(inputs) }
    }

    func build(_ body: () throws -> Document) throws -> Document {
        do { return try body() } catch let f as CommandFailure { throw f } catch let e as TemplateError {
            throw CommandFailure(status: ExitStatus.invalidInput, lines: [e.description])
        } catch {
            throw CommandFailure(status: ExitStatus.renderFailure, lines: ["\(error)"])
        }
    }

    /// What rendering produced.
    struct Rendered {
        var pages: Int
        var pageMap: PageMap
    }

    /// Lays out and draws a document to `output`.
    func render(_ document: Document, to output: String, fallbackDate: Date?) throws -> Rendered {
        let context = shaping ?? ShapingContext(fontDirectory: options.fontDirectory)
        do { try context.fonts.verify(Self.families(document)) } catch {
            throw CommandFailure(status: ExitStatus.renderFailure, lines: ["\(error)"])
        }
        let shaper = context.shaper
        let engine = LayoutEngine(shaper: shaper, options: LayoutOptions(maxPages: options.maxPages))
        let url = URL(fileURLWithPath: output)
        try createParent(of: url)
        let date = document.metadata.creationDate ?? fallbackDate ?? Date()
        let plan: LayoutPlan
        do {
            // Diagnostics are judged before anything is drawn: nothing is written when they are fatal.
            plan = try PDFRenderer(shaper: shaper, tagged: !options.noTags).render(document, engine: engine, to: url, creationDate: date) { plan in
                if options.verbose {
                    let times = plan.passDurations.map { d in
                        String(format: "%.1f ms", Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15)
                    }
                    warn("layout: \(plan.pageCount) pages, \(plan.passes) pass(es): \(times.joined(separator: ", "))")
                }
                let fatal = plan.diagnostics.filter { $0.severity == .error || options.strict }
                for d in plan.diagnostics where !fatal.contains(d) { warn("warning: \(d)") }
                if !fatal.isEmpty { throw CommandFailure(status: ExitStatus.renderFailure, lines: fatal.map(\.description)) }
            }
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(status: ExitStatus.renderFailure, lines: ["\(error)"])
        }
        return Rendered(pages: plan.pageCount, pageMap: plan.pageMap)
    }

    /// Writes every annex table as `DIR/<document-id>__<table-id>.csv`.
    func writeAnnexes(_ document: Document, to dir: String, only tableId: String? = nil, bom: Bool = false,
                      neutralize: Bool = true, pageMap: PageMap? = nil) throws -> [String] {
        let url = URL(fileURLWithPath: dir, isDirectory: true)
        try createDirectory(url)
        var written: [String] = []
        let tables = document.annexTables.filter { tableId == nil ? $0.table.isAnnex : $0.table.id == tableId }
        if let tableId, tables.isEmpty {
            let known = document.tables.filter(\.isAnnex).map(\.id).joined(separator: ", ")
            throw CommandFailure(status: ExitStatus.usage, lines: ["no table \"\(tableId)\" in \(document.id) (tables: \(known))"])
        }
        let pages = try pageMap ?? (tables.contains { $0.table.hasPageReferences } ? layout(document).pageMap : nil)
        for (documentId, model) in tables {
            let table = pages.map { model.resolvingPageReferences($0.printedPageNumbers) } ?? model
            let file = url.appendingPathComponent(CSVExport.annexFileName(documentId: documentId, tableId: table.id))
            do { try CSVExport.write(table, to: file, options: CSVOptions(byteOrderMark: bom, neutralizeFormulas: neutralize)) } catch {
                throw CommandFailure(status: ExitStatus.renderFailure, lines: ["\(file.path): \(error)"])
            }
            written.append(file.path)
        }
        return written
    }

    /// Lays out without drawing (CSV tables whose cells are page numbers).
    private func layout(_ document: Document) throws -> LayoutPlan {
        let context = shaping ?? ShapingContext(fontDirectory: options.fontDirectory)
        do { try context.fonts.verify(Self.families(document)) } catch {
            throw CommandFailure(status: ExitStatus.renderFailure, lines: ["\(error)"])
        }
        return LayoutEngine(shaper: context.shaper, options: LayoutOptions(maxPages: options.maxPages)).plan(document)
    }

    private func createParent(of url: URL) throws { try createDirectory(url.deletingLastPathComponent()) }

    private func createDirectory(_ url: URL) throws {
        do { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) } catch {
            throw CommandFailure(status: ExitStatus.renderFailure, lines: ["\(url.path): cannot create folder (\(error.localizedDescription))"])
        }
    }

    /// Every font family list the document's styles name.
    static func families(_ d: Document) -> [String] {
        let s = d.stylesheet
        return ([s.body, s.listItem, s.quote, s.attribution, s.tableHeader, s.tableCell, s.caption, s.note, s.furniture, s.tocEntry]
                + s.headings).map(\.font.family)
    }
}

/// A font setup and the Pango shaper over it. Creating one loads the fontconfig configuration, so a batch
/// worker makes one and reuses it for all its documents; it must stay on the thread that uses it (Pango
/// font maps are not thread-safe).
final class ShapingContext {
    let fonts: FontSetup
    let shaper: PangoTextShaper

    init(fontDirectory: String?) {
        fonts = FontSetup(fontDirectory: fontDirectory)
        shaper = PangoTextShaper(fonts: fonts)
    }
}
