/// A paragraph's text folded for phrase matching: ASCII letters lowercased, typographic quotes,
/// dashes, ellipses and no-break spaces made plain, runs of whitespace collapsed to one space and
/// trimmed. Rules match lexicon phrases against these bytes, so "Share This Story" and
/// "share  this story" look the same and no rule has to think about curly apostrophes.
struct FoldedText: Sendable {
    let bytes: [UInt8]
    private let bounds: (start: Int, end: Int)
    /// Offsets where sentences begin: the first word and every word after ". ", "! " or "? ".
    let sentenceStarts: [Int]

    init(_ raw: ArraySlice<UInt8>) {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var pendingSpace = false
        func emit(_ byte: UInt8) {
            if pendingSpace, !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(byte)
        }
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = true
                index += 1
                continue
            }
            if byte < 0x80 {
                emit(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                index += 1
                continue
            }
            // Typographic punctuation that news sites use interchangeably with ASCII.
            if byte == 0xC2, index + 1 < raw.endIndex, raw[index + 1] == 0xA0 {
                pendingSpace = true
                index += 2
                continue
            }
            if byte == 0xE2, index + 2 < raw.endIndex, raw[index + 1] == 0x80 {
                let third = raw[index + 2]
                switch third {
                case 0x98, 0x99, 0xB2: emit(UInt8(ascii: "'"))
                case 0x9C, 0x9D, 0xB3: emit(UInt8(ascii: "\""))
                case 0x90, 0x91, 0x92, 0x93, 0x94, 0x95: emit(UInt8(ascii: "-"))
                case 0xA6: emit(UInt8(ascii: ".")); emit(UInt8(ascii: ".")); emit(UInt8(ascii: "."))
                case 0xA2: emit(UInt8(ascii: "*"))
                case 0x8B, 0x8C, 0x8D, 0x8E, 0x8F: break  // zero-width characters
                case 0x80...0x8A, 0xAF: pendingSpace = true  // typographic spaces
                default: emit(byte); emit(raw[index + 1]); emit(third)
                }
                index += 3
                continue
            }
            emit(byte)
            index += 1
        }
        bytes = out
        bounds = FoldedText.contentBounds(out)
        sentenceStarts = FoldedText.sentenceStarts(out, from: bounds.start)
    }

    /// Wraps bytes that are already folded.
    init(folded: [UInt8]) {
        bytes = folded
        bounds = FoldedText.contentBounds(folded)
        sentenceStarts = FoldedText.sentenceStarts(folded, from: bounds.start)
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// The text with every quotation replaced by a placeholder word, so that a call to action
    /// the story quotes ("Share this," he wrote) does not read as the site's own. Unbalanced
    /// quotation marks leave the text as it is.
    func removingQuotations() -> FoldedText {
        let marks = bytes.filter { $0 == 0x22 }.count
        guard marks >= 2, marks % 2 == 0 else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inQuote = false
        var lastInside: UInt8 = 0
        for byte in bytes {
            if byte == 0x22 {
                if inQuote {
                    out.append(contentsOf: [0x71])  // "q" stands for the quoted words
                    if lastInside == UInt8(ascii: ".") || lastInside == UInt8(ascii: "!") || lastInside == UInt8(ascii: "?") {
                        out.append(lastInside)
                    }
                }
                inQuote.toggle()
                continue
            }
            if inQuote {
                if byte != 0x20 { lastInside = byte }
            } else {
                out.append(byte)
            }
        }
        return FoldedText(folded: out)
    }

    /// True when `phrase` occurs with word boundaries on both sides (a boundary is only required
    /// next to a letter or digit, so phrases may begin or end with punctuation such as "h/t").
    func contains(_ phrase: Phrase) -> Bool {
        firstOccurrence(of: phrase, from: 0) != nil
    }

    /// The number of distinct lexicon phrases that occur in the text.
    func count(of phrases: PhraseSet) -> Int {
        phrases.occurrences(in: self, stopAtFirst: false)
    }

    /// Every occurrence of each phrase, counted (links in a paragraph, separators in a menu).
    func occurrences(of phrases: [Phrase]) -> Int {
        var total = 0
        for phrase in phrases {
            var offset = 0
            while let found = firstOccurrence(of: phrase, from: offset) {
                total += 1
                offset = found + phrase.bytes.count
            }
        }
        return total
    }

    func containsAny(_ phrases: PhraseSet) -> Bool {
        phrases.occurrences(in: self, stopAtFirst: true) > 0
    }

    /// True when the text, after any leading punctuation or symbols ("[ ", "*** ", "- "), begins
    /// with the phrase.
    func begins(with phrase: Phrase) -> Bool {
        matches(phrase, at: contentStart)
    }

    func beginsWithAny(_ phrases: PhraseSet) -> Bool {
        phrases.match(in: self, at: contentStart) != nil
    }

    /// True when some sentence of the text begins with one of the phrases: an imperative such as
    /// "Share this" counts wherever a sentence starts, not in the middle of one.
    func anySentenceBegins(withAny phrases: PhraseSet) -> Bool {
        sentenceStarts.contains { phrases.match(in: self, at: $0) != nil }
    }

    /// True when the text is the phrase, ignoring punctuation and symbols around it.
    func isExactly(_ phrase: Phrase) -> Bool {
        contentEnd - contentStart == phrase.bytes.count && matches(phrase, at: contentStart)
    }

    func isExactlyAny(_ phrases: PhraseSet) -> Bool {
        phrases.covers(self, from: contentStart, to: contentEnd)
    }

    /// Offset of the first letter or digit.
    var contentStart: Int { bounds.start }

    /// Offset just past the last letter or digit.
    var contentEnd: Int { bounds.end }

    private static func contentBounds(_ bytes: [UInt8]) -> (start: Int, end: Int) {
        (firstWordByte(bytes), lastWordByteEnd(bytes))
    }

    private static func firstWordByte(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count, !FoldedText.isWordByte(bytes[index]) { index += 1 }
        return index
    }

    private static func lastWordByteEnd(_ bytes: [UInt8]) -> Int {
        var index = bytes.count
        while index > 0, !FoldedText.isWordByte(bytes[index - 1]) { index -= 1 }
        return index
    }

    /// Offsets where sentences begin: the start of the text and every word that follows ". ",
    /// "! " or "? " (possibly with closing quotes or brackets in between).
    private static func sentenceStarts(_ bytes: [UInt8], from contentStart: Int) -> [Int] {
        var starts = [contentStart]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                var next = index + 1
                while next < bytes.count, bytes[next] == 0x22 || bytes[next] == 0x27 || bytes[next] == 0x29 { next += 1 }
                if next < bytes.count, bytes[next] == 0x20 {
                    while next < bytes.count, !FoldedText.isWordByte(bytes[next]) { next += 1 }
                    if next < bytes.count { starts.append(next) }
                    index = next
                    continue
                }
            }
            index += 1
        }
        return starts
    }

    func firstOccurrence(of phrase: Phrase, from offset: Int) -> Int? {
        let needle = phrase.bytes
        guard !needle.isEmpty, needle.count <= bytes.count else { return nil }
        let first = needle[0]
        var index = offset
        let limit = bytes.count - needle.count
        while index <= limit {
            if bytes[index] == first, matches(phrase, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// The phrase sits at `offset` with word boundaries around it.
    func matches(_ phrase: Phrase, at offset: Int) -> Bool {
        let needle = phrase.bytes
        guard offset >= 0, offset + needle.count <= bytes.count, !needle.isEmpty else { return false }
        for (position, byte) in needle.enumerated() where bytes[offset + position] != byte { return false }
        if FoldedText.isWordByte(needle[0]), offset > 0, FoldedText.isWordByte(bytes[offset - 1]) { return false }
        let after = offset + needle.count
        if FoldedText.isWordByte(needle[needle.count - 1]), after < bytes.count {
            // "follow-up" is not "follow": a hyphen joining another word continues this one.
            if FoldedText.isWordByte(bytes[after]) { return false }
            if bytes[after] == UInt8(ascii: "-"), after + 1 < bytes.count, FoldedText.isWordByte(bytes[after + 1]) { return false }
        }
        return true
    }

    /// Letters, digits and any non-ASCII byte (letters of other scripts) make words.
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80
    }
}

/// A lexicon entry: lowercase words as they appear in `FoldedText`.
struct Phrase: Sendable, ExpressibleByStringLiteral {
    let bytes: [UInt8]

    init(stringLiteral value: String) {
        bytes = FoldedText(Array(value.utf8)[...]).bytes
    }
}
