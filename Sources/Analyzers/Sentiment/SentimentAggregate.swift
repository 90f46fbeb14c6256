/// Combines sentence valences into one score for a document (or for one voice of it).
///
/// A single text-wide sum, as VADER computes it, grows with length and saturates toward ±1 for
/// any article of a few hundred words. Instead the open-scale sentence sums `s₁ … sₙ` are scaled
/// to the valence of an average three-sentence passage, then squashed like a sentence:
///
///     S = (s₁ + … + sₙ) · min(1, 3 / n)
///     score = S / sqrt(S² + 15)
///
/// - One sentence: `S = s₁`, so the document score is the sentence score.
/// - Up to three sentences (a tweet, a review snippet, a lead paragraph) the text is read as one
///   utterance, as VADER reads it: the sentences reinforce each other.
/// - Longer texts: `S = 3 · mean(sᵢ)`, so the score depends on how positive or negative the
///   sentences are on average, not on how many there are. A 2,000-word article (~90 sentences)
///   whose sentences average -0.3 scores -0.23 and one averaging -1.0 scores -0.61, the same as
///   a six-sentence story with those averages; a balanced article stays near 0. Scores of long
///   articles therefore spread over the scale instead of all collapsing to ±1.
enum SentimentAggregate {
    /// Up to this many sentences a text is read as one utterance.
    static let passageSentences = 3.0

    static func score(sums: [Double]) -> Double {
        guard !sums.isEmpty else { return 0 }
        var total = 0.0
        for sum in sums { total += sum }
        return SentenceScorer.normalize(total * min(1, passageSentences / Double(sums.count)))
    }
}
