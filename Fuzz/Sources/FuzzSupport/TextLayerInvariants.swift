import GlossKit

/// What must hold for the tokens, paragraphs and sentences of any text.
public enum TextLayerInvariants {
    public static func check(_ layer: TextLayer) {
        let bytes = layer.bytes
        Invariant.requireOrderedDisjoint(layer.tokens.map(\.span), in: bytes, "tokens")
        Invariant.requireOrderedDisjoint(layer.paragraphs, in: bytes, "paragraphs")
        Invariant.requireOrderedDisjoint(layer.sentences, in: bytes, "sentences")

        for paragraph in layer.paragraphs {
            Invariant.require(!isASCIISpace(bytes[paragraph.start]) && !isASCIISpace(bytes[paragraph.end - 1]),
                              "paragraph \(paragraph) is not trimmed")
        }
        let tokenStarts = Set(layer.tokens.map(\.span.start))
        let tokenEnds = Set(layer.tokens.map(\.span.end))
        for (index, sentence) in layer.sentences.enumerated() {
            Invariant.require(Invariant.sortedSpans(layer.paragraphs, haveOneContaining: sentence),
                              "sentence \(sentence) crosses a paragraph boundary")
            Invariant.require(tokenStarts.contains(sentence.start) && tokenEnds.contains(sentence.end),
                              "sentence \(sentence) does not start and end on token boundaries")
            Invariant.require(layer.sentenceIndex(containing: sentence.start) == index,
                              "sentenceIndex(containing: \(sentence.start)) is not \(index)")
        }
        // No text is lost between the layers: every token is in a paragraph and in a sentence.
        for token in layer.tokens {
            Invariant.require(Invariant.sortedSpans(layer.paragraphs, haveOneContaining: token.span),
                              "token \(token.span) (\(token.kind)) is not inside one paragraph")
            Invariant.require(Invariant.sortedSpans(layer.sentences, haveOneContaining: token.span),
                              "token \(token.span) (\(token.kind)) is in no sentence")
        }
        // Letters and digits are never dropped by the tokenizer.
        var covered = [Bool](repeating: false, count: bytes.count)
        for token in layer.tokens { for offset in token.span.range { covered[offset] = true } }
        for (offset, byte) in bytes.enumerated() where isASCIIAlphanumeric(byte) {
            Invariant.require(covered[offset], "the letter or digit at byte \(offset) is in no token")
        }
    }

    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
