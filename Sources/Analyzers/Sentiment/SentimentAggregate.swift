/// Combines sentence valences into one score for a document (or for one voice of it).
///
/// A single text-wide sum, as VADER computes it, grows with length and saturates toward ±1 for
/// any article of a few hundred words. Instead the sentence sums `s₁ … sₙ` are pooled with a
/// square-root length correction before squashing:
///
///     score = S / sqrt(S² + 15),   S = (s₁ + … + sₙ) / sqrt(n)
///
/// - One sentence: `S = s₁`, so the document score is the sentence score.
/// - A short text (a tweet, a review snippet) behaves like a text-wide sum, slightly damped.
/// - A long article: if its sentences are independent with mean valence μ, `S ≈ μ·sqrt(n)`,
///   which keeps growing with evidence but only as the square root of length, while a balanced
///   article stays near 0 whatever its length. A 2,000-word article (~90 sentences) whose
///   sentences average -0.3 scores about -0.57, and one averaging -0.1 about -0.24, rather than
///   both collapsing to -1.
enum SentimentAggregate {
    /// Up to this many sentences a text is read as one utterance (a tweet, a lead paragraph).
    static let shortText = 3.0

    static func score(sums: [Double]) -> Double {
        guard !sums.isEmpty else { return 0 }
        var total = 0.0
        for sum in sums { total += sum }
        return SentenceScorer.normalize(total / max(1, Double(sums.count) / shortText).squareRoot())
    }
}
