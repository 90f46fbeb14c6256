/// Averages the weights of several trained taggers (a feature missing from one counts as zero
/// there) and drops the features whose averaged weights all stay small.
enum ModelAveraging {
    /// Features whose averaged weights are all below this in magnitude are left out.
    static let pruneThreshold: Float = 0.3

    static func average(_ models: [TaggerModel]) -> TaggerModel {
        precondition(!models.isEmpty, "nothing to average")
        guard models.count > 1 else { return models[0] }
        let first = models[0]
        var rows: [UInt64: Int] = [:]
        var keys: [UInt64] = []
        var sums: [Float] = []
        keys.reserveCapacity(first.featureCount * 2)
        for model in models {
            let weight = model.scale / Float(models.count)
            // Keys join in first-seen order, so the result does not depend on hashing order.
            for (row, key) in model.keys.enumerated() {
                let target: Int
                if let existing = rows[key] {
                    target = existing
                } else {
                    target = keys.count
                    rows[key] = target
                    keys.append(key)
                    sums.append(contentsOf: repeatElement(0, count: Tag.count))
                }
                for tag in 0..<Tag.count {
                    sums[target * Tag.count + tag] += Float(model.quantisedWeight(row: row, tag: tag)) * weight
                }
            }
        }
        var keptKeys: [UInt64] = []
        var kept: [Float] = []
        for (row, key) in keys.enumerated() {
            let weights = sums[(row * Tag.count)..<((row + 1) * Tag.count)]
            if weights.contains(where: { abs($0) >= pruneThreshold }) {
                keptKeys.append(key)
                kept.append(contentsOf: weights)
            }
        }
        return TaggerModel(keys: keptKeys, weights: kept)
    }
}
