// swift-tools-version:6.0
import PackageDescription

// A package of its own, outside Dossier: a report type Dossier does not ship (a Committee's programme of work for
// a month), its template in the Dossier DSL, and a command-line tool `committee` that has every `dossier` subcommand
// for it beside the built-in templates. Copy this folder anywhere and point the path below at your Dossier checkout
// (or use `.package(url: …)`).
let package = Package(
    name: "CommitteeProgramme",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ProgrammeOfWork", targets: ["ProgrammeOfWork"]),
        .executable(name: "committee", targets: ["committee"]),
    ],
    dependencies: [
        .package(name: "Dossier", path: ".."),
    ],
    targets: [
        // The input model and the template.
        .target(name: "ProgrammeOfWork", dependencies: [
            .product(name: "Dossier", package: "Dossier"),
            .product(name: "BriefingModel", package: "Dossier"),
            .product(name: "Templates", package: "Dossier"),
        ]),
        // The command line: Dossier's command set with the template registered.
        .executableTarget(name: "committee", dependencies: [
            "ProgrammeOfWork",
            .product(name: "DossierCommands", package: "Dossier"),
        ]),
    ]
)
