import ArgumentParser
import DossierPDF

/// The `dossier` command: renders briefs, packs and CSV annexes from model data.
@main
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Render country-visit summaries, OIAs and briefing packs as PDF, with CSV annexes.",
        discussion: ExitStatus.help,
        version: PDFRenderer.version,
        subcommands: [Render.self, Pack.self, CSV.self, Templates.self,
                      Batch.self,
                      Validate.self,
                      SampleData.self]
    )
}
