import GlossKit

extension EntitiesAnalyzer: TrainableAnalyzer {
    /// Default number of passes over the training data.
    static let defaultEpochs = 8

    /// Trains a tagger from JSON Lines with gold entity spans (CoNLL or contract labels), logs
    /// each epoch's mistakes and dev F1, and writes the best epoch's model (by dev F1; the last
    /// one without dev data).
    public static func train(_ request: TrainingRequest, log: @Sendable (String) -> Void) throws {
        let documents = try GoldDocument.read(path: request.trainFile)
        let dev = try request.devFile.map { try GoldDocument.read(path: $0) } ?? []
        log("training on \(documents.count) documents (\(documents.reduce(0) { $0 + $1.tags.count }) tokens)"
            + (dev.isEmpty ? "" : ", scoring on \(dev.count)"))
        let trainer = PerceptronTrainer(epochs: request.epochs ?? defaultEpochs, seed: request.seed)
        let model = trainer.train(documents, dev: dev, log: log)
        try ModelFile.write(model, to: request.outputFile)
        log("wrote \(request.outputFile): \(model.featureCount) features")
    }
}
