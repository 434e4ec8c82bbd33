import DossierCommands
import ProgrammeOfWork

// `committee`: every subcommand of `dossier` (render, csv, validate, batch, schema, templates …), with the
// programme-of-work template listed after the built-in ones.
DossierCommand.main(commandName: "committee",
                    abstract: "Render a Committee's monthly programme of work (and Dossier's own reports) as PDF, with CSV annexes.",
                    templates: [ProgrammeOfWorkTemplate.self])
