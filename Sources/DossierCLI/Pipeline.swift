import BriefingModel
import Dossier
import DossierCSV
import DossierRender
import Foundation
import Templates

/// The command line's side of the one render path: it turns options into a `DocumentRequest` and
/// `RenderSettings`, builds through `DocumentSource` and renders through `DocumentRenderer`, and turns their
/// failures into exit statuses and `FILE: PATH: message` lines. Every command goes through it.
struct Pipeline {
    let options: RenderOptions
    /// Where warnings go: stderr, or (batch) the worker's console.
    var warn: (String) -> Void = { Console.error($0) }

    /// The document request for `input` with the command's options.
    func request(_ template: any ReportTemplate.Type, input: String, duplex: Bool = false) throws -> DocumentRequest {
        DocumentRequest(template: template, input: input, related: options.related, strict: options.strict,
                        fallbackDate: try options.fallbackDate(), duplex: duplex, assetFolders: options.assets)
    }

    /// The output settings of the command's options.
    func settings(duplex: Bool = false, annexes: Bool = false, csv: CSVSettings = CSVSettings()) throws -> RenderSettings {
        RenderSettings(tagged: !options.noTags, strict: options.strict, maxPages: options.maxPages,
                       fallbackDate: try options.fallbackDate(), duplex: duplex, annexes: annexes, csv: csv.options)
    }

    /// Loads, validates and builds the document of `input` (a bundle or a pack manifest); prints its warnings.
    func document(_ template: any ReportTemplate.Type, input: String, duplex: Bool = false) throws -> Document {
        let built: BuiltDocument
        do { built = try DocumentSource.build(try request(template, input: input, duplex: duplex)) } catch let e as DocumentBuildError {
            for w in e.warnings { warn(w.description) }
            if let message = e.templateMessage {
                throw CommandFailure(status: e.inputFault ? ExitStatus.invalidInput : ExitStatus.renderFailure, lines: [message])
            }
            throw CommandFailure(status: ExitStatus.invalidInput, lines: e.problems.map(\.description))
        }
        for w in built.warnings { warn(w.description) }
        return built.document
    }

    /// Renders through `renderer` (a fresh one when nil), printing layout warnings and, with `--verbose`, the passes.
    func render(_ document: Document, pdf: String?, annexes: AnnexDestination?, settings: RenderSettings,
                renderer: DocumentRenderer? = nil) throws -> RenderResult {
        let renderer = renderer ?? DocumentRenderer(fontDirectory: options.fontDirectory)
        do {
            let result = try renderer.render(document, pdf: pdf.map { URL(fileURLWithPath: $0) }, annexes: annexes,
                                             settings: settings) { plan in
                if options.verbose {
                    let times = plan.passDurations.map { d in
                        String(format: "%.1f ms", Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15)
                    }
                    warn("layout: \(plan.pageCount) pages, \(plan.passes) pass(es): \(times.joined(separator: ", "))")
                }
            }
            for d in result.warnings { warn("warning: \(d)") }
            return result
        } catch let failure as RenderFailure {
            throw CommandFailure(status: failure.kind == .unknownTable ? ExitStatus.usage : ExitStatus.renderFailure,
                                 lines: failure.lines)
        }
    }
}

/// The CSV options of a command line.
struct CSVSettings {
    var bom = false
    var keepFormulas = false
    var options: CSVOptions { CSVOptions(byteOrderMark: bom, neutralizeFormulas: !keepFormulas) }
}
