import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a batch on several worker processes: each is this program started again with the same arguments plus
/// `--worker-claims DIR`. Workers take inputs in order by creating `DIR/<index>.claim` exclusively (so each input
/// is rendered once, and a fast worker takes more), and leave `DIR/<index>.report` (written, then renamed) with
/// the outcome and the lines to print. This process prints the reports as they arrive, so output lines stay
/// whole and the progress display stays consistent. An input claimed by a worker that died is reported failed.
struct WorkerPool {
    let workers: Int
    let jobCount: Int

    /// Starts the workers and hands each report to `report` (in arrival order) until all are done.
    func run(report: (Int, JobReport) -> Void) throws {
        let claims = FileManager.default.temporaryDirectory
            .appendingPathComponent("dossier-batch-\(getpid())-\(UInt64.random(in: 0...UInt64.max))", isDirectory: true)
        try FileManager.default.createDirectory(at: claims, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: claims) }
        var processes: [Process] = []
        for _ in 0..<workers {
            let p = Process()
            p.executableURL = Self.executable
            p.arguments = Array(CommandLine.arguments.dropFirst()) + ["--worker-claims", claims.path]
            p.standardInput = FileHandle.nullDevice
            p.standardOutput = FileHandle.nullDevice
            do { try p.run() } catch {
                throw CommandFailure(status: ExitStatus.renderFailure, lines: ["cannot start a batch worker: \(error)"])
            }
            processes.append(p)
        }
        var reported = Set<Int>()
        func collect() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: claims.path) else { return }
            for name in names where name.hasSuffix(".report") {
                guard let i = Int(name.dropLast(7)), !reported.contains(i),
                      let data = FileManager.default.contents(atPath: claims.appendingPathComponent(name).path),
                      let decoded = WorkerReportFile.decode(data) else { continue }
                reported.insert(i)
                report(i, decoded)
            }
        }
        while processes.contains(where: \.isRunning) {
            collect()
            usleep(20_000)
        }
        collect()
        let statuses = processes.map { "\($0.terminationReason == .uncaughtSignal ? "signal" : "status") \($0.terminationStatus)" }
        for i in 0..<jobCount where !reported.contains(i) {
            report(i, JobReport(outcome: .failed(status: ExitStatus.renderFailure),
                                errors: ["batch worker ended before finishing input \(i + 1) (\(statuses.joined(separator: ", ")))"]))
        }
    }

    /// This program's executable.
    static var executable: URL {
        FileManager.default.fileExists(atPath: "/proc/self/exe")
            ? URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            : URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    }

    /// The batch process that started this worker.
    private static let parent = getppid()

    /// In a worker: takes input `index` unless another worker has. A worker whose batch process has gone (killed)
    /// takes nothing more.
    static func claim(_ index: Int, in claims: String) -> Bool {
        if getppid() != parent { exit(ExitStatus.renderFailure) }
        let fd = open((claims as NSString).appendingPathComponent("\(index).claim"), O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else { return false }
        close(fd)
        return true
    }

    /// In a worker: leaves the report of input `index` (written, then renamed, so it is never read half-written).
    static func leave(_ report: JobReport, index: Int, in claims: String) {
        let final = (claims as NSString).appendingPathComponent("\(index).report")
        let temp = final + ".tmp"
        FileManager.default.createFile(atPath: temp, contents: WorkerReportFile.encode(report))
        rename(temp, final)
    }
}

/// The report file a worker leaves: the outcome on the first line, then `>` result lines and `!` error lines.
enum WorkerReportFile {
    static func encode(_ r: JobReport) -> Data {
        var lines: [String]
        switch r.outcome {
        case .rendered(let pages): lines = ["rendered \(pages)"]
        case .skipped: lines = ["skipped"]
        case .failed(let status): lines = ["failed \(status)"]
        }
        lines += r.results.map { ">" + $0 } + r.errors.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map { "!" + $0 } }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    static func decode(_ data: Data) -> JobReport? {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        guard let head = lines.first?.split(separator: " ") else { return nil }
        let outcome: BatchOutcome
        switch (head.first, head.count > 1 ? Int(head[1]) : nil) {
        case ("rendered"?, let pages?): outcome = .rendered(pages: pages)
        case ("skipped"?, _): outcome = .skipped
        case ("failed"?, let status?): outcome = .failed(status: Int32(status))
        default: return nil
        }
        var report = JobReport(outcome: outcome)
        for line in lines.dropFirst() {
            if line.hasPrefix(">") { report.results.append(String(line.dropFirst())) }
            if line.hasPrefix("!") { report.errors.append(String(line.dropFirst())) }
        }
        return report
    }
}
