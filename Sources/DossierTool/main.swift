import DossierCommands

// The `dossier` executable: the command set of `DossierCommands` over the built-in templates.
DossierCommand.main()
