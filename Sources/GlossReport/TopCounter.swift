/// Counts keys in bounded memory and answers "which keys are most frequent", with running sums
/// kept beside each count (for example the sentiment of a speaker's quotes).
///
/// It holds at most `2 * capacity` keys. When that fills, the `capacity` most frequent keys are
/// kept and the rest dropped; `dropThreshold` remembers the largest count ever dropped. A key whose
/// count is above `dropThreshold` was never dropped, so its count and sums are exact; a key that
/// was dropped and came back can be undercounted by at most `dropThreshold` each time. With a
/// capacity far above the number of keys shown, the shown counts are exact on real corpora.
public struct TopCounter: Sendable {
    /// One key's figures.
    public struct Entry: Sendable {
        public var count = 0
        /// Weighted sum of the values added with `add(_:count:value:valueWeight:)`, and the weights.
        public var valueSum = 0.0
        public var valueWeight = 0.0

        /// The weighted mean of the values added, or nil if none.
        public var meanValue: Double? { valueWeight > 0 ? valueSum / valueWeight : nil }
    }

    public let capacity: Int
    public private(set) var entries: [String: Entry] = [:]
    /// The largest count ever dropped (0 while nothing was dropped).
    public private(set) var dropThreshold = 0
    /// Total of all counts added, dropped or not.
    public private(set) var total = 0

    public init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
    }

    /// Adds `count` to the key's count and, when a value is given, `value` with weight
    /// `valueWeight` to its weighted mean.
    public mutating func add(_ key: String, count: Int = 1, value: Double? = nil, valueWeight: Double = 1) {
        total += count
        entries[key, default: Entry()].count += count
        if let value {
            entries[key]!.valueSum += value * valueWeight
            entries[key]!.valueWeight += valueWeight
        }
        if entries.count >= 2 * capacity { prune() }
    }

    /// The `limit` most frequent keys, most frequent first; ties by key for a stable report.
    public func top(_ limit: Int) -> [(key: String, entry: Entry)] {
        entries.sorted { left, right in
            left.value.count != right.value.count ? left.value.count > right.value.count : left.key < right.key
        }
        .prefix(limit)
        .map { (key: $0.key, entry: $0.value) }
    }

    /// Whether every count shown among the top `limit` is exact.
    public func isExact(top limit: Int) -> Bool {
        top(limit).allSatisfy { $0.entry.count > dropThreshold }
    }

    /// Keeps the `capacity` largest counts in a fresh table (cheaper than deleting the rest
    /// one by one, and the table never needs to grow).
    private mutating func prune() {
        let ranked = entries.sorted { $0.value.count > $1.value.count }
        var kept: [String: Entry] = [:]
        kept.reserveCapacity(2 * capacity)
        for (key, entry) in ranked.prefix(capacity) { kept[key] = entry }
        for (_, entry) in ranked.dropFirst(capacity) { dropThreshold = max(dropThreshold, entry.count) }
        entries = kept
    }
}
