// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Dossier", targets: ["Dossier"]),
        .library(name: "DossierLayout", targets: ["DossierLayout"]),
        .library(name: "DossierPDF", targets: ["DossierPDF"]),
        .library(name: "DossierCSV", targets: ["DossierCSV"]),
        .library(name: "DossierRender", targets: ["DossierRender"]),
        .library(name: "BriefingModel", targets: ["BriefingModel"]),
        .library(name: "Templates", targets: ["Templates"]),
        // The command set of `dossier` (render, pack, csv, validate, batch, schema, templates, sample-data), for a
        // package that builds its own command line over its own templates (see Examples/).
        .library(name: "DossierCommands", targets: ["DossierCommands"]),
        .executable(name: "dossier", targets: ["DossierTool"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // `swift package generate-documentation` (DocC catalogue in Sources/Dossier/Dossier.docc).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CPangoCairo",
            path: "Sources/CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CHyphen", path: "Sources/CHyphen", providers: [.apt(["libhyphen-dev"])]),
        .systemLibrary(name: "CRsvg", path: "Sources/CRsvg", pkgConfig: "librsvg-2.0", providers: [.apt(["librsvg2-dev"])]),
        .target(name: "DossierImages", dependencies: ["CRsvg", "CPangoCairo"]),
        .target(name: "Dossier"),
        .target(name: "DossierLayout", dependencies: ["Dossier", "DossierImages"]),
        .target(name: "DossierPDF", dependencies: ["DossierLayout", "Dossier", "DossierImages", "CPangoCairo", "CZlib", "CHyphen"]),
        .target(name: "DossierCSV", dependencies: ["Dossier"]),
        .target(name: "DossierRender", dependencies: ["Dossier", "DossierLayout", "DossierPDF", "DossierCSV"]),
        .target(name: "BriefingModel", dependencies: ["Yams"]),
        .target(
            name: "Templates",
            dependencies: ["Dossier", "BriefingModel", "DossierImages"],
            path: "Templates",
            resources: [.copy("Text")]
        ),
        // The commands live in Sources/DossierCLI as a library; the `dossier` executable is the one-line
        // Sources/DossierTool/main.swift.
        .target(
            name: "DossierCommands",
            dependencies: [
                "Dossier", "DossierLayout", "DossierPDF", "DossierCSV", "DossierRender", "BriefingModel", "Templates",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Sources/DossierCLI"
        ),
        .executableTarget(name: "DossierTool", dependencies: ["DossierCommands"], path: "Sources/DossierTool"),
        // Test-only: types named like the DSL's (Text, Image, List, Section, Group, Table), imported beside Dossier.
        .target(name: "ClashingNames", path: "Tests/ClashingNames"),
        .testTarget(name: "DossierLayoutTests", dependencies: ["Dossier", "DossierLayout"]),
        .testTarget(name: "DossierCSVTests", dependencies: ["Dossier", "DossierCSV"]),
        .testTarget(name: "BriefingModelTests", dependencies: ["BriefingModel"]),
        .testTarget(name: "EndToEndTests", dependencies: ["Dossier", "DossierLayout", "DossierPDF", "DossierRender",
                                                  "BriefingModel", "Templates", "ClashingNames"]),
    ]
)
