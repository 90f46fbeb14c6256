/// Tags a document left to right, sentence by sentence: each token takes the best-scoring tag
/// that keeps the BILOU sequence well formed, given features of its context, the two previous
/// tags, and what the same word was tagged earlier in the document.
///
/// Training and tagging share this loop so that the features seen in training are exactly the
/// ones computed at run time.
struct SequenceDecoder {
    let extractor: FeatureExtractor

    /// Tags every token. When `gold` is given, `learn(keys, predicted, gold)` is called for each
    /// token whose best tag differs from the gold one (the decoder goes on with its own choice,
    /// as it will have to at run time).
    func decode<Scorer: TagScorer>(with scorer: Scorer, gold: [Tag]? = nil,
                                   learn: (([UInt64], Tag, Tag) -> Void)? = nil) -> [Tag] {
        let input = extractor.input
        var tags = [Tag](repeating: .outside, count: input.tokens.count)
        var earlier: [UInt64: UInt8] = [:]
        var keys: [UInt64] = []
        keys.reserveCapacity(64)
        var scores = [Float](repeating: 0, count: Tag.count)

        for (number, sentence) in input.sentences.enumerated() {
            var previous = Tag.outside
            var beforePrevious = Tag.outside
            for index in sentence {
                let token = input.tokens[index]
                keys.removeAll(keepingCapacity: true)
                extractor.staticFeatures(of: index, in: sentence, sentenceNumber: number, into: &keys)
                extractor.historyFeatures(of: index, previous: previous, beforePrevious: beforePrevious,
                                          earlierClass: token.isCapitalized ? earlier[token.key] ?? 0 : 0,
                                          into: &keys)
                let isLast = index + 1 == sentence.upperBound
                let best: Tag = scores.withUnsafeMutableBufferPointer { buffer in
                    let pointer = buffer.baseAddress!
                    pointer.update(repeating: 0, count: Tag.count)
                    scorer.addScores(of: keys, into: pointer)
                    var best = Tag.outside
                    var bestScore = -Float.infinity
                    for tag in Tag.all where previous.allows(tag) && (!isLast || tag.canEndSentence) {
                        if pointer[Int(tag.rawValue)] > bestScore {
                            bestScore = pointer[Int(tag.rawValue)]
                            best = tag
                        }
                    }
                    return best
                }
                if let gold, let learn, gold[index] != best { learn(keys, best, gold[index]) }
                tags[index] = best
                if token.isCapitalized {
                    earlier[token.key] = best.label.map { $0.rawValue + 1 } ?? 5
                }
                beforePrevious = previous
                previous = best
            }
        }
        return tags
    }

    /// The entities a tag sequence spells: token ranges with their class.
    static func mentions(in tags: [Tag]) -> [(range: Range<Int>, label: CoarseLabel)] {
        var result: [(range: Range<Int>, label: CoarseLabel)] = []
        var start: Int?
        for (index, tag) in tags.enumerated() {
            guard let label = tag.label, let position = tag.position else { start = nil; continue }
            switch position {
            case .unit: result.append((index..<(index + 1), label)); start = nil
            case .begin: start = index
            case .inside: break
            case .last:
                if let first = start, tags[first].label == label { result.append((first..<(index + 1), label)) }
                start = nil
            }
        }
        return result
    }
}
