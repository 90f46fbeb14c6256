/// Splits UTF-8 bytes into tokens. (First version: whitespace and punctuation boundaries.)
public enum Tokenizer {
    public static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                index += 1
                continue
            }
            let start = index
            if isWordByte(byte) {
                while index < count, isWordByte(bytes[index]) { index += 1 }
                let allDigits = bytes[start..<index].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
                tokens.append(Token(span: Span(start, index), kind: allDigits ? .number : .word))
            } else {
                index += scalarLength(byte)
                tokens.append(Token(span: Span(start, min(index, count)), kind: .punctuation))
                index = min(index, count)
            }
        }
        return tokens
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0xC0 || (byte >= 0x80 && byte < 0xC0)
    }

    static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
