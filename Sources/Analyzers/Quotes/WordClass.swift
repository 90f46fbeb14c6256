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

    static let cue: WordClass = [.finiteCue, .participleCue]

    /// Name connectors, as `MentionParser` reads them inside and around names.
    static let nameConnectors: [String] = ["of", "for", "on", "and", "de", "van", "von", "bin", "al", "la", "du", "da", "del", "le"]

    /// The classes of a lower-cased key held in a buffer.
    static func of(_ key: UnsafeBufferPointer<UInt8>) -> WordClass {
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

    private static let table: ByteKeyTable = {
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

/// An open-addressing hash table from short byte strings to class bits, read without building
/// a `String` for the key.
struct ByteKeyTable: Sendable {
    private let slots: [Int32]
    private let keys: [UInt8]
    private let starts: [Int]
    private let values: [UInt32]
    private let mask: Int
    private let longest: Int

    init(_ entries: [String: UInt32]) {
        var size = 16
        while size < entries.count * 4 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        var keys: [UInt8] = []
        var starts: [Int] = [0]
        var values: [UInt32] = []
        var longest = 0
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
            let utf8 = Array(key.utf8)
            longest = max(longest, utf8.count)
            var slot = Self.hash(utf8) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(values.count)
            keys += utf8
            starts.append(keys.count)
            values.append(value)
        }
        self.slots = slots
        self.keys = keys
        self.starts = starts
        self.values = values
        self.mask = size - 1
        self.longest = longest
    }

    private static func hash(_ key: some Collection<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    func classes(of key: UnsafeBufferPointer<UInt8>) -> WordClass {
        guard !key.isEmpty, key.count <= longest else { return [] }
        var slot = Self.hash(key) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return [] }
            let start = starts[entry]
            if starts[entry + 1] - start == key.count {
                var equal = true
                for offset in 0..<key.count where keys[start + offset] != key[offset] {
                    equal = false
                    break
                }
                if equal { return WordClass(rawValue: values[entry]) }
            }
            slot = (slot + 1) & mask
        }
    }
}
