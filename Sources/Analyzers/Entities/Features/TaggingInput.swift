import GlossKit

/// A document as the tagger sees it: tokens of the text layer (with possessive endings split off
/// names, "China’s" -> "China" + "’s", whatever the tokenizer did), grouped into sentences,
/// plus document-wide facts about how each word is capitalised.
struct TaggingInput: Sendable {
    var tokens: [TokenForm]
    /// Token index ranges, one per sentence, in order, covering every token.
    var sentences: [Range<Int>]
    /// Per sentence: every word in it is written in capitals (a headline).
    var headline: [Bool]
    /// Per token: the same word (case-folded) occurs elsewhere in the document capitalised in
    /// the middle of an ordinary sentence (1), only in lower case there (2), or neither (0).
    var documentCase: [UInt8]

    init(layer: TextLayer) {
        let bytes = layer.bytes
        var forms: [TokenForm] = []
        forms.reserveCapacity(layer.tokens.count + 8)
        bytes.withUnsafeBufferPointer { buffer in
            for token in layer.tokens {
                let span = token.span
                let split = token.kind == .word ? TaggingInput.possessiveSplit(buffer, span.start, span.end) : span.end
                forms.append(TokenForm(start: span.start, end: split, bytes: buffer))
                if split < span.end { forms.append(TokenForm(start: split, end: span.end, bytes: buffer)) }
            }
        }
        tokens = forms
        sentences = TaggingInput.group(forms, into: layer.sentences)
        headline = sentences.map { TaggingInput.isHeadline(forms[$0]) }
        documentCase = TaggingInput.documentCase(forms, sentences: sentences, headline: headline)
    }

    /// Where a trailing possessive starts ("’s", "'s", or a lone "’" after s), or `end`.
    static func possessiveSplit(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        let length = end - start
        func isS(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "s") || byte == UInt8(ascii: "S") }
        func isCurly(_ at: Int) -> Bool { bytes[at] == 0xE2 && bytes[at + 1] == 0x80 && bytes[at + 2] == 0x99 }
        if length > 4, isS(bytes[end - 1]), isCurly(end - 4) { return end - 4 }
        if length > 2, isS(bytes[end - 1]), bytes[end - 2] == UInt8(ascii: "'") { return end - 2 }
        if length > 4, isCurly(end - 3), isS(bytes[end - 4]) { return end - 3 }
        return end
    }

    /// Sentence ranges of token indexes; tokens outside every sentence form their own groups.
    static func group(_ tokens: [TokenForm], into sentences: [Span]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        var sentence = 0
        while index < tokens.count {
            while sentence < sentences.count, sentences[sentence].end <= tokens[index].start { sentence += 1 }
            let first = index
            if sentence < sentences.count, sentences[sentence].start <= tokens[index].start {
                let end = sentences[sentence].end
                while index < tokens.count, tokens[index].start < end { index += 1 }
            } else {
                let limit = sentence < sentences.count ? sentences[sentence].start : Int.max
                while index < tokens.count, tokens[index].start < limit { index += 1 }
            }
            result.append(first..<index)
        }
        return result
    }

    static func isHeadline(_ tokens: ArraySlice<TokenForm>) -> Bool {
        var capitalWords = 0
        for token in tokens where token.hasLetter {
            if !token.isAllCaps { return false }
            if token.end - token.start > 1 { capitalWords += 1 }
        }
        return capitalWords > 0
    }

    static func documentCase(_ tokens: [TokenForm], sentences: [Range<Int>], headline: [Bool]) -> [UInt8] {
        var capitalised = Set<UInt64>()
        var lowered = Set<UInt64>()
        for (number, sentence) in sentences.enumerated() where !headline[number] {
            for index in sentence where index > sentence.lowerBound && tokens[index].hasLetter {
                if tokens[index].isCapitalized { capitalised.insert(tokens[index].key) }
                else if tokens[index].flags.contains(.lowerInitial) { lowered.insert(tokens[index].key) }
            }
        }
        return tokens.map { token in
            capitalised.contains(token.key) ? 1 : (lowered.contains(token.key) ? 2 : 0)
        }
    }
}
