import GlossKit

/// Builds the text layer of arbitrary text and checks its invariants.
public enum TextLayerFuzzing {
    public static func run(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        let raw = Array(UnsafeBufferPointer(start: data, count: size))
        TextLayerInvariants.check(TextLayer(text: String(decoding: raw, as: UTF8.self)))
        // The tokenizer promises never to fail on ill-formed UTF-8 either (a stray byte is a
        // one-byte token, so scalar boundaries do not apply).
        var previousEnd = 0
        for token in Tokenizer.tokenize(raw) {
            Invariant.require(token.span.start >= previousEnd && token.span.start < token.span.end && token.span.end <= raw.count,
                              "raw token \(token.span) is empty, out of order or outside the \(raw.count) bytes")
            previousEnd = token.span.end
        }
    }
}
