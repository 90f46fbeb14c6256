/// An analyzer with a statistical model that `gloss train NAME` can (re)train from gold data.
public protocol TrainableAnalyzer: Analyzer {
    /// Trains a model from `request.trainFile` (JSON Lines with gold annotations), reports progress
    /// (e.g. dev F1 per epoch) through `log`, and writes the model to `request.outputFile`.
    /// Must be deterministic for a given `request.seed`.
    static func train(_ request: TrainingRequest, log: @Sendable (String) -> Void) throws
}

/// What `gloss train` passes to a trainable analyzer.
public struct TrainingRequest: Sendable {
    public var trainFile: String
    /// Held-out data scored after each epoch; nil to skip scoring.
    public var devFile: String?
    public var outputFile: String
    /// Number of passes over the training data; nil for the analyzer's default.
    public var epochs: Int?
    public var seed: UInt64

    public init(trainFile: String, devFile: String?, outputFile: String, epochs: Int?, seed: UInt64) {
        self.trainFile = trainFile
        self.devFile = devFile
        self.outputFile = outputFile
        self.epochs = epochs
        self.seed = seed
    }
}

extension AnalyzerDescriptor {
    /// The analyzer's trainer, when it is a `TrainableAnalyzer`.
    public var trainer: (@Sendable (TrainingRequest, @Sendable (String) -> Void) throws -> Void)? {
        guard let trainable = analyzerType as? any TrainableAnalyzer.Type else { return nil }
        return { request, log in try trainable.train(request, log: log) }
    }
}
