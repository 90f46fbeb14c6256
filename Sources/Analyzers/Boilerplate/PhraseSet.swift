/// A lexicon list indexed by first byte, so that a paragraph is scanned once per list and only
/// the phrases that can start at a position are compared there.
struct PhraseSet: Sendable, ExpressibleByArrayLiteral {
    let phrases: [Phrase]
    /// For each first byte, the indexes of the phrases starting with it, longest first.
    private let buckets: [[Int]]
    /// True when some phrase starts with punctuation or a symbol and may begin inside a word run.
    private let hasSymbolStarts: Bool

    init(arrayLiteral elements: Phrase...) {
        self.init(elements)
    }

    init(_ phrases: [Phrase]) {
        self.phrases = phrases
        var buckets = [[Int]](repeating: [], count: 256)
        for (index, phrase) in phrases.enumerated() where !phrase.bytes.isEmpty {
            buckets[Int(phrase.bytes[0])].append(index)
        }
        for byte in 0..<256 { buckets[byte].sort { phrases[$0].bytes.count > phrases[$1].bytes.count } }
        self.buckets = buckets
        hasSymbolStarts = phrases.contains { !$0.bytes.isEmpty && !FoldedText.isWordByte($0.bytes[0]) }
    }

    /// The longest phrase that sits at `offset` with word boundaries, if any.
    func match(in text: FoldedText, at offset: Int) -> Phrase? {
        guard offset < text.bytes.count else { return nil }
        for index in buckets[Int(text.bytes[offset])] where text.matches(phrases[index], at: offset) {
            return phrases[index]
        }
        return nil
    }

    /// True when some phrase covers exactly `offset..<end` of the text.
    func covers(_ text: FoldedText, from offset: Int, to end: Int) -> Bool {
        guard offset < text.bytes.count else { return false }
        return buckets[Int(text.bytes[offset])].contains { phrases[$0].bytes.count == end - offset && text.matches(phrases[$0], at: offset) }
    }

    /// The number of distinct phrases that occur in the text (at most one when `stopAtFirst`).
    func occurrences(in text: FoldedText, stopAtFirst: Bool) -> Int {
        // Lists are short; a bit per phrase in a few words beats a Set.
        var found = [UInt64](repeating: 0, count: (phrases.count + 63) / 64)
        var total = 0
        let bytes = text.bytes
        var previousIsWord = false
        for offset in bytes.indices {
            let byte = bytes[offset]
            let isWord = FoldedText.isWordByte(byte)
            defer { previousIsWord = isWord }
            // Inside a word only phrases that start with a symbol can begin.
            if previousIsWord, isWord || !hasSymbolStarts { continue }
            for index in buckets[Int(byte)] where found[index >> 6] & (1 << UInt64(index & 63)) == 0 && text.matches(phrases[index], at: offset) {
                found[index >> 6] |= 1 << UInt64(index & 63)
                total += 1
                if stopAtFirst { return total }
            }
        }
        return total
    }
}
