/// Punctuation, symbols, emoticons, emoji, @handles and #hashtags.
extension TokenScanner {
    /// Scans punctuation starting at `start` (a scalar of `length` bytes) and returns where
    /// scanning resumes.
    mutating func scanPunctuation(at start: Int, length: Int) -> Int {
        var end = start + length
        switch text[start] {
        case UInt8(ascii: "."):
            // ".496" (a batting average) is a number.
            if isDigit(text.byte(at: end)), start == 0 || !isASCIIAlphanumeric(text[start - 1]) {
                return scanWord(from: start, kind: .number, resumingAt: end)
            }
            while text.byte(at: end) == UInt8(ascii: ".") { end += 1 }
        case UInt8(ascii: "-"):
            while text.byte(at: end) == UInt8(ascii: "-") { end += 1 }
        case UInt8(ascii: ":"), UInt8(ascii: ";"):
            if let emoticon = emoticonEnd(at: start) {
                emit(start, emoticon, .symbol)
                return emoticon
            }
        case UInt8(ascii: "'"):
            if let next = scanLeadingApostrophe(at: start, length: 1) { return next }
        case 0xE2 where length == 3 && text[start + 1] == 0x80 && text[start + 2] == 0x99:
            if let next = scanLeadingApostrophe(at: start, length: 3) { return next }
        default:
            break
        }
        end = absorbMarks(from: end)
        emit(start, end, .punctuation)
        return end
    }

    /// An apostrophe that starts a token: a clitic after a word ("U.S.’s", or pre-tokenised
    /// "Britain 's") or a decade ("’90s"). Emits it and returns where scanning resumes, or nil for
    /// a plain quote mark.
    private mutating func scanLeadingApostrophe(at start: Int, length: Int) -> Int? {
        let after = start + length
        if let last = tokens.last, last.kind == .word || last.kind == .number,
           (last.span.end..<start).allSatisfy({ text[$0] == 0x20 || text[$0] == 0x09 }),
           let end = cliticEnd(after: after) {
            emit(start, end, .word)
            return end
        }
        if isDigit(text.byte(at: after)), isDigit(text.byte(at: after + 1)) {
            var end = after + 2
            if text.byte(at: end) == UInt8(ascii: "s") { end += 1 }
            guard wordPartClass(at: end) == nil else { return nil }
            emit(start, end, .number)
            return end
        }
        return nil
    }

    /// Scans a symbol starting at `start` and returns where scanning resumes.
    mutating func scanSymbol(at start: Int, length: Int) -> Int {
        let byte = text[start]
        if byte < 0x80 {
            switch byte {
            case UInt8(ascii: "@"), UInt8(ascii: "#"):
                if let end = tagEnd(at: start) {
                    emit(start, end, .word)
                    return end
                }
            case UInt8(ascii: "="), UInt8(ascii: "<"):
                if let end = emoticonEnd(at: start) {
                    emit(start, end, .symbol)
                    return end
                }
            default:
                break
            }
            let end = absorbMarks(from: start + 1)
            emit(start, end, .symbol)
            return end
        }
        let end = emojiSequenceEnd(start: start, length: length)
        emit(start, end, .symbol)
        return end
    }

    /// Marks, variation selectors and emoji modifiers right after a mark or symbol belong to it.
    private func absorbMarks(from start: Int) -> Int {
        var end = start
        while end < text.count, text[end] >= 0x80 {
            let (value, length) = text.decode(at: end)
            guard CharacterClass.of(value) == .mark || isEmojiModifier(value) else { break }
            end += length
        }
        return end
    }

    /// The end of an emoji sequence: modifiers, variation selectors, keycaps, tags, a second
    /// regional indicator (flags) and zero-width-joined symbols stay in one token.
    private func emojiSequenceEnd(start: Int, length: Int) -> Int {
        let (first, _) = text.decode(at: start)
        var end = start + length
        if isRegionalIndicator(first), end < text.count {
            let (value, nextLength) = text.decode(at: end)
            if isRegionalIndicator(value) { end += nextLength }
        }
        while end < text.count, text[end] >= 0x80 {
            let (value, nextLength) = text.decode(at: end)
            if isEmojiModifier(value) || (0xE0020...0xE007F).contains(value)
                || CharacterClass.of(value) == .mark {
                end += nextLength
            } else if value == 0x200D, end + nextLength < text.count,
                      text[end + nextLength] >= 0x80,
                      case let (joined, joinedLength) = text.decode(at: end + nextLength),
                      CharacterClass.of(joined) == .symbol {
                end += nextLength + joinedLength
            } else {
                break
            }
        }
        return end
    }

    /// "@handle" or "#hashtag" (a hashtag needs a letter: "#1" is a symbol and a number).
    private func tagEnd(at start: Int) -> Int? {
        var end = start + 1
        var sawLetter = false
        while end < text.count {
            let (characterClass, length) = text.classify(at: end)
            if characterClass == .letter {
                sawLetter = true
            } else if !(characterClass == .digit || characterClass == .mark
                        || text[end] == UInt8(ascii: "_")) {
                break
            }
            end += length
        }
        guard end > start + 1 else { return nil }
        return text[start] == UInt8(ascii: "#") && !sawLetter ? nil : end
    }

    /// Western emoticons: eyes `:` `;` `=`, an optional nose `-` `'` `^`, a mouth, and no letter
    /// or digit right after (":)", ":-(", ";D", ":'(", "=P", ":)))"); also "<3" and "</3".
    func emoticonEnd(at start: Int) -> Int? {
        let eyes = text[start]
        if eyes == UInt8(ascii: "<") {
            var end = start + 1
            if text.byte(at: end) == UInt8(ascii: "/") { end += 1 }
            guard text.byte(at: end) == UInt8(ascii: "3") else { return nil }
            end += 1
            return wordPartClass(at: end) == nil ? end : nil
        }
        var end = start + 1
        switch text.byte(at: end) {
        case UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "^"): end += 1
        default: break
        }
        let mouth = text.byte(at: end)
        switch mouth {
        case UInt8(ascii: ")"), UInt8(ascii: "("), UInt8(ascii: "]"), UInt8(ascii: "["):
            end += 1
            while text.byte(at: end) == mouth { end += 1 }
        case UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "*"),
             UInt8(ascii: "$"), UInt8(ascii: "@"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            end += 1
            // ":/" must not be the start of "://" (a URL fragment).
            if text.byte(at: end) == UInt8(ascii: "/") { return nil }
        case UInt8(ascii: "D"), UInt8(ascii: "P"), UInt8(ascii: "p"), UInt8(ascii: "O"),
             UInt8(ascii: "o"), UInt8(ascii: "S"), UInt8(ascii: "s"), UInt8(ascii: "X"),
             UInt8(ascii: "x"), UInt8(ascii: "3"):
            // A letter mouth after a word would be "Note:Perhaps": require a boundary before.
            if start > 0, isASCIIAlphanumeric(text[start - 1]) { return nil }
            end += 1
        default:
            return nil
        }
        return wordPartClass(at: end) == nil ? end : nil
    }
}

@inline(__always) func isEmojiModifier(_ value: UInt32) -> Bool {
    (0x1F3FB...0x1F3FF).contains(value)
}

@inline(__always) func isRegionalIndicator(_ value: UInt32) -> Bool {
    (0x1F1E6...0x1F1FF).contains(value)
}
