/// Finds an unknown word's lexicon entry through its base form ("threatens" -> "threaten",
/// "boycotted" -> "boycott", "worries" -> "worry", "saddest" -> "sad"), since the lexicon
/// lists only some inflections of each word. Adverbs in "-ly" are left out: they mostly grade
/// intensity ("criminally overlooked") rather than carry their adjective's valence. Only
/// entries with a valence are accepted, and only for words of five letters or more, so short
/// words do not collide with unrelated stems.
struct Inflections {
    /// A word ending in `suffix` may be its base with `drop` letters removed and `add` appended;
    /// with `undouble`, the last removed letter must repeat the one before ("stopped" -> "stop").
    private struct Rule {
        let suffix: [UInt8]
        let drop: Int
        let add: [UInt8]
        let undouble: Bool

        init(_ suffix: String, drop: Int, add: String = "", undouble: Bool = false) {
            self.suffix = Array(suffix.utf8)
            self.drop = drop
            self.add = Array(add.utf8)
            self.undouble = undouble
        }
    }

    /// Tried in order; the first base found in the lexicon wins.
    private static let rules: [Rule] = [
        Rule("ies", drop: 3, add: "y"), Rule("ied", drop: 3, add: "y"), Rule("iest", drop: 4, add: "y"),
        Rule("es", drop: 2), Rule("s", drop: 1),
        Rule("ed", drop: 1), Rule("ed", drop: 2), Rule("ed", drop: 3, undouble: true),
        Rule("ing", drop: 3, add: "e"), Rule("ing", drop: 3), Rule("ing", drop: 4, undouble: true),
        Rule("est", drop: 3), Rule("est", drop: 2), Rule("est", drop: 4, undouble: true),
    ]

    let table: WordTable

    func baseInfo(_ word: UnsafeBufferPointer<UInt8>, key: inout [UInt8]) -> WordInfo? {
        let count = word.count
        guard count >= 5 else { return nil }
        // "-ss" is not a plural ("press", "congress").
        let doubleS = word[count - 1] == UInt8(ascii: "s") && word[count - 2] == UInt8(ascii: "s")
        for rule in Self.rules {
            let length = rule.suffix.count
            guard count > length + 2, !(doubleS && rule.drop == 1 && length == 1) else { continue }
            var matches = true
            for offset in 0..<length where word[count - length + offset] != rule.suffix[offset] {
                matches = false
                break
            }
            guard matches else { continue }
            let stem = count - rule.drop
            if rule.undouble, word[stem] != word[stem - 1] { continue }
            key.removeAll(keepingCapacity: true)
            key.append(contentsOf: UnsafeBufferPointer(rebasing: word[0..<stem]))
            key.append(contentsOf: rule.add)
            if let info = table.lookup(key), info.hasValence { return info }
        }
        return nil
    }
}
