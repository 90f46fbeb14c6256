/// A map from feature-style keys (already well-mixed 64-bit hashes) to small values, with open
/// addressing: cheaper than `Dictionary`, which hashes every key again with SipHash.
struct KeyTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    var isEmpty: Bool { count == 0 }

    /// Zero marks an empty slot, so a zero key is stored as one.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    subscript(key: UInt64) -> UInt32? {
        get {
            let stored = KeyTable.stored(key)
            var slot = Int(truncatingIfNeeded: stored) & mask
            while true {
                let found = keys[slot]
                if found == stored { return values[slot] }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
        set {
            guard let newValue else { preconditionFailure("KeyTable does not remove keys") }
            let stored = KeyTable.stored(key)
            var slot = Int(truncatingIfNeeded: stored) & mask
            while keys[slot] != 0 && keys[slot] != stored { slot = (slot + 1) & mask }
            if keys[slot] == 0 {
                keys[slot] = stored
                count += 1
            }
            values[slot] = newValue
            if count * 2 > keys.count { grow() }
        }
    }

    private mutating func grow() {
        var bigger = KeyTable(capacity: keys.count)
        for (slot, key) in keys.enumerated() where key != 0 { bigger[key] = values[slot] }
        self = bigger
    }
}

/// A fixed set of feature-style keys (word hashes) for membership tests on hot paths, where
/// `Set<UInt64>` would hash every probe again with SipHash.
struct KeySet: Sendable {
    private var table: KeyTable

    init<Keys: Collection>(_ keys: Keys) where Keys.Element == UInt64 {
        table = KeyTable(capacity: keys.count)
        for key in keys { table[key] = 1 }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { table[key] != nil }
}
