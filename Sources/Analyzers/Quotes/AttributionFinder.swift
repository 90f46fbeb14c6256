import GlossKit

/// Who a quotation is attributed to in its own sentence, before resolving pronouns and roles.
struct Attribution: Sendable {
    /// The speaker mention; nil when a cue was found but no subject could be read.
    var mention: Mention?
    /// The cue as written ("said", "according to").
    var cue: String
    var cueSpan: Span
}

/// The attribution patterns of news writing, read from the words around one quotation in its
/// paragraph: `“…,” X said` / `“…,” said X` after the quote; `X said: “…”`, `X called it “…”`,
/// `…, adding: “…”` and `according to X` before it.
struct AttributionFinder {
    let words: [Word]
    let bytes: [UInt8]
    private var parser: MentionParser { MentionParser(words: words) }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt", "adm", "st", "jr",
        "sr", "rev", "prof", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sept", "sep", "oct", "nov", "dec", "ft", "mt", "u.s", "d.c", "a.m", "p.m",
    ]

    init(words: [Word], bytes: [UInt8]) {
        self.words = words
        self.bytes = bytes
    }

    /// True when a sentence ends with word `index` (a . ! or ? not closing an abbreviation,
    /// followed by a capitalised word, a number or an opening mark).
    func endsSentence(_ index: Int) -> Bool {
        let word = words[index]
        guard word.kind == .mark else { return false }
        if word.isMark("!") || word.isMark("?") || word.isMark("…") { return true }
        guard word.isMark(".") else { return false }
        if index > 0, words[index - 1].kind == .word {
            let previous = words[index - 1]
            if Self.abbreviations.contains(previous.key) || (previous.key.count == 1 && previous.isCapitalized) {
                return false
            }
        }
        var next = index + 1
        while next < words.count, words[next].kind == .mark, words[next].isMark(")") || words[next].scalar == 0x201D { next += 1 }
        guard next < words.count else { return true }
        return words[next].isCapitalized || words[next].kind == .number || words[next].kind == .mark
    }

    /// The first word index of the sentence containing word `index`, not before `lowerBound`.
    func sentenceStart(containing index: Int, lowerBound: Int) -> Int {
        var probe = index - 1
        while probe >= lowerBound {
            if endsSentence(probe) { return probe + 1 }
            probe -= 1
        }
        return lowerBound
    }

    /// One past the last word index of the sentence starting at or containing `index`.
    func sentenceEnd(from index: Int, upperBound: Int) -> Int {
        var probe = index
        while probe < upperBound {
            if endsSentence(probe) { return probe + 1 }
            probe += 1
        }
        return upperBound
    }

    /// `“…,” X said.` / `“…,” said X.` / `“…,” according to X.`: the words right after the
    /// closing mark, from `start` to `upperBound` (the next quotation or the paragraph's end).
    func after(start: Int, upperBound: Int) -> Attribution? {
        var first = start
        while first < upperBound, words[first].isMark(",") || words[first].isMark("—") || words[first].isMark("–") {
            first += 1
        }
        guard first < upperBound else { return nil }
        let end = sentenceEnd(from: first, upperBound: upperBound)
        let limit = min(end, first + 12)
        var index = first
        while index < limit {
            let word = words[index]
            if word.kind == .mark, word.isMark(":") || word.isMark(";") || word.isMark("(") || parser.isQuoteMark(word) { break }
            if word.kind == .word, word.key == "according", index + 1 < upperBound, words[index + 1].key == "to" {
                let mention = parser.subject(after: index + 1, upperBound: end)
                return Attribution(mention: mention, cue: "according to", cueSpan: Span(word.span.start, words[index + 1].span.end))
            }
            if word.kind == .word, !word.isCapitalized || index == first, isVerbUse(index), let cue = CueLexicon.cue(word.key), cue.form == .finite {
                if index == first {
                    return Attribution(mention: parser.subject(after: index, upperBound: end), cue: text(word.span), cueSpan: word.span)
                }
                let mention = parser.subject(before: index, lowerBound: first)
                guard let mention, mention.span.start >= words[first].span.start else { return nil }
                // The subject must be what opens the stretch: "“…,” Figueroa told ...".
                if parser.wordIndex(startingAt: mention.span.start) > first + 8 { return nil }
                return Attribution(mention: mention, cue: text(word.span), cueSpan: word.span)
            }
            index += 1
        }
        return nil
    }

    /// `X said: “…”`, `X called it “…”`, `…, adding: “…”`, `According to X, “…”`: the nearest cue
    /// in the words of the sentence before the opening mark, `lowerBound..<end`.
    func before(lowerBound: Int, end: Int) -> Attribution? {
        guard end > lowerBound else { return nil }
        let start = sentenceStart(containing: end, lowerBound: lowerBound)
        var index = end - 1
        while index >= start {
            let word = words[index]
            if word.kind == .word, word.key == "according", index + 1 < end, words[index + 1].key == "to" {
                var stop = index + 2
                while stop < end, !words[stop].isMark(",") { stop += 1 }
                let mention = parser.subject(after: index + 1, upperBound: stop)
                return Attribution(mention: mention, cue: "according to", cueSpan: Span(word.span.start, words[index + 1].span.end))
            }
            if word.kind == .word, !word.isCapitalized || index == start, isVerbUse(index), let cue = CueLexicon.cue(word.key) {
                let mention: Mention?
                switch cue.form {
                case .participle:
                    mention = parser.clauseSubject(from: start, to: index)
                case .finite:
                    if let subject = parser.subject(before: index, lowerBound: start) {
                        mention = subject
                    } else if let inverted = parser.subject(after: index, upperBound: end) {
                        mention = inverted
                    } else {
                        mention = parser.clauseSubject(from: start, to: index)
                    }
                }
                return Attribution(mention: mention, cue: text(word.span), cueSpan: word.span)
            }
            index -= 1
        }
        return nil
    }

    /// A cue word used as a verb, not as a noun ("the state", "a report", "his tweet").
    private func isVerbUse(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = words[index - 1]
        guard previous.kind == .word else { return true }
        if CueLexicon.determiners.contains(previous.key) && previous.key != "that" { return false }
        if previous.isPossessive { return false }
        return true
    }

    private func text(_ span: Span) -> String {
        String(decoding: bytes[span.range], as: UTF8.self)
    }
}
