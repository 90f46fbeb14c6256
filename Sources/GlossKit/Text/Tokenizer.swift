/// Splits UTF-8 bytes into tokens, Penn-Treebank style for English news and script-agnostic
/// otherwise. Whitespace, controls and invisible format characters are not tokens.
///
/// - Words: letters, marks and digits of any script, with inner hyphens ("Russia-Ukraine") and
///   inner apostrophes ("O’Brien"). Clitics split off with a straight or curly apostrophe:
///   "China’s" → "China" "’s", "don't" → "do" "n't" (also 're 've 'll 'd 'm); a trailing
///   possessive apostrophe ("Clintons’") is a separate punctuation token. Known abbreviations
///   ("Mr.", "Inc.", "Dec."), dotted acronyms ("U.S.", "a.m.") and initials ("J.") keep their
///   period. @handles and #hashtags are words; a bare domain ("Amazon.com") is one word.
/// - Numbers start with a digit and keep inner separators and a letter suffix: "3.5", "1,200",
///   "2020-21", "10:30", "36.2k", "5th", "’90s". A hyphen followed by letters makes the token a
///   word ("5-year-old").
/// - Punctuation: one token per mark, except "..." (any run of periods) and "--" runs.
/// - Symbols: URLs, e-mail addresses, emoticons (":)", ":-(", ":D", "<3"), emoji sequences
///   (with modifiers, joiners and flags), currency and other signs.
///
/// Runs of letters in scripts written without spaces (CJK, Thai) stay one word token.
public enum Tokenizer {
    /// The tokens of `bytes` in text order. Never fails: ill-formed UTF-8 bytes become one-byte
    /// symbol tokens.
    public static func tokenize(_ bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = TokenScanner(text: UTF8Bytes(base: buffer))
            scanner.run()
            return scanner.tokens
        }
    }
}

/// One tokenization pass; `tokens` grows as `run()` walks the bytes.
struct TokenScanner {
    let text: UTF8Bytes
    var tokens: [Token] = []

    init(text: UTF8Bytes) {
        self.text = text
        tokens.reserveCapacity(text.count / 5 + 1)
    }

    @inline(__always) mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind) {
        tokens.append(Token(span: Span(start, end), kind: kind))
    }

    mutating func run() {
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            let (characterClass, length) = byte < 0x80
                ? (CharacterClass.ascii(byte), 1) : text.classify(at: index)
            switch characterClass {
            case .letter, .mark: index = scanWord(from: index, kind: .word)
            case .digit: index = scanWord(from: index, kind: .number)
            case .space, .lineBreak, .control, .format: index += length
            case .punctuation: index = scanPunctuation(at: index, length: length)
            case .symbol: index = scanSymbol(at: index, length: length)
            }
        }
    }

    // MARK: Words and numbers

    /// Scans a word or number starting at `start` (a letter, mark or digit), emits its token(s)
    /// and returns where scanning resumes. `resume` skips a prefix already checked (".5").
    mutating func scanWord(from start: Int, kind initialKind: TokenKind, resumingAt resume: Int? = nil) -> Int {
        var kind = initialKind
        var sawLetter = false
        var index = resume ?? start
        scan: while index < text.count {
            let byte = text[index]
            if byte < 0x80 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    sawLetter = true
                    index += 1
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    index += 1
                case UInt8(ascii: "-"):
                    guard index > start, let next = wordStartClass(at: index + 1) else { break scan }
                    if next == .letter { kind = .word }
                    index += 1
                case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "/"):
                    guard kind == .number, !sawLetter, isDigit(text.byte(at: index - 1)),
                          isDigit(text.byte(at: index + 1)) else { break scan }
                    index += 2
                case UInt8(ascii: "'"):
                    switch apostrophe(at: index, length: 1, wordStart: start, kind: kind) {
                    case .continueAt(let next): index = next
                    case .stop: break scan
                    case .emitted(let next): return next
                    }
                case UInt8(ascii: "&"):
                    // "AT&T", "S&P", "Q&A"
                    guard index > start, isUppercase(text[index - 1]),
                          isUppercase(text.byte(at: index + 1)) else { break scan }
                    index += 2
                default:
                    break scan
                }
            } else {
                let (value, length) = text.decode(at: index)
                switch value {
                case 0x2019:
                    switch apostrophe(at: index, length: length, wordStart: start, kind: kind) {
                    case .continueAt(let next): index = next
                    case .stop: break scan
                    case .emitted(let next): return next
                    }
                case 0x2010, 0x2011:
                    guard index > start, let next = wordStartClass(at: index + length) else { break scan }
                    if next == .letter { kind = .word }
                    index += length
                case 0x2013:
                    // An en dash joins digits only: "2020–21".
                    guard kind == .number, !sawLetter, isDigit(text.byte(at: index - 1)),
                          isDigit(text.byte(at: index + length)) else { break scan }
                    index += length + 1
                default:
                    switch length == 1 && value == 0xFFFD ? .symbol : CharacterClass.of(value) {
                    case .letter:
                        sawLetter = true
                        index += length
                    case .digit, .mark:
                        index += length
                    case .format:
                        guard wordPartClass(at: index + length) != nil else { break scan }
                        index += length
                    default:
                        break scan
                    }
                }
            }
        }
        return finishWord(start: start, end: index, kind: kind)
    }

    /// Emits a scanned word or number, first checking whether it continues as an address, a
    /// dotted acronym or an abbreviation with its period.
    private mutating func finishWord(start: Int, end: Int, kind: TokenKind) -> Int {
        switch text.byte(at: end) {
        case UInt8(ascii: "."):
            if let (addressEnd, addressKind) = scanAddress(start: start, wordEnd: end) {
                emit(start, addressEnd, addressKind)
                return addressEnd
            }
            if kind == .word, let acronymEnd = acronymEnd(start: start, firstEnd: end) {
                emit(start, acronymEnd, .word)
                return acronymEnd
            }
            if kind == .word, keepsPeriod(start: start, end: end) {
                emit(start, end + 1, .word)
                return end + 1
            }
        case UInt8(ascii: "@"), UInt8(ascii: "_"), UInt8(ascii: "+"), UInt8(ascii: "%"),
             UInt8(ascii: ":"):
            if let (addressEnd, addressKind) = scanAddress(start: start, wordEnd: end) {
                emit(start, addressEnd, addressKind)
                return addressEnd
            }
        default:
            break
        }
        emit(start, end, kind)
        return end
    }

    /// "U.S.", "D.C.", "e.g.", "Ph.D.": two or more segments of one or two ASCII letters, each
    /// followed by a period. Returns the end after the last period.
    private func acronymEnd(start: Int, firstEnd: Int) -> Int? {
        guard firstEnd - start <= 2, (start..<firstEnd).allSatisfy({ isASCIILetter(text[$0]) }) else {
            return nil
        }
        var segments = 1
        var end = firstEnd + 1
        while true {
            var letters = end
            while letters < text.count, letters - end < 3, isASCIILetter(text[letters]) { letters += 1 }
            let length = letters - end
            guard length >= 1, length <= 2, text.byte(at: letters) == UInt8(ascii: ".") else { break }
            segments += 1
            end = letters + 1
        }
        return segments >= 2 ? end : nil
    }

    /// Whether the word before a period keeps it: a single capital initial ("J.") or a known
    /// abbreviation ("Mr.", "Dec."); "No."-style ones only before a number.
    private func keepsPeriod(start: Int, end: Int) -> Bool {
        if end - start == 1 { return isUppercase(text[start]) }
        guard end - start <= 8, let kind = Abbreviations.kind(text, start, end) else { return false }
        if kind == .beforeNumber {
            var next = end + 1
            while text.byte(at: next) == 0x20 { next += 1 }
            return isDigit(text.byte(at: next))
        }
        return true
    }

    // MARK: Apostrophes

    enum ApostropheOutcome {
        /// The apostrophe is inside the word ("O’Brien"): keep scanning here.
        case continueAt(Int)
        /// The word ends before the apostrophe.
        case stop
        /// The word and a clitic were emitted; resume here.
        case emitted(Int)
    }

    /// Decides what an apostrophe at `index` (of `length` bytes) does to the word being scanned.
    private mutating func apostrophe(at index: Int, length: Int, wordStart: Int, kind: TokenKind)
        -> ApostropheOutcome
    {
        let after = index + length
        // "don't" -> "do" "n't"
        if index - 1 > wordStart, text[index - 1] | 0x20 == UInt8(ascii: "n"),
           text.byte(at: after) | 0x20 == UInt8(ascii: "t"), wordPartClass(at: after + 1) == nil {
            emit(wordStart, index - 1, kind)
            emit(index - 1, after + 1, .word)
            return .emitted(after + 1)
        }
        if let cliticEnd = cliticEnd(after: after) {
            emit(wordStart, index, kind)
            emit(index, cliticEnd, .word)
            return .emitted(cliticEnd)
        }
        return wordStartClass(at: after) == .letter ? .continueAt(after) : .stop
    }

    /// The end of a clitic ('s 're 've 'll 'd 'm, any case) whose letters start at `after`.
    func cliticEnd(after: Int) -> Int? {
        var end = after
        while end < text.count, end - after < 3, isASCIILetter(text[end]) { end += 1 }
        guard end > after, wordPartClass(at: end) == nil else { return nil }
        let first = text[after] | 0x20
        switch end - after {
        case 1:
            return first == UInt8(ascii: "s") || first == UInt8(ascii: "d") || first == UInt8(ascii: "m")
                ? end : nil
        case 2:
            let second = text[after + 1] | 0x20
            let isClitic = (first == UInt8(ascii: "r") && second == UInt8(ascii: "e"))
                || (first == UInt8(ascii: "v") && second == UInt8(ascii: "e"))
                || (first == UInt8(ascii: "l") && second == UInt8(ascii: "l"))
            return isClitic ? end : nil
        default:
            return nil
        }
    }

    // MARK: Character tests

    /// The class at `index` if it can start a word part (a letter or a digit).
    @inline(__always) func wordStartClass(at index: Int) -> CharacterClass? {
        let (characterClass, _) = text.classify(at: index)
        return characterClass == .letter || characterClass == .digit ? characterClass : nil
    }

    /// The class at `index` if it continues a word (letter, digit or mark).
    @inline(__always) func wordPartClass(at index: Int) -> CharacterClass? {
        let (characterClass, _) = text.classify(at: index)
        return characterClass.isWordPart ? characterClass : nil
    }
}

@inline(__always) func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
}

@inline(__always) func isUppercase(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
}

@inline(__always) func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
}

@inline(__always) func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
    isASCIILetter(byte) || isDigit(byte)
}
