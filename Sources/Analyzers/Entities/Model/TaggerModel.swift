/// A trained tagger: feature keys and their per-tag weights (16-bit integers times one scale),
/// looked up through an open-addressing hash table. Immutable once built, so one instance serves
/// every thread.
final class TaggerModel: TagScorer, Sendable {
    /// Hash slots: feature key (0 = empty slot) and the row of its weights, side by side so a
    /// probe touches one cache line.
    private let slots: [Slot]
    private let mask: Int
    /// One bit per hash of every key, small enough to stay in cache: most keys a text produces
    /// (rare words and word pairs) are not in the model, and this answers those without a probe.
    private let filter: [UInt64]
    private let filterMask: Int
    /// Row-major quantised weights, `Tag.stride` per feature (the slots past `Tag.count` are
    /// zero); a row fits one cache line.
    private let rows: [Int16]
    /// weight = quantised value * scale.
    let scale: Float
    /// Keys in row order (kept for writing the model back).
    let keys: [UInt64]

    var featureCount: Int { keys.count }

    /// A model from learnt weights: `weights` holds `Tag.count` values per key, in key order.
    convenience init(keys: [UInt64], weights: [Float]) {
        precondition(weights.count == keys.count * Tag.count, "weights do not match keys")
        let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 32767 : 1
        let quantised = weights.map { Int16(max(-32767, min(32767, ($0 / scale).rounded()))) }
        self.init(keys: keys, quantised: quantised, scale: scale)
    }

    /// A model from stored weights: `quantised` holds `Tag.count` values per key.
    init(keys: [UInt64], quantised: [Int16], scale: Float) {
        precondition(quantised.count == keys.count * Tag.count, "weights do not match keys")
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slots = [Slot](repeating: Slot(key: 0, row: 0), count: capacity)
        let mask = capacity - 1
        for (row, key) in keys.enumerated() {
            let stored = TaggerModel.storedKey(key)
            var slot = Int(truncatingIfNeeded: stored) & mask
            while slots[slot].key != 0 && slots[slot].key != stored { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: stored, row: row)
        }
        self.slots = slots
        self.mask = mask
        var filterBits = 1 << 16
        while filterBits < keys.count * 16 { filterBits <<= 1 }
        var filter = [UInt64](repeating: 0, count: filterBits / 64)
        let filterMask = filterBits - 1
        for key in keys {
            let bit = TaggerModel.filterBit(TaggerModel.storedKey(key), filterMask)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.filter = filter
        self.filterMask = filterMask
        var rows = [Int16](repeating: 0, count: keys.count * Tag.stride)
        for row in keys.indices {
            for tag in 0..<Tag.count { rows[row * Tag.stride + tag] = quantised[row * Tag.count + tag] }
        }
        self.rows = rows
        self.scale = scale
        self.keys = keys
    }

    /// The quantised weight of `tag` for the feature in row `row` (rows follow `keys`).
    func quantisedWeight(row: Int, tag: Int) -> Int16 { rows[row * Tag.stride + tag] }

    /// The filter bit of a key: taken from its high bits, independent of the slot index.
    @inline(__always)
    private static func filterBit(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: key >> 40) & mask }

    /// Zero marks an empty slot, so a (vanishingly unlikely) zero key is stored as one.
    @inline(__always)
    static func storedKey(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// `scores` must have room for `Tag.stride` values.
    func addScores(of keys: ArraySlice<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        var low = SIMD16<Int32>()
        var high = SIMD4<Int32>()
        let filterMask = self.filterMask
        filter.withUnsafeBufferPointer { filter in
        slots.withUnsafeBufferPointer { slots in
            rows.withUnsafeBufferPointer { rows in
                for key in keys {
                    let stored = TaggerModel.storedKey(key)
                    let bit = TaggerModel.filterBit(stored, filterMask)
                    if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { continue }
                    var slot = Int(truncatingIfNeeded: stored) & mask
                    while true {
                        let found = slots[slot]
                        if found.key == stored {
                            let row = UnsafeRawPointer(rows.baseAddress! + found.row * Tag.stride)
                            low &+= SIMD16<Int32>(truncatingIfNeeded: row.loadUnaligned(as: SIMD16<Int16>.self))
                            high &+= SIMD4<Int32>(truncatingIfNeeded: row.loadUnaligned(fromByteOffset: 32, as: SIMD4<Int16>.self))
                            break
                        }
                        if found.key == 0 { break }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
        }
        let raw = UnsafeMutableRawPointer(scores)
        raw.storeBytes(of: raw.loadUnaligned(as: SIMD16<Float>.self) + SIMD16<Float>(low) * scale,
                       toByteOffset: 0, as: SIMD16<Float>.self)
        raw.storeBytes(of: raw.loadUnaligned(fromByteOffset: 64, as: SIMD4<Float>.self) + SIMD4<Float>(high) * scale,
                       toByteOffset: 64, as: SIMD4<Float>.self)
    }

    private struct Slot {
        var key: UInt64
        var row: Int
    }
}
