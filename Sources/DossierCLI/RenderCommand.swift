import ArgumentParser
import Foundation
import Templates

/// `dossier render TEMPLATE INPUT -o OUT.pdf [--annexes DIR]`.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render one input with a template to PDF (and its CSV annexes).",
                                                    discussion: ExitStatus.help)

    @Argument(help: "Template name (see `dossier templates`).")
    var template: String

    @Argument(help: "Input bundle (JSON or YAML).")
    var input: String

    @Option(name: .shortAndLong, help: "Output PDF path.")
    var output: String

    @Option(help: "Also write every annex table as DIR/<document-id>__<table-id>.csv.")
    var annexes: String?

    @OptionGroup var options: RenderOptions

    func run() throws {
        try runReporting {
            guard let t = TemplateCatalog.named(template) else { throw unknownTemplate(template) }
            let pipeline = Pipeline(options: options)
            let document = try pipeline.document(t, input: input)
            let result = try pipeline.render(document, to: output, fallbackDate: try options.fallbackDate())
            print("\(output) (\(result.pages) pages)")
            if let annexes {
                for file in try pipeline.writeAnnexes(document, to: annexes, pageMap: result.pageMap) { print(file) }
            }
        }
    }
}

/// The usage error for an unknown template name.
func unknownTemplate(_ name: String) -> CommandFailure {
    CommandFailure(status: ExitStatus.usage,
                   lines: ["unknown template \"\(name)\" (templates: \(TemplateCatalog.all.map { $0.name }.joined(separator: ", ")))"])
}

/// Runs a command body, turning failures into stderr lines and the documented exit status.
func runReporting(_ body: () throws -> Void) throws {
    do { try body() } catch let failure as CommandFailure {
        for line in failure.lines { Console.error(line) }
        throw ExitCode(failure.status)
    }
}
