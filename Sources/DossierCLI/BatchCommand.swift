import ArgumentParser
import BriefingModel
import Foundation
import Templates

/// `dossier batch TEMPLATE INPUT… -o DIR`: many inputs rendered by worker processes, incrementally, optionally
/// as one shard of several machines' work.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render many inputs with one template into a folder, in parallel and incrementally.",
        discussion: """
        INPUT is a file, a folder (its *.json, *.yaml and *.yml files, sorted; files of another bundle kind \
        than the template's are left out) or a quoted glob ('in/*-oia.json', sorted). Outputs are named \
        after the document id: DIR/<id>.pdf and, with --annexes, DIR/<id>__<table>.csv (an input without an \
        id uses its file name; a second input with the same id gets <id>-2, in input order).

        An input whose output exists and whose content hash is unchanged is skipped: the hash covers the \
        template, the Dossier version, the input's bytes (and --with files, and the bundles a pack manifest \
        names), the creation-date choice, the options that change the output, the fonts and the template \
        wording; it is kept in DIR/.dossier/<id>.sha256. --force renders everything again. Hidden temporary \
        files left by an interrupted run are removed first.

        A failing input is reported on stderr (FILE: PATH: message) and the batch goes on. stdout lists the \
        files written, one per line; stderr shows progress (a live line on a terminal, else a line every \
        five seconds; none with --quiet) and ends with a summary line.

        --shard K/N renders the K-th of N disjoint shares (by FNV-1a hash of the output name), so N machines \
        given the same inputs render each once (see docs/batch-sharding.md).
        """ + "\n\n" + ExitStatus.manyInputsHelp)

    @Argument(help: "Template name (the `templates` subcommand lists them).")
    var template: TemplateName

    @Argument(help: "Input files, folders or quoted globs.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String

    @Option(name: [.customShort("j", allowingJoined: true), .customLong("jobs")], help: ArgumentHelp("Worker processes (default: the number of processors).", valueName: "N"))
    var jobs: Int?

    @Flag(help: "Also write every annex table as DIR/<id>__<table>.csv.")
    var annexes = false

    @Flag(help: "Render every input, even when its output is up to date.")
    var force = false

    @Option(help: ArgumentHelp("Render only the K-th of N shares of the inputs (1 ≤ K ≤ N), e.g. 2/8.", valueName: "K/N"))
    var shard: ShardSpec?

    @Flag(help: "No progress display (failures and the summary are still printed).")
    var quiet = false

    @OptionGroup var options: RenderOptions

    /// Set by the batch on the worker processes it starts (see `WorkerPool`); not for people.
    @Option(help: .hidden)
    var workerClaims: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("-j: expected at least 1 worker, found \(jobs)") }
        if inputs.isEmpty { throw ValidationError("expected at least one INPUT") }
    }

    func run() throws {
        try runReporting {
            let t = try template.resolve()
            let pipeline = Pipeline(options: options)
            let settings = try pipeline.settings(annexes: annexes)   // a malformed --date or SOURCE_DATE_EPOCH is a usage error, before any work
            let workers = jobs ?? ProcessInfo.processInfo.activeProcessorCount
            let quietHere = quiet || workerClaims != nil
            let console = BatchConsole(quiet: quietHere)

            // Inputs, their ids and output names: the whole list, so that names (and so shards) are the same everywhere.
            let (found, problems) = InputExpansion.expand(inputs)
            if workerClaims == nil { console.error(problems) }
            var planned = BatchPlan.inspect(found, template: t, threads: workerClaims == nil ? workers : 1, assetFolders: options.assets)
            let note = BatchPlan.leaveOutOtherKinds(&planned, template: t)
            BatchPlan.assignNames(&planned)
            if let shard { planned = planned.filter { shard.contains($0.name) } }

            let folder = OutputFolder(output)
            // Made only where documents are rendered: a batch process that hands its inputs to workers never hashes
            // (hashing the fonts and resources took 70 M instructions before the workers were even started).
            func makeRunner() -> BatchRunner {
                let hash = ContentHash(template: t.name, settings: settings, related: options.related,
                                       fontDirectory: options.fontDirectory)
                return BatchRunner(template: t, options: options, settings: settings, jobs: planned, folder: folder,
                                   contentHash: hash, force: force)
            }
            if let claims = workerClaims {
                makeRunner().run(claim: { WorkerPool.claim($0, in: claims) }, finished: { WorkerPool.leave($1, index: $0, in: claims) })
                return
            }
            if let note { console.error(note) }
            try folder.create()
            for path in folder.removeStaleTemporaries(for: Set(planned.map(\.name))) where !quiet {
                console.error("removed stale temporary file \(path)")
            }

            console.setTotal(planned.count)
            var outcomes = [BatchOutcome](repeating: .skipped, count: planned.count)
            let ticker = ProgressTicker(console: console)
            func show(_ i: Int, _ report: JobReport) {
                outcomes[i] = report.outcome
                console.error(report.errors)
                for r in report.results { console.result(r) }
                console.record { counts in
                    switch report.outcome {
                    case .rendered(let pages): counts.rendered += 1; counts.pages += pages
                    case .skipped: counts.skipped += 1
                    case .failed: counts.failed += 1
                    }
                }
            }
            if workers <= 1 || planned.count <= 1 {
                makeRunner().run(claim: { _ in true }, finished: show)
            } else {
                try WorkerPool(workers: min(workers, planned.count), jobCount: planned.count).run(report: show)
            }
            ticker.stop()
            console.finishProgress()

            var failed = problems.count
            var status: Int32 = problems.isEmpty ? 0 : ExitStatus.invalidInput
            for case .failed(let s) in outcomes {
                failed += 1
                status = max(status, s)
            }
            console.error(console.summary() + (problems.isEmpty ? "" : " (\(problems.count) input argument\(problems.count == 1 ? "" : "s") gave no file)")
                          + (shard.map { "; shard \($0)" } ?? ""))
            if failed > 0 { throw ExitCode(status) }
        }
    }
}

/// Refreshes the progress display about four times a second until stopped.
final class ProgressTicker: @unchecked Sendable {
    // @unchecked: `stopped` is guarded by `lock`.
    private let lock = NSLock()
    private var stopped = false
    private let finished = DispatchSemaphore(value: 0)

    init(console: BatchConsole) {
        let thread = Thread { [self] in
            while !lock.withLock({ stopped }) {
                console.tick()
                Thread.sleep(forTimeInterval: 0.25)
            }
            finished.signal()
        }
        thread.start()
    }

    func stop() {
        lock.withLock { stopped = true }
        finished.wait()
    }
}
