import BriefingModel
import Dossier
import DossierRender
import Foundation
import Templates

/// How one input of a batch ended.
enum BatchOutcome: Sendable, Equatable {
    case rendered(pages: Int)
    case skipped
    case failed(status: Int32)
}

/// What rendering one input printed: result paths for stdout, problems for stderr.
struct JobReport: Sendable {
    var outcome: BatchOutcome
    var results: [String] = []
    var errors: [String] = []
}

/// Renders the inputs of a batch one after another with one `DocumentRenderer` (fonts and shaping caches
/// reused from document to document), in this process or — in a batch with several workers — in each
/// worker process (`WorkerPool`): Pango and cairo keep process-wide font state that is not safe to use from
/// two threads at once (two threads gave different glyph positions in 11 of 30 documents), so workers are
/// processes, and every document renders exactly as it would alone.
struct BatchRunner {
    let template: any ReportTemplate.Type
    let options: RenderOptions
    let settings: RenderSettings
    let jobs: [PlannedInput]
    let folder: OutputFolder
    let contentHash: ContentHash
    let force: Bool

    /// Renders the jobs whose index `claim` grants, in order; `finished` is told of each.
    func run(claim: (Int) -> Bool, finished: (Int, JobReport) -> Void) {
        var renderer: DocumentRenderer?
        for i in jobs.indices where claim(i) {
            finished(i, process(jobs[i]) {
                if let renderer { return renderer }
                let made = DocumentRenderer(fontDirectory: options.fontDirectory)
                renderer = made
                return made
            })
        }
    }

    /// Skips, or renders one input: PDF, then its CSV annexes, then the sidecar with its content hash.
    func process(_ job: PlannedInput, renderer: () -> DocumentRenderer) -> JobReport {
        let path = job.input.path
        if let mismatch = BatchPlan.kindMismatch(job, template: template) {
            return JobReport(outcome: .failed(status: ExitStatus.invalidInput), errors: [mismatch])
        }
        let hash = contentHash.hash(input: path, dependencies: job.dependencies)
        if !force && folder.isUpToDate(job.name, hash: hash) { return JobReport(outcome: .skipped) }
        folder.removeSidecar(job.name)
        let known = [path] + options.related + job.dependencies
        var warnings: [String] = []
        var pipeline = Pipeline(options: options)
        pipeline.warn = { warnings.append(Self.located($0, path: path, known: known)) }
        do {
            let document = try pipeline.document(template, input: path, duplex: settings.duplex)
            let pdf = folder.pdf(job.name)
            let annexes = settings.annexes ? AnnexDestination(folder: folder.url, stem: job.name) : nil
            let result = try pipeline.render(document, pdf: pdf.path, annexes: annexes, settings: settings, renderer: renderer())
            let files = [pdf.lastPathComponent] + result.annexFiles.map(\.lastPathComponent)
            try folder.writeSidecar(job.name, hash: hash, files: files)
            return JobReport(outcome: .rendered(pages: result.pageCount),
                             results: files.map { folder.url.appendingPathComponent($0).path }, errors: warnings)
        } catch let failure as CommandFailure {
            return JobReport(outcome: .failed(status: failure.status == ExitStatus.invalidInput ? ExitStatus.invalidInput : ExitStatus.renderFailure),
                             errors: warnings + failure.lines.map { Self.located($0, path: path, known: known) })
        } catch {
            return JobReport(outcome: .failed(status: ExitStatus.renderFailure), errors: warnings + ["\(path): \(error)"])
        }
    }

    /// A message as `FILE: …`: lines that already name one of the files involved are kept as they are.
    static func located(_ line: String, path: String, known: [String]) -> String {
        known.contains { line.hasPrefix($0 + ":") } ? line : "\(path): \(line)"
    }
}
