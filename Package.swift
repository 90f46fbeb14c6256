// swift-tools-version:6.0
import PackageDescription

let strictSwift: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "Gloss",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "gloss", targets: ["gloss"]),
        .library(name: "GlossKit", targets: ["GlossKit"]),
        .library(name: "GlossBuiltins", targets: ["GlossBuiltins"]),
        // Plugin libraries that gloss loads at run time (`plugins:` in pipelines.yaml).
        .library(name: "GlossReadability", type: .dynamic, targets: ["GlossReadability"]),
        // Test fixtures for plugin load errors (built so that `swift test` needs no manual step).
        .library(name: "GlossFixtureFutureABI", type: .dynamic, targets: ["GlossFixtureFutureABI"]),
        .library(name: "GlossFixtureNotAPlugin", type: .dynamic, targets: ["GlossFixtureNotAPlugin"]),
        .library(name: "GlossFixtureCPlugin", type: .dynamic, targets: ["GlossFixtureCPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            path: "Sources/CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "GlossKit",
            dependencies: ["CYAML", "CZlib"],
            path: "Sources/GlossKit",
            swiftSettings: strictSwift
        ),
        .target(
            name: "GlossBoilerplate",
            dependencies: ["GlossKit"],
            path: "Sources/Analyzers/Boilerplate",
            swiftSettings: strictSwift
        ),
        .target(
            name: "GlossEntities",
            dependencies: ["GlossKit"],
            path: "Sources/Analyzers/Entities",
            exclude: ["Resources/MODEL.md"],
            resources: [.copy("Resources/gazetteers"), .copy("Resources/entities.model")],
            swiftSettings: strictSwift
        ),
        .target(
            name: "GlossQuotes",
            dependencies: ["GlossKit"],
            path: "Sources/Analyzers/Quotes",
            swiftSettings: strictSwift
        ),
        .target(
            name: "GlossSentiment",
            dependencies: ["GlossKit"],
            path: "Sources/Analyzers/Sentiment",
            exclude: ["Resources/LICENSE-VADER.txt"],
            resources: [.copy("Resources/vader_lexicon.tsv")],
            swiftSettings: strictSwift
        ),
        .target(
            name: "GlossBuiltins",
            dependencies: ["GlossKit", "GlossBoilerplate", "GlossEntities", "GlossQuotes", "GlossSentiment"],
            path: "Sources/GlossBuiltins",
            swiftSettings: strictSwift
        ),
        .target(
            name: "GlossReport",
            dependencies: ["GlossKit"],
            path: "Sources/GlossReport",
            swiftSettings: strictSwift
        ),
        .executableTarget(
            name: "gloss",
            dependencies: [
                "GlossKit", "GlossBuiltins", "GlossReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/gloss",
            swiftSettings: strictSwift
        ),
        .target(
            name: "GlossReadability",
            dependencies: ["GlossKit"],
            path: "Plugins/Readability",
            swiftSettings: strictSwift
        ),
        .target(name: "GlossFixtureFutureABI", path: "Tests/GlossPluginTests/Fixtures/FutureABI", publicHeadersPath: "."),
        .target(name: "GlossFixtureNotAPlugin", path: "Tests/GlossPluginTests/Fixtures/NotAPlugin", publicHeadersPath: "."),
        .target(name: "GlossFixtureCPlugin", path: "Tests/GlossPluginTests/Fixtures/CPlugin", publicHeadersPath: "."),
        // What the end-to-end test targets share: running the built gloss, finding the build
        // folder and the package root, and temporary directories that remove themselves.
        .target(
            name: "GlossTestSupport",
            path: "Tests/GlossTestSupport",
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "GlossPluginTests",
            dependencies: ["GlossKit", "GlossReadability", "GlossTestSupport", "gloss"],
            path: "Tests/GlossPluginTests",
            exclude: ["Fixtures"],
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "GlossKitTests",
            dependencies: ["GlossKit"],
            path: "Tests/GlossKitTests",
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "GlossBuiltinsTests",
            dependencies: ["GlossKit", "GlossBuiltins"],
            path: "Tests/GlossBuiltinsTests",
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "GlossBoilerplateTests",
            dependencies: ["GlossKit", "GlossBoilerplate"],
            path: "Tests/GlossBoilerplateTests",
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "GlossEntitiesTests",
            dependencies: ["GlossKit", "GlossEntities"],
            path: "Tests/GlossEntitiesTests",
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "GlossQuotesTests",
            dependencies: ["GlossKit", "GlossQuotes"],
            path: "Tests/GlossQuotesTests",
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "GlossSentimentTests",
            dependencies: ["GlossKit", "GlossSentiment"],
            path: "Tests/GlossSentimentTests",
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "GlossReportTests",
            dependencies: ["GlossKit", "GlossReport", "GlossTestSupport", "gloss"],
            path: "Tests/GlossReportTests",
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "GlossCLITests",
            dependencies: ["GlossTestSupport", "gloss"],
            path: "Tests/GlossCLITests",
            swiftSettings: strictSwift
        ),
        .testTarget(
            name: "GlossReliabilityTests",
            dependencies: ["GlossTestSupport", "gloss"],
            path: "Tests/GlossReliabilityTests",
            swiftSettings: strictSwift
        ),
    ]
)
