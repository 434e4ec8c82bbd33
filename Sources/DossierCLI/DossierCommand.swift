import ArgumentParser
import DossierPDF
import Foundation
import Templates

/// The `dossier` command: renders briefs, packs and CSV annexes from model data. A package with templates of its
/// own runs the same command set under its own name with `DossierCommand.main(commandName:abstract:templates:)`.
public struct DossierCommand: ParsableCommand {
    /// Every subcommand, in help order: what a program of its own may list under a root command of its own.
    public static let subcommands: [any ParsableCommand.Type] = [Render.self, Pack.self, CSV.self, Templates.self, Schema.self,
                                                                 Batch.self, Validate.self, SampleData.self]

    public static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: CommandIdentity.current.name, abstract: CommandIdentity.current.abstract,
                             discussion: ExitStatus.help, version: PDFRenderer.version, subcommands: subcommands)
    }

    public init() {}

    /// Runs the command set as `commandName` with `templates` added to the catalogue (listed after the built-in
    /// ones, usable by every subcommand, and started again under the same name by `batch`'s worker processes).
    public static func main(commandName: String, abstract: String, templates: [any ReportTemplate.Type]) -> Never {
        for t in templates { TemplateCatalog.register(t) }
        CommandIdentity.set(CommandIdentity(name: commandName, abstract: abstract))
        main()
        Foundation.exit(0)
    }
}

/// The name and abstract the root command shows (`dossier`, or a program's own).
struct CommandIdentity: Sendable {
    var name: String
    var abstract: String

    static let dossier = CommandIdentity(name: "dossier", abstract:
        "Render country-visit summaries, OIAs and briefing packs as PDF, with CSV annexes.")

    private static let lock = NSLock()
    nonisolated(unsafe) private static var stored = dossier   // guarded by `lock`

    static var current: CommandIdentity { lock.withLock { stored } }
    static func set(_ identity: CommandIdentity) { lock.withLock { stored = identity } }
}
