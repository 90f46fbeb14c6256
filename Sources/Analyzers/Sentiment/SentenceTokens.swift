import GlossKit

/// One word or emoticon of the sentence being scored.
struct SentimentToken {
    /// Byte offset of the token in the document text.
    var start: Int
    /// The lowercased token: `scratch.lower[lowerStart..<lowerEnd]`.
    var lowerStart: Int
    var lowerEnd: Int
    var info: WordInfo
    /// Written in capitals ("GREAT"), which the caps rule treats as emphasis.
    var allCaps: Bool
    /// A comma, semicolon, colon, dash or bracket follows: negation and modifiers stop there.
    var clauseBreakAfter: Bool
    /// An emoticon such as ":)", which no negator or modifier reaches.
    var isEmoticon = false
    /// Written with letters drawn out ("soooo good"), which adds emphasis.
    var isElongated = false
    /// The token's contribution to the sentence sum once every rule has run.
    var valence: Double
}

/// Per-document buffers reused for every sentence so the hot path allocates nothing per token.
struct ScoringScratch {
    var lower: [UInt8] = []
    var tokens: [SentimentToken] = []
    var key: [UInt8] = []
    var exclamations = 0
    var questions = 0

    init() {
        lower.reserveCapacity(1024)
        tokens.reserveCapacity(128)
        key.reserveCapacity(64)
    }
}

/// Splits a sentence into sentiment tokens the way social and news text is written: on
/// whitespace, with punctuation peeled off the ends of words (and counted for emphasis) unless
/// the whole chunk is an emoticon in the lexicon.
struct SentenceTokenizer {
    let table: WordTable

    func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span, masks: ArraySlice<Span>,
                  into scratch: inout ScoringScratch) {
        scratch.lower.removeAll(keepingCapacity: true)
        scratch.tokens.removeAll(keepingCapacity: true)
        scratch.exclamations = 0
        scratch.questions = 0
        var index = span.start
        let end = span.end
        while index < end {
            let width = spaceWidth(bytes, index, end)
            if width > 0 {
                index += width
                continue
            }
            let chunkStart = index
            while index < end, spaceWidth(bytes, index, end) == 0 { index += 1 }
            addChunk(bytes, chunkStart, index, masks: masks, into: &scratch)
        }
    }

    private func addChunk(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                          masks: ArraySlice<Span>, into scratch: inout ScoringScratch) {
        var hasSymbol = false
        for position in start..<end {
            let byte = bytes[position]
            if byte == UInt8(ascii: "!") { scratch.exclamations += 1 }
            if byte == UInt8(ascii: "?") { scratch.questions += 1 }
            if byte < 0x80, isPunctuation(byte), byte != UInt8(ascii: "'"), byte != UInt8(ascii: "-") {
                hasSymbol = true
            }
        }
        if hasSymbol, end - start <= 8, let info = emoticon(bytes, start, end) {
            // An emoticon comments on the whole sentence and closes the clause before it.
            if !scratch.tokens.isEmpty { scratch.tokens[scratch.tokens.count - 1].clauseBreakAfter = true }
            let lowerStart = scratch.lower.count
            scratch.lower.append(contentsOf: bytes[start..<end])
            scratch.tokens.append(SentimentToken(start: start, lowerStart: lowerStart,
                lowerEnd: scratch.lower.count, info: info, allCaps: false,
                clauseBreakAfter: true, isEmoticon: true, isElongated: false, valence: 0))
            return
        }
        // Split inside the chunk at commas, slashes and ellipses ("good,but", "ok...not").
        var pieceStart = start
        var position = start
        while position < end {
            let byte = bytes[position]
            let splits = byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "/")
                || (byte == UInt8(ascii: ".") && position + 1 < end && bytes[position + 1] == UInt8(ascii: "."))
            if splits {
                var stop = position
                while stop < end, isPunctuation(bytes[stop]) { stop += 1 }
                addWord(bytes, pieceStart, stop, masks: masks, into: &scratch)
                pieceStart = stop
                position = stop
            } else {
                position += 1
            }
        }
        if pieceStart < end { addWord(bytes, pieceStart, end, masks: masks, into: &scratch) }
    }

    private func addWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                         masks: ArraySlice<Span>, into scratch: inout ScoringScratch) {
        var first = start
        var last = end
        while first < last {
            let width = quoteOrDashWidth(bytes, first, last)
            if width > 0 { first += width; continue }
            guard isPunctuation(bytes[first]) else { break }
            first += 1
        }
        var clauseBreak = false
        var dots = 0
        while last > first {
            let width = trailingQuoteOrDashWidth(bytes, first, last)
            if width > 0 {
                // A closing quotation mark or a dash ends the clause; a closing apostrophe does not.
                if bytes[last - 1] != 0x99 { clauseBreak = true }
                last -= width
                continue
            }
            let byte = bytes[last - 1]
            guard isPunctuation(byte) else { break }
            // One period inside a sentence ends an abbreviation ("U.S."); an ellipsis breaks.
            if byte == UInt8(ascii: ".") { dots += 1 }
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
                || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "-") || dots > 1
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                clauseBreak = true
            }
            last -= 1
        }
        guard first < last else {
            if !scratch.tokens.isEmpty, isBreakChunk(bytes, start, end) {
                scratch.tokens[scratch.tokens.count - 1].clauseBreakAfter = true
            }
            return
        }
        let lowerStart = scratch.lower.count
        var upper = 0
        var lower = 0
        var position = first
        while position < last {
            let byte = bytes[position]
            if byte >= 0x41 && byte <= 0x5A {
                upper += 1
                scratch.lower.append(byte | 0x20)
            } else if byte >= 0x61 && byte <= 0x7A {
                lower += 1
                scratch.lower.append(byte)
            } else if byte == 0xE2, position + 2 < last, bytes[position + 1] == 0x80,
                      bytes[position + 2] == 0x99 || bytes[position + 2] == 0x98 {
                // Typographic apostrophe, as news sites write "don’t".
                scratch.lower.append(UInt8(ascii: "'"))
                position += 2
            } else {
                scratch.lower.append(byte)
            }
            position += 1
        }
        var lowerEnd = scratch.lower.count
        var elongated = false
        var found = lookupWord(lowerStart, lowerEnd, in: scratch.lower)
        if found == nil, lower > 0 {
            found = scratch.lower.withUnsafeBufferPointer { buffer in
                Inflections(table: table).baseInfo(UnsafeBufferPointer(rebasing: buffer[lowerStart..<lowerEnd]),
                                                   key: &scratch.key)
            }
        }
        if found == nil, let collapsed = lookupElongated(lowerStart, &scratch) {
            found = collapsed
            elongated = collapsed.hasValence
            lowerEnd = scratch.lower.count
        }
        var info = found ?? WordInfo()
        if isContractedNegation(scratch.lower, lowerStart, lowerEnd) { info.roles.insert(.negator) }
        if isMasked(first, masks) { info = WordInfo() }
        scratch.tokens.append(SentimentToken(start: first, lowerStart: lowerStart, lowerEnd: lowerEnd,
            info: info, allCaps: upper > 0 && lower == 0, clauseBreakAfter: clauseBreak,
            isEmoticon: false, isElongated: elongated, valence: 0))
    }

    /// An emoticon in the lexicon, also when its last character is repeated (":)))", "=((").
    private func emoticon(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> WordInfo? {
        var stop = end
        while true {
            if let info = table.lookup(UnsafeBufferPointer(rebasing: bytes[start..<stop])), info.hasValence {
                return info
            }
            guard stop - start > 2, bytes[stop - 1] == bytes[stop - 2] else { return nil }
            stop -= 1
        }
    }

    /// "yaaaay", "loooove": letters repeated three times or more are emphasis. Collapses such
    /// runs to two letters, then to one, until the word is found; on success the collapsed form
    /// replaces the word in `scratch.lower`.
    private func lookupElongated(_ start: Int, _ scratch: inout ScoringScratch) -> WordInfo? {
        let end = scratch.lower.count
        var hasRun = false
        var position = start + 2
        while position < end {
            let byte = scratch.lower[position]
            if byte >= 0x61, byte <= 0x7A, byte == scratch.lower[position - 1], byte == scratch.lower[position - 2] {
                hasRun = true
                break
            }
            position += 1
        }
        guard hasRun else { return nil }
        for keep in [2, 1] {
            scratch.key.removeAll(keepingCapacity: true)
            var run = 0
            for position in start..<end {
                let byte = scratch.lower[position]
                run = position > start && byte == scratch.lower[position - 1] ? run + 1 : 1
                if run <= keep || byte < 0x61 || byte > 0x7A { scratch.key.append(byte) }
            }
            if let info = table.lookup(scratch.key) {
                scratch.lower.removeSubrange(start..<end)
                scratch.lower.append(contentsOf: scratch.key)
                return info
            }
        }
        return nil
    }

    /// Looks the word up as written, then without a possessive "'s".
    private func lookupWord(_ start: Int, _ end: Int, in lower: [UInt8]) -> WordInfo? {
        lower.withUnsafeBufferPointer { buffer in
            if let info = table.lookup(UnsafeBufferPointer(rebasing: buffer[start..<end])) { return info }
            if end - start > 3, buffer[end - 2] == UInt8(ascii: "'"), buffer[end - 1] == UInt8(ascii: "s") {
                return table.lookup(UnsafeBufferPointer(rebasing: buffer[start..<(end - 2)]))
            }
            return nil
        }
    }

    private func isContractedNegation(_ lower: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 3 else { return false }
        var position = start
        while position + 2 < end {
            if lower[position] == UInt8(ascii: "n"), lower[position + 1] == UInt8(ascii: "'"),
               lower[position + 2] == UInt8(ascii: "t") { return true }
            position += 1
        }
        return false
    }

    private func isMasked(_ offset: Int, _ masks: ArraySlice<Span>) -> Bool {
        for mask in masks where mask.start <= offset && offset < mask.end { return true }
        return false
    }

    /// A chunk of punctuation alone that separates clauses (" - ", " — ", " : ", " ... ").
    private func isBreakChunk(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        for position in start..<end {
            let byte = bytes[position]
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";")
                || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") || byte == 0x94 || byte == 0x93
                || byte == 0xA6 { return true }
        }
        return false
    }

    private func isPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40)
            || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }

    /// Width of a curly quotation mark or an en/em dash (E2 80 93/94/98/99/9C/9D) at `index`.
    private func quoteOrDashWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        guard index + 3 <= end, bytes[index] == 0xE2, bytes[index + 1] == 0x80 else { return 0 }
        switch bytes[index + 2] {
        case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6: return 3
        default: return 0
        }
    }

    private func trailingQuoteOrDashWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        guard end - start >= 3 else { return 0 }
        return quoteOrDashWidth(bytes, end - 3, end)
    }

    /// Width of whitespace at `index`: ASCII space and controls, or a no-break space.
    private func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        let byte = bytes[index]
        if byte <= 0x20 { return 1 }
        if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 { return 2 }
        return 0
    }
}
