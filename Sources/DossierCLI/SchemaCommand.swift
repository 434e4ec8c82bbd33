import ArgumentParser
import BriefingModel
import Templates

/// `dossier schema TEMPLATE`: the JSON Schema (draft 2020-12) of the template's input, generated from the model.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema (draft 2020-12) of a template's input.",
        discussion: """
        The schema is generated from the model the loader decodes: required fields, enumerations with their \
        codes, partial dates with their ranges. Objects are closed (additionalProperties: false), the strict \
        view: render and validate warn about unknown fields and reject them with --strict. Rules across fields \
        and files are checked by `validate`, not by the schema (docs/input-contract.md). Save it and point a JSON \
        or YAML editor at it (see the README).
        """ + "\n\n" + ExitStatus.help)

    @Argument(help: "Template name (the `templates` subcommand lists them).")
    var template: TemplateName

    func run() throws {
        try runReporting {
            let t = try template.resolve()
            guard let schema = t.inputSchema else {
                throw CommandFailure(status: ExitStatus.usage, lines: ["the \(t.name) template has no input schema"])
            }
            print(schema.prettyPrinted, terminator: "")
        }
    }
}
