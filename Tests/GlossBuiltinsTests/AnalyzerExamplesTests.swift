import GlossBuiltins
import GlossKit
import Testing

/// Every built-in analyzer's own examples, run through a real pipeline (the SwiftLint pattern:
/// the examples document the analyzer and test it).
@Suite("Built-in analyzer examples")
struct AnalyzerExamplesTests {
    static let cases: [(analyzer: String, index: Int)] = BuiltinAnalyzers.all.flatMap { descriptor in
        descriptor.examples.indices.map { (descriptor.name, $0) }
    }

    @Test("Example holds", arguments: cases.map { "\($0.analyzer)#\($0.index)" })
    func exampleHolds(_ key: String) throws {
        let parts = key.split(separator: "#")
        let registry = BuiltinAnalyzers.registry
        let descriptor = try #require(registry[String(parts[0])])
        let example = descriptor.examples[Int(parts[1])!]
        let problems = ExampleChecker.problems(in: example, of: descriptor.name, registry: registry)
        #expect(problems.isEmpty, "\(descriptor.name): \(example.note)\n\(problems.joined(separator: "\n"))")
    }

    @Test func everyAnalyzerHasExamplesAndASummary() {
        for descriptor in BuiltinAnalyzers.all {
            #expect(!descriptor.examples.isEmpty, "\(descriptor.name) has no examples")
            #expect(!descriptor.summary.isEmpty && !descriptor.summary.contains("\n"), "\(descriptor.name): summary must be one line")
        }
    }

    @Test func namesAreUniqueAndKebabCase() {
        let names = BuiltinAnalyzers.all.map(\.name)
        #expect(Set(names).count == names.count)
        for name in names {
            #expect(name.allSatisfy { $0.isLowercase || $0 == "-" }, "\(name) is not kebab-case")
        }
    }

    @Test func rewritingAnalyzersComeFirstInTheShippedPipelinesFile() throws {
        // The shipped pipelines.yaml must load with the built-ins (also checked end to end).
        let registry = BuiltinAnalyzers.registry
        let file = try PipelineFile.load(path: PackageRoot.path + "/pipelines.yaml", registry: registry)
        #expect(file.defaultPipeline != nil)
        #expect(!file.pipelines.isEmpty)
    }

    @Test func everyBuiltinIsDocumentedInPipelinesYAML() throws {
        let text = try String(contentsOfFile: PackageRoot.path + "/pipelines.yaml", encoding: .utf8)
        for descriptor in BuiltinAnalyzers.all {
            #expect(text.contains(descriptor.name), "pipelines.yaml does not mention \(descriptor.name)")
            for option in descriptor.optionsHelp {
                #expect(text.contains(option.key), "pipelines.yaml does not document \(descriptor.name) option \(option.key)")
            }
        }
    }
}

import Foundation

enum PackageRoot {
    /// The package root, found from this source file's location.
    static let path: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()
}
