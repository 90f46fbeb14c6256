import GlossKit

/// The quoted stretch of one paragraph: a whole quotation, or one paragraph's part of a quotation
/// that runs over several paragraphs.
struct QuoteSegment: Sendable {
    /// The quoted words without the marks.
    var content: Span
    /// The opening mark.
    var open: Span
    /// The closing mark; nil when the quotation was closed by recovery at the paragraph's end.
    var close: Span?
    var paragraph: Int
    /// Segments of one multi-paragraph quotation share a chain number.
    var chain: Int
    /// True for the second and later paragraphs of a multi-paragraph quotation.
    var continuesChain: Bool
}

/// Finds double quotation marks in the text and pairs them into quotations, paragraph by paragraph.
///
/// Opening and closing roles come from the mark's glyph and from what flanks it (a straight `"`
/// after a space opens, one before a space closes), so sloppy typography (`”` used to open) still
/// pairs. Single marks are not quotation boundaries here: they are apostrophes far more often,
/// and a ‘nested’ quotation simply stays inside its outer one. Nothing in here fails: a quotation
/// left open at a paragraph's end continues when the next paragraph opens with a mark (the news
/// convention for long quotations) and is otherwise closed where the paragraph ends; a stray
/// closing mark is ignored; an opening mark of the same style inside an open quotation closes the
/// earlier one just before it.
enum QuoteMarkScanner {
    enum Style: Sendable { case straight, curly }

    struct Mark {
        var span: Span
        var opens: Bool
        var style: Style
    }

    /// - Parameter apostrophePairs: read two straight single marks ('') as a double mark, the way
    ///   some archive transcriptions write them; off, such texts have no quotation marks at all
    ///   (they are never read in single-mark mode either).
    static func segments(in bytes: [UInt8], paragraphs: [Span], apostrophePairs: Bool = false) -> [QuoteSegment] {
        // British-style texts quote with single marks; only a text without a single double mark
        // is read that way, so apostrophes never open quotations elsewhere.
        let single = !hasDoubleMarks(bytes)
        var result: [QuoteSegment] = []
        var chain = 0
        var carry = false  // the previous paragraph ended inside a quotation
        for (paragraphIndex, paragraph) in paragraphs.enumerated() {
            let marks = self.marks(in: bytes, paragraph, single: single, apostrophePairs: apostrophePairs)
            var stack: [Mark] = []
            var continuing = false
            if carry, let first = marks.first, first.opens, first.span.start == paragraph.start {
                continuing = true
            } else if carry {
                chain += 1
            }
            carry = false
            func emit(_ open: Mark, closeSpan: Span?, end: Int) {
                // Trim whole scalars: a no-break space is two bytes.
                var contentEnd = end
                while contentEnd > open.span.end {
                    let previous = UTF8Scalar.previousStart(bytes, before: contentEnd)
                    guard UTF8Scalar.isSpace(UTF8Scalar.decode(bytes, at: previous).0) else { break }
                    contentEnd = previous
                }
                var contentStart = open.span.end
                while contentStart < contentEnd {
                    let (scalar, length) = UTF8Scalar.decode(bytes, at: contentStart)
                    guard UTF8Scalar.isSpace(scalar) else { break }
                    contentStart += length
                }
                guard contentStart < contentEnd else { return }
                result.append(QuoteSegment(content: Span(contentStart, contentEnd), open: open.span, close: closeSpan,
                                           paragraph: paragraphIndex, chain: chain, continuesChain: continuing))
                continuing = false
            }
            for mark in marks {
                if mark.opens {
                    if let outer = stack.first, stack.count == 1, outer.style == mark.style {
                        // Same style inside an open quotation: the earlier one was never closed.
                        // Close it at the last sentence end before the new mark, if any.
                        emit(outer, closeSpan: nil, end: lastSentenceEnd(bytes, in: Span(outer.span.end, mark.span.start)) ?? mark.span.start)
                        chain += 1
                        stack = [mark]
                    } else if stack.count < 2 {
                        stack.append(mark)
                    }
                } else if stack.count == 2 {
                    stack.removeLast()
                } else if let outer = stack.first {
                    emit(outer, closeSpan: mark.span, end: mark.span.start)
                    chain += 1
                    stack.removeAll()
                }
            }
            if let outer = stack.first {
                emit(outer, closeSpan: nil, end: paragraph.end)
                carry = true
            } else {
                continuing = false
            }
        }
        return result
    }

    private static func hasDoubleMarks(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 || (byte == 0x27 && index + 1 < bytes.count && bytes[index + 1] == 0x27) { return true }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] >= 0x9C, bytes[index + 2] <= 0x9F {
                return true
            }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB { return true }
            index += 1
        }
        return false
    }

    /// The quotation marks of one paragraph with their roles: double marks, or single marks when
    /// `single` is set (apostrophes inside words, before digits and after a plural are skipped).
    static func marks(in bytes: [UInt8], _ paragraph: Span, single: Bool = false, apostrophePairs: Bool = false) -> [Mark] {
        var marks: [Mark] = []
        var open = false
        var index = paragraph.start
        while true {
            index = nextCandidate(bytes, from: index, end: paragraph.end)
            guard index < paragraph.end else { break }
            var (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            // Some archives write a double mark as two straight single marks ('').
            if !single, scalar == 0x27, index + 1 < paragraph.end, bytes[index + 1] == 0x27 {
                guard apostrophePairs else {
                    index += 2
                    continue
                }
                scalar = 0x22
                length = 2
            }
            let glyph: Bool?  // true = opening glyph, false = closing glyph, nil = straight
            switch (scalar, single) {
            case (0x22, false), (0x27, true): glyph = nil
            case (0x201C, false), (0x201E, false), (0x201F, false), (0xAB, false), (0x2018, true), (0x201A, true): glyph = true
            case (0x201D, false), (0xBB, false), (0x2019, true): glyph = false
            default:
                index += length
                continue
            }
            let span = Span(index, index + length)
            let before: UInt32 = index > paragraph.start
                ? UTF8Scalar.decode(bytes, at: UTF8Scalar.previousStart(bytes, before: index)).0 : 0x20
            let after: UInt32 = span.end < paragraph.end ? UTF8Scalar.decode(bytes, at: span.end).0 : 0x20
            if single, isApostrophe(bytes, span: span, before: before, after: after, paragraph: paragraph) {
                index += length
                continue
            }
            let canOpen = !UTF8Scalar.isSpace(after) && (UTF8Scalar.isSpace(before) || isOpeningContext(before))
            let canClose = !UTF8Scalar.isSpace(before) && !isOpeningContext(before)
                && (UTF8Scalar.isSpace(after) || !UTF8Scalar.isLetterOrDigit(after))
            let opens: Bool
            switch glyph {
            case .some(true): opens = !(canClose && !canOpen)
            case .some(false): opens = canOpen && !canClose
            case .none: opens = canOpen == canClose ? !open : canOpen
            }
            open = opens
            marks.append(Mark(span: span, opens: opens, style: glyph == nil ? .straight : .curly))
            index += length
        }
        return marks
    }

    /// The first byte at or after `index` that can start a mark: `"`, `'` and the lead bytes of
    /// the 0xE2 0x80 xx and 0xC2 xx sequences; `end` when there is none.
    private static func nextCandidate(_ bytes: [UInt8], from index: Int, end: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var position = index
            while position < end {
                let byte = buffer[position]
                if byte == 0x22 || byte == 0x27 || byte == 0xE2 || byte == 0xC2 { return position }
                position += 1
            }
            return end
        }
    }

    /// A single mark that is an apostrophe: inside a word (it’s), before a digit (’90s), or after
    /// a plural before a lower-case word (the Clintons’ house).
    private static func isApostrophe(_ bytes: [UInt8], span: Span, before: UInt32, after: UInt32, paragraph: Span) -> Bool {
        if UTF8Scalar.isLetterOrDigit(before) && UTF8Scalar.isLetterOrDigit(after) { return true }
        if UTF8Scalar.isDigit(after) { return true }
        if before == UInt32(UInt8(ascii: "s")), after == 0x20, span.end + 1 < paragraph.end {
            let next = bytes[span.end + 1]
            return next >= 0x61 && next <= 0x7A
        }
        return false
    }

    /// The end of the last ". X" / "? X" / "! X" (a terminator, a space, a capital) in `span`.
    private static func lastSentenceEnd(_ bytes: [UInt8], in span: Span) -> Int? {
        var index = span.end - 2
        while index > span.start {
            let byte = bytes[index]
            if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")),
               bytes[index + 1] == 0x20, index + 2 < span.end, UTF8Scalar.isUpperASCII(bytes[index + 2]) {
                return index + 1
            }
            index -= 1
        }
        return nil
    }

    /// Characters after which a quotation mark opens: brackets, dashes, slashes, colons.
    private static func isOpeningContext(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x28, 0x5B, 0x7B, 0x2F, 0x2013, 0x2014, 0x2018, 0x201C, 0x3A: return true
        default: return false
        }
    }
}
