import Benchmark
import Foundation
import GlossKit
import GlossReadability

/// What the C plugin ABI costs per document: the Readability analyzer run as a built-in step
/// and run through its plugin library (`plugins: - library:`), over the same corpus. Both go
/// through `Pipeline.run`, so the difference of the two is the ABI alone: writing the record,
/// parsing it in the plugin, writing the reply and applying it to the document.
enum PluginOverhead {
    /// The environment variable that overrides where the plugin library is looked for.
    static let libraryVariable = "GLOSS_READABILITY_LIBRARY"

    #if os(macOS)
    static let libraryFile = "libGlossReadability.dylib"
    #else
    static let libraryFile = "libGlossReadability.so"
    #endif

    /// The plugin library: `GLOSS_READABILITY_LIBRARY` if set, otherwise the one SwiftPM builds
    /// next to this executable (the benchmark target depends on the `GlossReadability` product).
    static func libraryPath() -> String {
        let path: String
        if let override = ProcessInfo.processInfo.environment[libraryVariable], !override.isEmpty {
            path = override
        } else {
            let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
            path = executable.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent(libraryFile).path
        }
        guard FileManager.default.fileExists(atPath: path) else {
            fatalError("""
            readability plugin library not found at \(path). It is built with the benchmarks; \
            otherwise build it from the repository root (`swift build -c release --product GlossReadability`) \
            and set \(libraryVariable) to the path of \(libraryFile).
            """)
        }
        return path
    }

    /// The `readability` step as a built-in analyzer.
    static func directPipeline() -> Pipeline {
        let yaml = "version: 1\npipelines:\n  direct:\n    steps: [readability]\n"
        do {
            let registry = AnalyzerRegistry([AnalyzerDescriptor(ReadabilityAnalyzer.self)])
            return try PipelineFile.load(string: yaml, file: "direct", registry: registry).pipeline(named: "direct")
        } catch {
            fatalError("readability as a built-in step: \(error)")
        }
    }

    /// The `readability` step from the plugin library, loaded as `gloss run` loads it.
    static func pluginPipeline(library: String) -> Pipeline {
        let yaml = "version: 1\nplugins:\n  - library: '\(library)'\npipelines:\n  plugin:\n    steps: [readability]\n"
        do {
            return try PipelineFile.load(string: yaml, file: "plugin", registry: AnalyzerRegistry()).pipeline(named: "plugin")
        } catch {
            fatalError("readability through \(library): \(error)")
        }
    }

    /// Both pipelines must give the same record, or the two figures measure different work.
    static func checkSameOutput(_ direct: Pipeline, _ plugin: Pipeline, on original: Document) {
        var viaDirect = original
        var viaPlugin = original
        do {
            try direct.run(&viaDirect)
            try plugin.run(&viaPlugin)
        } catch {
            fatalError("readability failed on \(original.id): \(error)")
        }
        guard RecordWriter.record(for: viaDirect) == RecordWriter.record(for: viaPlugin) else {
            fatalError("readability direct and via the plugin give different records for \(original.id)")
        }
    }

    /// One pass of the step over the corpus; records are not written (that cost is not the ABI's).
    static func run(_ pipeline: Pipeline, over documents: [Document], _ benchmark: Benchmark) {
        for _ in benchmark.scaledIterations {
            for original in documents {
                var document = original
                do { try pipeline.run(&document) } catch { fatalError("readability failed on \(original.id): \(error)") }
                blackHole(document)
            }
        }
    }

    static func register(corpus documents: [Document], bytes: Int) {
        let direct = directPipeline()
        let plugin = pluginPipeline(library: libraryPath())
        checkSameOutput(direct, plugin, on: documents[0])
        // Cheap steps: more iterations than the analyzer benchmarks, for a steadier median.
        let configuration = Benchmark.Configuration(
            metrics: [.wallClock, .throughput, .mallocCountTotal],
            warmupIterations: 2,
            scalingFactor: .one,
            maxDuration: .seconds(20),
            maxIterations: 100
        )
        let size = "(\(documents.count) docs, \(bytes / 1000) kB)"
        Benchmark("readability direct \(size)", configuration: configuration) { benchmark in
            run(direct, over: documents, benchmark)
        }
        Benchmark("readability via C ABI plugin \(size)", configuration: configuration) { benchmark in
            run(plugin, over: documents, benchmark)
        }
    }
}
