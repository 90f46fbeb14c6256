import GlossKit

/// Turns paragraph verdicts into the spans to cut (or to mark). Paragraphs are the text layer's:
/// blank-line separated blocks, or lines when the text has no blank line, as the evaluation counts them.
enum ParagraphCuts {
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
}
