/// What the scorer knows about one lowercased word or phrase: its valence and the grammatical
/// role it plays in the rules (negator, intensity modifier, contrast marker, ...).
struct WordInfo: Sendable, Equatable {
    /// Sentiment valence on the lexicon's -4...4 scale; 0 for words without sentiment.
    var valence: Float = 0
    /// Whether `valence` was set by a lexicon (a word can be in the table only for its role).
    var hasValence = false
    /// Intensity added to the next sentiment word (positive boosts, negative dampens), 0 if none.
    var boost: Float = 0
    var roles: WordRoles = []
    /// For the first word of phrases: bit n is set when a phrase of n words starts with it.
    var phraseLengths: UInt8 = 0
}

/// Grammatical roles that the sentence rules react to.
struct WordRoles: OptionSet, Sendable, Equatable {
    let rawValue: UInt16

    /// Flips and damps the valence of the sentiment words that follow in its clause.
    static let negator = WordRoles(rawValue: 1 << 0)
    /// "but", "however": what comes before is played down, what follows is the point.
    static let contrast = WordRoles(rawValue: 1 << 1)
    /// "although", "despite": its own clause is conceded, so it is played down.
    static let concession = WordRoles(rawValue: 1 << 2)
    /// The first word of at least one multi-word entry (idiom or phrase).
    static let phraseStart = WordRoles(rawValue: 1 << 3)
    /// "least": "the least useful" reverses "useful" (but not "at least").
    static let least = WordRoles(rawValue: 1 << 4)
    /// "kind"/"sort", a dampener when followed by "of".
    static let hedgeNoun = WordRoles(rawValue: 1 << 5)
    /// A word after which "like" is the comparing preposition, not the verb.
    static let likeComparison = WordRoles(rawValue: 1 << 6)
    /// "so", "this" after "never": "never so good" intensifies instead of negating.
    static let neverIntensifier = WordRoles(rawValue: 1 << 7)
    /// "never": before "so"/"this"/"such" it intensifies ("never so good").
    static let never = WordRoles(rawValue: 1 << 8)
    /// "like", which carries sentiment only as a verb.
    static let like = WordRoles(rawValue: 1 << 9)
    /// "if", "unless": its clause is hypothetical, so it is played down.
    static let conditional = WordRoles(rawValue: 1 << 11)
    /// A pronoun or auxiliary after which "like" is the verb ("I like", "would like").
    static let likeSubject = WordRoles(rawValue: 1 << 12)
    /// A determiner ("the", "a", "many"), before which "like" is the preposition.
    static let determiner = WordRoles(rawValue: 1 << 13)
    /// "of", completing the hedges "kind of" and "sort of".
    static let of = WordRoles(rawValue: 1 << 10)
}

/// An open-addressing hash table from UTF-8 byte strings to `WordInfo`, so the scorer can look a
/// token up straight from a byte buffer without building a `String` per token.
struct WordTable: Sendable {
    private struct Entry: Sendable {
        var keyStart: Int
        var keyLength: Int
        var info: WordInfo
    }

    private var keyBytes: [UInt8] = []
    private var entries: [Entry] = []
    /// Entry index + 1 per slot, 0 for an empty slot; the count is a power of two.
    private var slots: [Int32] = Array(repeating: 0, count: 1 << 14)

    var count: Int { entries.count }

    /// The info for `key`, or nil.
    func lookup(_ key: UnsafeBufferPointer<UInt8>) -> WordInfo? {
        guard let index = entryIndex(key) else { return nil }
        return entries[index].info
    }

    func lookup(_ key: [UInt8]) -> WordInfo? {
        key.withUnsafeBufferPointer { lookup($0) }
    }

    func lookup(_ key: String) -> WordInfo? {
        lookup(Array(key.utf8))
    }

    /// Inserts `key` with default info if absent, then lets `change` edit its info.
    mutating func update(_ key: [UInt8], _ change: (inout WordInfo) -> Void) {
        if let index = key.withUnsafeBufferPointer({ entryIndex($0) }) {
            change(&entries[index].info)
            return
        }
        var info = WordInfo()
        change(&info)
        entries.append(Entry(keyStart: keyBytes.count, keyLength: key.count, info: info))
        keyBytes.append(contentsOf: key)
        if entries.count * 2 > slots.count {
            rehash(capacity: slots.count * 2)
        } else {
            place(entries.count - 1)
        }
    }

    mutating func update(_ key: String, _ change: (inout WordInfo) -> Void) {
        update(Array(key.utf8), change)
    }

    private func entryIndex(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        return keyBytes.withUnsafeBufferPointer { stored -> Int? in
            while true {
                let marker = Int(slots[slot])
                if marker == 0 { return nil }
                let entry = entries[marker - 1]
                if entry.keyLength == key.count,
                   memoryEqual(stored.baseAddress! + entry.keyStart, key.baseAddress, key.count) {
                    return marker - 1
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func place(_ index: Int) {
        let entry = entries[index]
        let hash = keyBytes.withUnsafeBufferPointer {
            Self.hash(UnsafeBufferPointer(rebasing: $0[entry.keyStart..<(entry.keyStart + entry.keyLength)]))
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: 0, count: capacity)
        for index in entries.indices { place(index) }
    }

    /// FNV-1a, 64-bit.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        return value ^ (value >> 29)
    }
}

@inline(__always)
private func memoryEqual(_ lhs: UnsafePointer<UInt8>, _ rhs: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
    guard let rhs else { return count == 0 }
    var index = 0
    while index < count {
        if lhs[index] != rhs[index] { return false }
        index += 1
    }
    return true
}
