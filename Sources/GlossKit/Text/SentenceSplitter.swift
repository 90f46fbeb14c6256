/// Splits text into sentences for news: works on the tokens, never crosses a paragraph or a line
/// break (headlines, bylines and list items are sentences of their own), and trims whitespace.
///
/// A sentence ends after ".", "?", "!" (and runs such as "?!"), "。", with the closing quotes and
/// brackets that follow it (`…it.” He said` → `…it.”` | `He said`), unless the next word is
/// lowercase or the next mark continues the clause (",", ";", ")"). Titles ("Mr.", "Gov.") never
/// end a sentence; "Dec. 19" and "No. 5" do not; acronyms, initials and suffixes ("U.S.", "F.",
/// "Inc.") end one only before a clear sentence start ("in the U.S. He said" splits, "the U.S.
/// Senate" does not). An ellipsis ends a sentence only before a capitalised word. A number
/// opening a line ("1. Buy milk") is a list label, not a sentence.
public enum SentenceSplitter {
    /// The sentences of `bytes`, given its tokens and paragraphs (both in text order).
    public static func sentences(in bytes: [UInt8], tokens: [Token], paragraphs: [Span]) -> [Span] {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = SentenceScanner(text: UTF8Bytes(base: buffer), tokens: tokens)
            var tokenIndex = 0
            for paragraph in paragraphs {
                while tokenIndex < tokens.count, tokens[tokenIndex].span.start < paragraph.start {
                    tokenIndex += 1
                }
                let first = tokenIndex
                while tokenIndex < tokens.count, tokens[tokenIndex].span.end <= paragraph.end {
                    tokenIndex += 1
                }
                scanner.split(first..<tokenIndex)
            }
            return scanner.sentences
        }
    }
}

/// What a token may do at the end of a sentence.
enum Terminator {
    /// "."
    case period
    /// "?" or "!" (possibly in a run with other terminators).
    case strong
    /// "..." or "…"
    case ellipsis
    /// "。" and other full-width stops, which need no space after them.
    case fullStop
    /// A word that keeps its period: abbreviation, acronym or initial.
    case abbreviation
}

struct SentenceScanner {
    let text: UTF8Bytes
    let tokens: [Token]
    var sentences: [Span] = []
    /// Whether the paragraph being split has no capital letter (chat, reviews): then a lowercase
    /// word after a period starts a sentence.
    private var isCaseless = false

    init(text: UTF8Bytes, tokens: [Token]) {
        self.text = text
        self.tokens = tokens
        sentences.reserveCapacity(tokens.count / 16 + 1)
    }

    /// Splits the tokens `range` (one paragraph) into sentences.
    mutating func split(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        var sentenceStart = range.lowerBound
        isCaseless = !hasCapital(tokens[range.lowerBound].span.start..<tokens[range.upperBound - 1].span.end)
        var index = range.lowerBound
        while index < range.upperBound {
            if index > sentenceStart, hasLineBreak(tokens[index - 1].span.end, tokens[index].span.start) {
                close(sentenceStart, index - 1)
                sentenceStart = index
            }
            guard var terminator = terminator(at: index) else {
                index += 1
                continue
            }
            // Further terminators and closing quotes or brackets stay in the sentence.
            var last = index
            var next = index + 1
            while next < range.upperBound, tokens[next].span.start == tokens[last].span.end {
                if let following = self.terminator(at: next) {
                    if following == .strong || following == .fullStop { terminator = following }
                } else if !isCloser(tokens[next]) {
                    break
                }
                last = next
                next += 1
            }
            if next < range.upperBound,
               isSpacedCloser(next, sentenceStart: sentenceStart, limit: range.upperBound) {
                last = next
                next += 1
            }
            // Emoticons and emoji after the end belong to the sentence they comment on ("Love
            // that! :D").
            while next < range.upperBound, isEmoticonOrEmoji(tokens[next]),
                  !hasLineBreak(tokens[last].span.end, tokens[next].span.start) {
                last = next
                next += 1
            }
            if next < range.upperBound,
               !hasLineBreak(tokens[last].span.end, tokens[next].span.start),
               endsSentence(terminator, at: index, sentenceStart: sentenceStart, last: last, next: next,
                            limit: range.upperBound) {
                close(sentenceStart, last)
                sentenceStart = next
            }
            index = next
        }
        close(sentenceStart, range.upperBound - 1)
    }

    private mutating func close(_ first: Int, _ last: Int) {
        guard first <= last else { return }
        sentences.append(Span(tokens[first].span.start, tokens[last].span.end))
    }

    /// Whether the sentence ends after the terminator at `index`, closers up to `last` included,
    /// given the next token `next` (and `limit`, the end of the paragraph's tokens).
    private func endsSentence(_ terminator: Terminator, at index: Int, sentenceStart: Int,
                              last: Int, next: Int, limit: Int) -> Bool {
        let following = tokens[next]
        let spaced = following.span.start > tokens[last].span.end
        switch terminator {
        case .fullStop:
            return true
        case .strong:
            guard spaced else { return startsTitlecaseWord(following) }
            if last > index, isCloser(tokens[last]), isAttribution(from: next) { return false }
            return !continuesSentence(following)
        case .ellipsis:
            return spaced && startsCapitalised(next)
        case .period:
            guard spaced else {
                // "said.The": a missing space in scraped text.
                return index > sentenceStart && tokens[index - 1].kind == .word
                    && startsTitlecaseWord(following)
            }
            if isListLabel(index - 1, sentenceStart: sentenceStart) { return false }
            return !continuesSentence(following)
        case .abbreviation:
            guard spaced else { return false }
            let word = tokens[index].span
            switch Abbreviations.kind(text, word.start, word.end - 1) {
            case .title:
                return false
            case .month, .beforeNumber:
                return following.kind != .number && !continuesSentence(following)
            case .ordinary:
                return !continuesSentence(following)
            case .suffix, nil:
                // A title-case headline ("U.S. Officials Say ...", "Party Says U.S. ‘Cannot Be
                // Trusted’") goes on after an acronym whatever word follows.
                if isTitleCase(sentenceStart..<index) || isTitleCase(next + 1..<min(next + 7, limit)) {
                    return false
                }
                // After an initial, a quoted capital is usually a nickname ("Robert C. “Bobby”
                // Scott"); after an acronym it is usually a new sentence ("the U.S. “We ...").
                return isClearSentenceStart(next, quotedCapitalStarts: word.length > 2)
            }
        }
    }

    // MARK: Token tests

    func terminator(at index: Int) -> Terminator? {
        let token = tokens[index]
        let span = token.span
        switch token.kind {
        case .punctuation:
            let first = text[span.start]
            if span.length == 1 {
                switch first {
                case UInt8(ascii: "."): return .period
                case UInt8(ascii: "?"), UInt8(ascii: "!"): return .strong
                default: return nil
                }
            }
            if first == UInt8(ascii: ".") { return .ellipsis }
            guard first >= 0x80 else { return nil }
            switch text.decode(at: span.start).value {
            case 0x2026: return .ellipsis
            case 0x203C, 0x2047, 0x2048, 0x2049, 0x203D: return .strong
            case 0x3002, 0xFF01, 0xFF0E, 0xFF1F, 0xFF61, 0x0964, 0x06D4, 0x061F: return .fullStop
            default: return nil
            }
        case .word:
            return span.length >= 2 && text[span.end - 1] == UInt8(ascii: ".") ? .abbreviation : nil
        case .number, .symbol:
            return nil
        }
    }

    /// Closing quotation marks and brackets.
    private func isCloser(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        let first = text[token.span.start]
        if first < 0x80 {
            switch first {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"),
                 UInt8(ascii: "}"):
                return true
            default:
                return false
            }
        }
        switch text.decode(at: token.span.start).value {
        case 0x2019, 0x201D, 0xBB, 0x203A, 0x300D, 0x300F, 0xFF09, 0xFF3D: return true
        default: return false
        }
    }

    /// A closing quote separated from the terminator by a space, as in pre-tokenised text
    /// (`... home . "`): a closing curly quote not attached to a following word, or a straight
    /// quote that ends the line, or that stands apart and closes one opened in the sentence.
    private func isSpacedCloser(_ index: Int, sentenceStart: Int, limit: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .punctuation, isCloser(token),
              !hasLineBreak(tokens[index - 1].span.end, token.span.start) else { return false }
        let endsLine = index + 1 == limit || hasLineBreak(token.span.end, tokens[index + 1].span.start)
        let first = text[token.span.start]
        guard first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") else {
            // ”, ’, », but not the ’ of "’Tis".
            return endsLine || tokens[index + 1].span.start > token.span.end
        }
        if endsLine { return true }
        // Attached to the next word it opens a quotation (`said. "If ...`).
        guard tokens[index + 1].span.start > token.span.end else { return false }
        var quotes = 0
        for position in sentenceStart..<index where tokens[position].span.length == 1
            && text[tokens[position].span.start] == first {
            quotes += 1
        }
        return quotes % 2 == 1
    }

    /// A symbol token that is an emoticon (":)", "<3") or a pictograph (emoji, dingbats).
    private func isEmoticonOrEmoji(_ token: Token) -> Bool {
        guard token.kind == .symbol else { return false }
        let first = text[token.span.start]
        switch first {
        case UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "<"):
            return token.span.length >= 2
        case 0x00..<0x80:
            return false
        default:
            return text.decode(at: token.span.start).value >= 0x2190
        }
    }

    /// Opening quotation marks and brackets.
    private func isOpener(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        let first = text[token.span.start]
        if first < 0x80 {
            return first == UInt8(ascii: "\"") || first == UInt8(ascii: "'")
                || first == UInt8(ascii: "(") || first == UInt8(ascii: "[")
        }
        switch text.decode(at: token.span.start).value {
        case 0x2018, 0x201C, 0xAB, 0x2039, 0x300C, 0x300E, 0xFF08: return true
        default: return false
        }
    }

    /// A lowercase word (unless the paragraph has no capitals) or a clause mark (",", ";", ":",
    /// ")", dash) continues the sentence.
    private func continuesSentence(_ token: Token) -> Bool {
        if token.kind == .punctuation {
            let first = text[token.span.start]
            if first < 0x80 {
                switch first {
                case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ")"),
                     UInt8(ascii: "]"), UInt8(ascii: "-"):
                    return true
                default:
                    return false
                }
            }
            let value = text.decode(at: token.span.start).value
            return value == 0x2013 || value == 0x2014
        }
        return !isCaseless && LetterCase.of(text, at: token.span.start) == .lower
    }

    /// A capitalised word, possibly after an opening quote or bracket.
    private func startsCapitalised(_ index: Int) -> Bool {
        var token = tokens[index]
        if isOpener(token), index + 1 < tokens.count {
            token = tokens[index + 1]
        }
        return token.kind == .word && LetterCase.of(text, at: token.span.start) == .upper
    }

    /// "The", "Officials": a capital then a lowercase letter.
    private func startsTitlecaseWord(_ token: Token) -> Bool {
        token.kind == .word && isUppercase(text[token.span.start])
            && text.byte(at: token.span.start + 1) >= UInt8(ascii: "a")
            && text.byte(at: token.span.start + 1) <= UInt8(ascii: "z")
    }

    /// After an acronym or initial: a pronoun, determiner or conjunction that begins sentences
    /// ("He", "The", "But"), or an opening quote before a capitalised word (before such a word
    /// only, when `quotedCapitalStarts` is false).
    private func isClearSentenceStart(_ index: Int, quotedCapitalStarts: Bool) -> Bool {
        let token = tokens[index]
        if isOpener(token) {
            guard index + 1 < tokens.count, tokens[index + 1].span.start == token.span.end else {
                return false
            }
            return quotedCapitalStarts ? startsCapitalised(index + 1)
                : isClearSentenceStart(index + 1, quotedCapitalStarts: false)
        }
        return token.kind == .word && SentenceCues.starters.contains(text, token.span.start, token.span.end)
    }

    /// A speaker and a verb of saying after a quoted question or exclamation: `“Why?” Senator
    /// Jane Smith asked`, `“No!” Mr. Lee shouted`.
    private func isAttribution(from index: Int) -> Bool {
        var position = index
        while position < tokens.count, position - index < 5 {
            let token = tokens[position]
            guard token.kind == .word else { return false }
            if LetterCase.of(text, at: token.span.start) != .upper {
                return position > index && SentenceCues.speechVerbs.contains(text, token.span.start, token.span.end)
            }
            position += 1
        }
        return false
    }

    /// Whether every word of four letters or more in `range`, up to a line break, is capitalised
    /// (a headline), with at least two such words.
    private func isTitleCase(_ range: Range<Int>) -> Bool {
        var capitalised = 0
        for index in range {
            let token = tokens[index]
            if index > range.lowerBound, hasLineBreak(tokens[index - 1].span.end, token.span.start) { break }
            guard token.kind == .word, token.span.length >= 4 else { continue }
            guard LetterCase.of(text, at: token.span.start) == .upper else { return false }
            capitalised += 1
        }
        return capitalised >= 2
    }

    /// A short number opening a sentence before "." is a list label ("1. Buy milk").
    private func isListLabel(_ index: Int, sentenceStart: Int) -> Bool {
        guard index == sentenceStart, index >= 0 else { return false }
        let token = tokens[index]
        return token.kind == .number && token.span.length <= 3
            && token.span.range.allSatisfy { isDigit(text[$0]) }
    }

    private func hasCapital(_ range: Range<Int>) -> Bool {
        range.contains { isUppercase(text[$0]) }
    }

    /// Whether the bytes between two tokens contain a line terminator.
    private func hasLineBreak(_ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            switch text[index] {
            case 0x0A, 0x0B, 0x0C, 0x0D:
                return true
            case 0xC2 where text.byte(at: index + 1) == 0x85:
                return true
            case 0xE2 where text.byte(at: index + 1) == 0x80
                && (text.byte(at: index + 2) == 0xA8 || text.byte(at: index + 2) == 0xA9):
                return true
            default:
                index += 1
            }
        }
        return false
    }
}
