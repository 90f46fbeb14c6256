import ArgumentParser
import GlossBuiltins
import GlossKit

struct AnalyzersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyzers",
        abstract: "List the analyzers, or show one analyzer's options and examples."
    )

    @Argument(help: ArgumentHelp("An analyzer name.", valueName: "name"))
    var name: String?

    @Option(name: .long, help: ArgumentHelp("A pipelines file whose plugins are listed too.", valueName: "file"))
    var config: String?

    func run() throws {
        var registry = BuiltinAnalyzers.registry
        if let config {
            do {
                registry = try PipelineFile.registry(path: config, registry: registry)
            } catch {
                throw Failure.configuration(error.description)
            }
        }
        guard let name else {
            let width = (registry.names.map(\.count).max() ?? 0) + 2
            for descriptor in registry.descriptors {
                let padding = String(repeating: " ", count: width - descriptor.name.count)
                let origin = descriptor.origin == "built-in" ? "" : "  [plugin: \(descriptor.origin)]"
                print("\(descriptor.name)\(padding)\(descriptor.summary)\(origin)")
            }
            return
        }
        guard let descriptor = registry[name] else {
            throw Failure.configuration("unknown analyzer '\(name)'\(Suggestion.hint(for: name, among: registry.names)); see 'gloss analyzers'")
        }
        print(AnalyzerManual.text(for: descriptor))
    }
}

/// The text `gloss analyzers NAME` prints: summary, options and examples, from the analyzer's own data.
enum AnalyzerManual {
    static func text(for descriptor: AnalyzerDescriptor) -> String {
        var lines = ["\(descriptor.name): \(descriptor.summary)"]
        if descriptor.origin != "built-in" {
            lines.append("From the plugin \(descriptor.origin)")
        }
        if descriptor.rewritesText {
            lines.append("Rewrites the text: place it before every annotating step.")
        }
        lines.append("")
        if descriptor.optionsHelp.isEmpty {
            lines.append("Options: none")
        } else {
            lines.append("Options:")
            for option in descriptor.optionsHelp {
                lines.append("  \(option.key): \(option.type)  (default: \(option.defaultValue))")
                lines.append("      \(option.summary)")
            }
        }
        if !descriptor.examples.isEmpty {
            lines.append("")
            lines.append("Examples:")
            for example in descriptor.examples {
                lines.append("  - \(example.note)")
                if !example.before.isEmpty { lines.append("    after: \(example.before.joined(separator: ", "))") }
                if !example.options.isEmpty { lines.append("    options: \(example.options)") }
                lines.append("    text: \(example.text.debugDescription)")
                lines.append("    gives: \(example.expected)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
