import ArgumentParser
import BriefingModel
import Foundation
import Templates

/// `dossier pack MANIFEST -o pack.pdf [--annexes DIR] [--duplex]`: a briefing pack with page numbers running through.
struct Pack: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render a briefing pack from its manifest (bundles named relative to it).",
                                                    discussion: ExitStatus.help)

    @Argument(help: "Briefing-pack manifest (JSON or YAML).")
    var manifest: String

    @Option(name: .shortAndLong, help: "Output PDF path.")
    var output: String

    @Option(help: "Also write every annex table as DIR/<document-id>__<table-id>.csv.")
    var annexes: String?

    @Flag(help: "Start each document on a right-hand (odd) page, for double-sided printing.")
    var duplex = false

    @OptionGroup var options: RenderOptions

    func run() throws {
        try runReporting {
            let pipeline = Pipeline(options: options)
            var inputs = try pipeline.loadPack(manifest)
            inputs.duplex = duplex
            let document = try pipeline.build { try BriefingPackTemplate.document(inputs) }
            let result = try pipeline.render(document, to: output, fallbackDate: inputs.fallbackDate)
            print("\(output) (\(result.pages) pages)")
            if let annexes {
                for file in try pipeline.writeAnnexes(document, to: annexes, pageMap: result.pageMap) { print(file) }
            }
        }
    }
}
