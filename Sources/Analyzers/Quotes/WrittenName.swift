import GlossKit

/// Names as strings: the entity step's names cleaned for use as speakers, and whether its
/// canonical name can stand for a mention as written (the rules are listed on `EntityNames`).
enum WrittenName {
    /// A name without stray quotation marks or punctuation at its ends.
    static func trimmed(_ name: String) -> String {
        let bytes = Array(name.utf8)
        guard let span = trimmed(Span(0, bytes.count), in: bytes) else { return "" }
        return String(decoding: bytes[span.range], as: UTF8.self)
    }

    /// The part of `span` from its first letter or digit to its last letter, digit or period
    /// (an entity that took a quotation mark along); nil when it holds none.
    static func trimmed(_ span: Span, in bytes: [UInt8]) -> Span? {
        var start = span.start
        var end = span.end
        while start < end {
            let (scalar, length) = UTF8Scalar.decode(bytes, at: start)
            if UTF8Scalar.isLetterOrDigit(scalar) { break }
            start += length
        }
        while end > start {
            let previous = UTF8Scalar.previousStart(bytes, before: end)
            let scalar = UTF8Scalar.decode(bytes, at: previous).0
            if UTF8Scalar.isLetterOrDigit(scalar) || scalar == 0x2E { break }
            end = previous
        }
        return start < end ? Span(start, end) : nil
    }

    /// A person's name without the titles an entity step may have kept in it
    /// ("Foreign Affairs Director Yang Jiechi" -> "Yang Jiechi").
    static func withoutTitles(_ name: String) -> String {
        var utf8Name = name
        if let fast = utf8Name.withUTF8({ asciiWithoutTitles($0) }) { return fast ?? name }
        let parts = name.split(separator: " ")
        guard let last = parts.indices.dropLast().last(where: {
            CueLexicon.titles.contains(parts[$0].lowercased().trimmingSuffix("."))
        }) else { return name }
        return parts[(last + 1)...].joined(separator: " ")
    }

    /// Whether a person's canonical name can be the person written `written`: a name (capitalised
    /// words, initials, name connectors) that ends with the written family name, or that starts
    /// with a written lone first name.
    static func personCanonical(_ canonical: String, fits written: String) -> Bool {
        let full = words(of: canonical)
        let short = words(of: written)
        guard let family = short.last(where: \.isWord)?.key, let last = full.last, last.isWord, full[0].isWord,
              full.allSatisfy({ $0.isWord ? $0.isCapitalized || $0.isA(.nameConnector) : $0.isMark(".") || $0.isMark("-") })
        else { return false }
        if sameKey(last.key, family) { return true }
        // "Hillary" -> "Hillary Clinton", but not "Trump" -> "Trump Says" from a headline.
        return short.count == 1 && sameKey(full[0].key, family)
            && !full.dropFirst().contains { $0.isA([.cue, .verbModifier, .capitalisedFunctionWord]) }
    }

    /// Whether an organisation's, place's or group's canonical name can be the one written
    /// `written`: no symbols in it, and it holds the written last word or spells it as an acronym.
    static func organisationCanonical(_ canonical: String, fits written: String) -> Bool {
        let full = words(of: canonical)
        let allowedMarks: [Unicode.Scalar] = [".", "-", "&", ","]
        guard full.allSatisfy({ $0.kind != .mark || allowedMarks.contains(where: $0.isMark) }),
              let short = words(of: written).last(where: { $0.kind != .mark }) else { return false }
        if full.contains(where: { $0.kind != .mark && sameKey($0.key, short.key) }) { return true }
        // "DNC" for "Democratic National Committee": the initials of the capitalised words.
        let letters = written.unicodeScalars.filter { $0 != "." }
        guard letters.count >= 2, letters.allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A }) else { return false }
        let initials = full.filter { $0.isWord && $0.isCapitalized }.compactMap { $0.key.unicodeScalars.first }
        return initials.count == letters.count
            && zip(initials, letters).allSatisfy { $0.value == $1.value | 0x20 }
    }

    private static func words(of name: String) -> [Word] {
        WordScanner.words(in: Array(name.utf8), Span(0, name.utf8.count))
    }

    /// Keys compared with a typewriter apostrophe and a curly one alike ("o'neill", "o’neill").
    private static func sameKey(_ one: String, _ other: String) -> Bool {
        one == other || straightApostrophes(one) == straightApostrophes(other)
    }

    private static func straightApostrophes(_ key: String) -> String {
        String(String.UnicodeScalarView(key.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }

    /// `withoutTitles` for an ASCII name, read on its bytes: nil when the name is not ASCII,
    /// .some(nil) when it has no title to strip.
    private static func asciiWithoutTitles(_ utf8: UnsafeBufferPointer<UInt8>) -> String?? {
        var parts: [Range<Int>] = []
        var index = 0
        while index < utf8.count {
            guard utf8[index] < 0x80 else { return nil }
            if utf8[index] == 0x20 {
                index += 1
                continue
            }
            let start = index
            while index < utf8.count, utf8[index] != 0x20 {
                guard utf8[index] < 0x80 else { return nil }
                index += 1
            }
            parts.append(start..<index)
        }
        guard let last = parts.indices.dropLast().last(where: { isTitle(utf8, parts[$0]) }) else { return .some(nil) }
        var result: [UInt8] = []
        for part in parts[(last + 1)...] {
            if !result.isEmpty { result.append(0x20) }
            result += utf8[part]
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// An ASCII word, lower-cased and without one trailing period, is a title.
    private static func isTitle(_ utf8: UnsafeBufferPointer<UInt8>, _ part: Range<Int>) -> Bool {
        guard part.count <= 32 else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var count = 0
            for byte in utf8[part] {
                buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                count += 1
            }
            if count > 0, buffer[count - 1] == UInt8(ascii: ".") { count -= 1 }
            return WordClass.of(UnsafeBufferPointer(rebasing: buffer[..<count])).contains(.title)
        }
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
