/// The lexicon classes a word's key belongs to, looked up once when the word is scanned so that
/// the attribution patterns test a bit instead of hashing the key against each word list.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    static let title = WordClass(rawValue: 1 << 0)
    static let determiner = WordClass(rawValue: 1 << 1)
    static let pronoun = WordClass(rawValue: 1 << 2)
    static let capitalisedFunctionWord = WordClass(rawValue: 1 << 3)
    static let verbModifier = WordClass(rawValue: 1 << 4)
    static let phraseEnder = WordClass(rawValue: 1 << 5)
    static let preposition = WordClass(rawValue: 1 << 6)
    static let organisationWord = WordClass(rawValue: 1 << 7)
    static let abbreviation = WordClass(rawValue: 1 << 8)
    /// Lower-case words that join the parts of a name ("of", "van", "bin").
    static let nameConnector = WordClass(rawValue: 1 << 9)
    /// A speech verb in a finite or bare form ("said", "says").
    static let finiteCue = WordClass(rawValue: 1 << 10)
    /// A speech verb's present participle ("saying").
    static let participleCue = WordClass(rawValue: 1 << 11)
    /// A speech verb's base form (the key equals the cue's lemma).
    static let cueLemma = WordClass(rawValue: 1 << 12)
    /// The key ends in "ly" (a cheap first test for adverbs).
    static let endsInLy = WordClass(rawValue: 1 << 13)

    /// The key is ASCII (its bytes are its characters).
    static let ascii = WordClass(rawValue: 1 << 14)
    /// An ASCII key with a period ("u.s").
    static let hasPeriod = WordClass(rawValue: 1 << 15)
    /// An ASCII key with a hyphen ("vice-president").
    static let hasHyphen = WordClass(rawValue: 1 << 16)

    static let cue: WordClass = [.finiteCue, .participleCue]

    /// Name connectors, as `MentionParser` reads them inside and around names.
    static let nameConnectors: [String] = ["of", "for", "on", "and", "de", "van", "von", "bin", "al", "la", "du", "da", "del", "le"]

    /// The classes of a lower-cased key held in a buffer.
    static func of(_ key: UnsafeBufferPointer<UInt8>, in table: ByteKeyTable = table) -> WordClass {
        var classes = table.classes(of: key)
        if key.count >= 2, key[key.count - 2] == UInt8(ascii: "l"), key[key.count - 1] == UInt8(ascii: "y") {
            classes.insert(.endsInLy)
        }
        return classes
    }

    /// The classes of a lower-cased key.
    static func of(_ key: String) -> WordClass {
        var copy = key
        return copy.withUTF8 { of($0) }
    }

    static let table: ByteKeyTable = {
        var entries: [String: WordClass] = [:]
        func add(_ words: some Sequence<String>, _ wordClass: WordClass) {
            for word in words { entries[word, default: []].insert(wordClass) }
        }
        add(CueLexicon.titles, .title)
        add(CueLexicon.determiners, .determiner)
        add(CueLexicon.pronouns, .pronoun)
        add(CueLexicon.capitalisedFunctionWords, .capitalisedFunctionWord)
        add(CueLexicon.verbModifiers, .verbModifier)
        add(MentionParser.phraseEnders, .phraseEnder)
        add(CueLexicon.prepositions, .preposition)
        add(CueLexicon.organisationWords, .organisationWord)
        add(AttributionFinder.abbreviations, .abbreviation)
        add(nameConnectors, .nameConnector)
        for (word, cue) in CueLexicon.forms {
            add([word], cue.form == .finite ? .finiteCue : .participleCue)
            if word == cue.lemma { add([word], .cueLemma) }
        }
        return ByteKeyTable(entries.mapValues(\.rawValue))
    }()
}

/// An open-addressing hash table from short byte strings (at most 16 bytes, no NUL) to class
/// bits, read without building a `String` for the key: a key is packed into two words, zero-padded.
struct ByteKeyTable: Sendable {
    /// Per slot, one plus the index of its entry (0 = empty): small enough to stay in cache.
    private let slots: [UInt16]
    /// Three words per entry: the packed key's low and high halves and its bits.
    private let entries: [UInt64]
    private let mask: Int

    init(_ entries: [String: UInt32]) {
        var size = 64
        while size < entries.count * 4 { size *= 2 }
        var slots = [UInt16](repeating: 0, count: size)
        var table: [UInt64] = []
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) where value != 0 {
            let utf8 = Array(key.utf8)
            guard let packed = utf8.withUnsafeBufferPointer({ Self.pack($0) }) else {
                preconditionFailure("lexicon word longer than 16 bytes: \(key)")
            }
            var slot = Self.hash(packed) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            table += [packed.low, packed.high, UInt64(value)]
            slots[slot] = UInt16(table.count / 3)
        }
        self.slots = slots
        self.entries = table
        self.mask = size - 1
    }

    /// The key's bytes as two little-endian words; nil when it is empty or longer than 16 bytes
    /// (no lexicon word is).
    private static func pack(_ key: UnsafeBufferPointer<UInt8>) -> (low: UInt64, high: UInt64)? {
        guard !key.isEmpty, key.count <= 16 else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (offset, byte) in key.enumerated() {
            if offset < 8 {
                low |= UInt64(byte) << (8 * UInt64(offset))
            } else {
                high |= UInt64(byte) << (8 * UInt64(offset - 8))
            }
        }
        return (low, high)
    }

    private static func hash(_ packed: (low: UInt64, high: UInt64)) -> Int {
        let mixed = (packed.low ^ (packed.high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 32)
    }

    func classes(of key: UnsafeBufferPointer<UInt8>) -> WordClass {
        guard let packed = Self.pack(key) else { return [] }
        return classes(low: packed.low, high: packed.high)
    }

    /// The bits of a key of 1 to 16 bytes packed as `pack` does.
    func classes(low: UInt64, high: UInt64) -> WordClass {
        let packed = (low: low, high: high)
        var slot = Self.hash(packed) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return [] }
            let base = (entry - 1) * 3
            if entries[base] == packed.low, entries[base + 1] == packed.high {
                return WordClass(rawValue: UInt32(truncatingIfNeeded: entries[base + 2]))
            }
            slot = (slot + 1) & mask
        }
    }
}
