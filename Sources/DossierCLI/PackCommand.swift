import ArgumentParser
import Foundation
import Templates

/// `dossier pack MANIFEST -o pack.pdf [--annexes DIR] [--duplex]`: `dossier render briefing-pack`, by its own name.
struct Pack: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render a briefing pack from its manifest (bundles named relative to it).",
                                                    discussion: ExitStatus.help)

    @Argument(help: "Briefing-pack manifest (JSON or YAML).")
    var manifest: String

    @Option(name: .shortAndLong, help: "Output PDF path.")
    var output: String

    @Option(help: "Also write every annex table into DIR (see the README for the file names).")
    var annexes: String?

    @Flag(help: "Start each document on a right-hand (odd) page, for double-sided printing.")
    var duplex = false

    @OptionGroup var options: RenderOptions

    func run() throws {
        try runReporting {
            try renderDocument(BriefingPackTemplate.self, input: manifest, output: output, annexes: annexes, duplex: duplex,
                               options: options)
        }
    }
}
