import ArgumentParser
import DossierRender
import Foundation
import Templates

/// `dossier csv TEMPLATE INPUT -o DIR [--table ID]`: CSV annexes only, from the same table definitions.
struct CSV: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "csv", abstract: "Write the annex tables of an input as CSV, without a PDF.",
                                                    discussion: ExitStatus.help)

    @Argument(help: "Template name (the `templates` subcommand lists them).")
    var template: TemplateName

    @Argument(help: "Input bundle, or a briefing-pack manifest (JSON or YAML).")
    var input: String

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String

    @Option(help: "Only this table id.")
    var table: String?

    @Flag(help: "Start each file with a UTF-8 byte order mark (for spreadsheet programs).")
    var bom = false

    @Flag(help: "Do not neutralise cells a spreadsheet would execute (=, +, -, @, tab, CR).")
    var keepFormulas = false

    @OptionGroup var options: RenderOptions

    func run() throws {
        try runReporting {
            let t = try template.resolve()
            let pipeline = Pipeline(options: options)
            let document = try pipeline.document(t, input: input)
            let destination = AnnexDestination(folder: URL(fileURLWithPath: output, isDirectory: true), tableId: table)
            let settings = try pipeline.settings(annexes: true, csv: CSVSettings(bom: bom, keepFormulas: keepFormulas))
            for file in try pipeline.render(document, pdf: nil, annexes: destination, settings: settings).annexFiles {
                print(file.path)
            }
        }
    }
}
