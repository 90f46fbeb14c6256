// Word lists the sentence splitter consults around an ambiguous sentence end.

enum SentenceCues {
    /// Capitalised words that clearly start a new sentence after an ambiguous period ("in the
    /// U.S. He said" splits, "the U.S. Senate" does not): pronouns, determiners, conjunctions and
    /// sentence adverbs, which do not follow an acronym or an initial inside a sentence.
    static let starters = ASCIIWordSet([
        "He", "She", "It", "They", "We", "I", "You", "The", "A", "An", "This", "That", "These",
        "Those", "There", "Here", "His", "Her", "Its", "Their", "Our", "My", "Your", "But", "And",
        "Or", "So", "Yet", "However", "In", "On", "At", "For", "If", "When", "While", "After",
        "Before", "As", "Since", "Although", "Though", "Because", "What", "Why", "How", "Who",
        "Where", "Which", "Some", "Many", "Most", "Such", "Then", "Now", "Meanwhile", "Still",
        "Also", "Instead", "Earlier", "Later", "Last", "Next", "Despite", "During", "Under",
        "According", "Asked", "Mr.", "Mrs.", "Ms.", "Both", "Each", "Every", "No", "Not", "One",
        "Another", "Other", "Others", "Nonetheless", "Nevertheless", "Moreover",
        "Furthermore", "Thus", "Indeed", "Even", "Only", "Once", "Until", "Unlike", "With",
        "Without",
    ])

    /// Verbs of saying that follow a quotation and its speaker: after `“Why?”` in `“Why?” Smith
    /// asked`, the sentence goes on.
    static let speechVerbs = ASCIIWordSet([
        "said", "says", "asked", "asks", "told", "tells", "added", "adds", "wrote", "writes",
        "shouted", "replied", "replies", "tweeted", "explained", "continued", "insisted", "recalled",
        "declared", "exclaimed", "joked", "noted", "quipped", "responded", "yelled", "wondered",
        "cried", "demanded", "urged", "posted", "argued", "remarked", "screamed", "chanted",
        "warned", "countered", "laughed", "snapped", "mused", "sang",
    ])
}

/// A set of ASCII words of up to 16 bytes, looked up on a byte range without allocating.
struct ASCIIWordSet {
    private let keys: Set<ASCIIKey>

    init(_ words: [String]) {
        keys = Set(words.compactMap { ASCIIKey(Array($0.utf8)) })
    }

    func contains(_ bytes: UTF8Bytes, _ start: Int, _ end: Int) -> Bool {
        guard let key = ASCIIKey(UnsafeBufferPointer(rebasing: bytes.base[start..<end])) else {
            return false
        }
        return keys.contains(key)
    }
}
