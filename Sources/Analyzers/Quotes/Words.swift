import GlossKit

/// One word or punctuation mark of the text around a quotation, as the attribution patterns see
/// it. Words keep inner apostrophes and hyphens ("Clinton’s", "vice-presidential"); every other
/// non-space character is a mark of its own.
struct Word: Sendable {
    enum Kind: UInt8, Sendable {
        case word
        case number
        case mark
    }

    var span: Span
    var kind: Kind
    /// The text, lower-cased (ASCII letters only) and with a possessive ending removed:
    /// what lexicon look-ups compare against.
    var key: String
    /// The first letter is upper case.
    var isCapitalized: Bool
    /// The word ends in ’s, 's or a bare ’ after s ("Clinton’s", "Clintons’").
    var isPossessive: Bool
    /// For marks: the scalar value.
    var scalar: UInt32
    /// The end of the word without a possessive ending ("Clinton" in "Clinton’s").
    var stemEnd: Int
    /// The lexicon classes of `key`.
    var classes: WordClass = []
    /// The number of characters in `key` (`key.count`, counted once).
    var keyCount: Int = 0

    var isWord: Bool { kind == .word }
    func isA(_ wordClass: WordClass) -> Bool { !classes.isDisjoint(with: wordClass) }
    /// `key == word` for a lower-case ASCII `word`, with the length compared first (most keys differ in length).
    func hasKey(_ word: String) -> Bool { keyCount == word.utf8.count && key == word }
    /// `key.contains(".")`, read from the class bits when the key is ASCII.
    var keyHasPeriod: Bool { classes.contains(.ascii) ? classes.contains(.hasPeriod) : key.contains(".") }
    /// `key.contains("-")`, read from the class bits when the key is ASCII.
    var keyHasHyphen: Bool { classes.contains(.ascii) ? classes.contains(.hasHyphen) : key.contains("-") }
    func isMark(_ character: Unicode.Scalar) -> Bool { kind == .mark && scalar == character.value }
}

/// Splits stretches of UTF-8 bytes into `Word`s. Independent of the shared tokenizer because the
/// attribution patterns need apostrophes inside words and quotation marks as marks of their own.
enum WordScanner {
    static func words(in bytes: [UInt8], _ span: Span) -> [Word] {
        // On the raw buffer: every byte of every paragraph up to the last quotation passes here.
        bytes.withUnsafeBufferPointer { words(in: $0, span) }
    }

    private static func words(in bytes: UnsafeBufferPointer<UInt8>, _ span: Span) -> [Word] {
        let table = WordClass.table
        var result: [Word] = []
        result.reserveCapacity(span.length / 5 + 4)
        var index = span.start
        let end = span.end
        while index < end {
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            if UTF8Scalar.isSpace(scalar) {
                index += length
                continue
            }
            if UTF8Scalar.isLetterOrDigit(scalar) {
                let start = index
                index += length
                var allDigits = UTF8Scalar.isDigit(scalar)
                while index < end {
                    let (next, nextLength) = UTF8Scalar.decode(bytes, at: index)
                    if UTF8Scalar.isLetterOrDigit(next) {
                        allDigits = allDigits && UTF8Scalar.isDigit(next)
                        index += nextLength
                        continue
                    }
                    // Inner joiners: apostrophes, hyphens, and periods or commas between digits.
                    if UTF8Scalar.isApostrophe(next) || next == 0x2D {
                        let after = index + nextLength
                        if after < end, UTF8Scalar.isLetterOrDigit(UTF8Scalar.decode(bytes, at: after).0) {
                            index = after
                            continue
                        }
                        // Plural possessive "Clintons’".
                        if UTF8Scalar.isApostrophe(next), bytes[index - 1] == UInt8(ascii: "s") {
                            index = after
                        }
                        break
                    }
                    if (next == 0x2E || next == 0x2C) && allDigits {
                        let after = index + 1
                        if after < end, UTF8Scalar.isDigit(UTF8Scalar.decode(bytes, at: after).0) {
                            index = after
                            continue
                        }
                    }
                    // "U.S." and initials keep their periods.
                    if next == 0x2E, index - start <= 2 || bytes[index - 2] == 0x2E {
                        let after = index + 1
                        if after < end, UTF8Scalar.isUpperASCII(bytes[after]), index - start == 1 || bytes[index - 2] == 0x2E {
                            index = after
                            continue
                        }
                    }
                    break
                }
                result.append(makeWord(bytes, Span(start, index), digits: allDigits, table: table))
            } else {
                result.append(Word(span: Span(index, index + length), kind: .mark, key: "",
                                   isCapitalized: false, isPossessive: false, scalar: scalar, stemEnd: index + length))
                index += length
            }
        }
        return result
    }

    private static func makeWord(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span, digits: Bool, table: ByteKeyTable) -> Word {
        var keyEnd = span.end
        var possessive = false
        // Strip ’s / 's / trailing ’.
        if span.length > 2, bytes[span.end - 1] == UInt8(ascii: "s") || bytes[span.end - 1] == UInt8(ascii: "S") {
            if bytes[span.end - 2] == 0x27 {
                keyEnd = span.end - 2
                possessive = true
            } else if span.length > 4, bytes[span.end - 4] == 0xE2, bytes[span.end - 3] == 0x80, bytes[span.end - 2] == 0x99 {
                keyEnd = span.end - 4
                possessive = true
            }
        }
        if !possessive, span.length > 3, bytes[span.end - 3] == 0xE2, bytes[span.end - 2] == 0x80, bytes[span.end - 1] == 0x99 {
            keyEnd = span.end - 3
            possessive = true
        } else if !possessive, span.length > 1, bytes[span.end - 1] == 0x27 {
            keyEnd = span.end - 1
            possessive = true
        }
        // One pass lower-cases the key into two packed words (the lexicon's key form) and notes
        // what the patterns ask of it later; a short ASCII key becomes its String from the packed
        // words, without an intermediate array.
        let length = keyEnd - span.start
        var low: UInt64 = 0
        var high: UInt64 = 0
        var ascii = true
        var period = false
        var hyphen = false
        for offset in 0..<length {
            var byte = bytes[span.start + offset]
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            ascii = ascii && byte < 0x80
            period = period || byte == 0x2E
            hyphen = hyphen || byte == 0x2D
            if offset < 8 {
                low |= UInt64(byte) << UInt64(8 * offset)
            } else if offset < 16 {
                high |= UInt64(byte) << UInt64(8 * (offset - 8))
            }
        }
        var classes = length <= 16 ? table.classes(low: low, high: high) : []
        if length >= 2, bytes[keyEnd - 2] | 0x20 == UInt8(ascii: "l"), bytes[keyEnd - 1] | 0x20 == UInt8(ascii: "y") {
            classes.insert(.endsInLy)
        }
        let key: String
        if ascii, length <= 16 {
            let packed = (low.littleEndian, high.littleEndian)
            key = withUnsafeBytes(of: packed) { String(decoding: UnsafeRawBufferPointer(rebasing: $0[..<length]), as: UTF8.self) }
        } else {
            key = String(unsafeUninitializedCapacity: length) { buffer in
                for offset in 0..<length {
                    let byte = bytes[span.start + offset]
                    buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                }
                return length
            }
        }
        // Counted in characters, as `String.count` does; an ASCII key has one per byte.
        let keyCount = ascii ? length : key.count
        if ascii {
            classes.insert(.ascii)
            if period { classes.insert(.hasPeriod) }
            if hyphen { classes.insert(.hasHyphen) }
        }
        let first = UTF8Scalar.decode(bytes, at: span.start).0
        let capitalized = first < 0x80 ? UTF8Scalar.isUpperASCII(UInt8(first))
            : (Unicode.Scalar(first)?.properties.isUppercase ?? false)
        return Word(span: span, kind: digits ? .number : .word, key: key,
                    isCapitalized: capitalized, isPossessive: possessive, scalar: 0, stemEnd: keyEnd, classes: classes,
                    keyCount: keyCount)
    }
}

/// Scalar-level classification of UTF-8 text, without building `Character`s.
enum UTF8Scalar {
    /// The scalar starting at `index` and its length in bytes (invalid bytes decode as themselves).
    static func decode<Bytes: RandomAccessCollection>(_ bytes: Bytes, at index: Int) -> (UInt32, Int)
        where Bytes.Element == UInt8, Bytes.Index == Int {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return (UInt32(lead), 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            value = (value << 6) | (UInt32(bytes[index + offset]) & 0x3F)
        }
        return (value, length)
    }

    /// The start of the scalar that ends just before `index`.
    static func previousStart(_ bytes: [UInt8], before index: Int) -> Int {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    static func isSpace(_ scalar: UInt32) -> Bool {
        scalar == 0x20 || scalar == 0x0A || scalar == 0x09 || scalar == 0x0D || scalar == 0xA0
            || (scalar >= 0x2000 && scalar <= 0x200B) || scalar == 0x202F || scalar == 0x3000 || scalar == 0xFEFF
    }

    static func isDigit(_ scalar: UInt32) -> Bool { scalar >= 0x30 && scalar <= 0x39 }

    static func isUpperASCII(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    static func isLetterOrDigit(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 {
            return (scalar >= 0x30 && scalar <= 0x39) || (scalar >= 0x41 && scalar <= 0x5A) || (scalar >= 0x61 && scalar <= 0x7A)
        }
        if scalar < 0xC0 || scalar == 0xD7 || scalar == 0xF7 { return false }
        if scalar >= 0x2000 && scalar <= 0x2BFF { return false }  // punctuation, symbols, arrows
        if scalar >= 0x3000 && scalar <= 0x303F { return false }
        if scalar >= 0xFE30 && scalar <= 0xFE6F { return false }
        if scalar >= 0xFF00 && scalar <= 0xFF0F { return false }
        if scalar >= 0x1F000 { return false }  // emoji
        return true
    }

    static func isApostrophe(_ scalar: UInt32) -> Bool { scalar == 0x27 || scalar == 0x2019 }
}
