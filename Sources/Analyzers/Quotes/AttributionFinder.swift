import GlossKit

/// Who a quotation is attributed to in its own sentence, before resolving pronouns and roles.
struct Attribution: Sendable {
    /// The speaker mention; nil when a cue was found but no subject could be read.
    var mention: Mention?
    /// The cue as written ("said", "according to"); nil for a signature line ("— Name").
    var cue: String?
    var cueSpan: Span
}

/// The attribution patterns of news writing, read from the words around one quotation in its
/// paragraph: `“…,” X said` / `“…,” said X` after the quote; `X said: “…”`, `X called it “…”`,
/// `…, adding: “…”` and `according to X` before it.
struct AttributionFinder {
    let words: [Word]
    let bytes: [UInt8]
    private var parser: MentionParser { MentionParser(words: words) }

    static let abbreviations: Set<String> = [
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
        // Read field by field: called for nearly every word, and a whole `Word` copy costs more.
        guard words[index].kind == .mark else { return false }
        let scalar = words[index].scalar
        // `… wraps.” The` : a closing mark after a terminator ends the sentence too.
        if scalar == 0x201D || scalar == 0x22, index > 0, words[index - 1].kind == .mark,
           words[index - 1].scalar == 0x2E || words[index - 1].scalar == 0x21 || words[index - 1].scalar == 0x3F {
            let next = index + 1
            return next >= words.count || words[next].isCapitalized || isQuoteMark(next)
        }
        if scalar == 0x21 || scalar == 0x3F || scalar == 0x2026 { return true }
        guard scalar == 0x2E else { return false }
        if index > 0, words[index - 1].kind == .word {
            if words[index - 1].isA(.abbreviation) || (words[index - 1].keyCount == 1 && words[index - 1].isCapitalized) {
                return false
            }
        }
        var next = index + 1
        while next < words.count, words[next].kind == .mark, words[next].scalar == 0x29 || words[next].scalar == 0x201D { next += 1 }
        guard next < words.count else { return true }
        return words[next].isCapitalized || words[next].kind == .number || isQuoteMark(next)
            || (words[next].kind == .mark && words[next].scalar == 0x28)
    }

    /// `MentionParser.isQuoteMark` for word `index`, without copying the word.
    private func isQuoteMark(_ index: Int) -> Bool {
        guard words[index].kind == .mark else { return false }
        let scalar = words[index].scalar
        return scalar == 0x22 || scalar == 0x201C || scalar == 0x201D || scalar == 0x201E
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

    /// `“…,” X said.` / `“…,” said X.` / `“…,” according to X.` / `“…” — X`: the words right after
    /// the closing mark, from `start` to `upperBound` (the next quotation or the paragraph's end).
    func after(start: Int, upperBound: Int) -> Attribution? {
        var first = start
        while first < upperBound, words[first].isMark(",") { first += 1 }
        guard first < upperBound else { return nil }
        if isDash(words[first]) {
            // "“…” ― Pamela Padilla" (a signature), else "“…” — Smith said" (read on after the dash).
            if let signed = signature(from: first + 1, upperBound: upperBound) { return signed }
            first += 1
            guard first < upperBound else { return nil }
        }
        let end = sentenceEnd(from: first, upperBound: upperBound)
        let limit = min(end, first + 25)
        var index = first
        while index < limit {
            let word = words[index]
            if word.isMark("(") {
                while index < limit, !words[index].isMark(")") { index += 1 }
                index += 1
                continue
            }
            if word.kind == .mark, word.isMark(":") || word.isMark(";") || parser.isQuoteMark(word) { break }
            if word.kind == .word, word.hasKey("according"), index + 1 < upperBound, words[index + 1].hasKey("to") {
                guard index == first, let mention = accordingTo(index + 1, upperBound: end) else { return nil }
                return Attribution(mention: mention, cue: "according to", cueSpan: Span(word.span.start, words[index + 1].span.end))
            }
            if word.kind == .word, !word.isCapitalized || index == first, isVerbUse(index), word.isA(.finiteCue) {
                if index == first {
                    guard let mention = parser.subject(after: index, upperBound: end) else { return nil }
                    return Attribution(mention: mention, cue: text(word.span), cueSpan: word.span)
                }
                guard let mention = parser.subject(before: index, lowerBound: first), opensStretch(mention, first: first) else { return nil }
                // A bare verb after a singular subject is a noun ("a Donald Trump tweet"); only
                // plural subjects take it ("officials say").
                if word.isA(.cueLemma), mention.kind != .pronoun, !(mention.kind == .nominal && mention.head.hasSuffix("s")) {
                    return nil
                }
                return Attribution(mention: mention, cue: text(word.span), cueSpan: word.span)
            }
            index += 1
        }
        return nil
    }

    /// `“…” ― Pamela Padilla`: a name alone after a dash, ending the paragraph or clause.
    private func signature(from start: Int, upperBound: Int) -> Attribution? {
        var end = start
        while end < upperBound, words[end].kind == .word || words[end].isMark(".") {
            end += 1
            if end < upperBound, lineBreak(between: end - 1, and: end) { break }
        }
        guard end > start, end == upperBound || lineBreak(between: end - 1, and: end)
                || words[end].isMark(",") || words[end].isMark("(") || words[end].isMark(".") else { return nil }
        var last = end - 1
        while last > start, words[last].isMark(".") { last -= 1 }
        guard let mention = parser.nameRun(endingAt: last, lowerBound: start), !mention.isOrganisation,
              parser.wordIndex(startingAt: mention.span.start) - start <= 3 else { return nil }
        return Attribution(mention: mention, cue: nil, cueSpan: words[start - 1].span)
    }

    /// Words that start a new clause after a quotation: a subject behind them is not the speaker's.
    private static let clauseOpeners: Set<String> = [
        "when", "while", "as", "because", "if", "and", "but", "after", "before", "since", "although",
        "though", "than", "that", "which", "who", "whom", "where", "until", "unless", "so", "then", "or",
    ]

    /// The subject read after a quotation must open the stretch after it, titles and roles aside
    /// ("“…,” Tulsa police Chief Chuck Jordan said", "“…,” the Central Bank of Norway said"), or
    /// follow a comma that closes the quoted sentence ("… is held accountable, Warren said."); not
    /// a name in a new clause ("“…” when Clinton blasted him").
    private func opensStretch(_ mention: Mention, first: Int) -> Bool {
        var index = first
        let start = parser.wordIndex(startingAt: mention.span.start)
        if start > first, words[start - 1].isMark(",") { return true }
        while index < start {
            let word = words[index]
            if word.kind == .word, !word.isCapitalized, Self.clauseOpeners.contains(word.key) || word.isA(.pronoun) {
                return false
            }
            if word.kind == .mark, !word.isMark("."), !word.isMark("-") { return false }
            index += 1
        }
        return true
    }

    private func lineBreak(between left: Int, and right: Int) -> Bool {
        bytes[words[left].span.end..<words[right].span.start].contains(0x0A)
    }

    /// `X said: “…”`, `X called it “…”`, `…, adding: “…”`, `According to X, “…”`, `Trump’s claim
    /// that “…”`: the nearest cue with a readable subject in the words of the sentence before the
    /// opening mark, searched in `lowerBound..<end`; the subject of a participle may lie further
    /// back, to `subjectBound`.
    func before(lowerBound: Int, end: Int, subjectBound: Int? = nil) -> Attribution? {
        guard end > lowerBound else { return nil }
        let start = sentenceStart(containing: end, lowerBound: lowerBound)
        // Interview style: `Ann Lee: “…”`, a name alone before a colon.
        if words[end - 1].isMark(":"), end - 1 > start, let name = parser.nameRun(endingAt: end - 2, lowerBound: start),
           parser.wordIndex(startingAt: name.span.start) <= start + 3,
           (start..<parser.wordIndex(startingAt: name.span.start)).allSatisfy({ words[$0].isCapitalized || words[$0].isMark(".") }) {
            return Attribution(mention: name, cue: nil, cueSpan: words[end - 1].span)
        }
        // The clause subject may stand before an earlier quotation in the same sentence
        // ("Clinton … during a “Forum” and said: “…”").
        var clauseStart = sentenceStart(containing: start, lowerBound: subjectBound ?? 0)
        if (clauseStart..<start).filter({ parser.isQuoteMark(words[$0]) }).count % 2 == 1 {
            clauseStart = start  // that sentence start lies inside an earlier quotation
        }
        var fallback: Attribution?
        var nounFallback: Attribution?
        var index = end - 1
        while index >= start {
            let word = words[index]
            defer { index -= 1 }
            guard word.kind == .word else { continue }
            if word.hasKey("according"), index + 1 < end, words[index + 1].hasKey("to") {
                var stop = index + 2
                while stop < end, !words[stop].isMark(",") { stop += 1 }
                let mention = accordingTo(index + 1, upperBound: stop)
                return Attribution(mention: mention, cue: "according to", cueSpan: Span(word.span.start, words[index + 1].span.end))
            }
            if CueLexicon.nounCues.contains(word.key), nounFallback == nil, index > start,
               words[index - 1].isPossessive || !isVerbUse(index) || words[index - 1].hasKey("following") {
                // "Trump’s claim that “…”"; "Sanders made the following comment:". A speech verb
                // in the same sentence wins over the noun ("X called Y’s remarks “…”").
                if words[index - 1].isPossessive,
                   let owner = parser.nameRun(endingAt: index - 1, lowerBound: start, allowPossessive: true) {
                    nounFallback = Attribution(mention: owner, cue: text(word.span), cueSpan: word.span)
                } else if end < words.count, words[end].isMark(":") || end == words.count - 1 {
                    nounFallback = Attribution(mention: parser.clauseSubject(from: clauseStart, to: index), cue: text(word.span), cueSpan: word.span)
                }
                continue
            }
            guard !word.isCapitalized || index == start, isVerbUse(index), word.isA(.cue) else { continue }
            let found: Attribution
            switch word.isA(.participleCue) ? CueLexicon.Form.participle : .finite {
            case .participle:
                // "footage of Hillary Clinton asking, “…”": a name right before the participle.
                if index > start, let name = parser.nameRun(endingAt: index - 1, lowerBound: start) {
                    return Attribution(mention: name, cue: text(word.span), cueSpan: word.span)
                }
                found = Attribution(mention: parser.clauseSubject(from: clauseStart, to: index), cue: text(word.span), cueSpan: word.span)
            case .finite:
                if let subject = parser.subject(before: index, lowerBound: start) {
                    return Attribution(mention: subject, cue: text(word.span), cueSpan: word.span)
                }
                // Inversion ("…, said Foreign Ministry spokesman Zhao Lijian: “…”") only where a
                // clause begins; otherwise the words after the verb are its object.
                let clauseBegins = index == start || words[index - 1].isMark(",") || parser.isQuoteMark(words[index - 1])
                if clauseBegins, let inverted = parser.subject(after: index, upperBound: end), index + 1 < end,
                   inverted.span.start == words[index + 1].span.start || inverted.kind == .name {
                    return Attribution(mention: inverted, cue: text(word.span), cueSpan: word.span)
                }
                found = Attribution(mention: parser.clauseSubject(from: clauseStart, to: index), cue: text(word.span), cueSpan: word.span)
            }
            if found.mention != nil, word.isA(.participleCue) { return found }
            if fallback == nil { fallback = found }
        }
        if let nounFallback, nounFallback.mention != nil { return nounFallback }
        return fallback ?? nounFallback
    }

    /// The source after "according to" (word `to`): a name, or the name behind a document
    /// ("according to a statement from the White House").
    private func accordingTo(_ to: Int, upperBound: Int) -> Mention? {
        let mention = parser.subject(after: to, upperBound: upperBound)
        guard mention == nil || mention?.kind == .nominal else { return mention }
        var index = to + 1
        while index < min(upperBound, to + 12), !words[index].isMark(",") {
            if ["from", "by", "of"].contains(words[index].key), let owner = parser.subject(after: index, upperBound: upperBound),
               owner.kind == .name {
                return owner
            }
            index += 1
        }
        return mention
    }

    private func isDash(_ word: Word) -> Bool {
        word.kind == .mark && (word.scalar == 0x2015 || word.scalar == 0x2014 || word.scalar == 0x2013 || word.scalar == 0x2D)
    }

    /// A cue word used as a verb, not as a noun ("the state", "a report", "his tweet").
    private func isVerbUse(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = words[index - 1]
        guard previous.kind == .word else { return true }
        if previous.isA(.determiner) && !previous.hasKey("that") { return false }
        if previous.isPossessive { return false }
        return true
    }

    private func text(_ span: Span) -> String {
        String(decoding: bytes[span.range], as: UTF8.self)
    }
}
