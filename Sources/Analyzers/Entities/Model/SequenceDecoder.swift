/// Tags a document sentence by sentence with a beam-limited Viterbi search over BILOU tags.
///
/// A tag's score is the sum of the weights of the token's static features (its text and
/// context, plus how the same word was tagged in earlier sentences) and of its transition
/// features (the previous tag, alone and with the token's word and shape). Only well-formed
/// BILOU sequences are considered (a punctuation mark never begins or ends a name), and at each
/// token only the `beamWidth` best tags go on, always with one that closes every name.
///
/// Training and tagging share this code so that training sees exactly the run-time features.
struct SequenceDecoder {
    let extractor: FeatureExtractor
    var beamWidth = 4
    /// Whether the run-time constraints apply: lower-case words, month and weekday names never
    /// begin or end a name, brackets, commas and quotation marks are never part of one, and a
    /// function word opening a sentence never begins one. On when tagging; off in training, where letting the weights
    /// learn those rare cases themselves scores better.
    var runTimeConstraints = false

    /// One sentence's search result: the best tags, and the features that scored them
    /// (the trainer needs them to update the weights).
    struct SentenceResult {
        var tags: [Tag]
        /// Static feature keys of each token, flattened; `staticRanges[i]` locates token i's.
        var staticKeys: [UInt64]
        var staticRanges: [Range<Int>]
    }

    /// Tags every token of the document.
    func decode<Scorer: TagScorer>(with scorer: Scorer) -> [Tag] {
        var tags: [Tag] = []
        tags.reserveCapacity(extractor.input.tokens.count)
        var earlier = KeyTable()
        let transitions = SequenceDecoder.transitionScores(of: scorer)
        for number in extractor.input.sentences.indices {
            let result = decodeSentence(number, with: scorer, earlier: earlier, transitions: transitions)
            remember(result.tags, sentence: number, in: &earlier)
            tags.append(contentsOf: result.tags)
        }
        return tags
    }

    /// Records how each capitalised word of a tagged sentence was tagged, for later sentences.
    func remember(_ tags: [Tag], sentence number: Int, in earlier: inout KeyTable) {
        let range = extractor.input.sentences[number]
        for (offset, tag) in tags.enumerated() {
            let token = extractor.input.tokens[range.lowerBound + offset]
            if token.isCapitalized { earlier[token.key] = UInt32(tag.label.map { $0.rawValue + 1 } ?? 5) }
        }
    }

    /// Scores of the previous-tag-alone features, `Tag.stride` per previous tag: they do not
    /// depend on the token, so a fixed model needs them once.
    static func transitionScores<Scorer: TagScorer>(of scorer: Scorer) -> [Float] {
        var scores = [Float](repeating: 0, count: Tag.count * Tag.stride)
        scores.withUnsafeMutableBufferPointer { buffer in
            for previous in Tag.all {
                scorer.addScores(of: [FeatureExtractor.transitionFeature(previous: previous)][...],
                                 into: buffer.baseAddress! + Int(previous.rawValue) * Tag.stride)
            }
        }
        return scores
    }

    /// `transitions`: the scorer's `transitionScores`, or nil while the weights change.
    func decodeSentence<Scorer: TagScorer>(_ number: Int, with scorer: Scorer, earlier: KeyTable,
                                           transitions: [Float]? = nil) -> SentenceResult {
        let input = extractor.input
        let sentence = input.sentences[number]
        let count = sentence.count
        let tagCount = Tag.count
        var staticKeys: [UInt64] = []
        staticKeys.reserveCapacity(count * 56)
        var staticRanges: [Range<Int>] = []
        staticRanges.reserveCapacity(count)
        var backPointers = [UInt8](repeating: 0, count: count * tagCount)
        var best = [Float](repeating: -.infinity, count: tagCount)
        var next = [Float](repeating: -.infinity, count: tagCount)
        var staticScores = [Float](repeating: 0, count: Tag.stride)
        var transitionScores = [Float](repeating: 0, count: Tag.stride)
        var transitionKeys: [UInt64] = []
        transitionKeys.reserveCapacity(4)
        var alive: [Tag] = [.outside]
        alive.reserveCapacity(beamWidth)
        best[0] = 0

        var nextMask = count == 0 ? 0 : SequenceDecoder.allowedTags(
            at: sentence.lowerBound, in: input, bytes: extractor.bytes,
            runTimeConstraints: runTimeConstraints, sentenceStart: true) & (count == 1 ? Tag.enders : ~0)
        var openingPunctuation = true
        for offset in 0..<count {
            let index = sentence.lowerBound + offset
            let token = input.tokens[index]
            let first = staticKeys.count
            extractor.staticFeatures(of: index, in: sentence, sentenceNumber: number, into: &staticKeys)
            extractor.earlierFeatures(of: index, earlierClass: token.isCapitalized ? UInt8(earlier[token.key] ?? 0) : 0, into: &staticKeys)
            staticRanges.append(first..<staticKeys.count)
            staticScores.withUnsafeMutableBufferPointer { scores in
                scores.update(repeating: 0)
                scorer.addScores(of: staticKeys[first...], into: scores.baseAddress!)
            }
            let isLast = offset + 1 == count
            let tokenMask = nextMask
            if !isLast {
                // A sentence starts at its first word, after any opening quotation marks.
                openingPunctuation = openingPunctuation && !token.hasLetter && !token.flags.contains(.hasDigit)
                nextMask = SequenceDecoder.allowedTags(at: index + 1, in: input, bytes: extractor.bytes,
                                                       runTimeConstraints: runTimeConstraints,
                                                       sentenceStart: openingPunctuation)
                if offset + 2 == count { nextMask &= Tag.enders }
            }
            for tag in 0..<tagCount { next[tag] = -.infinity }
            for previous in alive {
                transitionKeys.removeAll(keepingCapacity: true)
                extractor.transitionFeatures(of: index, previous: previous, lexicalOnly: transitions != nil, into: &transitionKeys)
                transitionScores.withUnsafeMutableBufferPointer { scores in
                    if let transitions {
                        let base = Int(previous.rawValue) * Tag.stride
                        for tag in 0..<Tag.stride { scores[tag] = transitions[base + tag] }
                    } else {
                        scores.update(repeating: 0)
                    }
                    scorer.addScores(of: transitionKeys[...], into: scores.baseAddress!)
                }
                let base = best[Int(previous.rawValue)]
                var allowed = Tag.successors[Int(previous.rawValue)] & tokenMask
                while allowed != 0 {
                    let slot = allowed.trailingZeroBitCount
                    allowed &= allowed - 1
                    let score = base + staticScores[slot] + transitionScores[slot]
                    if score > next[slot] {
                        next[slot] = score
                        backPointers[offset * tagCount + slot] = previous.rawValue
                    }
                }
            }
            swap(&best, &next)
            // Only tags the next token can follow stay in the beam, so it never runs dry.
            SequenceDecoder.keepBest(beamWidth, of: best, continuingInto: isLast ? ~0 : nextMask, in: &alive)
        }

        var tags = [Tag](repeating: .outside, count: count)
        if count > 0 {
            var tag = alive.first ?? .outside
            for offset in stride(from: count - 1, through: 0, by: -1) {
                tags[offset] = tag
                tag = Tag(rawValue: backPointers[offset * tagCount + Int(tag.rawValue)])
            }
        }
        return SentenceResult(tags: tags, staticKeys: staticKeys, staticRanges: staticRanges)
    }

    /// The tags a token may take whatever its context: all of them for numbers and words with a
    /// capital letter, only inside a name or outside for punctuation (abbreviations keep their
    /// period inside the word token: "U.S.", "Corp."), plus `runTimeConstraints`.
    @inline(__always)
    static func allowedTags(at index: Int, in input: TaggingInput, bytes: UnsafeBufferPointer<UInt8>,
                            runTimeConstraints: Bool, sentenceStart: Bool) -> UInt32 {
        let token = input.tokens[index]
        if token.flags.contains(.hasDigit) { return ~0 }
        if token.flags.contains(.hasUpper) {
            if runTimeConstraints, !token.isAllCaps,
               FunctionWords.calendar.contains(token.lower) || (sentenceStart && FunctionWords.keys.contains(token.lower)) {
                return Tag.insideOrOutside
            }
            return ~0
        }
        guard runTimeConstraints else { return token.hasLetter ? ~0 : Tag.insideOrOutside }
        if token.hasLetter { return Tag.insideOrOutside }
        return isSeparator(token, bytes) ? Tag.outside.bit : Tag.insideOrOutside
    }

    /// Brackets, commas, colons, semicolons and quotation marks.
    private static func isSeparator(_ token: TokenForm, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = bytes[token.start]
        switch first {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ","),
             UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "\""):
            return true
        case 0xE2:
            // “ ” „ « » and similar: U+201C...U+201F
            return token.end - token.start == 3 && bytes[token.start + 1] == 0x80 && (0x9C...0x9F).contains(bytes[token.start + 2])
        case 0xC2:
            return token.end - token.start == 2 && (bytes[token.start + 1] == 0xAB || bytes[token.start + 1] == 0xBB)
        default:
            return false
        }
    }

    /// Replaces `alive` with the `width` best-scoring reachable tags that some tag in `next`
    /// may follow, best first, plus the best tag that closes every name if none of those does:
    /// from it the sequence can always go on outside a name, so the beam never runs dry.
    private static func keepBest(_ width: Int, of scores: [Float], continuingInto next: UInt32, in alive: inout [Tag]) {
        alive.removeAll(keepingCapacity: true)
        scores.withUnsafeBufferPointer { scores in
            Tag.successors.withUnsafeBufferPointer { successors in
                var taken: UInt32 = 0
                for slot in 0..<scores.count where successors[slot] & next == 0 { taken |= 1 << UInt32(slot) }
                var hasClosed = false
                for _ in 0..<width {
                    let slot = bestSlot(in: scores, excluding: taken)
                    guard slot >= 0 else { break }
                    taken |= 1 << UInt32(slot)
                    let tag = Tag(rawValue: UInt8(slot))
                    hasClosed = hasClosed || Tag.opening & tag.bit == 0
                    alive.append(tag)
                }
                if !hasClosed {
                    let slot = bestSlot(in: scores, excluding: taken | Tag.opening)
                    if slot >= 0 { alive.append(Tag(rawValue: UInt8(slot))) }
                }
            }
        }
    }

    /// The first slot with the highest score above minus infinity that is not taken, or -1.
    @inline(__always)
    private static func bestSlot(in scores: UnsafeBufferPointer<Float>, excluding taken: UInt32) -> Int {
        var best = -1
        var bestScore = -Float.infinity
        var free = ~taken & (scores.count >= 32 ? ~0 : (1 << UInt32(scores.count)) &- 1)
        while free != 0 {
            let slot = free.trailingZeroBitCount
            free &= free &- 1
            if scores[slot] > bestScore {
                bestScore = scores[slot]
                best = slot
            }
        }
        return best
    }

    /// The entities a tag sequence spells: token ranges with their class.
    static func mentions(in tags: [Tag]) -> [(range: Range<Int>, label: CoarseLabel)] {
        var result: [(range: Range<Int>, label: CoarseLabel)] = []
        var start: Int?
        for (index, tag) in tags.enumerated() {
            guard let label = tag.label, let position = tag.position else { start = nil; continue }
            switch position {
            case .unit: result.append((index..<(index + 1), label)); start = nil
            case .begin: start = index
            case .inside: break
            case .last:
                if let first = start, tags[first].label == label { result.append((first..<(index + 1), label)) }
                start = nil
            }
        }
        return result
    }
}
