/// Splits text into sentences. (First version: terminal punctuation followed by space.)
public enum SentenceSplitter {
    public static func sentences(in bytes: [UInt8], tokens: [Token], paragraphs: [Span]) -> [Span] {
        var result: [Span] = []
        for paragraph in paragraphs {
            var start = paragraph.start
            var index = paragraph.start
            while index < paragraph.end {
                let byte = bytes[index]
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                    let next = index + 1
                    if next >= paragraph.end || bytes[next] == 0x20 {
                        result.append(Span(start, next))
                        index = next
                        while index < paragraph.end, bytes[index] == 0x20 { index += 1 }
                        start = index
                        continue
                    }
                }
                index += 1
            }
            if start < paragraph.end { result.append(Span(start, paragraph.end)) }
        }
        return result
    }
}

/// Splits text into paragraphs: blocks separated by blank lines, or lines when there is no blank line.
public enum ParagraphSplitter {
    public static func paragraphs(in bytes: [UInt8]) -> [Span] {
        var result: [Span] = []
        var lineStart = 0
        var blockStart: Int? = nil
        var blockEnd = 0
        func flush() {
            if let begin = blockStart { result.append(Span(begin, blockEnd)) }
            blockStart = nil
        }
        var index = 0
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == 0x0A {
                var first = lineStart
                var last = index
                while first < last, isSpace(bytes[first]) { first += 1 }
                while last > first, isSpace(bytes[last - 1]) { last -= 1 }
                if first == last {
                    flush()
                } else {
                    if blockStart == nil { blockStart = first }
                    blockEnd = last
                }
                lineStart = index + 1
            }
            index += 1
        }
        flush()
        return result
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
}
