import GlossKit

extension EntitiesAnalyzer: TrainableAnalyzer {
    /// Default number of passes over the training data.
    static let defaultEpochs = 8
    /// Perceptrons trained on different document orders (seeds `seed`, `seed + 1`, ...) whose
    /// weights the shipped model averages: steadier than any one of them.
    static let ensembleSize = 4

    /// Trains a tagger from JSON Lines with gold entity spans (CoNLL or contract labels), logs
    /// each epoch's mistakes and dev F1, and writes the averaged model (each member keeps its best
    /// epoch by dev F1, or its last one without dev data).
    public static func train(_ request: TrainingRequest, log: @Sendable (String) -> Void) throws {
        let documents = try GoldDocument.read(path: request.trainFile)
        let dev = try request.devFile.map { try GoldDocument.read(path: $0) } ?? []
        log("training on \(documents.count) documents (\(documents.reduce(0) { $0 + $1.tags.count }) tokens)"
            + (dev.isEmpty ? "" : ", scoring on \(dev.count)"))
        var members: [TaggerModel] = []
        for member in 0..<ensembleSize {
            let seed = request.seed &+ UInt64(member)
            let trainer = PerceptronTrainer(epochs: request.epochs ?? defaultEpochs, seed: seed)
            members.append(trainer.train(documents, dev: dev) { log("model \(member + 1)/\(ensembleSize) (seed \(seed)) \($0)") })
        }
        let model = ModelAveraging.average(members)
        if !dev.isEmpty { log("averaged model: dev \(PerceptronTrainer.evaluate(model, on: dev))") }
        try ModelFile.write(model, to: request.outputFile)
        log("wrote \(request.outputFile): \(model.featureCount) features")
    }
}
