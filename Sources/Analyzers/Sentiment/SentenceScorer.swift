import GlossKit

/// The valence of one sentence: `sum` on the lexicon's open scale, `score` squashed into [-1, 1].
struct SentenceValence: Equatable {
    var sum: Double
    var score: Double
    /// The part of `sum` that comes from "!" and "?" rather than from words.
    var punctuation: Double
    /// Emphasis from "!"/"?" in a sentence without sentiment words, which takes the direction
    /// of the text around it ("Great news. Can't believe it!").
    var undirectedEmphasis = 0.0
}

/// Scores one sentence with lexicon valences and the rules of Hutto & Gilbert (2014), as
/// re-implemented and extended for Gloss:
/// - phrases and idioms replace the valences of their words ("step in the right direction",
///   "not only", "at least");
/// - "kind of"/"sort of" hedge; "like" counts only as the verb, not as the preposition;
/// - a word in capitals among lower-case words, or drawn out ("soooo"), gains emphasis;
/// - up to three words back within the clause, boosters add and dampeners take away
///   intensity; an intensity word before a word of the other sign modifies it ("the greatest
///   threat"); negators reverse and damp (x -0.74), "least" reverses, "never so" intensifies; a
///   sentiment word ends the reach of the negators before it;
/// - emoticons are never negated or boosted;
/// - "but"/"however" halve what comes before and raise what follows by half; a concessive
///   clause ("although ...", "despite ...") and a conditional one ("if ...", "unless ...") are
///   halved, being conceded or hypothetical; a question is damped (x 0.6);
/// - "!" (up to four) and repeated "?" add emphasis in the sentence's direction.
/// The squashed score is `sum / sqrt(sum² + 15)`.
struct SentenceScorer: Sendable {
    static let negationScalar = -0.74
    static let capsEmphasis = 0.733
    static let exclamationEmphasis = 0.292
    static let elongationEmphasis = 0.3
    static let questionEmphasis = 0.18
    static let contrastBefore = 0.5
    static let contrastAfter = 1.5
    static let concessionWeight = 0.5
    static let questionWeight = 0.6
    static let normalizationAlpha = 15.0
    /// How far back (in words, inside the clause) negators and modifiers reach.
    static let scope = 3
    private static let distanceDecay = [1.0, 0.95, 0.9]
    /// Phrase lengths are kept as bits of a `UInt8`, so phrases have at most seven words.
    private static let longestPhrase = 7

    let table: WordTable

    /// Squashes an open-scale valence sum into [-1, 1].
    static func normalize(_ sum: Double) -> Double {
        guard sum != 0 else { return 0 }
        return max(-1, min(1, sum / (sum * sum + normalizationAlpha).squareRoot()))
    }

    /// Scores the sentence at `span`; afterwards `scratch.tokens` hold each word's contribution.
    /// Words inside `masks` (entity names) carry no sentiment.
    /// `lowercaseText`: the document has lower-case words elsewhere, so a sentence written
    /// wholly in capitals is shouted rather than a headline style.
    func score(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span, masks: ArraySlice<Span>,
               lowercaseText: Bool = false, scratch: inout ScoringScratch) -> SentenceValence {
        SentenceTokenizer(table: table).tokenize(bytes, span, masks: masks, into: &scratch)
        resolvePhrases(&scratch)
        resolveAmbiguousWords(&scratch.tokens)
        applyWordRules(&scratch.tokens, lowercaseText: lowercaseText)
        applyContrast(&scratch.tokens)
        // A question asks rather than asserts ("Is this a good deal?").
        if scratch.questions > 0 {
            for index in scratch.tokens.indices { scratch.tokens[index].valence *= Self.questionWeight }
        }
        var sum = 0.0
        for token in scratch.tokens { sum += token.valence }
        let emphasis = punctuationEmphasis(exclamations: scratch.exclamations, questions: scratch.questions)
        let punctuation = sum > 0 ? emphasis : (sum < 0 ? -emphasis : 0)
        sum += punctuation
        return SentenceValence(sum: sum, score: Self.normalize(sum), punctuation: punctuation,
                               undirectedEmphasis: sum == 0 ? emphasis : 0)
    }

    private func punctuationEmphasis(exclamations: Int, questions: Int) -> Double {
        var emphasis = Double(min(exclamations, 4)) * Self.exclamationEmphasis
        if questions > 1 { emphasis += min(Double(questions) * Self.questionEmphasis, 0.96) }
        return emphasis
    }

    /// Replaces multi-word entries by one valence on their last word, longest match first.
    private func resolvePhrases(_ scratch: inout ScoringScratch) {
        var index = 0
        let count = scratch.tokens.count
        while index < count {
            guard scratch.tokens[index].info.roles.contains(.phraseStart) else {
                index += 1
                continue
            }
            let lengths = scratch.tokens[index].info.phraseLengths
            var matched = 0
            var length = min(Self.longestPhrase, count - index)
            while length >= 2, matched == 0 {
                if lengths & UInt8(1 << length) != 0, let info = phrase(at: index, length: length, &scratch) {
                    for inner in index..<(index + length - 1) { scratch.tokens[inner].info = WordInfo() }
                    scratch.tokens[index + length - 1].info = WordInfo(valence: info.valence,
                                                                        hasValence: info.hasValence)
                    matched = length
                }
                length -= 1
            }
            index += max(matched, 1)
        }
    }

    private func phrase(at index: Int, length: Int, _ scratch: inout ScoringScratch) -> WordInfo? {
        scratch.key.removeAll(keepingCapacity: true)
        for offset in 0..<length {
            let token = scratch.tokens[index + offset]
            if offset > 0 {
                if scratch.tokens[index + offset - 1].clauseBreakAfter { return nil }
                scratch.key.append(0x20)
            }
            scratch.key.append(contentsOf: scratch.lower[token.lowerStart..<token.lowerEnd])
        }
        return table.lookup(scratch.key)
    }

    /// "kind of" and "sort of" hedge instead of meaning "kind"; a comparing "like" carries nothing.
    private func resolveAmbiguousWords(_ tokens: inout [SentimentToken]) {
        for index in tokens.indices {
            let roles = tokens[index].info.roles
            if roles.contains(.hedgeNoun), index + 1 < tokens.count, tokens[index + 1].info.roles.contains(.of) {
                tokens[index].info.hasValence = false
                tokens[index + 1].info.boost = -0.3
            }
            if roles.contains(.like), !isLikeVerb(at: index, tokens) {
                tokens[index].info.hasValence = false
            }
        }
    }

    /// "I like it" and "voters like him" against "looks like rain" and "countries like China":
    /// after a subject word it is the verb; after a comparing word, or before a determiner, it
    /// is the preposition; otherwise the verb.
    private func isLikeVerb(at index: Int, _ tokens: [SentimentToken]) -> Bool {
        let before: WordRoles = index > 0 ? tokens[index - 1].info.roles : []
        let after: WordRoles = index + 1 < tokens.count ? tokens[index + 1].info.roles : []
        if before.contains(.likeSubject) { return true }
        return !before.contains(.likeComparison) && !after.contains(.determiner)
    }

    private func applyWordRules(_ tokens: inout [SentimentToken], lowercaseText: Bool) {
        var upperWords = 0
        var otherWords = 0
        for token in tokens where token.lowerEnd - token.lowerStart > 1 {
            if token.allCaps { upperWords += 1 } else { otherWords += 1 }
        }
        let capsContrast = upperWords > 0 && (otherWords > 0 || lowercaseText)
        for index in tokens.indices {
            let info = tokens[index].info
            guard info.hasValence, info.valence != 0 else { continue }
            if index + 1 < tokens.count, tokens[index + 1].info.hasValence {
                let next = tokens[index + 1].info
                // The determiner "no" ("no problem") negates the next word instead of counting.
                if info.roles.contains(.negator) { continue }
                // An intensity word before a sentiment word of the other sign modifies it
                // ("the greatest threat", "super bad") instead of opposing it.
                if info.boost != 0, (info.valence > 0) != (next.valence > 0) { continue }
            }
            var valence = Double(info.valence)
            let direction = valence > 0 ? 1.0 : -1.0
            if capsContrast, tokens[index].allCaps { valence += direction * Self.capsEmphasis }
            if tokens[index].isElongated { valence += direction * Self.elongationEmphasis }
            if tokens[index].isEmoticon {
                tokens[index].valence = valence
                continue
            }
            var factor = 1.0
            var distance = 1
            while distance <= Self.scope, index - distance >= 0 {
                let before = tokens[index - distance]
                if before.clauseBreakAfter { break }
                let prior = before.info
                let modifies = prior.boost != 0
                    && (!prior.hasValence || (distance == 1 && (prior.valence > 0) != (direction > 0)))
                // A sentiment word takes up the negations and modifiers before it, so they do
                // not reach past it ("don't care, don't care" is not a double negation).
                if prior.hasValence, !modifies, !prior.roles.contains(.negator) { break }
                if modifies {
                    var push = Double(prior.boost)
                    if capsContrast, before.allCaps { push += push > 0 ? Self.capsEmphasis : -Self.capsEmphasis }
                    valence += direction * push * Self.distanceDecay[distance - 1]
                }
                if prior.roles.contains(.negator) {
                    let intensifies = prior.roles.contains(.never)
                        && tokens[(index - distance + 1)..<index].contains { $0.info.roles.contains(.neverIntensifier) }
                    factor *= intensifies ? 1.25 : Self.negationScalar
                }
                if distance == 1, prior.roles.contains(.least) { factor *= Self.negationScalar }
                distance += 1
            }
            tokens[index].valence = valence * factor
        }
    }

    private func applyContrast(_ tokens: inout [SentimentToken]) {
        var pivot: Int?
        for index in tokens.indices where index > 0 && tokens[index].info.roles.contains(.contrast) {
            pivot = index
        }
        if let pivot {
            for index in tokens.indices {
                if index < pivot { tokens[index].valence *= Self.contrastBefore }
                if index > pivot { tokens[index].valence *= Self.contrastAfter }
            }
        }
        var index = 0
        while index < tokens.count {
            if tokens[index].info.roles.contains(.concession) || tokens[index].info.roles.contains(.conditional) {
                var inner = index + 1
                while inner < tokens.count {
                    tokens[inner].valence *= Self.concessionWeight
                    if tokens[inner].clauseBreakAfter { break }
                    inner += 1
                }
                index = inner
            }
            index += 1
        }
    }
}
