/// 64-bit hashing of feature names without building strings: a feature is a template number
/// combined with hashes of token properties. Stable across runs and platforms (model files store
/// these keys), unlike Swift's seeded `Hasher`.
enum FeatureHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a over bytes, folding ASCII letters to lower case when `lowercased` is set.
    @inline(__always)
    static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercased: Bool = false) -> UInt64 {
        var hash = seed
        for index in range {
            var byte = bytes[index]
            if lowercased, byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return finish(hash)
    }

    /// The hash of a string (for lexicon entries and fixed names).
    static func string(_ text: String, lowercased: Bool = false) -> UInt64 {
        var utf8 = Array(text.utf8)
        return utf8.withUnsafeMutableBufferPointer { buffer in
            bytes(UnsafeBufferPointer(buffer), 0..<buffer.count, lowercased: lowercased)
        }
    }

    /// Combines two hashes (order matters).
    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        finish(a &* 0x9E37_79B9_7F4A_7C15 ^ (b &+ 0x632B_E59B_D9B4_E019))
    }

    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        combine(combine(a, b), c)
    }

    /// A strong final mix (splitmix64) so that nearby inputs spread over the key space.
    @inline(__always)
    static func finish(_ value: UInt64) -> UInt64 {
        var x = value
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }
}
