import Foundation

/// The corpus mode's memory (`learn-repeats`): for each source, how many documents so far
/// contained each paragraph, kept as 64-bit hashes of the folded paragraph text with counts.
///
/// The analyzer is shared by every worker thread, so the table sits behind a lock; it holds at
/// most `capacity` entries (about 24 bytes each), so memory stays bounded however long the run.
/// When the table is full, paragraphs seen in one document only are forgotten first: recurring
/// template text keeps its count, one-off story text makes room.
///
/// Results in this mode depend on the order documents arrive in: the first documents of a source
/// teach the memory and keep their repeated paragraphs; later ones lose them.
final class RepeatMemory: @unchecked Sendable {
    // @unchecked: `counts` is only touched while `lock` is held.
    private let lock = NSLock()
    private var counts: [UInt64: UInt32] = [:]
    let minDocuments: Int
    let capacity: Int

    init(minDocuments: Int, capacity: Int) {
        self.minDocuments = minDocuments
        self.capacity = capacity
    }

    /// Records that one document of `source` contains these paragraphs and returns, for each,
    /// whether it has now been seen in at least `minDocuments` documents of that source.
    func observe(source: String, paragraphs: [[UInt8]]) -> [Bool] {
        let sourceHash = RepeatMemory.hash(Array(source.utf8), seed: 0xcbf2_9ce4_8422_2325)
        let keys = paragraphs.map { RepeatMemory.hash($0, seed: sourceHash) }
        var counted = Set<UInt64>()
        lock.lock()
        defer { lock.unlock() }
        var result: [Bool] = []
        result.reserveCapacity(keys.count)
        for key in keys {
            // A paragraph printed twice in one document counts once.
            if counted.insert(key).inserted {
                if counts[key] == nil, counts.count >= capacity { evict() }
                counts[key, default: 0] += 1
            }
            result.append(Int(counts[key] ?? 0) >= minDocuments)
        }
        return result
    }

    /// Number of paragraph hashes held (for tests).
    var entryCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return counts.count
    }

    private func evict() {
        counts = counts.filter { $0.value > 1 }
        // Still full of recurring text: start over rather than grow.
        if counts.count >= capacity * 3 / 4 { counts.removeAll(keepingCapacity: true) }
    }

    /// FNV-1a: stable across runs and machines, unlike `Hasher`.
    static func hash(_ bytes: [UInt8], seed: UInt64) -> UInt64 {
        var value = seed
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
        return value
    }
}
