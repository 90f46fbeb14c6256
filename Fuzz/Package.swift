// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for Gloss, kept out of the main package so that building Gloss never builds
// them. Build and run them with `Fuzz/run.sh [SECONDS_PER_TARGET]` (from the repository root):
// it compiles with `-sanitize=fuzzer,address` into `.build-fuzz/` and fails on any crash, leak or
// timeout. Each `fuzz-NAME` target feeds libFuzzer's bytes to one part of Gloss and checks the
// invariants of what comes out (FuzzSupport), so a wrong span is a crash, not just a bad record.
let fuzzTargets = [
    "yaml", "json-lines", "text-layer",
    "sentences", "strip-boilerplate", "entities", "quotes", "sentiment", "news-pipeline", "resume",
]

let package = Package(
    name: "GlossFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Gloss", path: ".."),
    ],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "GlossKit", package: "Gloss"),
                .product(name: "GlossBuiltins", package: "Gloss"),
            ],
            path: "Sources/FuzzSupport",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ] + fuzzTargets.map { name in
        .executableTarget(
            name: "fuzz-\(name)",
            dependencies: ["FuzzSupport"],
            path: "Sources/fuzz-\(name)",
            swiftSettings: [.swiftLanguageMode(.v6)]
        )
    }
)
