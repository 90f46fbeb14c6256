import GlossKit

/// Whether a phrase tagged as a person is written the way a person's name is, and where its
/// family name is. A canonical name is what the quotes and sentiment steps report for every
/// mention linked to it, so a short mention is only linked to a phrase that is a name: not a
/// headline ("Donald Trump Is Right", "Senator Says"), a pairing ("Trump vs. Clinton") or a
/// tweet's ticker ("Warren.$WFC").
///
/// A name is capitalised name words (any words in scripts without capitals), initials ("J.",
/// "G", "J.R."), lower-case particles inside it ("de", "van", "von der", "bin", "al-Assad"),
/// hyphens and apostrophes within words, and a generational suffix at its end ("Jr.", "III");
/// no digits or other symbols, no line break, and no function word or headline verb ("Is",
/// "And", "Says", "Speaks", "vs.").
struct PersonNameShape {
    let tokens: [TokenForm]
    let bytes: [UInt8]

    /// The token index of the family name of `range` (its last name word, before any suffix),
    /// or nil when the phrase is not written as a person's name.
    func familyName(of range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        var family: Int?
        var suffixed = false
        for index in range {
            if index > range.lowerBound, !isNameGap(tokens[index - 1].end..<tokens[index].start) { return nil }
            let token = tokens[index]
            guard token.hasLetter else {
                // "." after an initial or a suffix, a hyphen joining two words.
                guard isJoiningMark(index, in: range) else { return nil }
                continue
            }
            guard hasOnlyNameCharacters(token) else { return nil }
            // Scripts without capitals (Hebrew, Arabic, Indic, CJK, Hangul) write names in plain letters.
            if !token.isCapitalized, bytes[token.start] >= 0xD6 {
                family = index
                continue
            }
            if !token.isCapitalized {
                // Particles sit inside a name ("Ursula von der Leyen") or open its last word ("al-Assad").
                guard index > range.lowerBound, PersonNameShape.particles.contains(token.lower)
                        && index + 1 < range.upperBound || isParticleJoined(token) else { return nil }
                if isParticleJoined(token) { family = index }
                continue
            }
            if index > range.lowerBound, PersonNameShape.suffixes.contains(trimmedKey(token)) {
                suffixed = true
                continue
            }
            guard !suffixed, !FunctionWords.keys.contains(token.lower) || PersonNameShape.namesAmongFunctionWords.contains(token.lower),
                  !FunctionWords.calendar.contains(token.lower),
                  !PersonNameShape.notNames.contains(trimmedKey(token)) else { return nil }
            if !isInitial(index) { family = index }
        }
        // A name ends with a word, not an initial ("Mark Z.").
        guard let found = family, !(found + 1..<range.upperBound).contains(where: isInitial) else { return nil }
        return found
    }

    /// "J", "J." (one token or two), "J.R.": capital letters each followed by a period.
    func isInitial(_ index: Int) -> Bool {
        let token = tokens[index]
        let length = token.end - token.start
        guard token.isCapitalized else { return false }
        if length == 1 { return bytes[token.start] >= 0x41 && bytes[token.start] <= 0x5A }
        guard length % 2 == 0 else { return false }
        for offset in stride(from: token.start, to: token.end, by: 2)
        where !(bytes[offset] >= 0x41 && bytes[offset] <= 0x5A && bytes[offset + 1] == UInt8(ascii: ".")) {
            return false
        }
        return true
    }

    /// Spaces between the words of a name: no line break, no tab, no punctuation.
    private func isNameGap(_ gap: Range<Int>) -> Bool {
        var offset = gap.lowerBound
        while offset < gap.upperBound {
            if bytes[offset] == 0x20 {
                offset += 1
            } else if bytes[offset] == 0xC2, offset + 1 < gap.upperBound, bytes[offset + 1] == 0xA0 {
                offset += 2
            } else {
                return false
            }
        }
        return true
    }

    private func isJoiningMark(_ index: Int, in range: Range<Int>) -> Bool {
        let token = tokens[index]
        guard index > range.lowerBound, token.start == tokens[index - 1].end else { return false }
        let first = bytes[token.start]
        if token.end - token.start == 1 && first == UInt8(ascii: ".") {
            // Only after an initial or an abbreviated suffix, and never inside a word ("Warren.$WFC").
            let previous = index - 1
            let afterAbbreviation = isInitial(previous) || PersonNameShape.suffixes.contains(tokens[previous].lower)
            let nextAttached = index + 1 < range.upperBound && tokens[index + 1].start == token.end
            return afterAbbreviation && !nextAttached
        }
        if token.end - token.start == 1 && first == UInt8(ascii: "-") {
            return index + 1 < range.upperBound && tokens[index + 1].start == token.end
        }
        return false
    }

    /// Letters, apostrophes, hyphens and a final period; nothing else of ASCII, and no
    /// punctuation or symbols from Latin-1 (U+0080-U+00BF) or General Punctuation but
    /// apostrophes and hyphens.
    private func hasOnlyNameCharacters(_ token: TokenForm) -> Bool {
        var offset = token.start
        while offset < token.end {
            let byte = bytes[offset]
            switch byte {
            case 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "'"), UInt8(ascii: "-"):
                offset += 1
            case UInt8(ascii: "."):
                // "J.", "Jr.", "St.": a period closes the word, or follows each of several initials ("J.R.").
                guard offset + 1 == token.end || offset > token.start && bytes[offset - 1] >= 0x41 && bytes[offset - 1] <= 0x5A
                else { return false }
                offset += 1
            case 0xC2:
                return false
            case 0xE2:
                // ’ (E2 80 99), ‐ and ‑ (E2 80 90/91) only.
                guard offset + 2 < token.end, bytes[offset + 1] == 0x80,
                      [0x99, 0x90, 0x91].contains(bytes[offset + 2]) else { return false }
                offset += 3
            case 0xC3...0xDF, 0xE0...0xE1, 0xE3...0xEF, 0x80...0xBF:
                // Letters of other scripts and Latin letters with accents (their continuation bytes too).
                if byte == 0xC3, offset + 1 < token.end, bytes[offset + 1] == 0x97 || bytes[offset + 1] == 0xB7 { return false }
                offset += 1
            default:
                return false
            }
        }
        return true
    }

    /// "al-Assad", "bin-Salman", "el-Sisi": a particle joined by a hyphen to a capitalised word.
    private func isParticleJoined(_ token: TokenForm) -> Bool {
        guard let hyphen = bytes[token.start..<token.end].firstIndex(of: UInt8(ascii: "-")),
              hyphen + 1 < token.end, bytes[hyphen + 1] >= 0x41, bytes[hyphen + 1] <= 0x5A else { return false }
        return PersonNameShape.joinedParticles.contains(hash(token.start..<hyphen))
    }

    /// The lower-case key without a final period ("Jr." -> "jr", "vs." -> "vs").
    private func trimmedKey(_ token: TokenForm) -> UInt64 {
        guard bytes[token.end - 1] == UInt8(ascii: "."), token.end - token.start > 1 else { return token.lower }
        return hash(token.start..<(token.end - 1))
    }

    private func hash(_ range: Range<Int>) -> UInt64 {
        bytes.withUnsafeBufferPointer { FeatureHash.bytes($0, range, lowercased: true) }
    }

    private static let particles = KeySet([
        "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von",
        "ter", "ten", "zu", "bin", "ibn", "ben", "al", "el", "y", "e", "st",
    ].map { FeatureHash.string($0) })

    private static let joinedParticles = KeySet(["al", "el", "bin", "ibn", "abu", "abd", "ul", "ud"].map { FeatureHash.string($0) })

    /// Function words that are also names ("Theresa May", "Will Smith", "Thomas More", "Peter Such").
    private static let namesAmongFunctionWords = KeySet(["may", "will", "more", "such", "still", "soon", "even", "near"]
        .map { FeatureHash.string($0) })

    static let suffixes = KeySet(["jr", "sr", "ii", "iii", "iv"].map { FeatureHash.string($0) })

    /// Capitalised words of headlines and pairings that are no part of a name: verbs of
    /// speech and news, and "versus" ("Said" is left out: it is also a name, "Edward Said").
    static let notNames = KeySet([
        "vs", "v", "versus", "via", "plus", "says", "speaks", "spoke", "talks", "tells", "told",
        "asks", "gives", "gets", "makes", "takes", "wins", "loses", "slams", "blasts", "rips", "hits", "calls",
        "urges", "warns", "vows", "denies", "admits", "defends", "responds", "reveals", "explains", "claims",
        "accuses", "attacks", "backs", "endorses", "rejects", "announces", "launches", "meets", "visits",
        "leads", "trails", "leaves", "quits", "returns", "goes", "comes", "wants", "needs", "thinks", "knows",
        "isn't", "wasn't", "won't", "can't", "doesn't", "didn't", "don't",
    ].map { FeatureHash.string($0) })
}
