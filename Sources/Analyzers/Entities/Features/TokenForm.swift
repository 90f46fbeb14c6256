import GlossKit

/// What the tagger knows about one token before looking at its neighbours: where it is, hashes
/// of its spellings and shape, and its letter case. Computed once per token from UTF-8 bytes.
struct TokenForm: Sendable {
    var start: Int
    var end: Int
    /// Hash of the exact spelling.
    var word: UInt64
    /// Hash of the lower-cased spelling (ASCII folding; other scripts as written).
    var lower: UInt64
    /// Hash of the shape with runs capped at four ("Xxxxx", "dd-dd", "X.X.").
    var shape: UInt64
    /// Hash of the shape with every run collapsed ("Xx", "d-d", "X.X.").
    var shortShape: UInt64
    /// Hash of the lower-cased spelling with apostrophes normalised, for the document's memory.
    var key: UInt64
    var flags: Flags

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// First letter is upper case.
        static let capitalized = Flags(rawValue: 1)
        /// Has letters and none of them is lower case.
        static let allCaps = Flags(rawValue: 2)
        static let hasLetter = Flags(rawValue: 4)
        static let hasDigit = Flags(rawValue: 8)
        /// Starts with a lower-case letter.
        static let lowerInitial = Flags(rawValue: 16)
        /// Has an upper-case letter anywhere ("McDonald", "post-Soviet", "iPhone").
        static let hasUpper = Flags(rawValue: 32)
    }

    var isCapitalized: Bool { flags.contains(.capitalized) }
    var isAllCaps: Bool { flags.contains(.allCaps) }
    var hasLetter: Bool { flags.contains(.hasLetter) }

    init(start: Int, end: Int, bytes: UnsafeBufferPointer<UInt8>) {
        self.start = start
        self.end = end
        // The spelling hashes (`FeatureHash.bytes`, exact and case-folded) are made in the
        // same pass as the shape, then finished below.
        var wordHash = FeatureHash.seed
        var lowerHash = FeatureHash.seed
        var fullShape = FeatureHash.seed
        var collapsed = FeatureHash.seed
        var keyHash = FeatureHash.seed
        var previousClass: UInt8 = 0
        var runLength = 0
        var flags: Flags = []
        var sawLower = false
        var index = start
        while index < end {
            let (scalar, length) = TokenForm.decode(bytes, at: index, end: end)
            let shapeClass = TokenForm.shapeClass(of: scalar)
            if shapeClass == UInt8(ascii: "X") || shapeClass == UInt8(ascii: "x") {
                if !flags.contains(.hasLetter) {
                    flags.insert(shapeClass == UInt8(ascii: "X") ? .capitalized : .lowerInitial)
                }
                flags.insert(.hasLetter)
                if shapeClass == UInt8(ascii: "X") { flags.insert(.hasUpper) }
                if shapeClass == UInt8(ascii: "x") { sawLower = true }
            } else if shapeClass == UInt8(ascii: "d") {
                flags.insert(.hasDigit)
            }
            if shapeClass == previousClass {
                runLength += 1
            } else {
                runLength = 1
                collapsed = (collapsed ^ UInt64(shapeClass)) &* 0x100_0000_01b3
            }
            if runLength <= 4 { fullShape = (fullShape ^ UInt64(shapeClass)) &* 0x100_0000_01b3 }
            previousClass = shapeClass

            let apostrophe = shapeClass == UInt8(ascii: "'")
            if apostrophe { keyHash = (keyHash ^ UInt64(UInt8(ascii: "'"))) &* 0x100_0000_01b3 }
            for offset in index..<(index + length) {
                let byte = bytes[offset]
                var folded = byte
                if byte >= 0x41, byte <= 0x5A { folded |= 0x20 }
                wordHash = (wordHash ^ UInt64(byte)) &* 0x100_0000_01b3
                lowerHash = (lowerHash ^ UInt64(folded)) &* 0x100_0000_01b3
                if !apostrophe { keyHash = (keyHash ^ UInt64(folded)) &* 0x100_0000_01b3 }
            }
            index += length
        }
        if flags.contains(.hasLetter) && !sawLower { flags.insert(.allCaps) }
        self.flags = flags
        word = FeatureHash.finish(wordHash)
        lower = FeatureHash.finish(lowerHash)
        shape = FeatureHash.finish(fullShape)
        shortShape = FeatureHash.finish(collapsed)
        key = FeatureHash.finish(keyHash)
    }

    /// The shape character of a scalar: X upper, x lower (or caseless letter), d digit, ' for
    /// apostrophes, ASCII punctuation as itself, o for any other symbol.
    @inline(__always)
    static func shapeClass(of scalar: Unicode.Scalar) -> UInt8 {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            switch byte {
            case 0x41...0x5A: return UInt8(ascii: "X")
            case 0x61...0x7A: return UInt8(ascii: "x")
            case 0x30...0x39: return UInt8(ascii: "d")
            default: return byte
            }
        }
        if value == 0x2019 || value == 0x2018 { return UInt8(ascii: "'") }
        let properties = scalar.properties
        if properties.isUppercase { return UInt8(ascii: "X") }
        if properties.isAlphabetic { return UInt8(ascii: "x") }
        return UInt8(ascii: "o")
    }

    /// Decodes one scalar; invalid or truncated sequences count as one replacement character.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= end else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = (value << 6) | (UInt32(bytes[index + offset]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
