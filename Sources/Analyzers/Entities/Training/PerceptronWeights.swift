/// Weights being learnt by the averaged perceptron, with the running sums needed to average
/// them lazily (each weight remembers when it last changed, so an update costs O(1)).
/// A class: the decoder scores with it while the trainer updates it within one document.
final class PerceptronWeights: TagScorer {
    private var rows: [UInt64: Int32] = [:]
    /// Keys in the order their rows were created (deterministic for a given training order).
    private var keys: [UInt64] = []
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int32] = []
    /// Number of tokens seen so far: the averaging clock.
    private(set) var clock: Int32 = 0

    func tick() { clock += 1 }

    func addScores(of keys: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        weights.withUnsafeBufferPointer { weights in
            for key in keys {
                guard let row = rows[key] else { continue }
                let base = Int(row) * Tag.count
                for tag in 0..<Tag.count { scores[tag] += weights[base + tag] }
            }
        }
    }

    /// Adds `delta` to the weight of `tag` for every key.
    func add(_ delta: Float, to tag: Tag, for keys: ArraySlice<UInt64>) {
        for key in keys { adjust(row(for: key) * Tag.count + Int(tag.rawValue), by: delta) }
    }

    private func row(for key: UInt64) -> Int {
        if let row = rows[key] { return Int(row) }
        let row = keys.count
        rows[key] = Int32(row)
        keys.append(key)
        weights.append(contentsOf: repeatElement(0, count: Tag.count))
        totals.append(contentsOf: repeatElement(0, count: Tag.count))
        stamps.append(contentsOf: repeatElement(clock, count: Tag.count))
        return row
    }

    private func adjust(_ index: Int, by delta: Float) {
        totals[index] += Double(clock - stamps[index]) * Double(weights[index])
        stamps[index] = clock
        weights[index] += delta
    }

    /// The averaged weights as a run-time model, leaving out features whose every weight is
    /// below `threshold` in magnitude (they barely change any decision).
    func averagedModel(threshold: Float) -> TaggerModel {
        var keptKeys: [UInt64] = []
        var keptWeights: [Float] = []
        let time = Double(max(clock, 1))
        var row = [Float](repeating: 0, count: Tag.count)
        for (index, key) in keys.enumerated() {
            var largest: Float = 0
            for tag in 0..<Tag.count {
                let slot = index * Tag.count + tag
                let total = totals[slot] + Double(clock - stamps[slot]) * Double(weights[slot])
                row[tag] = Float(total / time)
                largest = max(largest, abs(row[tag]))
            }
            if largest >= threshold {
                keptKeys.append(key)
                keptWeights.append(contentsOf: row)
            }
        }
        return TaggerModel(keys: keptKeys, weights: keptWeights)
    }

    var featureCount: Int { keys.count }
}
