/// Splits text into paragraphs: blocks separated by blank lines (a line of only whitespace is
/// blank), or every non-blank line on its own when the text has no blank line between two
/// non-blank lines. Paragraphs are trimmed of surrounding whitespace, Unicode spaces included.
public enum ParagraphSplitter {
    /// The paragraphs of `bytes` in text order.
    public static func paragraphs(in bytes: [UInt8]) -> [Span] {
        bytes.withUnsafeBufferPointer { buffer in
            paragraphs(in: UTF8Bytes(base: buffer))
        }
    }

    static func paragraphs(in text: UTF8Bytes) -> [Span] {
        var lines: [Span] = []
        // Indexes into `lines` of the lines that follow a blank line (so start a block).
        var blockStarts: [Int] = []
        var sawBlank = false
        var lineStart = 0
        while lineStart <= text.count {
            var lineEnd = lineStart
            while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
            if let line = trimmed(text, lineStart, lineEnd) {
                if sawBlank && !lines.isEmpty { blockStarts.append(lines.count) }
                lines.append(line)
                sawBlank = false
            } else {
                sawBlank = true
            }
            lineStart = lineEnd + 1
        }
        guard !blockStarts.isEmpty else { return lines }

        var paragraphs: [Span] = []
        paragraphs.reserveCapacity(blockStarts.count + 1)
        var first = 0
        for start in blockStarts + [lines.count] {
            paragraphs.append(Span(lines[first].start, lines[start - 1].end))
            first = start
        }
        return paragraphs
    }

    /// `start..<end` without leading and trailing whitespace, or nil when nothing is left.
    static func trimmed(_ text: UTF8Bytes, _ start: Int, _ end: Int) -> Span? {
        var first = start
        while first < end {
            let (characterClass, length) = text.classify(at: first)
            guard isWhitespace(characterClass, text[first]) else { break }
            first += length
        }
        guard first < end else { return nil }
        var last = end
        while last > first {
            let scalarStart = max(first, text.scalarStart(before: last))
            let (characterClass, _) = text.classify(at: scalarStart)
            guard isWhitespace(characterClass, text[scalarStart]) else { break }
            last = scalarStart
        }
        return Span(first, last)
    }

    /// Whitespace as Python's `str.strip()` sees it (the evaluation's paragraph rule), which
    /// includes the information separators U+001C...U+001F.
    @inline(__always) static func isWhitespace(_ characterClass: CharacterClass, _ lead: UInt8) -> Bool {
        characterClass == .space || characterClass == .lineBreak || (lead >= 0x1C && lead <= 0x1F)
    }
}
