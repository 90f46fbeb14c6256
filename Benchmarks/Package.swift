// swift-tools-version:6.1
import PackageDescription

// Benchmarks for Gloss, kept out of the main package so that building Gloss never needs
// package-benchmark. Run from this folder: `swift package benchmark` (see README.md here).
let package = Package(
    name: "GlossBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Gloss", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(
            name: "CorpusGenerator",
            path: "Sources/CorpusGenerator",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "generate-corpus",
            dependencies: ["CorpusGenerator"],
            path: "Sources/generate-corpus",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "GlossBenchmarks",
            dependencies: [
                "CorpusGenerator",
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "GlossKit", package: "Gloss"),
                .product(name: "GlossBuiltins", package: "Gloss"),
                // A dynamic library product: SwiftPM builds libGlossReadability.so next to the
                // benchmark executable, which loads it as a plugin (see PluginOverhead.swift).
                .product(name: "GlossReadability", package: "Gloss"),
            ],
            path: "Benchmarks/GlossBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ]
)
