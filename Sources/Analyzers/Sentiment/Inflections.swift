/// Finds an unknown word's lexicon entry through its base form ("threatens" -> "threaten",
/// "boycotting" -> "boycott", "worries" -> "worry", "saddest" -> "sad"), since the lexicon
/// lists only some inflections of each word. Adverbs in "-ly" are left out: they mostly grade
/// intensity ("criminally overlooked") rather than carry their adjective's valence. Only entries with a valence are accepted, and only
/// for words of five letters or more, so short words do not collide with unrelated stems.
struct Inflections {
    let table: WordTable

    func baseInfo(_ word: UnsafeBufferPointer<UInt8>, key: inout [UInt8]) -> WordInfo? {
        let count = word.count
        guard count >= 5 else { return nil }
        func ends(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count > length + 2 else { return false }
            let bytes = suffix.utf8Start
            for offset in 0..<length where word[count - length + offset] != bytes[offset] { return false }
            return true
        }
        // Each candidate: letters to drop, letters to add, and whether the last dropped letter
        // must double the one before it ("stopped" -> "stop", "saddest" -> "sad").
        var candidates: [(drop: Int, add: StaticString, undouble: Bool)] = []
        if ends("ies") || ends("ied") { candidates.append((3, "y", false)) }
        if ends("iest") { candidates.append((4, "y", false)) }
        if ends("es") { candidates.append((2, "", false)) }
        if ends("s"), !ends("ss") { candidates.append((1, "", false)) }
        if ends("ed") { candidates += [(1, "", false), (2, "", false), (3, "", true)] }
        if ends("ing") { candidates += [(3, "e", false), (3, "", false), (4, "", true)] }
        if ends("est") { candidates += [(3, "", false), (2, "", false), (4, "", true)] }
        for candidate in candidates {
            let stem = count - candidate.drop
            if candidate.undouble, word[stem] != word[stem - 1] { continue }
            key.removeAll(keepingCapacity: true)
            key.append(contentsOf: UnsafeBufferPointer(rebasing: word[0..<stem]))
            key.append(contentsOf: UnsafeBufferPointer(start: candidate.add.utf8Start,
                                                       count: candidate.add.utf8CodeUnitCount))
            if let info = table.lookup(key), info.hasValence { return info }
        }
        return nil
    }
}
