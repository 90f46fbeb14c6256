/// Anything that scores tags from feature keys: the trained model at run time, the weights being
/// learnt during training.
protocol TagScorer {
    /// Adds the weights of every known key to `scores` (one slot per tag).
    func addScores(of keys: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>)
}

extension TagScorer {
    func addScores(of keys: ArraySlice<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        keys.withUnsafeBufferPointer { addScores(of: $0, into: scores) }
    }
}

/// Feature keys written into caller-provided memory: the decoder extracts a token's features
/// once per token and a transition's once per beam entry, where growing an array each time
/// costs more than hashing the keys.
struct FeatureBuffer {
    /// Room for the features of one token: the templates make at most about a hundred.
    static let capacity = 256

    let base: UnsafeMutablePointer<UInt64>
    private(set) var count = 0

    init(_ base: UnsafeMutablePointer<UInt64>) { self.base = base }

    /// Checks that `room` more keys fit: `append` itself does not check.
    @inline(__always)
    func reserve(_ room: Int) {
        precondition(count + room <= FeatureBuffer.capacity, "too many features for one token")
    }

    @inline(__always)
    mutating func append(_ key: UInt64) {
        base[count] = key
        count &+= 1
    }

    mutating func removeAll() { count = 0 }

    var keys: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(start: base, count: count) }
}
