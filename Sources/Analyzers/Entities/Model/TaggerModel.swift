import Foundation

/// A trained tagger: feature keys and their per-tag weights (16-bit integers times one scale),
/// looked up through an open-addressing hash table. Immutable once built, so one instance serves
/// every thread.
final class TaggerModel: TagScorer, @unchecked Sendable {
    // @unchecked: `table` is written only in init and read-only afterwards.

    /// Hash slots of one cache line each: the weights of a feature (`Tag.stride` Int16, the
    /// slots past `Tag.count` zero) then, at `keyOffset`, its key (0 = empty slot). A lookup
    /// that finds its key touches that one line only: the table is far larger than the caches,
    /// and the misses are most of the tagger's time.
    private let table: UnsafeMutableRawPointer
    private let tableBytes: Int
    private let mask: Int
    /// One bit per hash of every key, small enough to stay in cache: most keys a text produces
    /// (rare words and word pairs) are not in the model, and this answers those without a probe.
    private let filter: [UInt64]
    private let filterMask: Int
    /// The stored weights, `Tag.count` per key in key order (kept for writing the model back).
    private let quantised: [Int16]
    /// weight = quantised value * scale.
    let scale: Float
    /// Keys in row order (kept for writing the model back).
    let keys: [UInt64]

    private static let slotBytes = 64
    private static let keyOffset = 56

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
        precondition(Tag.stride * 2 <= TaggerModel.keyOffset, "a weight row must fit before the key")
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        let tableBytes = capacity * TaggerModel.slotBytes
        // Huge pages where the system gives them on request: the lookups are random over the
        // whole table, and 4 KiB pages would add a TLB miss to most of them.
        let hugePage = 2 << 20
        let table = UnsafeMutableRawPointer.allocate(byteCount: tableBytes, alignment: tableBytes >= hugePage ? hugePage : 64)
        if tableBytes >= hugePage { _ = madvise(table, tableBytes, MADV_HUGEPAGE) }
        table.initializeMemory(as: UInt8.self, repeating: 0, count: tableBytes)
        for (row, key) in keys.enumerated() {
            let stored = TaggerModel.storedKey(key)
            var slot = Int(truncatingIfNeeded: stored) & mask
            while true {
                let found = table.load(fromByteOffset: slot * TaggerModel.slotBytes + TaggerModel.keyOffset, as: UInt64.self)
                if found == 0 || found == stored { break }
                slot = (slot + 1) & mask
            }
            let base = slot * TaggerModel.slotBytes
            table.storeBytes(of: stored, toByteOffset: base + TaggerModel.keyOffset, as: UInt64.self)
            for tag in 0..<Tag.count {
                table.storeBytes(of: quantised[row * Tag.count + tag], toByteOffset: base + tag * 2, as: Int16.self)
            }
        }
        self.table = table
        self.tableBytes = tableBytes
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
        self.quantised = quantised
        self.scale = scale
        self.keys = keys
    }

    deinit {
        table.deallocate()
    }

    /// The quantised weight of `tag` for the feature in row `row` (rows follow `keys`).
    func quantisedWeight(row: Int, tag: Int) -> Int16 { quantised[row * Tag.count + tag] }

    /// The filter bit of a key: taken from its high bits, independent of the slot index.
    @inline(__always)
    private static func filterBit(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: key >> 40) & mask }

    /// Zero marks an empty slot, so a (vanishingly unlikely) zero key is stored as one.
    @inline(__always)
    static func storedKey(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// `scores` must have room for `Tag.stride` values.
    func addScores(of keys: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Float>) {
        // A row is read as 32-bit words, each holding two neighbouring tags' weights: shifts
        // sign-extend the low (even tag) and high (odd tag) halves, the sums stay exact.
        var evenLow = SIMD8<Int32>()
        var oddLow = SIMD8<Int32>()
        var evenHigh = SIMD2<Int32>()
        var oddHigh = SIMD2<Int32>()
        let filterMask = self.filterMask
        let mask = self.mask
        let table = UnsafeRawPointer(self.table)
        filter.withUnsafeBufferPointer { filter in
            for key in keys {
                let stored = TaggerModel.storedKey(key)
                let bit = TaggerModel.filterBit(stored, filterMask)
                if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { continue }
                var slot = Int(truncatingIfNeeded: stored) & mask
                while true {
                    let row = table + slot &* TaggerModel.slotBytes
                    let found = row.load(fromByteOffset: TaggerModel.keyOffset, as: UInt64.self)
                    if found == stored {
                        let low = row.load(as: SIMD8<Int32>.self)
                        let high = row.load(fromByteOffset: 32, as: SIMD2<Int32>.self)
                        evenLow &+= (low &<< 16) &>> 16
                        oddLow &+= low &>> 16
                        evenHigh &+= (high &<< 16) &>> 16
                        oddHigh &+= high &>> 16
                        break
                    }
                    if found == 0 { break }
                    slot = (slot &+ 1) & mask
                }
            }
        }
        // Lane by lane as SIMD16<Float>(sums) * scale would: the same conversions and roundings.
        for index in 0..<8 {
            scores[2 * index] = scores[2 * index] + Float(evenLow[index]) * scale
            scores[2 * index + 1] = scores[2 * index + 1] + Float(oddLow[index]) * scale
        }
        for index in 0..<2 {
            scores[16 + 2 * index] = scores[16 + 2 * index] + Float(evenHigh[index]) * scale
            scores[17 + 2 * index] = scores[17 + 2 * index] + Float(oddHigh[index]) * scale
        }
    }
}
