import ArgumentParser
import DossierRender
import Foundation
import Templates

/// `dossier render TEMPLATE INPUT -o OUT.pdf [--annexes DIR]`.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render one input with a template to PDF (and its CSV annexes).",
                                                    discussion: ExitStatus.help)

    @Argument(help: "Template name (the `templates` subcommand lists them).")
    var template: TemplateName

    @Argument(help: "Input bundle, or a briefing-pack manifest for the briefing-pack template (JSON or YAML).")
    var input: String

    @Option(name: .shortAndLong, help: "Output PDF path.")
    var output: String

    @Option(help: "Also write every annex table into DIR (see the README for the file names).")
    var annexes: String?

    @Flag(help: "Packs: start each document on a right-hand (odd) page, for double-sided printing.")
    var duplex = false

    @OptionGroup var options: RenderOptions

    func run() throws {
        try runReporting {
            let t = try template.resolve()
            try renderDocument(t, input: input, output: output, annexes: annexes, duplex: duplex, options: options)
        }
    }
}

/// What `render` and `pack` share: build, render, list the files written on stdout.
func renderDocument(_ template: any ReportTemplate.Type, input: String, output: String, annexes: String?, duplex: Bool,
                    options: RenderOptions) throws {
    let pipeline = Pipeline(options: options)
    let document = try pipeline.document(template, input: input, duplex: duplex)
    let destination = annexes.map { AnnexDestination(folder: URL(fileURLWithPath: $0, isDirectory: true)) }
    let result = try pipeline.render(document, pdf: output, annexes: destination,
                                     settings: try pipeline.settings(duplex: duplex, annexes: annexes != nil))
    print("\(output) (\(result.pageCount) pages)")
    for file in result.annexFiles { print(file.path) }
}

/// Runs a command body, turning failures into stderr lines and the documented exit status.
func runReporting(_ body: () throws -> Void) throws {
    do { try body() } catch let failure as CommandFailure {
        for line in failure.lines { Console.error(line) }
        throw ExitCode(failure.status)
    }
}
