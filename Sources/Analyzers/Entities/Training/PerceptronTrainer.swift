/// Trains the tagger with the averaged structured perceptron (Collins 2002): documents in a
/// seeded random order each epoch, each sentence decoded with the current weights and corrected
/// towards the gold tag sequence where it differs.
struct PerceptronTrainer {
    var epochs: Int
    var seed: UInt64
    /// Features whose averaged weights all stay below this are dropped from the model.
    var pruneThreshold: Float = 0.05

    /// Precision, recall and F1 of entity mentions (exact token range and class).
    struct Score: CustomStringConvertible {
        var truePositives = 0
        var predicted = 0
        var gold = 0
        var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
        var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var description: String {
            "F1 \(format(f1)) (P \(format(precision)) R \(format(recall)))"
        }
        private func format(_ value: Double) -> String {
            let scaled = Int((value * 1000).rounded())
            let digits = String(scaled % 1000)
            return "\(scaled / 1000)." + String(repeating: "0", count: 3 - digits.count) + digits
        }
    }

    /// Returns the model after the epoch that scored best on `dev` (the last epoch without dev).
    func train(_ documents: [GoldDocument], dev: [GoldDocument], log: (String) -> Void) -> TaggerModel {
        let weights = PerceptronWeights()
        var generator = SplitMix64(seed: seed)
        var order = Array(documents.indices)
        var best: (score: Double, model: TaggerModel) = (-1, weights.averagedModel(threshold: pruneThreshold))
        for epoch in 1...max(1, epochs) {
            order.shuffle(using: &generator)
            var mistakes = 0
            var tokens = 0
            for documentIndex in order {
                let (wrong, count) = learn(from: documents[documentIndex], weights: weights)
                mistakes += wrong
                tokens += count
            }
            let model = weights.averagedModel(threshold: pruneThreshold)
            var line = "epoch \(epoch): \(mistakes) wrong tags in \(tokens) tokens, \(model.featureCount) features"
            if !dev.isEmpty {
                let score = PerceptronTrainer.evaluate(model, on: dev)
                line += ", dev \(score)"
                if score.f1 > best.score { best = (score.f1, model) }
            } else {
                best = (0, model)
            }
            log(line)
        }
        return best.model
    }

    /// Decodes each sentence of the document with the current weights and, where the best tag
    /// sequence differs from the gold one, moves the weights towards the gold sequence's features
    /// and away from the predicted one's. Returns (wrong tags, tokens).
    private func learn(from document: GoldDocument, weights: PerceptronWeights) -> (Int, Int) {
        document.bytes.withUnsafeBufferPointer { bytes in
            let extractor = FeatureExtractor(input: document.input, bytes: bytes, gazetteer: BuiltinGazetteers.table)
            let decoder = SequenceDecoder(extractor: extractor)
            var earlier = KeyTable()
            var wrong = 0
            var goldKeys: [UInt64] = []
            var predictedKeys: [UInt64] = []
            for (number, sentence) in document.input.sentences.enumerated() {
                let result = decoder.decodeSentence(number, with: weights, earlier: earlier)
                let gold = Array(document.tags[sentence])
                for offset in gold.indices {
                    weights.tick()
                    let predicted = result.tags[offset]
                    let previousPredicted = offset > 0 ? result.tags[offset - 1] : .outside
                    let previousGold = offset > 0 ? gold[offset - 1] : .outside
                    if predicted != gold[offset] {
                        wrong += 1
                        let keys = result.staticKeys[result.staticRanges[offset]]
                        weights.add(1, to: gold[offset], for: keys)
                        weights.add(-1, to: predicted, for: keys)
                    }
                    if predicted != gold[offset] || previousPredicted != previousGold {
                        goldKeys.removeAll(keepingCapacity: true)
                        predictedKeys.removeAll(keepingCapacity: true)
                        extractor.transitionFeatures(of: sentence.lowerBound + offset, previous: previousGold, into: &goldKeys)
                        extractor.transitionFeatures(of: sentence.lowerBound + offset, previous: previousPredicted, into: &predictedKeys)
                        weights.add(1, to: gold[offset], for: goldKeys[...])
                        weights.add(-1, to: predicted, for: predictedKeys[...])
                    }
                }
                decoder.remember(result.tags, sentence: number, in: &earlier)
            }
            return (wrong, document.tags.count)
        }
    }

    /// Scores the tagger's raw mentions against gold mentions.
    static func evaluate(_ model: TaggerModel, on documents: [GoldDocument]) -> Score {
        var score = Score()
        for document in documents {
            let predicted = document.bytes.withUnsafeBufferPointer { bytes in
                SequenceDecoder(extractor: FeatureExtractor(input: document.input, bytes: bytes, gazetteer: BuiltinGazetteers.table), runTimeConstraints: true)
                    .decode(with: model)
            }
            let found = SequenceDecoder.mentions(in: predicted)
            let gold = document.mentions
            let goldSet = Set(gold.map { MentionKey(range: $0.range, label: $0.label.rawValue) })
            score.gold += gold.count
            score.predicted += found.count
            score.truePositives += found.filter { goldSet.contains(MentionKey(range: $0.range, label: $0.label.rawValue)) }.count
        }
        return score
    }

    private struct MentionKey: Hashable {
        let range: Range<Int>
        let label: UInt8
    }
}

/// A small seeded generator (SplitMix64), so training order is the same on every platform.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return FeatureHash.finish(state)
    }
}
