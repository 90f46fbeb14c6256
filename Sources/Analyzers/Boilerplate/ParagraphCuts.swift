import GlossKit

/// Splits a text into paragraphs the way the evaluation does, and turns paragraph verdicts into
/// the spans to cut.
enum ParagraphCuts {
    /// Blank-line separated blocks, or single lines when the text has no blank line.
    static func paragraphs(of layer: TextLayer) -> [Span] {
        let blocks = layer.paragraphs
        guard blocks.count == 1, let only = blocks.first, layer.bytes[only.range].contains(0x0A) else { return blocks }
        var lines: [Span] = []
        var lineStart = only.start
        for index in only.start...only.end where index == only.end || layer.bytes[index] == 0x0A {
            var first = lineStart
            var last = index
            while first < last, isSpace(layer.bytes[first]) { first += 1 }
            while last > first, isSpace(layer.bytes[last - 1]) { last -= 1 }
            if first < last { lines.append(Span(first, last)) }
            lineStart = index + 1
        }
        return lines
    }

    /// The spans to cut for the paragraphs that have a reason, one span per run of neighbouring
    /// paragraphs with the same reason. Each cut takes the whitespace that separated the removed
    /// paragraphs from the rest, so what remains keeps single paragraph separators: a run
    /// followed by kept text is cut up to that text; a run that ends the document is cut from the
    /// end of the last kept paragraph.
    static func cuts(paragraphs: [Span], verdicts: [BoilerplateReason?], textLength: Int) -> [RemovedSpan] {
        var cuts: [RemovedSpan] = []
        var index = 0
        let count = paragraphs.count
        while index < count {
            guard let reason = verdicts[index] else { index += 1; continue }
            var last = index
            while last + 1 < count, verdicts[last + 1] == reason { last += 1 }
            let firstKeptAfter = (last + 1..<count).first { verdicts[$0] == nil }
            let lastKeptBefore = (0..<index).last { verdicts[$0] == nil }
            let start: Int
            let end: Int
            if firstKeptAfter != nil {
                start = index == 0 ? 0 : paragraphs[index].start
                end = paragraphs[last + 1].start
            } else if let kept = lastKeptBefore {
                // The run belongs to a removed tail: cut the separator before it, keep the text's final newline.
                start = index == kept + 1 ? paragraphs[kept].end : paragraphs[index - 1].end
                end = paragraphs[last].end
            } else {
                start = index == 0 ? 0 : paragraphs[index].start
                end = last == count - 1 ? textLength : paragraphs[last + 1].start
            }
            cuts.append(RemovedSpan(span: Span(start, end), reason: reason.rawValue))
            index = last + 1
        }
        return cuts
    }

    /// The paragraphs themselves, for `mode: mark`, where nothing is cut.
    static func marks(paragraphs: [Span], verdicts: [BoilerplateReason?]) -> [RemovedSpan] {
        zip(paragraphs, verdicts).compactMap { span, reason in
            reason.map { RemovedSpan(span: span, reason: $0.rawValue) }
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
}
