import GlossKit

/// Scores every sentence of a document and pools them into the document score and, when quotes
/// are known, into the author's and the quoted sources' scores.
struct DocumentScoring {
    struct Result {
        var score: Double
        var sentences: [ScoredSpan]
        var authorScore: Double?
        var quotedScore: Double?
    }

    let scorer: SentenceScorer

    /// Entity mentions carry no sentiment of their own ("the United Nations", "Justice
    /// Department"), so their words are masked. A sentence's words inside a quotation count for
    /// the quoted voice, the rest for the author; the sentence's "!"/"?" emphasis goes with its
    /// last word. The "!" of a sentence without sentiment words ("Can't believe it!") adds
    /// emphasis in the direction of the whole text, as a text-wide reading would.
    func score(_ layer: TextLayer, entities: [Entity], quotes: [Quote]?) -> Result {
        let masks = entities.map(\.span).sorted()
        let quoteSpans = (quotes ?? []).map(\.span).sorted()
        var scratch = ScoringScratch()
        var sentences: [ScoredSpan] = []
        sentences.reserveCapacity(layer.sentences.count)
        var sums: [Double] = []
        sums.reserveCapacity(layer.sentences.count)
        var authorSums: [Double] = []
        var quotedSums: [Double] = []
        var undirected = 0.0
        var maskCursor = 0
        var quoteCursor = 0
        layer.bytes.withUnsafeBufferPointer { bytes in
            let lowercaseText = layer.sentences.count > 1 && hasLowercaseWord(bytes)
            for sentence in layer.sentences {
                while maskCursor < masks.count, masks[maskCursor].end <= sentence.start { maskCursor += 1 }
                var maskEnd = maskCursor
                while maskEnd < masks.count, masks[maskEnd].start < sentence.end { maskEnd += 1 }
                let valence = scorer.score(bytes, sentence, masks: masks[maskCursor..<maskEnd],
                                           lowercaseText: lowercaseText, scratch: &scratch)
                sentences.append(ScoredSpan(span: sentence, score: valence.score))
                sums.append(valence.sum)
                undirected += valence.undirectedEmphasis
                guard quotes != nil else { continue }
                while quoteCursor < quoteSpans.count, quoteSpans[quoteCursor].end <= sentence.start {
                    quoteCursor += 1
                }
                let split = splitByVoice(scratch.tokens, valence, quoteSpans[quoteCursor...])
                if split.hasAuthorWords { authorSums.append(split.author) }
                if split.hasQuotedWords { quotedSums.append(split.quoted) }
            }
        }
        if undirected > 0 {
            let total = sums.reduce(0, +)
            if total != 0, let last = sums.indices.last { sums[last] += total > 0 ? undirected : -undirected }
        }
        var result = Result(score: SentimentAggregate.score(sums: sums), sentences: sentences)
        if let quotes {
            result.authorScore = SentimentAggregate.score(sums: authorSums)
            result.quotedScore = quotes.isEmpty ? nil : SentimentAggregate.score(sums: quotedSums)
        }
        return result
    }

    /// Whether the text has a run of two lower-case ASCII letters (a word not in capitals).
    private func hasLowercaseWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousLower = false
        for byte in bytes {
            let isLower = byte >= 0x61 && byte <= 0x7A
            if isLower, previousLower { return true }
            previousLower = isLower
        }
        return false
    }

    private struct VoiceSplit {
        var author = 0.0
        var quoted = 0.0
        var hasAuthorWords = false
        var hasQuotedWords = false
    }

    private func splitByVoice(_ tokens: [SentimentToken], _ valence: SentenceValence,
                              _ quotes: ArraySlice<Span>) -> VoiceSplit {
        var split = VoiceSplit()
        var lastQuoted = false
        for token in tokens {
            var quoted = false
            for quote in quotes {
                if quote.start > token.start { break }
                if token.start < quote.end { quoted = true; break }
            }
            if quoted {
                split.quoted += token.valence
                split.hasQuotedWords = true
            } else {
                split.author += token.valence
                split.hasAuthorWords = true
            }
            lastQuoted = quoted
        }
        if lastQuoted { split.quoted += valence.punctuation } else { split.author += valence.punctuation }
        return split
    }
}

/// Per-entity sentiment: the mean score of the sentences that mention each canonical entity.
enum EntityScoring {
    /// Entities in order of mention count (most first), ties in order of first mention.
    static func scores(_ entities: [Entity], layer: TextLayer, sentenceScores: [ScoredSpan]) -> [EntitySentiment] {
        struct Tally {
            var order: Int
            var mentions = 0
            var sentences: [Int] = []
        }
        var tallies: [String: Tally] = [:]
        for entity in entities.sorted(by: { $0.span < $1.span }) {
            var tally = tallies[entity.canonical] ?? Tally(order: tallies.count)
            tally.mentions += 1
            if let sentence = layer.sentenceIndex(containing: entity.span.start), tally.sentences.last != sentence {
                tally.sentences.append(sentence)
            }
            tallies[entity.canonical] = tally
        }
        return tallies
            .sorted { $0.value.mentions != $1.value.mentions ? $0.value.mentions > $1.value.mentions
                                                            : $0.value.order < $1.value.order }
            .map { canonical, tally in
                var total = 0.0
                for sentence in tally.sentences { total += sentenceScores[sentence].score }
                let mean = tally.sentences.isEmpty ? 0 : total / Double(tally.sentences.count)
                return EntitySentiment(canonical: canonical, score: mean, mentions: tally.mentions)
            }
    }
}
