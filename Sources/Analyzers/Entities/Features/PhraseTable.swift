import GlossKit

/// A set of multi-word names (gazetteer entries) matched against token sequences, case-folded.
/// Each entry carries a bit set of the lists it came from; entries are tokenised with the same
/// tokenizer as documents so that "Côte d'Ivoire" or "U.S." match however they are split.
struct PhraseTable: Sendable {
    private var entries = KeyTable()
    /// Keys of the token sequences that begin a longer entry: a match attempt stops as soon
    /// as the tokens so far begin none.
    private var openings = KeyTable()
    private(set) var maxLength = 0

    var isEmpty: Bool { entries.isEmpty }

    /// Adds every non-empty, non-comment line of `text` with the given bits.
    mutating func insertLines(of text: String, bits: UInt32) {
        for line in text.split(whereSeparator: \.isNewline) {
            let phrase = line.trimmingWhitespace()
            if phrase.isEmpty || phrase.hasPrefix("#") { continue }
            insert(phrase, bits: bits)
        }
    }

    mutating func insert(_ phrase: String, bits: UInt32) {
        let tokens = TaggingInput(layer: TextLayer(text: phrase)).tokens
        guard !tokens.isEmpty else { return }
        let key = PhraseTable.key(of: tokens[...])
        entries[key] = (entries[key] ?? 0) | bits
        var opening = FeatureHash.seed
        for token in tokens.dropLast() {
            opening = FeatureHash.combine(opening, token.key)
            openings[opening] = 1
        }
        maxLength = max(maxLength, tokens.count)
    }

    /// The bits of the entry spelled exactly by these tokens (case-folded), or 0.
    func bits(of tokens: ArraySlice<TokenForm>) -> UInt32 {
        guard tokens.count <= maxLength else { return 0 }
        return entries[PhraseTable.key(of: tokens)] ?? 0
    }

    static func key(of tokens: ArraySlice<TokenForm>) -> UInt64 {
        var key = FeatureHash.seed
        for token in tokens { key = FeatureHash.combine(key, token.key) }
        return key
    }

    /// Longest matches inside each sentence, left to right, whose first token is capitalised:
    /// (token range, bits).
    func longestMatches(in input: TaggingInput) -> [(range: Range<Int>, bits: UInt32)] {
        guard !entries.isEmpty else { return [] }
        var result: [(range: Range<Int>, bits: UInt32)] = []
        for sentence in input.sentences {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard input.tokens[index].isCapitalized else { index += 1; continue }
                var key = FeatureHash.seed
                var best: (Int, UInt32)?
                let limit = min(sentence.upperBound, index + maxLength)
                for end in index..<limit {
                    key = FeatureHash.combine(key, input.tokens[end].key)
                    if let bits = entries[key] { best = (end + 1, bits) }
                    if openings[key] == nil { break }
                }
                if let (end, bits) = best {
                    result.append((index..<end, bits))
                    index = end
                } else {
                    index += 1
                }
            }
        }
        return result
    }
}

extension Substring {
    func trimmingWhitespace() -> String {
        var text = self
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
