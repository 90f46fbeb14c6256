/// Anything that scores tags from feature keys: the trained model at run time, the weights being
/// learnt during training.
protocol TagScorer {
    /// Adds the weights of every known key to `scores` (one slot per tag).
    func addScores(of keys: ArraySlice<UInt64>, into scores: UnsafeMutablePointer<Float>)
}
