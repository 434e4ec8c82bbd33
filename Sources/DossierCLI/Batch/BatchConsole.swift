import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The batch's output, shared by the worker threads: results on stdout (one path per line), problems and
/// progress on stderr. One lock keeps lines whole, and a live progress line (on a terminal) is cleared
/// before any other line is written and drawn again after it.
final class BatchConsole: @unchecked Sendable {
    // @unchecked: every mutable member is guarded by `lock`.
    enum ProgressMode { case none, live, periodic }

    private let lock = NSLock()
    private let mode: ProgressMode
    private var progressShown = false
    /// Set once the batch is over: no more progress lines.
    private var progressOver = false
    private var lastPeriodic = Date.distantPast

    /// Counters for the progress line and the summary.
    struct Counts {
        var total = 0
        var rendered = 0
        var skipped = 0
        var failed = 0
        var pages = 0
        var done: Int { rendered + skipped + failed }
    }
    private(set) var counts = Counts()
    let started = Date()

    init(quiet: Bool) {
        mode = quiet ? .none : (isatty(2) != 0 ? .live : .periodic)
        lastPeriodic = started   // the first plain progress line after about five seconds
    }

    func setTotal(_ total: Int) { lock.withLock { counts.total = total } }

    /// A result path on stdout.
    func result(_ path: String) {
        lock.withLock { FileHandle.standardOutput.write(Data((path + "\n").utf8)) }
    }

    /// Lines on stderr (errors, warnings), kept whole and clear of the progress line.
    func error(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        lock.withLock {
            var text = progressShown ? "\r\u{1B}[K" : ""
            for line in lines { text += line + "\n" }
            write(text)
            progressShown = false
            if mode == .live { drawLive() }
        }
    }

    func error(_ line: String) { error([line]) }

    /// Records the outcome of one input, then updates the progress display.
    func record(_ change: (inout Counts) -> Void) {
        lock.withLock {
            change(&counts)
            if mode == .live { drawLive() }
        }
    }

    /// Called about four times a second while the batch runs: refreshes elapsed time and ETA.
    func tick() {
        lock.withLock {
            switch mode {
            case .none: break
            case .live: drawLive()
            case .periodic:
                guard !progressOver, Date().timeIntervalSince(lastPeriodic) >= 5 else { return }
                lastPeriodic = Date()
                write("batch: " + progressText() + "\n")
            }
        }
    }

    /// Removes the live line (before the summary).
    func finishProgress() {
        lock.withLock {
            if progressShown { write("\r\u{1B}[K") }
            progressShown = false
            progressOver = true
        }
    }

    /// "193 rendered, 0 skipped, 0 failed; 1203 pages in 51.2 s (23.5 pages/s)".
    func summary() -> String {
        lock.withLock {
            let elapsed = Date().timeIntervalSince(started)
            return "batch: \(counts.rendered) rendered, \(counts.skipped) skipped, \(counts.failed) failed; "
                + "\(counts.pages) pages in \(String(format: "%.1f", elapsed)) s (\(String(format: "%.1f", rate(elapsed))) pages/s)"
        }
    }

    // MARK: Private (called with the lock held)

    private func rate(_ elapsed: TimeInterval) -> Double { elapsed > 0 ? Double(counts.pages) / elapsed : 0 }

    private func progressText() -> String {
        let elapsed = Date().timeIntervalSince(started)
        var text = "\(counts.done)/\(counts.total)"
        if counts.failed > 0 { text += " (\(counts.failed) failed)" }
        text += ", \(String(format: "%.1f", rate(elapsed))) pages/s, \(Self.clock(elapsed)) elapsed"
        // ETA from the pace of the inputs finished so far (skipped ones are near-instant and count too).
        if counts.done > 0 && counts.done < counts.total {
            let eta = elapsed / Double(counts.done) * Double(counts.total - counts.done)
            text += ", ETA \(Self.clock(eta))"
        }
        return text
    }

    private func drawLive() {
        guard !progressOver else { return }
        write("\r\u{1B}[K[" + progressText() + "]")
        progressShown = true
    }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

    /// "1:05", "1:02:03".
    static func clock(_ seconds: TimeInterval) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
