/// Turns a token in its context into feature keys (64-bit hashes) for the tagger.
///
/// Static features depend on the text and on earlier sentences: the word, its case-folded form,
/// shape, prefixes and suffixes, neighbouring words and shapes, position in the sentence,
/// whether the sentence is a headline, how the word is capitalised elsewhere in the document,
/// gazetteer membership, the kind of name a head word ahead makes ("Semiconductor", "Street"),
/// and the class this word was given in earlier sentences.
/// Transition features depend on the previous tag.
struct FeatureExtractor {
    /// Bump when templates change: a model trained with other templates is refused.
    static let version: UInt32 = 10

    let input: TaggingInput
    let bytes: UnsafeBufferPointer<UInt8>
    /// Per token: gazetteer bits, four per list (begin, inside, last, unit of a match).
    let gazetteer: [UInt64]
    /// Per previous tag, the first half of the transition templates 42 and 43 (the previous
    /// tag with the template), hashed once instead of once per beam entry and token.
    private let wordTransitions: [UInt64]
    private let shapeTransitions: [UInt64]

    private static let wordTransitionTable = Tag.all.map { FeatureHash.combine(42, UInt64($0.rawValue)) }
    private static let shapeTransitionTable = Tag.all.map { FeatureHash.combine(43, UInt64($0.rawValue)) }

    private static let beforeSentenceKey = FeatureHash.string("<s>")
    private static let afterSentenceKey = FeatureHash.string("</s>")
    /// The two above, held here: read for every token.
    private let beforeSentence: UInt64
    private let afterSentence: UInt64
    /// The most static features one token can have (with room to spare): 38 fixed templates,
    /// and per gazetteer list 4 of its own and 2 of its neighbours'.
    private let staticFeatureLimit: Int

    init(input: TaggingInput, bytes: UnsafeBufferPointer<UInt8>, gazetteer table: PhraseTable) {
        self.init(input: input, bytes: bytes, gazetteerMatches: table.longestMatches(in: input))
    }

    /// `gazetteerMatches`: the table's `longestMatches(in: input)`, when the caller needs them too.
    init(input: TaggingInput, bytes: UnsafeBufferPointer<UInt8>, gazetteerMatches: [(range: Range<Int>, bits: UInt32)]) {
        self.input = input
        self.bytes = bytes
        var bits = [UInt64](repeating: 0, count: input.tokens.count)
        for match in gazetteerMatches {
            for index in match.range {
                let position: UInt64 = match.range.count == 1 ? 3
                    : index == match.range.lowerBound ? 0 : index == match.range.upperBound - 1 ? 2 : 1
                for list in GazetteerList.allCases where match.bits & list.bit != 0 {
                    bits[index] |= 1 << (UInt64(list.rawValue) * 4 + position)
                }
            }
        }
        gazetteer = bits
        wordTransitions = FeatureExtractor.wordTransitionTable
        beforeSentence = FeatureExtractor.beforeSentenceKey
        afterSentence = FeatureExtractor.afterSentenceKey
        staticFeatureLimit = 40 + 6 * GazetteerList.allCases.count
        shapeTransitions = FeatureExtractor.shapeTransitionTable
    }

    @inline(__always)
    private func feature(_ template: UInt64, _ value: UInt64) -> UInt64 {
        FeatureHash.combine(template, value)
    }

    /// Appends the features that depend only on the text.
    func staticFeatures(of index: Int, in sentence: Range<Int>, sentenceNumber: Int, into keys: inout [UInt64]) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: FeatureBuffer.capacity) { memory in
            var buffer = FeatureBuffer(memory.baseAddress!)
            staticFeatures(of: index, in: sentence, sentenceNumber: sentenceNumber, into: &buffer)
            keys.append(contentsOf: buffer.keys)
        }
    }

    /// Appends the features that depend only on the text.
    func staticFeatures(of index: Int, in sentence: Range<Int>, sentenceNumber: Int, into keys: inout FeatureBuffer) {
        keys.reserve(staticFeatureLimit)
        let tokens = input.tokens
        let token = tokens[index]
        let lowerBefore = index > sentence.lowerBound ? tokens[index - 1].lower : beforeSentence
        let lowerBefore2 = index - 1 > sentence.lowerBound ? tokens[index - 2].lower : beforeSentence
        let lowerAfter = index + 1 < sentence.upperBound ? tokens[index + 1].lower : afterSentence
        let lowerAfter2 = index + 2 < sentence.upperBound ? tokens[index + 2].lower : afterSentence
        let shapeBefore = index > sentence.lowerBound ? tokens[index - 1].shortShape : beforeSentence
        let shapeAfter = index + 1 < sentence.upperBound ? tokens[index + 1].shortShape : afterSentence
        let isFirst = index == sentence.lowerBound
        let isHeadline = input.headline[sentenceNumber]

        keys.append(feature(1, 0))
        keys.append(feature(2, token.word))
        keys.append(feature(3, token.lower))
        keys.append(feature(4, token.shape))
        keys.append(feature(5, token.shortShape))
        let length = token.end - token.start
        for size in 1...4 where size < length {
            keys.append(feature(5 + UInt64(size), FeatureHash.bytes(bytes, token.start..<(token.start + size), lowercased: true)))
            keys.append(feature(9 + UInt64(size), FeatureHash.bytes(bytes, (token.end - size)..<token.end, lowercased: true)))
        }
        keys.append(feature(14, lowerBefore))
        keys.append(feature(15, lowerAfter))
        keys.append(feature(16, lowerBefore2))
        keys.append(feature(17, lowerAfter2))
        keys.append(feature(18, shapeBefore))
        keys.append(feature(19, shapeAfter))
        keys.append(FeatureHash.combine(20, shapeBefore, token.shortShape))
        keys.append(FeatureHash.combine(21, token.shortShape, shapeAfter))
        keys.append(FeatureHash.combine(22, lowerBefore, token.lower))
        keys.append(FeatureHash.combine(23, token.lower, lowerAfter))
        keys.append(FeatureHash.combine(33, token.shape, lowerAfter))
        keys.append(FeatureHash.combine(34, lowerBefore, token.shape))
        if isFirst {
            keys.append(feature(24, token.shortShape))
            keys.append(feature(25, token.lower))
        }
        if isHeadline {
            keys.append(feature(26, token.lower))
            keys.append(feature(27, token.shortShape))
        }
        if token.hasLetter {
            let context: UInt64 = isHeadline ? 2 : (isFirst ? 1 : 0)
            let capitalClass: UInt64 = token.isAllCaps ? 2 : (token.isCapitalized ? 1 : 0)
            keys.append(FeatureHash.combine(28, UInt64(input.documentCase[index]) << 4 | context << 2 | capitalClass))
        }
        appendGazetteerFeatures(of: index, in: sentence, into: &keys)
        keys.append(FeatureHash.combine(50, lowerBefore, lowerAfter))
        keys.append(feature(51, index > sentence.lowerBound ? tokens[index - 1].word : beforeSentence))
        keys.append(feature(52, index + 1 < sentence.upperBound ? tokens[index + 1].word : afterSentence))
        keys.append(FeatureHash.combine(FeatureHash.combine(57, shapeBefore), token.shortShape, shapeAfter))
        keys.append(feature(58, index - 1 > sentence.lowerBound ? tokens[index - 2].shortShape : beforeSentence))
        keys.append(feature(59, index + 2 < sentence.upperBound ? tokens[index + 2].shortShape : afterSentence))
        appendHeadWordFeatures(of: index, in: sentence, into: &keys)
    }

    /// The kind of name a head word ahead makes ("Norvex" before "Semiconductor", "Marcy"
    /// before "Street"), and the kind this word makes when it ends a name.
    private func appendHeadWordFeatures(of index: Int, in sentence: Range<Int>, into keys: inout FeatureBuffer) {
        let tokens = input.tokens
        if tokens[index].isCapitalized, let kind = HeadWordClass.of(tokens[index].key) {
            keys.append(feature(60, UInt64(kind.rawValue)))
        }
        for distance in 1...2 where index + distance < sentence.upperBound {
            let ahead = tokens[index + distance]
            guard ahead.isCapitalized else { break }
            if let kind = HeadWordClass.of(ahead.key) {
                keys.append(feature(60 + UInt64(distance), UInt64(kind.rawValue)))
                break
            }
        }
    }

    private func appendGazetteerFeatures(of index: Int, in sentence: Range<Int>, into keys: inout FeatureBuffer) {
        var bits = gazetteer[index]
        while bits != 0 {
            let bit = UInt64(bits.trailingZeroBitCount)
            keys.append(feature(29, bit))
            bits &= bits - 1
        }
        if index > sentence.lowerBound {
            appendListFeatures(template: 30, bits: gazetteer[index - 1], into: &keys)
        }
        if index + 1 < sentence.upperBound {
            appendListFeatures(template: 31, bits: gazetteer[index + 1], into: &keys)
        }
    }

    private func appendListFeatures(template: UInt64, bits: UInt64, into keys: inout FeatureBuffer) {
        guard bits != 0 else { return }
        for list in GazetteerList.allCases where bits & (0xF << (UInt64(list.rawValue) * 4)) != 0 {
            keys.append(feature(template, UInt64(list.rawValue)))
        }
    }

    /// Appends the features of how this word was tagged in earlier sentences of the document
    /// (`earlierClass`: 0 never seen capitalised, 1 + class for an entity class, 5 for outside).
    func earlierFeatures(of index: Int, earlierClass: UInt8, into keys: inout FeatureBuffer) {
        guard earlierClass != 0 else { return }
        keys.reserve(2)
        keys.append(feature(35, UInt64(earlierClass)))
        keys.append(FeatureHash.combine(36, UInt64(earlierClass), input.tokens[index].shortShape))
    }

    /// The feature of the previous tag alone (the same for every token: scores can be cached).
    static func transitionFeature(previous: Tag) -> UInt64 {
        FeatureHash.combine(40, UInt64(previous.rawValue))
    }

    /// Appends the features that depend on the previous tag; `lexicalOnly` leaves out the one
    /// of the previous tag alone.
    func transitionFeatures(of index: Int, previous: Tag, lexicalOnly: Bool = false, into keys: inout [UInt64]) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 4) { memory in
            var buffer = FeatureBuffer(memory.baseAddress!)
            transitionFeatures(of: index, previous: previous, lexicalOnly: lexicalOnly, into: &buffer)
            keys.append(contentsOf: buffer.keys)
        }
    }

    func transitionFeatures(of index: Int, previous: Tag, lexicalOnly: Bool = false, into keys: inout FeatureBuffer) {
        let token = input.tokens[index]
        let previousValue = UInt64(previous.rawValue)
        keys.reserve(3)
        if !lexicalOnly { keys.append(FeatureExtractor.transitionFeature(previous: previous)) }
        // FeatureHash.combine(42, previousValue, token.lower) and the same with 43 and the shape.
        keys.append(FeatureHash.combine(wordTransitions[Int(previousValue)], token.lower))
        keys.append(FeatureHash.combine(shapeTransitions[Int(previousValue)], token.shortShape))
    }
}
