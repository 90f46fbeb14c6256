/// How the text layer treats one Unicode scalar.
enum CharacterClass: UInt8 {
    /// Horizontal whitespace (space, tab, no-break space, ideographic space).
    case space
    /// A line terminator (LF, CR, VT, FF, NEL, line and paragraph separators).
    case lineBreak
    /// Letters of any script, and letter-like numbers ("½", "²").
    case letter
    /// Decimal digits of any script.
    case digit
    /// Combining marks: they continue whatever they follow.
    case mark
    /// Invisible format characters (joiners, soft hyphen, bidi marks): inside a word they continue
    /// it, elsewhere they are skipped.
    case format
    case punctuation
    case symbol
    /// Controls (NUL, DEL ...): never part of a token.
    case control

    /// Letters, digits and marks make up words.
    var isWordPart: Bool {
        self == .letter || self == .digit || self == .mark
    }
}

/// UTF-8 decoding and classification over a byte buffer. Every function accepts any offset in
/// `0..<count` and any bytes, valid UTF-8 or not: an ill-formed sequence reads as one byte of
/// class `.symbol`, so callers always make progress.
struct UTF8Bytes {
    let base: UnsafeBufferPointer<UInt8>
    var count: Int { base.count }

    @inline(__always) subscript(_ index: Int) -> UInt8 { base[index] }

    /// The byte at `index`, or 0 past the end (0 is a control, so it ends every scan).
    @inline(__always) func byte(at index: Int) -> UInt8 {
        index < base.count ? base[index] : 0
    }

    /// The scalar starting at `index` and its length in bytes. Ill-formed input yields
    /// (U+FFFD, 1).
    func decode(at index: Int) -> (value: UInt32, length: Int) {
        let lead = base[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return (0xFFFD, 1)
        }
        guard index + length <= base.count else { return (0xFFFD, 1) }
        for offset in 1..<length {
            let next = base[index + offset]
            guard next & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        // Overlong forms, surrogates and values past U+10FFFF are ill-formed.
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) {
            return (0xFFFD, 1)
        }
        return (value, length)
    }

    /// The class of the scalar at `index` and its length; `.control` with length 0 past the end.
    @inline(__always) func classify(at index: Int) -> (CharacterClass, length: Int) {
        guard index < base.count else { return (.control, 0) }
        let lead = base[index]
        if lead < 0x80 { return (CharacterClass.ascii(lead), 1) }
        let (value, length) = decode(at: index)
        if value == 0xFFFD && length == 1 { return (.symbol, 1) }
        return (CharacterClass.of(value), length)
    }

    /// The start of the scalar that ends at `end` (for walking backwards).
    func scalarStart(before end: Int) -> Int {
        var index = end - 1
        var steps = 0
        while index > 0, base[index] & 0xC0 == 0x80, steps < 3 {
            index -= 1
            steps += 1
        }
        // A lone continuation byte (ill-formed) counts as one scalar on its own.
        if base[index] < 0xC0 && base[index] >= 0x80 { return end - 1 }
        return index
    }
}

extension CharacterClass {
    @inline(__always) static func ascii(_ byte: UInt8) -> CharacterClass {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
        case 0x20, 0x09: return .space
        case 0x0A, 0x0B, 0x0C, 0x0D: return .lineBreak
        case 0x00...0x1F, 0x7F: return .control
        case UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "<"), UInt8(ascii: "="),
             UInt8(ascii: ">"), UInt8(ascii: "@"), UInt8(ascii: "\\"), UInt8(ascii: "^"),
             UInt8(ascii: "_"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return .symbol
        default: return .punctuation
        }
    }

    /// The class of a non-ASCII scalar. Frequent news characters (curly quotes, dashes, ellipsis,
    /// no-break space) are answered without a Unicode property lookup.
    static func of(_ value: UInt32) -> CharacterClass {
        switch value {
        case 0x2018...0x201F, 0x2013, 0x2014, 0x2026, 0xAB, 0xBB: return .punctuation
        case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x1680: return .space
        case 0x85, 0x2028, 0x2029: return .lineBreak
        // Letter blocks of frequent scripts: Latin, Greek, Cyrillic, kana, CJK ideographs, Hangul.
        case 0xC0...0x24F where value != 0xD7 && value != 0xF7: return .letter
        case 0x386, 0x388...0x3F5, 0x3F7...0x3FF, 0x400...0x481, 0x48A...0x52F: return .letter
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return .letter
        case 0x3001, 0x3002, 0xFF0C: return .punctuation
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return .symbol }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .letterNumber, .otherNumber:
            return .letter
        case .decimalNumber: return .digit
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .format: return .format
        case .spaceSeparator: return .space
        case .lineSeparator, .paragraphSeparator: return .lineBreak
        case .control: return .control
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
             .surrogate, .privateUse, .unassigned:
            return .symbol
        @unknown default: return .symbol
        }
    }
}

/// Letter case of the first scalar of a byte range, for sentence-start decisions.
enum LetterCase {
    case upper, lower, uncased

    static func of(_ bytes: UTF8Bytes, at index: Int) -> LetterCase {
        guard index < bytes.count else { return .uncased }
        let lead = bytes[index]
        if lead < 0x80 {
            if lead >= UInt8(ascii: "A") && lead <= UInt8(ascii: "Z") { return .upper }
            if lead >= UInt8(ascii: "a") && lead <= UInt8(ascii: "z") { return .lower }
            return .uncased
        }
        let (value, _) = bytes.decode(at: index)
        guard let scalar = Unicode.Scalar(value) else { return .uncased }
        let properties = scalar.properties
        if properties.isUppercase || properties.generalCategory == .titlecaseLetter { return .upper }
        if properties.isLowercase { return .lower }
        return .uncased
    }
}
