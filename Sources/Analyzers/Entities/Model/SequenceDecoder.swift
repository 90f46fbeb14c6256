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
            let result = decodeSentence(number, with: scorer, earlier: earlier, transitions: transitions,
                                        recordingFeatures: false)
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
    /// `recordingFeatures`: whether the result keeps the static features (the trainer needs
    /// them; tagging does not).
    func decodeSentence<Scorer: TagScorer>(_ number: Int, with scorer: Scorer, earlier: KeyTable,
                                           transitions: [Float]? = nil, recordingFeatures: Bool = true) -> SentenceResult {
        let input = extractor.input
        let sentence = input.sentences[number]
        let count = sentence.count
        let tagCount = Tag.count
        var staticKeys: [UInt64] = []
        var staticRanges: [Range<Int>] = []
        if recordingFeatures {
            staticKeys.reserveCapacity(count * 56)
            staticRanges.reserveCapacity(count)
        }
        var backPointers = [UInt8](repeating: 0, count: count * tagCount)

        // Scratch memory: best and next scores per tag, the token's static and one transition's
        // scores, then the token's feature keys and one transition's.
        let floats = UnsafeMutablePointer<Float>.allocate(capacity: 4 * Tag.stride)
        let keyMemory = UnsafeMutablePointer<UInt64>.allocate(capacity: FeatureBuffer.capacity + 8)
        let beamMemory = UnsafeMutablePointer<UInt8>.allocate(capacity: beamWidth + 1)
        defer {
            floats.deallocate()
            keyMemory.deallocate()
            beamMemory.deallocate()
        }
        beamMemory[0] = Tag.outside.rawValue
        var alive = Beam(tags: beamMemory, count: 1)
        var best = floats
        var next = floats + Tag.stride
        let staticScores = floats + 2 * Tag.stride
        let transitionScores = floats + 3 * Tag.stride
        for slot in 0..<tagCount { best[slot] = -.infinity }
        best[0] = 0
        var tokenKeys = FeatureBuffer(keyMemory)
        var transitionKeys = FeatureBuffer(keyMemory + FeatureBuffer.capacity)
        let successors = Tag.successors

        var nextMask = count == 0 ? 0 : SequenceDecoder.allowedTags(
            at: sentence.lowerBound, in: input, bytes: extractor.bytes,
            runTimeConstraints: runTimeConstraints, sentenceStart: true) & (count == 1 ? Tag.enders : ~0)
        var openingPunctuation = true
        for offset in 0..<count {
            let index = sentence.lowerBound + offset
            let token = input.tokens[index]
            tokenKeys.removeAll()
            extractor.staticFeatures(of: index, in: sentence, sentenceNumber: number, into: &tokenKeys)
            extractor.earlierFeatures(of: index, earlierClass: token.isCapitalized ? UInt8(earlier[token.key] ?? 0) : 0, into: &tokenKeys)
            if recordingFeatures {
                let first = staticKeys.count
                staticKeys.append(contentsOf: tokenKeys.keys)
                staticRanges.append(first..<staticKeys.count)
            }
            staticScores.update(repeating: 0, count: Tag.stride)
            scorer.addScores(of: tokenKeys.keys, into: staticScores)
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
            // Tags given a score at this token: the others stay at minus infinity.
            var reached: UInt32 = 0
            for entry in 0..<alive.count {
                let previous = Tag(rawValue: alive.tags[entry])
                transitionKeys.removeAll()
                extractor.transitionFeatures(of: index, previous: previous, lexicalOnly: transitions != nil, into: &transitionKeys)
                if let transitions {
                    let base = Int(previous.rawValue) * Tag.stride
                    for tag in 0..<Tag.stride { transitionScores[tag] = transitions[base + tag] }
                } else {
                    transitionScores.update(repeating: 0, count: Tag.stride)
                }
                scorer.addScores(of: transitionKeys.keys, into: transitionScores)
                let base = best[Int(previous.rawValue)]
                var allowed = successors[Int(previous.rawValue)] & tokenMask
                while allowed != 0 {
                    let slot = allowed.trailingZeroBitCount
                    allowed &= allowed - 1
                    let score = base + staticScores[slot] + transitionScores[slot]
                    if score > next[slot] {
                        next[slot] = score
                        reached |= 1 << UInt32(slot)
                        backPointers[offset * tagCount + slot] = previous.rawValue
                    }
                }
            }
            swap(&best, &next)
            // Only tags the next token can follow stay in the beam, so it never runs dry.
            SequenceDecoder.keepBest(beamWidth, of: UnsafeBufferPointer(start: best, count: tagCount),
                                     reached: reached, continuingInto: isLast ? ~0 : nextMask, successors: successors, in: &alive)
        }

        var tags = [Tag](repeating: .outside, count: count)
        if count > 0 {
            var tag = alive.count > 0 ? Tag(rawValue: alive.tags[0]) : .outside
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
    /// may follow, best first (ties: the lower tag first), plus the best tag that closes every
    /// name if none of those does: from it the sequence can always go on outside a name, so the
    /// beam never runs dry.
    /// `reached`: the tags with a score above minus infinity.
    private static func keepBest(_ width: Int, of scores: UnsafeBufferPointer<Float>, reached: UInt32, continuingInto next: UInt32,
                                 successors: [UInt32], in alive: inout Beam) {
        alive.count = 0
        var bestClosing = -1
        var hasClosed = false
        let tags = alive.tags
        var candidates = reached
        while candidates != 0 {
            let slot = candidates.trailingZeroBitCount
            candidates &= candidates &- 1
            guard successors[slot] & next != 0 else { continue }
            let score = scores[slot]
            guard score > -Float.infinity else { continue }
            let closes = Tag.opening & (1 << UInt32(slot)) == 0
            if closes && (bestClosing < 0 || score > scores[bestClosing]) { bestClosing = slot }
            // Slots come in increasing order, so an equal score stays behind the earlier tag.
            var position = alive.count
            while position > 0 && scores[Int(tags[position - 1])] < score { position -= 1 }
            guard position < width else { continue }
            let last = min(alive.count, width - 1)
            var move = last
            while move > position {
                tags[move] = tags[move - 1]
                move -= 1
            }
            tags[position] = UInt8(slot)
            alive.count = last + 1
        }
        for index in 0..<alive.count where Tag.opening & (1 << UInt32(tags[index])) == 0 { hasClosed = true }
        if bestClosing >= 0 && !hasClosed {
            tags[alive.count] = UInt8(bestClosing)
            alive.count += 1
        }
    }

    /// The tags that go on from one token to the next, best first, in scratch memory with
    /// room for the beam and one more.
    struct Beam {
        let tags: UnsafeMutablePointer<UInt8>
        var count: Int
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
