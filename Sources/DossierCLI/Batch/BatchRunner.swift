import BriefingModel
import Dossier
import DossierCSV
import DossierLayout
import Foundation
import Templates

/// How one input of a batch ended.
enum BatchOutcome: Sendable {
    case rendered(pages: Int)
    case skipped
    case failed(status: Int32)
}

/// Renders the inputs of a batch on worker threads. Each worker makes its own fonts and Pango shaper (Pango
/// font maps are not thread-safe) the first time it has something to render, reuses them for every later
/// input, and takes the next input from a shared counter: one document per worker is in memory at a time,
/// whatever the number of inputs.
struct BatchRunner: @unchecked Sendable {
    // @unchecked: only `template` is not Sendable, and templates are stateless enums (a metatype is shared safely).
    let template: any ReportTemplate.Type
    let options: RenderOptions
    let jobs: [PlannedInput]
    let folder: OutputFolder
    let contentHash: ContentHash
    let annexes: Bool
    let force: Bool
    let console: BatchConsole

    /// Renders every job on `threads` workers; returns the outcomes in job order.
    func run(threads: Int) -> [BatchOutcome] {
        let outcomes = LockedArray<BatchOutcome>(repeating: .skipped, count: jobs.count)
        let next = AtomicCounter()
        let group = DispatchGroup()
        let fontDirectory = options.fontDirectory
        for _ in 0..<max(1, min(threads, jobs.count)) {
            group.enter()
            let worker = Thread { [self] in
                var shaping: ShapingContext?
                while true {
                    let i = next.increment()
                    guard i < jobs.count else { break }
                    let outcome = process(jobs[i]) {
                        if let shaping { return shaping }
                        let made = BatchRunner.fontSetupLock.withLock { ShapingContext(fontDirectory: fontDirectory) }
                        shaping = made
                        return made
                    }
                    outcomes[i] = outcome
                    console.record { counts in
                        switch outcome {
                        case .rendered(let pages): counts.rendered += 1; counts.pages += pages
                        case .skipped: counts.skipped += 1
                        case .failed: counts.failed += 1
                        }
                    }
                }
                group.leave()
            }
            worker.stackSize = 16 << 20   // deep documents recurse; secondary threads default to 512 KiB on Linux
            worker.start()
        }
        group.wait()
        return outcomes.values
    }

    /// fontconfig's configuration loading is serialised (each worker still gets its own configuration).
    private static let fontSetupLock = NSLock()

    /// Skips, or renders one input: PDF, then its CSV annexes, then the sidecar with its content hash.
    private func process(_ job: PlannedInput, shaping: () -> ShapingContext) -> BatchOutcome {
        let path = job.input.path
        if let mismatch = BatchPlan.kindMismatch(job, template: template) {
            console.error(mismatch)
            return .failed(status: ExitStatus.invalidInput)
        }
        let hash = contentHash.hash(input: path, dependencies: job.dependencies)
        if !force && folder.isUpToDate(job.name, hash: hash) { return .skipped }
        folder.removeSidecar(job.name)
        let known = [path] + options.related + job.dependencies
        var pipeline = Pipeline(options: options)
        pipeline.warn = { [console] line in console.error(Self.located(line, path: path, known: known)) }
        do {
            let document: Document
            let fallbackDate: Date?
            if template.inputKind == .briefingPack {
                let inputs = try pipeline.loadPack(path)
                document = try pipeline.build { try template.document(inputs) }
                fallbackDate = inputs.fallbackDate
            } else {
                document = try pipeline.document(template, input: path)
                fallbackDate = try options.fallbackDate()
            }
            pipeline.shaping = shaping()
            let pdf = folder.pdf(job.name)
            let result = try pipeline.render(document, to: pdf.path, fallbackDate: fallbackDate)
            var files = [pdf.lastPathComponent]
            if annexes { files += try writeAnnexes(document, name: job.name, pageMap: result.pageMap) }
            try folder.writeSidecar(job.name, hash: hash, files: files)
            for file in files { console.result(folder.url.appendingPathComponent(file).path) }
            return .rendered(pages: result.pages)
        } catch let failure as CommandFailure {
            console.error(failure.lines.map { Self.located($0, path: path, known: known) })
            return .failed(status: failure.status == ExitStatus.invalidInput ? ExitStatus.invalidInput : ExitStatus.renderFailure)
        } catch {
            console.error("\(path): \(error)")
            return .failed(status: ExitStatus.renderFailure)
        }
    }

    /// Every annex table as `<name>__<table>.csv` (tables of a pack's documents: `<name>__<document-id>__<table>.csv`,
    /// so that two packs showing the same document never write the same file).
    private func writeAnnexes(_ document: Document, name: String, pageMap: PageMap) throws -> [String] {
        var written: [String] = []
        for (documentId, model) in document.annexTables where model.isAnnex {
            let table = model.resolvingPageReferences(pageMap.printedPageNumbers)
            let stem = documentId == document.id ? name : name + "__" + documentId
            let file = folder.url.appendingPathComponent(CSVExport.annexFileName(documentId: stem, tableId: table.id))
            do { try CSVExport.write(table, to: file) } catch {
                throw CommandFailure(status: ExitStatus.renderFailure, lines: ["\(file.path): \(error)"])
            }
            written.append(file.lastPathComponent)
        }
        return written
    }

    /// A message as `FILE: …`: lines that already name one of the files involved are kept as they are.
    static func located(_ line: String, path: String, known: [String]) -> String {
        known.contains { line.hasPrefix($0 + ":") } ? line : "\(path): \(line)"
    }
}
