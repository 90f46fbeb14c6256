import Testing
@testable import GlossKit

/// The token strings of a text.
func tokenStrings(_ text: String) -> [String] {
    let layer = TextLayer(text: text)
    return layer.tokens.map { layer.string($0.span) }
}

/// Token strings with their kinds, for checking one token's kind among many.
func tokenKinds(_ text: String) -> [String: TokenKind] {
    let layer = TextLayer(text: text)
    var kinds: [String: TokenKind] = [:]
    for token in layer.tokens { kinds[layer.string(token.span)] = token.kind }
    return kinds
}

@Suite struct TokenizerTests {
    @Test func wordsAndSentencePunctuation() {
        #expect(tokenStrings("Lawmakers met on Tuesday, officials said.")
            == ["Lawmakers", "met", "on", "Tuesday", ",", "officials", "said", "."])
        let layer = TextLayer(text: "Prices rose.")
        #expect(layer.tokens.map(\.kind) == [.word, .word, .punctuation])
        #expect(layer.tokens.map(\.span) == [Span(0, 6), Span(7, 11), Span(11, 12)])
    }

    @Test func innerHyphensStayInTheWord() {
        #expect(tokenStrings("The Russia-Ukraine talks at the co-op were well-known.")
            == ["The", "Russia-Ukraine", "talks", "at", "the", "co-op", "were", "well-known", "."])
        #expect(tokenStrings("a 5-year-old girl and COVID-19 cases")
            == ["a", "5-year-old", "girl", "and", "COVID-19", "cases"])
        #expect(tokenKinds("a 5-year-old girl")["5-year-old"] == .word)
        #expect(tokenStrings("end - start -- and---more")
            == ["end", "-", "start", "--", "and", "---", "more"])
    }

    @Test func cliticsSplitWithStraightAndCurlyApostrophes() {
        #expect(tokenStrings("China’s envoy said it didn't help.")
            == ["China", "’s", "envoy", "said", "it", "did", "n't", "help", "."])
        #expect(tokenStrings("China's economy") == ["China", "'s", "economy"])
        #expect(tokenStrings("We can’t, they won't, I'm sure")
            == ["We", "ca", "n’t", ",", "they", "wo", "n't", ",", "I", "'m", "sure"])
        #expect(tokenStrings("They're here, we've left, you'll see, she'd know")
            == ["They", "'re", "here", ",", "we", "'ve", "left", ",", "you", "'ll", "see", ",",
                "she", "'d", "know"])
        #expect(tokenStrings("DON'T PANIC") == ["DO", "N'T", "PANIC"])
        #expect(tokenStrings("the U.S.’s allies") == ["the", "U.S.", "’s", "allies"])
    }

    @Test func preTokenisedClitics() {
        #expect(tokenStrings("Britain 's pound and they 're sure he did n't")
            == ["Britain", "'s", "pound", "and", "they", "'re", "sure", "he", "did", "n't"])
        #expect(tokenKinds("Britain 's pound")["'s"] == .word)
    }

    @Test func trailingPossessiveApostropheIsSeparate() {
        #expect(tokenStrings("The Clintons’ foundation and the Joneses' house")
            == ["The", "Clintons", "’", "foundation", "and", "the", "Joneses", "'", "house"])
    }

    @Test func innerApostrophesStayInNames() {
        #expect(tokenStrings("Beto O’Rourke and Sinéad O'Connor love rock’n’roll")
            == ["Beto", "O’Rourke", "and", "Sinéad", "O'Connor", "love", "rock’n’roll"])
    }

    @Test func singleQuotesAroundWords() {
        #expect(tokenStrings("He called it ‘fake news’ twice.")
            == ["He", "called", "it", "‘", "fake", "news", "’", "twice", "."])
    }

    @Test func abbreviationsKeepTheirPeriod() {
        #expect(tokenStrings("Mr. Smith and Dr. Jones met Gov. Brown and Sen. Warren.")
            == ["Mr.", "Smith", "and", "Dr.", "Jones", "met", "Gov.", "Brown", "and", "Sen.",
                "Warren", "."])
        #expect(tokenStrings("On Jan. 5 and Dec. 19, Acme Inc. and Widget Corp. sued, etc.")
            == ["On", "Jan.", "5", "and", "Dec.", "19", ",", "Acme", "Inc.", "and", "Widget", "Corp.",
                "sued", ",", "etc."])
        #expect(tokenStrings("Trump vs. Biden") == ["Trump", "vs.", "Biden"])
        #expect(tokenStrings("TRUMP VS. BIDEN IN ST. LOUIS") == ["TRUMP", "VS.", "BIDEN", "IN", "ST.", "LOUIS"])
        // Lowercase-only entries ("al." of "et al.") do not capture names.
        #expect(tokenStrings("Smith et al. thanked Al.") == ["Smith", "et", "al.", "thanked", "Al", "."])
    }

    @Test func numberAbbreviationsNeedANumber() {
        #expect(tokenStrings("ranked No. 1 in the poll") == ["ranked", "No.", "1", "in", "the", "poll"])
        #expect(tokenStrings("The answer was No. Then") == ["The", "answer", "was", "No", ".", "Then"])
        #expect(tokenStrings("she said no.") == ["she", "said", "no", "."])
    }

    @Test func dottedAcronymsAndInitials() {
        #expect(tokenStrings("The U.S. and the U.N. met in Washington, D.C. today.")
            == ["The", "U.S.", "and", "the", "U.N.", "met", "in", "Washington", ",", "D.C.", "today", "."])
        #expect(tokenStrings("John F. Kennedy and J.K. Rowling")
            == ["John", "F.", "Kennedy", "and", "J.K.", "Rowling"])
        #expect(tokenStrings("at 5 p.m. with a Ph.D., e.g. this")
            == ["at", "5", "p.m.", "with", "a", "Ph.D.", ",", "e.g.", "this"])
        #expect(tokenStrings("U.S.-led forces") == ["U.S.", "-", "led", "forces"])
    }

    @Test func numbersKeepInnerSeparators() {
        let text = "GDP grew 3.5% to $1,200 in 2020-21 (2020–21), 36.2k views, the 5th time, at 10:30 on 9/11."
        #expect(tokenStrings(text)
            == ["GDP", "grew", "3.5", "%", "to", "$", "1,200", "in", "2020-21", "(", "2020–21", ")", ",",
                "36.2k", "views", ",", "the", "5th", "time", ",", "at", "10:30", "on", "9/11", "."])
        let kinds = tokenKinds(text)
        for number in ["3.5", "1,200", "2020-21", "2020–21", "36.2k", "5th", "10:30", "9/11"] {
            #expect(kinds[number] == .number, "\(number)")
        }
        #expect(kinds["$"] == .symbol)
        #expect(kinds["%"] == .symbol)
        #expect(tokenStrings("He hit .296 with .5 more") == ["He", "hit", ".296", "with", ".5", "more"])
        #expect(tokenStrings("in the ’90s and 1990s, sales hit 1,200.") ==
            ["in", "the", "’90s", "and", "1990s", ",", "sales", "hit", "1,200", "."])
    }

    @Test func urlsAndEmailsAreOneSymbol() {
        let text = "Read https://www.example.com/news/a_b?id=7&x=1. Or see www.bbc.co.uk, write to press@example.org."
        #expect(tokenStrings(text)
            == ["Read", "https://www.example.com/news/a_b?id=7&x=1", ".", "Or", "see", "www.bbc.co.uk",
                ",", "write", "to", "press@example.org", "."])
        let kinds = tokenKinds(text)
        #expect(kinds["https://www.example.com/news/a_b?id=7&x=1"] == .symbol)
        #expect(kinds["www.bbc.co.uk"] == .symbol)
        #expect(kinds["press@example.org"] == .symbol)
        #expect(tokenStrings("(see http://en.wikipedia.org/wiki/Foo_(bar))")
            == ["(", "see", "http://en.wikipedia.org/wiki/Foo_(bar)", ")"])
        #expect(tokenStrings("jane.doe@news.co.uk") == ["jane.doe@news.co.uk"])
    }

    @Test func bareDomainNamesAreWords() {
        #expect(tokenStrings("Shares of Amazon.com rose.") == ["Shares", "of", "Amazon.com", "rose", "."])
        #expect(tokenKinds("Shares of Amazon.com rose.")["Amazon.com"] == .word)
        #expect(tokenStrings("It ended.Then it began.") == ["It", "ended", ".", "Then", "it", "began", "."])
    }

    @Test func handlesAndHashtagsAreWords() {
        let text = "@realDonaldTrump posted #MAGA and #Brexit2019, not #1."
        #expect(tokenStrings(text)
            == ["@realDonaldTrump", "posted", "#MAGA", "and", "#Brexit2019", ",", "not", "#", "1", "."])
        let kinds = tokenKinds(text)
        #expect(kinds["@realDonaldTrump"] == .word)
        #expect(kinds["#MAGA"] == .word)
    }

    @Test func emoticonsAreOneSymbol() {
        let text = "Great game :) but :-( then :D ;) :'( =P <3 lol:)"
        #expect(tokenStrings(text)
            == ["Great", "game", ":)", "but", ":-(", "then", ":D", ";)", ":'(", "=P", "<3", "lol", ":)"])
        #expect(tokenKinds(text)[":-("] == .symbol)
        #expect(tokenStrings("Note:Perhaps at 10:30: (yes)")
            == ["Note", ":", "Perhaps", "at", "10:30", ":", "(", "yes", ")"])
    }

    @Test func emojiSequencesAreOneSymbol() {
        let text = "Love it 😀👍🏽 family 👨‍👩‍👧 flag 🇺🇸🇬🇧 heart ❤️"
        #expect(tokenStrings(text)
            == ["Love", "it", "😀", "👍🏽", "family", "👨‍👩‍👧", "flag", "🇺🇸", "🇬🇧", "heart", "❤️"])
        #expect(tokenKinds(text)["👨‍👩‍👧"] == .symbol)
    }

    @Test func quotesBracketsDashesAndEllipses() {
        let text = "“It’s over,” she said — (finally) [sic]… or... «non»"
        #expect(tokenStrings(text)
            == ["“", "It", "’s", "over", ",", "”", "she", "said", "—", "(", "finally", ")", "[", "sic",
                "]", "…", "or", "...", "«", "non", "»"])
        let layer = TextLayer(text: text)
        #expect(layer.tokens.filter { $0.kind == .punctuation }.count == 12)
        #expect(tokenStrings("What?! No!!") == ["What", "?", "!", "No", "!", "!"])
    }

    @Test func lettersOfAnyScript() {
        #expect(tokenStrings("Café naïve São Paulo Москва Αθήνα") == ["Café", "naïve", "São", "Paulo", "Москва", "Αθήνα"])
        #expect(tokenStrings("東京都の知事。") == ["東京都の知事", "。"])
        #expect(tokenStrings("e\u{301}tude") == ["e\u{301}tude"])
        #expect(tokenStrings("नमस्ते दुनिया") == ["नमस्ते", "दुनिया"])
    }

    @Test func offsetsAreUTF8BytesOnAccentedCJKAndEmojiText() {
        let layer = TextLayer(text: "Zoë 😀 東京, café.")
        #expect(layer.tokens.map(\.span) == [Span(0, 4), Span(5, 9), Span(10, 16), Span(16, 17),
                                              Span(18, 23), Span(23, 24)])
        #expect(layer.tokens.map(\.kind) == [.word, .symbol, .word, .punctuation, .word, .punctuation])
    }

    @Test func whitespaceAndInvisibleCharactersAreNotTokens() {
        #expect(tokenStrings("a\u{A0}b\u{3000}c\td\r\ne\u{0}f\u{200B} g") == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(tokenStrings("") == [])
        #expect(tokenStrings(" \n\t ") == [])
    }
}

/// Odd and random input: the text layer never traps or loops, and its spans stay well formed.
@Suite struct TextLayerRobustnessTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    static let fragments = [
        "a", "Mr", ".", ". ", "...", "…", "\u{301}", "\u{20E3}", "😀", "\u{200D}", "🇺", "\u{1F3FB}",
        "\u{FE0F}", "東", "京", "\u{0}", "\r", "\n", "\n\n", " ", "\t", "\u{A0}", "\u{2028}", "'", "’",
        "-", "--", ":", ")", "(", "@", "#", "http://", "www", ".com", "1", "2020", ",", "?", "!", "“",
        "”", "U.S.", "e", "<3", "=", ";", "n't", "s", "&", "_", "%", "/", "\u{85}", "\u{FFFD}", "Ж",
        "\u{E0067}", "No", "Inc", "A", "x@y", "\"", "ـ", "\u{10FFFF}", "\u{7F}",
    ]

    @Test func randomStringsKeepSpansWellFormed() {
        var generator = Generator(state: 2026)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...40, using: &generator)
            var text = ""
            for _ in 0..<length { text += Self.fragments.randomElement(using: &generator)! }
            checkInvariants(text)
        }
    }

    @Test func oddInputs() {
        let long = 20_000
        let texts = [
            String(repeating: ".", count: long), String(repeating: "!?", count: long),
            String(repeating: "-", count: long), String(repeating: "\u{301}", count: long),
            "a" + String(repeating: "\u{301}", count: long), String(repeating: "😀\u{200D}", count: 5000),
            String(repeating: "🇺", count: 5001), String(repeating: "U.S.", count: 5000),
            String(repeating: "ab.abc.", count: 5000), String(repeating: "a-", count: long),
            String(repeating: "’s", count: long), String(repeating: ":)", count: long),
            String(repeating: "\u{0}", count: 100), String(repeating: "\r", count: 100),
            String(repeating: "Mr. ", count: 5000), String(repeating: "http://", count: 3000),
            String(repeating: "@", count: long), String(repeating: "1.", count: long),
            "\u{301}", "’", "'", ".", "\u{200D}", "🏻", "\u{FE0F}",
        ]
        for text in texts { checkInvariants(text) }
    }

    @Test func illFormedUTF8Bytes() {
        var generator = Generator(state: 7)
        let interesting: [UInt8] = [0x00, 0x0A, 0x20, 0x2E, 0x27, 0x41, 0x61, 0x80, 0xBF, 0xC0, 0xC3, 0xE2,
                                    0x80, 0x99, 0xED, 0xA0, 0xF0, 0x9F, 0xF5, 0xFF]
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
                interesting.randomElement(using: &generator)!
            }
            let tokens = Tokenizer.tokenize(bytes)
            let paragraphs = ParagraphSplitter.paragraphs(in: bytes)
            let sentences = SentenceSplitter.sentences(in: bytes, tokens: tokens, paragraphs: paragraphs)
            for span in tokens.map(\.span) + paragraphs + sentences {
                #expect(span.start < span.end && span.end <= bytes.count)
            }
        }
    }

    private func checkInvariants(_ text: String) {
        let layer = TextLayer(text: text)
        let count = layer.bytes.count
        func onBoundary(_ offset: Int) -> Bool {
            offset == count || layer.bytes[offset] & 0xC0 != 0x80
        }
        var previousEnd = 0
        for token in layer.tokens {
            #expect(token.span.start >= previousEnd && token.span.start < token.span.end && token.span.end <= count)
            #expect(onBoundary(token.span.start) && onBoundary(token.span.end))
            #expect(!layer.string(token.span).contains { $0 == " " || $0 == "\n" || $0 == "\r\n" })
            previousEnd = token.span.end
        }
        previousEnd = 0
        for sentence in layer.sentences {
            #expect(sentence.start >= previousEnd && sentence.start < sentence.end)
            #expect(layer.paragraphs.contains { $0.contains(sentence) }, "sentence crosses a paragraph")
            let string = layer.string(sentence)
            #expect(!string.contains { $0.isNewline }, "sentence crosses a line")
            let scalars = string.unicodeScalars
            #expect(scalars.first?.properties.isWhitespace == false && scalars.last?.properties.isWhitespace == false,
                    "untrimmed: \(string.unicodeScalars.map { String($0.value, radix: 16) })")
            previousEnd = sentence.end
        }
    }
}
