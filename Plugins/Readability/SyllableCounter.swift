/// Estimates English syllables from spelling, on UTF-8 bytes: vowel groups, minus the silent
/// endings of English ("make", "jumped", "makes"), with acronyms read letter by letter.
enum SyllableCounter {
    static func syllables(inWord bytes: ArraySlice<UInt8>) -> Int {
        if isSpelledOut(bytes) {
            return bytes.reduce(0) { $0 + (isLetter($1) ? 1 : 0) }
        }
        var total = 0
        var part = bytes.startIndex
        // Hyphenated compounds ("well-known") are counted part by part.
        for index in bytes.indices where bytes[index] == UInt8(ascii: "-") {
            total += syllables(inPart: bytes[part..<index])
            part = index + 1
        }
        total += syllables(inPart: bytes[part...])
        return max(1, total)
    }

    /// A number read aloud: about one syllable per digit of its integer part, at most three
    /// ("7" one, "45" three, "2020" read as "twenty twenty" four is counted three).
    static func syllables(inNumber bytes: ArraySlice<UInt8>) -> Int {
        var digits = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 { digits += 1 } else if byte == UInt8(ascii: ".") { break }
        }
        return min(3, max(1, digits))
    }

    private static func syllables(inPart bytes: ArraySlice<UInt8>) -> Int {
        // Lowercased letters only; a non-ASCII letter (é, ö) counts as a vowel, its continuation
        // bytes are skipped; apostrophes and periods are dropped.
        var letters: [UInt8] = []
        letters.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte >= 0x41 && byte <= 0x5A { letters.append(byte | 0x20) }
            else if byte >= 0x61 && byte <= 0x7A { letters.append(byte) }
            else if byte >= 0xC0 { letters.append(UInt8(ascii: "a")) }
        }
        guard !letters.isEmpty else { return 0 }

        var groups = 0
        var previousWasVowel = false
        for (index, letter) in letters.enumerated() {
            let vowel = isVowel(letter) || (letter == UInt8(ascii: "y") && index > 0)
            if vowel && !previousWasVowel { groups += 1 }
            previousWasVowel = vowel
        }
        let count = letters.count
        if groups > 1, count >= 3 {
            let last = letters[count - 1]
            let beforeLast = letters[count - 2]
            let third = letters[count - 3]
            if last == UInt8(ascii: "e"), !isVowel(beforeLast) {
                // "make" has one syllable, "table" two (consonant + le).
                let consonantLe = beforeLast == UInt8(ascii: "l") && !isVowel(third)
                if !consonantLe { groups -= 1 }
            } else if last == UInt8(ascii: "d"), beforeLast == UInt8(ascii: "e"), !isVowel(third),
                      third != UInt8(ascii: "t"), third != UInt8(ascii: "d") {
                groups -= 1  // "jumped", but "wanted"
            } else if last == UInt8(ascii: "s"), beforeLast == UInt8(ascii: "e"), !isVowel(third),
                      !sibilantBeforeEs(letters) {
                groups -= 1  // "makes", but "boxes", "places"
            }
        }
        return max(1, groups)
    }

    /// "boxes", "wishes", "places", "changes": the "es" is pronounced after a sibilant.
    private static func sibilantBeforeEs(_ letters: [UInt8]) -> Bool {
        let count = letters.count
        let third = letters[count - 3]
        if [UInt8(ascii: "s"), UInt8(ascii: "x"), UInt8(ascii: "z"), UInt8(ascii: "c"), UInt8(ascii: "g")].contains(third) { return true }
        return third == UInt8(ascii: "h") && count >= 4 && (letters[count - 4] == UInt8(ascii: "c") || letters[count - 4] == UInt8(ascii: "s"))
    }

    /// Acronyms are read letter by letter: all capitals with periods ("U.S."), or all capitals
    /// and at most three letters ("FBI", "UN").
    private static func isSpelledOut(_ bytes: ArraySlice<UInt8>) -> Bool {
        var letters = 0
        var periods = false
        for byte in bytes {
            if byte >= 0x41 && byte <= 0x5A { letters += 1 }
            else if byte == UInt8(ascii: ".") { periods = true }
            else { return false }
        }
        return letters >= 2 && (periods || letters <= 3)
    }

    private static func isVowel(_ letter: UInt8) -> Bool {
        switch letter {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): return true
        default: return false
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
