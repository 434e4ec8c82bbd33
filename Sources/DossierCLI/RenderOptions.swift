import ArgumentParser
import Foundation

/// Options shared by the commands that lay out documents.
struct RenderOptions: ParsableArguments {
    @Option(name: .customLong("with"), help: "A related bundle loaded with the input (repeatable), e.g. the visit bundle an OIA cites.")
    var related: [String] = []

    @Option(help: "Creation date (YYYY-MM-DD) when the input has no meta.date; else SOURCE_DATE_EPOCH, else now.")
    var date: String?

    @Flag(help: "Treat warnings (unknown fields, layout diagnostics) as errors.")
    var strict = false

    @Option(help: "A folder searched, after the input's own folder, for the files an input names (emblems); repeatable.")
    var assets: [String] = []

    @Option(help: "Application font folder (default: Fonts/ of the project, or DOSSIER_FONTS_DIR).")
    var fonts: String?

    @Flag(help: "Print the layout passes and their times on stderr.")
    var verbose = false

    @Flag(help: "Write an untagged PDF (no structure tree for screen readers; smaller and faster on huge tables).")
    var noTags = false

    @Option(help: "Stop with an error beyond this many pages.")
    var maxPages = 20_000

    /// The creation date fallback: --date, else SOURCE_DATE_EPOCH, else nil (the renderer then uses now).
    func fallbackDate() throws -> Date? {
        if let date {
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.timeZone = TimeZone(identifier: "UTC")
            f.dateFormat = "yyyy-MM-dd"
            guard let d = f.date(from: date) else {
                throw CommandFailure(status: ExitStatus.usage, lines: ["--date: expected YYYY-MM-DD, found \"\(date)\""])
            }
            return d
        }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = TimeInterval(epoch) else {
                throw CommandFailure(status: ExitStatus.usage, lines: ["SOURCE_DATE_EPOCH: expected seconds since 1970, found \"\(epoch)\""])
            }
            return Date(timeIntervalSince1970: seconds)
        }
        return nil
    }

    /// The font folder: --fonts, DOSSIER_FONTS_DIR, ./Fonts, or the project's Fonts/ next to the build folder.
    var fontDirectory: String? {
        if let fonts { return fonts }
        if let env = ProcessInfo.processInfo.environment["DOSSIER_FONTS_DIR"] { return env }
        let fm = FileManager.default
        if fm.fileExists(atPath: "Fonts/manifest.json") { return "Fonts" }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = dir.appendingPathComponent("Fonts/manifest.json")
            if fm.fileExists(atPath: candidate.path) { return candidate.deletingLastPathComponent().path }
            dir.deleteLastPathComponent()
        }
        return nil
    }
}
