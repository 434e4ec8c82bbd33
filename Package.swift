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
        .executable(name: "dossier", targets: ["DossierCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
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
        .target(name: "Dossier"),
        .target(name: "DossierLayout", dependencies: ["Dossier"]),
        .target(name: "DossierPDF", dependencies: ["DossierLayout", "Dossier", "CPangoCairo", "CZlib", "CHyphen"]),
        .target(name: "DossierCSV", dependencies: ["Dossier"]),
        .target(name: "DossierRender", dependencies: ["Dossier", "DossierLayout", "DossierPDF", "DossierCSV"]),
        .target(name: "BriefingModel", dependencies: ["Yams"]),
        .target(
            name: "Templates",
            dependencies: ["Dossier", "BriefingModel"],
            path: "Templates",
            resources: [.copy("Text")]
        ),
        .executableTarget(
            name: "DossierCLI",
            dependencies: [
                "Dossier", "DossierLayout", "DossierPDF", "DossierCSV", "DossierRender", "BriefingModel", "Templates",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(name: "DossierLayoutTests", dependencies: ["Dossier", "DossierLayout"]),
        .testTarget(name: "DossierCSVTests", dependencies: ["Dossier", "DossierCSV"]),
        .testTarget(name: "BriefingModelTests", dependencies: ["BriefingModel"]),
        .testTarget(name: "EndToEndTests", dependencies: ["Dossier", "DossierLayout", "DossierPDF", "DossierRender",
                                                  "BriefingModel", "Templates"]),
    ]
)
