import GlossKit

/// What the rules need to know about one paragraph: its folded text and a few counts taken from
/// the raw bytes (words, capitals, links), computed once per paragraph.
struct ParagraphProfile: Sendable {
    /// The paragraph in the current text (trimmed of surrounding whitespace).
    let span: Span
    let text: FoldedText
    /// `text` with quotations blanked out: what the site itself says, for calls to action.
    let unquoted: FoldedText
    /// Runs of letters or digits.
    let words: Int
    /// Words written in capitals only ("SHARES", "IMPEACH"), two letters or more.
    let capitalWords: Int
    /// Words that begin with a capital letter (including all-capital words).
    let capitalisedWords: Int
    /// The first two words are capitalised and the first is not a pronoun or an article, as in
    /// a name ("Jane Doe is ...", not "She is ..." or "The author ...").
    let opensWithName: Bool
    /// Lines inside the paragraph (1 for a one-line paragraph).
    let lines: Int
    let urls: Int
    let emails: Int
    /// Bare domain names ("foxnews.com", "example.org/page").
    let domains: Int

    init(span: Span, bytes: [UInt8]) {
        self.span = span
        let raw = bytes[span.range]
        text = FoldedText(raw)
        unquoted = text.removingQuotations()
        var words = 0
        var capitalWords = 0
        var capitalisedWords = 0
        var lines = 1
        var leadingWords: [ArraySlice<UInt8>] = []
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            if byte == 0x0A { lines += 1 }
            guard FoldedText.isWordByte(byte) else { index += 1; continue }
            let start = index
            var upper = 0
            var lower = 0
            while index < raw.endIndex, FoldedText.isWordByte(raw[index]) || raw[index] == 0x27 {
                let letter = raw[index]
                if letter >= 0x41 && letter <= 0x5A { upper += 1 } else if letter >= 0x61 && letter <= 0x7A { lower += 1 }
                index += 1
            }
            words += 1
            if leadingWords.count < 2 { leadingWords.append(raw[start..<index]) }
            let first = raw[start]
            if first >= 0x41 && first <= 0x5A { capitalisedWords += 1 }
            if upper >= 2 && lower == 0 { capitalWords += 1 }
        }
        self.words = words
        opensWithName = leadingWords.count == 2
            && leadingWords.allSatisfy { $0.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false }
            && !BoilerplateLexicon.pronounsAndArticles.contains(FoldedText(leadingWords[0]).bytes)
        self.capitalWords = capitalWords
        self.capitalisedWords = capitalisedWords
        self.lines = lines
        let folded = text
        urls = folded.occurrences(of: ["http://", "https://", "www."])
        emails = folded.occurrences(of: ["[email protected]"]) + ParagraphProfile.emailAddresses(in: folded.bytes)
        domains = folded.occurrences(of: [".com", ".org", ".net", ".co.uk", ".us", ".info", ".news"])
    }

    /// No letter or digit at all ("." or a rule of dashes).
    var hasNoWords: Bool { words == 0 }

    /// The last character that is not a closing quote or bracket.
    var finalMark: UInt8? {
        var index = text.bytes.count
        while index > 0 {
            let byte = text.bytes[index - 1]
            if byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D || byte == 0x2A { index -= 1; continue }
            return byte
        }
        return nil
    }

    /// Ends like a sentence of prose (a full stop, not a question or an exclamation).
    var endsWithFullStop: Bool { finalMark == UInt8(ascii: ".") }
    var endsWithColon: Bool { finalMark == UInt8(ascii: ":") }

    /// Opens with a quotation mark: a quote the story reports.
    var opensWithQuote: Bool { text.bytes.first == 0x22 || text.bytes.first == 0x27 }

    /// Most words in capitals ("SHARE ON FACEBOOK").
    var isMostlyCapitals: Bool { words >= 2 && capitalWords * 10 >= words * 6 }

    /// An embedded tweet as scrapers flatten it: "... — Name (@handle) September 27, 2016".
    var isEmbeddedTweet: Bool {
        text.contains("pic.twitter.com") || (text.contains("(@") && text.containsAny(BoilerplateLexicon.monthNames))
    }

    /// Addresses such as name@example.org: a word, "@", a word, a dot, a word.
    private static func emailAddresses(in bytes: [UInt8]) -> Int {
        var total = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "@") {
            guard index > 0, FoldedText.isWordByte(bytes[index - 1]) else { continue }
            var next = index + 1
            var sawDot = false
            while next < bytes.count, FoldedText.isWordByte(bytes[next]) || bytes[next] == UInt8(ascii: ".") || bytes[next] == UInt8(ascii: "-") {
                if bytes[next] == UInt8(ascii: "."), next + 1 < bytes.count, FoldedText.isWordByte(bytes[next + 1]) { sawDot = true }
                next += 1
            }
            if sawDot { total += 1 }
        }
        return total
    }
}
