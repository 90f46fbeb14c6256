import GlossKit

/// Reads one document's direct quotations: pairs the marks, attributes each quotation from its
/// sentence (or the lead-in paragraph ending in a colon), carries attributions along
/// multi-paragraph quotations and to continuation quotes, filters scare quotes, and resolves
/// speakers.
struct QuotationReader {
    let minWords: Int
    let includeUnattributed: Bool
    let resolvePronouns: Bool
    let apostrophePairs: Bool

    private struct Candidate {
        var segment: QuoteSegment
        var attribution: Attribution?
        var speaker = ResolvedSpeaker()
        /// Attributed through an earlier quotation (same sentence, paragraph or chain).
        var inherited = false
        /// No sentence ends between the previous quotation of the paragraph and this one.
        var sameSentenceAsPrevious = false
        /// The quotation starts its sentence (a full quoted sentence, not a quoted term inside one).
        var startsSentence = false
        var opensParagraph = false
        /// Marked as a title or markup attribute, not speech.
        var isTitle = false
        /// Attributed by the words right after it (`“…,” X said`).
        var attributedAfter = false
    }

    func read(_ document: inout Document) -> [Quote] {
        let layer = document.textLayer()
        let bytes = layer.bytes
        let paragraphs = layer.paragraphs
        let segments = QuoteMarkScanner.segments(in: bytes, paragraphs: paragraphs, apostrophePairs: apostrophePairs)
        guard !segments.isEmpty else { return [] }

        var byParagraph = [[Int]](repeating: [], count: paragraphs.count)
        for (index, segment) in segments.enumerated() { byParagraph[segment.paragraph].append(index) }
        // Nothing after the last quotation's paragraph can attribute anything.
        let lastParagraph = segments.last?.paragraph ?? 0
        let paragraphWords = paragraphs.indices.map { $0 <= lastParagraph ? WordScanner.words(in: bytes, paragraphs[$0]) : [] }

        var resolver = SpeakerResolver(entities: document.entities, bytes: bytes)
        for words in paragraphWords {
            let parser = MentionParser(words: words)
            for index in words.indices.dropFirst() where words[index].kind == .word && words[index].isCapitalized
                && !parser.isClauseStart(index) {
                resolver.midSentenceCapitals.append(words[index].key)
            }
        }
        for (paragraph, words) in paragraphWords.enumerated() {
            let parser = MentionParser(words: words)
            let quoted = byParagraph[paragraph].map { index -> Range<Int> in
                let segment = segments[index]
                // A quotation closed by recovery ends with its content, not the paragraph.
                let end = parser.wordIndex(startingAt: segment.close?.end ?? segment.content.end)
                return parser.wordIndex(startingAt: segment.open.start)..<end
            }
            resolver.learn(from: words, outside: quoted, finder: AttributionFinder(words: words, bytes: bytes))
        }

        var candidates: [Candidate] = []
        candidates.reserveCapacity(segments.count)
        for (paragraph, indices) in byParagraph.enumerated() where !indices.isEmpty {
            let words = paragraphWords[paragraph]
            let parser = MentionParser(words: words)
            let previousParagraph = paragraph > 0
                ? (words: paragraphWords[paragraph - 1], quotes: byParagraph[paragraph - 1].map { segments[$0] }) : nil
            var lowerBound = 0
            for (position, index) in indices.enumerated() {
                let segment = segments[index]
                let nextOpen = position + 1 < indices.count
                    ? parser.wordIndex(startingAt: segments[indices[position + 1]].open.start) : words.count
                candidates.append(candidate(for: segment, isFirst: position == 0, words: words, bytes: bytes,
                                            lowerBound: lowerBound, nextOpen: nextOpen, previousParagraph: previousParagraph))
                lowerBound = segment.close.map { parser.wordIndex(startingAt: $0.end) }
                    ?? min(nextOpen, parser.wordIndex(startingAt: segment.content.end))
            }
        }

        propagate(&candidates)
        resolve(&candidates, resolver: &resolver)

        var quotes: [Quote] = []
        for candidate in candidates where keeps(candidate, bytes: bytes) {
            let span = candidate.segment.content
            quotes.append(Quote(span: span, text: String(decoding: bytes[span.range], as: UTF8.self),
                                speaker: candidate.speaker.name, speakerSpan: candidate.speaker.span,
                                cue: candidate.attribution?.cue))
        }
        return quotes
    }

    /// One quotation with its own attribution, read from the paragraph's words between the
    /// previous quotation (`lowerBound`) and the next one (`nextOpen`), or from the lead-in
    /// paragraph before it.
    private func candidate(for segment: QuoteSegment, isFirst: Bool, words: [Word], bytes: [UInt8],
                           lowerBound: Int, nextOpen: Int,
                           previousParagraph: (words: [Word], quotes: [QuoteSegment])?) -> Candidate {
        let finder = AttributionFinder(words: words, bytes: bytes)
        let parser = MentionParser(words: words)
        let open = parser.wordIndex(startingAt: segment.open.start)
        // The first word after the closing mark (a mark may be two characters: '').
        let close = segment.close.map { parser.wordIndex(startingAt: $0.end) }
        var candidate = Candidate(segment: segment)
        candidate.opensParagraph = open == 0
        candidate.sameSentenceAsPrevious = !isFirst && !(max(0, lowerBound - 1)..<open).contains { finder.endsSentence($0) }
        candidate.startsSentence = open == 0 || finder.endsSentence(open - 1) || words[open - 1].isMark(":")
        candidate.isTitle = isTitle(segment, words: words, open: open, bytes: bytes)
        if let close, continuesSentence(bytes, segment, words: words, after: close) {
            candidate.attribution = finder.after(start: close, upperBound: nextOpen)
            candidate.attributedAfter = candidate.attribution != nil
        }
        if candidate.attribution == nil {
            candidate.attribution = finder.before(lowerBound: lowerBound, end: open)
        }
        // "Calling for “…,” Yang said": a participle opening the sentence hangs on the clause
        // after the quotation.
        if let attribution = candidate.attribution, attribution.mention == nil, let close, open > 0,
           parser.wordIndex(startingAt: attribution.cueSpan.start) == finder.sentenceStart(containing: open, lowerBound: 0) {
            var subjectStart = close
            while subjectStart < nextOpen, words[subjectStart].isMark(",") { subjectStart += 1 }
            let end = finder.sentenceEnd(from: subjectStart, upperBound: nextOpen)
            candidate.attribution?.mention = parser.clauseSubject(from: subjectStart, to: end)
        }
        // "…, Schiff said. “The other factor …”": a quotation opening a sentence right after a
        // reported sentence with its own speaker continues that speaker.
        if candidate.attribution == nil, candidate.startsSentence, open > lowerBound,
           let previous = finder.before(lowerBound: lowerBound, end: open - 1), previous.mention != nil {
            candidate.attribution = previous
        }
        if candidate.attribution == nil, open == 0, !segment.continuesChain, let previousParagraph {
            candidate.attribution = leadIn(previousParagraph.words, bytes: bytes, quotes: previousParagraph.quotes)
        }
        return candidate
    }

    /// `“…,” X said`: the quotation's sentence goes on after the closing mark when the quote ends
    /// in a comma, question or exclamation mark or a dash, or a lower-case word follows.
    private func continuesSentence(_ bytes: [UInt8], _ segment: QuoteSegment, words: [Word], after index: Int) -> Bool {
        var position = segment.content.end
        var last: UInt32 = 0
        while position > segment.content.start {
            position = UTF8Scalar.previousStart(bytes, before: position)
            last = UTF8Scalar.decode(bytes, at: position).0
            // Look through a nested quotation's closing mark and closing brackets.
            if last == 0x2019 || last == 0x27 || last == 0x29 || last == 0x5D || UTF8Scalar.isSpace(last) { continue }
            break
        }
        switch last {
        case 0x2C, 0x3F, 0x21, 0x2014, 0x2013, 0x2D, 0x2026: return true
        default: break
        }
        guard index < words.count else { return false }
        let next = words[index]
        let isDash = next.kind == .mark && (next.scalar == 0x2015 || next.scalar == 0x2014 || next.scalar == 0x2013)
        return next.isMark(",") || isDash || (next.kind == .word && !next.isCapitalized)
    }

    /// Words that, right before a short title-cased quotation, make it a name of a work or show
    /// (MSNBC’s “Morning Joe”, an episode of “The Apprentice”, titled “Arrogant”).
    private static let titleLeads: Set<String> = [
        "on", "of", "titled", "entitled", "headlined", "in", "during", "show", "program", "programme", "film",
        "book", "movie", "song", "album", "series", "newspaper", "magazine", "column", "episode", "headline",
        "hashtag", "slogan", "anthem", "documentary", "novel", "memoir", "play", "podcast",
    ]

    /// A short title-cased quotation after a possessive or a title lead, or a markup attribute value.
    private func isTitle(_ segment: QuoteSegment, words: [Word], open: Int, bytes: [UInt8]) -> Bool {
        guard open > 0 else { return false }
        let previous = words[open - 1]
        if previous.isMark("=") { return true }
        guard previous.kind == .word, previous.isPossessive || Self.titleLeads.contains(previous.key) else { return false }
        let inner = WordScanner.words(in: bytes, segment.content).filter { $0.kind == .word }
        guard !inner.isEmpty, inner.count <= 8 else { return false }
        return inner.allSatisfy { $0.isCapitalized || $0.keyCount <= 3 }
    }

    /// `X said the following:` / `…, adding:` as the whole previous paragraph's last sentence.
    private func leadIn(_ words: [Word], bytes: [UInt8], quotes: [QuoteSegment]) -> Attribution? {
        guard let last = words.last, last.isMark(":") else { return nil }
        let parser = MentionParser(words: words)
        let lowerBound = quotes.last.map { segment in
            segment.close.map { parser.wordIndex(startingAt: $0.end) } ?? words.count
        } ?? 0
        guard lowerBound < words.count - 1 else { return nil }
        return AttributionFinder(words: words, bytes: bytes).before(lowerBound: lowerBound, end: words.count - 1, subjectBound: 0)
    }

    /// Shares attributions along multi-paragraph quotations, with quotations in the same sentence or
    /// paragraph, and with a paragraph-opening quotation that follows an attributed one directly.
    private func propagate(_ candidates: inout [Candidate]) {
        // Along chains first: the attribution can sit in any paragraph of the quotation.
        var chainAttribution: [Int: Attribution] = [:]
        for candidate in candidates {
            if let attribution = candidate.attribution, chainAttribution[candidate.segment.chain] == nil {
                chainAttribution[candidate.segment.chain] = attribution
            }
        }
        for index in candidates.indices where candidates[index].attribution == nil {
            if let shared = chainAttribution[candidates[index].segment.chain] {
                candidates[index].attribution = shared
                candidates[index].inherited = true
            }
        }
        // `… called it “a sham,” “a disgrace,” Smith said`: back from an attribution after a later
        // quotation of the same sentence.
        for index in candidates.indices.dropLast().reversed() where candidates[index].attribution == nil {
            let next = candidates[index + 1]
            guard next.attributedAfter, next.sameSentenceAsPrevious, let attribution = next.attribution,
                  attribution.cue != nil, next.segment.paragraph == candidates[index].segment.paragraph else { continue }
            candidates[index].attribution = attribution
            candidates[index].inherited = true
            candidates[index].attributedAfter = true
        }
        for index in candidates.indices.dropFirst() where candidates[index].attribution == nil {
            let previous = candidates[index - 1]
            // A signature line ("— Name") signs only the quotation before it.
            guard let attribution = previous.attribution, attribution.cue != nil else { continue }
            let current = candidates[index]
            let sameParagraph = previous.segment.paragraph == current.segment.paragraph
            let nextParagraph = previous.segment.paragraph + 1 == current.segment.paragraph && current.opensParagraph
            if sameParagraph || nextParagraph {
                candidates[index].attribution = attribution
                candidates[index].inherited = true
            }
        }
    }

    private func resolve(_ candidates: inout [Candidate], resolver: inout SpeakerResolver) {
        var resolvedByCue: [Int: ResolvedSpeaker] = [:]
        for index in candidates.indices {
            guard let attribution = candidates[index].attribution, let mention = attribution.mention else { continue }
            if let known = resolvedByCue[attribution.cueSpan.start] {
                candidates[index].speaker = known
                continue
            }
            if mention.kind == .pronoun, !resolvePronouns { continue }
            let speaker = resolver.resolve(mention)
            candidates[index].speaker = speaker
            resolvedByCue[attribution.cueSpan.start] = speaker
            if let name = speaker.name, mention.kind == .name, let span = speaker.span {
                resolver.noteSpeaker(name: name, span: span, isOrganisation: resolver.isOrganisation(mention))
            } else if mention.kind != .name {
                resolver.noteSpeaker(name: speaker.name, span: mention.span,
                                     isOrganisation: mention.head == "they" || mention.isOwnedOrganisation,
                                     gender: speaker.name == nil ? mention.pronounGender : nil)
            }
        }
    }

    /// Scare quotes and titles (short, with no speech cue) are not quotations.
    private func keeps(_ candidate: Candidate, bytes: [UInt8]) -> Bool {
        if candidate.isTitle { return false }
        let directlyAttributed = candidate.attribution != nil && !candidate.inherited
        // Inherited and after-attributed: taken back from a later quotation of the same sentence.
        let attributed = directlyAttributed || (candidate.inherited
            && (candidate.sameSentenceAsPrevious || candidate.startsSentence || candidate.segment.continuesChain
                || candidate.attributedAfter))
        if attributed { return true }
        let longEnough = wordCount(bytes, candidate.segment.content) >= minWords && !isTitleCased(bytes, candidate.segment.content)
        if candidate.inherited { return longEnough }
        return longEnough && includeUnattributed
    }

    /// “How Wall Street Fleeces America”, “The Sound of Music”: every longer word capitalised, as
    /// in a title, and no sentence inside.
    private func isTitleCased(_ bytes: [UInt8], _ span: Span) -> Bool {
        let words = WordScanner.words(in: bytes, span)
        let long = words.filter { $0.kind == .word && $0.keyCount >= 4 }
        let sentences = words.dropLast().filter { $0.isMark(".") || $0.isMark("?") || $0.isMark("!") }
        return long.count >= 2 && sentences.isEmpty && long.allSatisfy(\.isCapitalized)
    }

    private func wordCount(_ bytes: [UInt8], _ span: Span) -> Int {
        var count = 0
        var inWord = false
        var index = span.start
        while index < span.end {
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            let letter = UTF8Scalar.isLetterOrDigit(scalar)
            if letter && !inWord { count += 1 }
            inWord = letter || (inWord && UTF8Scalar.isApostrophe(scalar))
            index += length
        }
        return count
    }
}
