/// Tokens, sentences and paragraphs of one text, computed once from its UTF-8 bytes and shared by
/// every analyzer that runs on the document (`Document.textLayer()`).
///
/// All offsets are UTF-8 byte offsets into `bytes`. The layer is immutable, so it may be read from
/// any thread.
public final class TextLayer: Sendable {
    /// The text's UTF-8 bytes.
    public let bytes: [UInt8]
    /// Tokens in text order; whitespace is not a token.
    public let tokens: [Token]
    /// Sentences in text order, trimmed of surrounding whitespace; they never cross a paragraph.
    public let sentences: [Span]
    /// Paragraphs (blank-line separated blocks, or single lines when the text has no blank
    /// line) in text order, trimmed of surrounding whitespace.
    public let paragraphs: [Span]

    public init(text: String) {
        let bytes = Array(text.utf8)
        self.bytes = bytes
        let tokens = Tokenizer.tokenize(bytes)
        self.tokens = tokens
        let paragraphs = ParagraphSplitter.paragraphs(in: bytes)
        self.paragraphs = paragraphs
        self.sentences = SentenceSplitter.sentences(in: bytes, tokens: tokens, paragraphs: paragraphs)
    }

    /// The text of a span.
    public func string(_ span: Span) -> String {
        String(decoding: bytes[span.range], as: UTF8.self)
    }

    /// Indexes into `tokens` of the tokens that lie inside `span` (binary search).
    public func tokenIndices(in span: Span) -> Range<Int> {
        let first = firstIndex(in: tokens.count) { tokens[$0].span.start >= span.start }
        let last = firstIndex(in: tokens.count) { tokens[$0].span.end > span.end }
        return first..<max(first, last)
    }

    /// The index of the sentence that contains the byte offset, or nil (between sentences).
    public func sentenceIndex(containing offset: Int) -> Int? {
        let index = firstIndex(in: sentences.count) { sentences[$0].end > offset }
        guard index < sentences.count, sentences[index].start <= offset else { return nil }
        return index
    }

    /// The first index in 0..<count for which `predicate` holds, assuming it is monotone.
    private func firstIndex(in count: Int, where predicate: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if predicate(mid) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}

/// One token: a word, number, punctuation mark or symbol.
public struct Token: Hashable, Sendable {
    public var span: Span
    public var kind: TokenKind

    public init(span: Span, kind: TokenKind) {
        self.span = span
        self.kind = kind
    }
}

/// What a token is; see `Tokenizer` for the rules.
public enum TokenKind: UInt8, Sendable, Hashable {
    /// Letters, marks and digits of any script, possibly with inner hyphens or apostrophes
    /// ("co-op", "O’Brien"); clitics ("’s", "n't"); abbreviations, acronyms and initials with their
    /// period ("Mr.", "U.S.", "J."); @handles, #hashtags and bare domain names ("Amazon.com").
    case word
    /// Starts with a digit, possibly with inner separators and a letter suffix ("3.5", "1,200",
    /// "2020-21", "5th", "36.2k", "’90s").
    case number
    /// Sentence and clause punctuation, quotation marks, brackets, dashes; "..." is one token.
    case punctuation
    /// Anything else: URLs, e-mail addresses, emoticons (":-)"), emoji sequences, currency signs,
    /// math symbols.
    case symbol
}
