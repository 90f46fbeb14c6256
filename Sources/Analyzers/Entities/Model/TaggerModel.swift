import Foundation

/// A trained tagger: feature keys and their per-tag weights, looked up through an
/// open-addressing hash table. Immutable once built, so one instance serves every thread.
final class TaggerModel: TagScorer, Sendable {
    /// Hash slots: feature key (0 = empty slot) and the row of its weights.
    private let slotKeys: [UInt64]
    private let slotRows: [Int32]
    private let mask: Int
    /// Row-major weights, `Tag.count` per feature.
    let weights: [Float]
    /// Keys in row order (kept for writing the model back).
    let keys: [UInt64]

    var featureCount: Int { keys.count }

    /// `weights` holds `Tag.count` values per key, in the order of `keys`.
    init(keys: [UInt64], weights: [Float]) {
        precondition(weights.count == keys.count * Tag.count, "weights do not match keys")
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slotKeys = [UInt64](repeating: 0, count: capacity)
        var slotRows = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (row, key) in keys.enumerated() {
            let stored = TaggerModel.storedKey(key)
            var slot = Int(truncatingIfNeeded: stored) & mask
            while slotKeys[slot] != 0 && slotKeys[slot] != stored { slot = (slot + 1) & mask }
            slotKeys[slot] = stored
            slotRows[slot] = Int32(row)
        }
        self.slotKeys = slotKeys
        self.slotRows = slotRows
        self.mask = mask
        self.weights = weights
        self.keys = keys
    }

    /// Zero marks an empty slot, so a (vanishingly unlikely) zero key is stored as one.
    @inline(__always)
    static func storedKey(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    func addScores(of keys: [UInt64], into scores: UnsafeMutablePointer<Float>) {
        slotKeys.withUnsafeBufferPointer { slotKeys in
            slotRows.withUnsafeBufferPointer { slotRows in
                weights.withUnsafeBufferPointer { weights in
                    for key in keys {
                        let stored = TaggerModel.storedKey(key)
                        var slot = Int(truncatingIfNeeded: stored) & mask
                        while true {
                            let found = slotKeys[slot]
                            if found == stored {
                                let base = Int(slotRows[slot]) * Tag.count
                                for tag in 0..<Tag.count { scores[tag] += weights[base + tag] }
                                break
                            }
                            if found == 0 { break }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
        }
    }
}
