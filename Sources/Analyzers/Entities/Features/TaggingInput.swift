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
    /// Per token, bits: the same word (case-folded) occurs in the document capitalised in the
    /// middle of an ordinary sentence (1) and in lower case (2).
    var documentCase: [UInt8]

    init(layer: TextLayer) {
        let bytes = layer.bytes
        var forms: [TokenForm] = []
        forms.reserveCapacity(layer.tokens.count + 8)
        bytes.withUnsafeBufferPointer { buffer in
            for token in layer.tokens {
                guard token.kind == .word else {
                    forms.append(TokenForm(start: token.span.start, end: token.span.end, bytes: buffer))
                    continue
                }
                // Quotation marks, dashes and other symbols glued to a word are tokens of their own.
                var start = token.span.start
                var end = token.span.end
                var trailing: [Range<Int>] = []
                while start < end, let length = TaggingInput.symbolLength(buffer, at: start, end: end) {
                    forms.append(TokenForm(start: start, end: start + length, bytes: buffer))
                    start += length
                }
                while start < end, let length = TaggingInput.trailingSymbolLength(buffer, start: start, end: end) {
                    trailing.append((end - length)..<end)
                    end -= length
                }
                if start < end {
                    let split = TaggingInput.possessiveSplit(buffer, start, end)
                    // "Santa Clara-based": the name is the place before the hyphen.
                    let suffix = TaggingInput.attributiveSuffixStart(buffer, start, split) ?? split
                    forms.append(TokenForm(start: start, end: suffix, bytes: buffer))
                    if suffix < split { forms.append(TokenForm(start: suffix, end: split, bytes: buffer)) }
                    if split < end { forms.append(TokenForm(start: split, end: end, bytes: buffer)) }
                }
                for range in trailing.reversed() {
                    forms.append(TokenForm(start: range.lowerBound, end: range.upperBound, bytes: buffer))
                }
            }
        }
        let segments = bytes.withUnsafeBufferPointer { buffer in
            TaggingInput.segment(TaggingInput.group(forms, into: layer.sentences), tokens: forms, bytes: buffer)
        }
        var capitals = segments.map { TaggingInput.isHeadline(forms[$0]) }
        // A headline in Title Case says as little about names as one in capitals: the tagger
        // reads it as if it were in capitals, the way news wires write headlines.
        bytes.withUnsafeBufferPointer { buffer in
            for (number, segment) in segments.enumerated()
            where !capitals[number] && TaggingInput.isTitleCase(forms[segment], bytes: buffer) {
                capitals[number] = true
                for index in segment { forms[index] = TaggingInput.capitalised(forms[index], bytes: buffer) }
            }
        }
        tokens = forms
        sentences = segments
        headline = capitals
        documentCase = TaggingInput.documentCase(forms, sentences: sentences, headline: headline)
    }

    /// The sentence holding token `index` (sentences are in order and do not overlap).
    func sentence(containing index: Int) -> Range<Int>? {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].upperBound <= index { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count && sentences[low].contains(index) ? sentences[low] : nil
    }

    /// The byte length of the scalar at `index` when it is a non-ASCII symbol or punctuation
    /// mark (not a letter, digit or apostrophe), else nil.
    static func symbolLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
        guard bytes[index] >= 0x80 else { return nil }
        let (scalar, length) = TokenForm.decode(bytes, at: index, end: end)
        let shape = TokenForm.shapeClass(of: scalar)
        return shape == UInt8(ascii: "o") || (shape == UInt8(ascii: "'") && scalar.value == 0x2018) ? length : nil
    }

    /// Like `symbolLength`, for the last scalar before `end` (a closing ’ counts when it does not
    /// follow an s, where it is a possessive).
    static func trailingSymbolLength(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int? {
        var lead = end - 1
        while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard bytes[lead] >= 0x80 else { return nil }
        let (scalar, length) = TokenForm.decode(bytes, at: lead, end: end)
        guard lead + length == end else { return nil }
        if scalar.value == 0x2019 {
            let before = lead > start ? bytes[lead - 1] : 0
            return before == UInt8(ascii: "s") || before == UInt8(ascii: "S") ? nil : length
        }
        return TokenForm.shapeClass(of: scalar) == UInt8(ascii: "o") || scalar.value == 0x2018 ? length : nil
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

    /// Participles that make a name into a modifier ("Seattle-based", "U.S.-led", "state-run").
    private static let attributiveSuffixes = KeySet([
        "based", "born", "led", "backed", "owned", "run", "controlled", "made", "funded", "listed",
        "headquartered", "registered", "bred", "raised", "trained", "educated", "affiliated", "aligned",
        "allied", "brokered", "sponsored", "built", "operated", "focused", "bound", "linked",
    ].map { FeatureHash.string($0) })

    /// Where a hyphenated attributive ending starts ("-based" in "Clara-based"), when the word
    /// before it is capitalised, or nil.
    static func attributiveSuffixStart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard end - start >= 5, bytes[start] >= 0x41, bytes[start] <= 0x5A else { return nil }
        var hyphen = end - 1
        while hyphen > start, bytes[hyphen] != UInt8(ascii: "-") {
            let byte = bytes[hyphen]
            guard byte >= 0x61, byte <= 0x7A else { return nil }
            hyphen -= 1
        }
        guard hyphen > start + 1, end - hyphen >= 3 else { return nil }
        let previous = bytes[hyphen - 1]
        guard previous != UInt8(ascii: "-") else { return nil }
        return attributiveSuffixes.contains(FeatureHash.bytes(bytes, (hyphen + 1)..<end)) ? hyphen : nil
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

    /// Adjusts the sentence split for tagging: a line break always ends a segment (names do not
    /// run across lines; lists and tables put one item per line), and a split right after an
    /// initial ("S. Waugh", "John F. Kennedy") is undone, since the name continues.
    static func segment(_ sentences: [Range<Int>], tokens: [TokenForm], bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for sentence in sentences {
            if let last = merged.last, endsWithInitial(last, tokens: tokens, bytes: bytes),
               !hasLineBreak(bytes, from: tokens[last.upperBound - 1].end, to: tokens[sentence.lowerBound].start) {
                merged[merged.count - 1] = last.lowerBound..<sentence.upperBound
            } else {
                merged.append(sentence)
            }
        }
        var result: [Range<Int>] = []
        for sentence in merged {
            var start = sentence.lowerBound
            for index in sentence.dropFirst()
            where hasLineBreak(bytes, from: tokens[index - 1].end, to: tokens[index].start) {
                result.append(start..<index)
                start = index
            }
            result.append(start..<sentence.upperBound)
        }
        return result
    }

    /// The range ends with a single capital letter and a period, written as one token or two.
    private static func endsWithInitial(_ range: Range<Int>, tokens: [TokenForm], bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = range.last else { return false }
        let token = tokens[last]
        func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        if token.end - token.start == 2, isCapital(bytes[token.start]), bytes[token.start + 1] == UInt8(ascii: ".") {
            return last == range.lowerBound || tokens[last - 1].end < token.start
        }
        guard token.end - token.start == 1, bytes[token.start] == UInt8(ascii: "."), last > range.lowerBound else { return false }
        let letter = tokens[last - 1]
        return letter.end == token.start && letter.end - letter.start == 1 && isCapital(bytes[letter.start])
            && (last - 1 == range.lowerBound || tokens[last - 2].end < letter.start)
    }

    private static func hasLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            if bytes[index] == 0x0A { return true }
            index += 1
        }
        return false
    }

    /// Most words of three letters or more start with a capital, there are at least three of
    /// them, and the line does not end like a sentence.
    static func isTitleCase(_ tokens: ArraySlice<TokenForm>, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = tokens.last else { return false }
        let end = bytes[last.end - 1]
        if end == UInt8(ascii: ".") || end == UInt8(ascii: ",") || end == UInt8(ascii: ";") { return false }
        var capitalised = 0
        var long = 0
        for token in tokens where token.hasLetter && token.end - token.start >= 3 {
            long += 1
            if token.isCapitalized { capitalised += 1 }
        }
        return capitalised >= 3 && capitalised * 5 >= long * 4
    }

    /// The token as it would look written in capitals (ASCII letters; others as written).
    static func capitalised(_ token: TokenForm, bytes: UnsafeBufferPointer<UInt8>) -> TokenForm {
        var upper = Array(bytes[token.start..<token.end])
        for index in upper.indices where upper[index] >= 0x61 && upper[index] <= 0x7A { upper[index] -= 0x20 }
        var form = upper.withUnsafeBufferPointer { TokenForm(start: 0, end: $0.count, bytes: $0) }
        form.start = token.start
        form.end = token.end
        form.key = token.key
        form.lower = token.lower
        return form
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
        var seen = KeyTable(capacity: tokens.count)
        for (number, sentence) in sentences.enumerated() where !headline[number] {
            for index in sentence where index > sentence.lowerBound && tokens[index].hasLetter {
                let key = tokens[index].key
                if tokens[index].isCapitalized { seen[key] = (seen[key] ?? 0) | 1 }
                else if tokens[index].flags.contains(.lowerInitial) { seen[key] = (seen[key] ?? 0) | 2 }
            }
        }
        return tokens.map { UInt8(seen[$0.key] ?? 0) }
    }
}
