/// URLs, e-mail addresses and bare domain names.
extension TokenScanner {
    /// Tries to read an address starting at the word `start..<wordEnd`. Returns its end and kind:
    /// `.symbol` for a URL or e-mail address, `.word` for a bare domain name ("Amazon.com", which
    /// news text uses as a name).
    func scanAddress(start: Int, wordEnd: Int) -> (Int, TokenKind)? {
        if text.byte(at: wordEnd) == UInt8(ascii: ":") {
            guard isScheme(start, wordEnd), text.byte(at: wordEnd + 1) == UInt8(ascii: "/"),
                  text.byte(at: wordEnd + 2) == UInt8(ascii: "/"),
                  let end = urlEnd(from: wordEnd + 3) else { return nil }
            return (end, .symbol)
        }
        guard (start..<wordEnd).allSatisfy({ text[$0] < 0x80 }) else { return nil }

        var localEnd = start
        // Bounded (addresses are short) so that a long run like "ab.abc.ab.abc..." stays linear.
        while localEnd < text.count, localEnd - start < Self.maximumLength,
              isLocalPartByte(text[localEnd]) { localEnd += 1 }
        if text.byte(at: localEnd) == UInt8(ascii: "@"), let domain = domainEnd(from: localEnd + 1) {
            return (domain.end, .symbol)
        }

        guard let domain = domainEnd(from: start), domain.labels >= 2, isKnownTopLevel(domain.lastLabel)
        else { return nil }
        let isWWW = domain.end - start > 4 && text[start] | 0x20 == UInt8(ascii: "w")
            && text[start + 1] | 0x20 == UInt8(ascii: "w") && text[start + 2] | 0x20 == UInt8(ascii: "w")
            && text[start + 3] == UInt8(ascii: ".")
        if text.byte(at: domain.end) == UInt8(ascii: "/"), let end = urlEnd(from: domain.end) {
            return (end, .symbol)
        }
        return (domain.end, isWWW ? .symbol : .word)
    }

    private func isScheme(_ start: Int, _ end: Int) -> Bool {
        let length = end - start
        guard length >= 3, length <= 5 else { return false }
        var key: UInt64 = 0
        for index in start..<end { key = key << 8 | UInt64(text[index] | 0x20) }
        // "http", "https", "ftp"
        return key == 0x6874_7470 || key == 0x68_7474_7073 || key == 0x66_7470
    }

    /// A host name `label(.label)+` starting at `start`; a trailing period or hyphen is not part
    /// of it. Nil unless there are two labels and the last has two letters or more.
    private func domainEnd(from start: Int) -> (end: Int, labels: Int, lastLabel: Range<Int>)? {
        var end = start
        var labels = 0
        var labelStart = start
        var lastLabel = start..<start
        while true {
            var labelEnd = labelStart
            while labelEnd < text.count, labelEnd - start <= Self.maximumLength,
                  isASCIIAlphanumeric(text[labelEnd]) || text[labelEnd] == UInt8(ascii: "-") {
                labelEnd += 1
            }
            guard labelEnd - start <= Self.maximumLength else { return nil }
            guard labelEnd > labelStart, text[labelEnd - 1] != UInt8(ascii: "-") else { break }
            labels += 1
            end = labelEnd
            lastLabel = labelStart..<labelEnd
            guard text.byte(at: labelEnd) == UInt8(ascii: "."),
                  isASCIIAlphanumeric(text.byte(at: labelEnd + 1)) else { break }
            labelStart = labelEnd + 1
        }
        guard labels >= 2, lastLabel.count >= 2,
              lastLabel.allSatisfy({ isASCIILetter(text[$0]) }) else { return nil }
        return (end, labels, lastLabel)
    }

    /// Top-level domains that are not also common English words ("in", "is", "it", "me", "us").
    private func isKnownTopLevel(_ label: Range<Int>) -> Bool {
        guard label.count <= 4 else { return false }
        var key: UInt32 = 0
        for index in label { key = key << 8 | UInt32(text[index] | 0x20) }
        return Self.topLevelDomains.contains(key)
    }

    /// The longest e-mail local part or host name looked at.
    private static let maximumLength = 256

    private static let topLevelDomains: Set<UInt32> = Set(
        ["com", "org", "net", "gov", "edu", "mil", "int", "io", "co", "uk", "info", "biz", "tv",
         "news", "ly", "ru", "cn", "de", "fr", "ca", "au", "eu", "ai", "app", "jp", "nz", "ie",
         "es", "ch", "nl", "se", "br", "mx", "za", "ng", "ke", "gh", "pk"]
            .map { $0.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) } })

    /// The end of a URL's remainder starting at `start`: printable ASCII up to whitespace or a
    /// quote, minus trailing sentence punctuation and an unbalanced closing bracket.
    private func urlEnd(from start: Int) -> Int? {
        var end = start
        var openParens = 0
        var closeParens = 0
        while end < text.count {
            let byte = text[end]
            guard byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "<"),
                  byte != UInt8(ascii: ">"), byte != UInt8(ascii: "`") else { break }
            if byte == UInt8(ascii: "(") { openParens += 1 }
            if byte == UInt8(ascii: ")") { closeParens += 1 }
            end += 1
        }
        while end > start {
            let last = text[end - 1]
            if last == UInt8(ascii: ")") && closeParens > openParens {
                closeParens -= 1
            } else if !isTrailingURLPunctuation(last) {
                break
            }
            end -= 1
        }
        return end > start ? end : nil
    }

    private func isTrailingURLPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
             UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "]"):
            return true
        default:
            return false
        }
    }

    private func isLocalPartByte(_ byte: UInt8) -> Bool {
        isASCIIAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }
}
