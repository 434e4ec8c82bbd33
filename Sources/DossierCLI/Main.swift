import ArgumentParser

/// The `dossier` command: renders briefs, packs and CSV annexes from model data.
@main
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Render country-visit summaries, OIAs and briefing packs as PDF, with CSV annexes.",
        discussion: ExitStatus.help,
        version: "0.3.0",
        subcommands: [Render.self, Pack.self, CSV.self, Templates.self,
                      Batch.self,
                      Validate.self,
                      SampleData.self]
    )
}
