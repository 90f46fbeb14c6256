import ArgumentParser
import GlossBuiltins
import GlossKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the model of a trainable analyzer (e.g. entities) from gold JSON Lines."
    )

    @Argument(help: ArgumentHelp("The analyzer to train.", valueName: "analyzer"))
    var analyzer: String

    @Option(name: .long, help: ArgumentHelp("Training data (JSON Lines with gold annotations).", valueName: "file"))
    var train: String

    @Option(name: .long, help: ArgumentHelp("Held-out data scored after each epoch.", valueName: "file"))
    var dev: String?

    @Option(name: .long, help: ArgumentHelp("Where to write the model.", valueName: "file"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Passes over the training data (default: the analyzer's).", valueName: "n"))
    var epochs: Int?

    @Option(name: .long, help: ArgumentHelp("Random seed; the same seed gives the same model.", valueName: "n"))
    var seed: UInt64 = 1

    func run() throws {
        let registry = BuiltinAnalyzers.registry
        guard let descriptor = registry[analyzer] else {
            throw Failure.configuration("unknown analyzer '\(analyzer)'\(Suggestion.hint(for: analyzer, among: registry.names))")
        }
        guard let trainer = descriptor.trainer else {
            let trainable = registry.descriptors.filter { $0.trainer != nil }.map(\.name)
            throw Failure.configuration("analyzer '\(analyzer)' has no model to train" + (trainable.isEmpty ? "" : " (trainable: \(trainable.joined(separator: ", ")))"))
        }
        let request = TrainingRequest(trainFile: train, devFile: dev, outputFile: output, epochs: epochs, seed: seed)
        do {
            try trainer(request) { message in
                StandardError.write(message + "\n")
            }
        } catch {
            throw Failure(message: "training failed: \(error)", code: 1)
        }
    }
}
