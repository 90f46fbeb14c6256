import GlossKit
import Testing
@testable import GlossEntities

@Suite struct TokenFeatureTests {
    private func input(_ text: String) -> (TaggingInput, [String]) {
        let layer = TextLayer(text: text)
        let input = TaggingInput(layer: layer)
        return (input, input.tokens.map { layer.string(Span($0.start, $0.end)) })
    }

    @Test func possessivesAndCurlyQuotesAreSplitOffNames() {
        let (_, words) = input("“China’s Foreign Ministry,” said Reuters’ reporter. Britain's")
        #expect(words.contains("China"))
        #expect(words.contains("’s"))
        #expect(words.contains("“"))
        #expect(words.contains("Reuters"))
        #expect(words.contains("Britain"))
        #expect(!words.contains { $0.hasPrefix("“") && $0.count > 1 })
    }

    @Test func letterCaseFlagsCoverCapitalsAllCapsAndOtherScripts() {
        let (input, words) = input("McDonald ÉLYSÉE über NATO 1996-08-22")
        let flags = Dictionary(zip(words, input.tokens.map(\.flags)), uniquingKeysWith: { first, _ in first })
        #expect(flags["McDonald"]?.contains(.capitalized) == true)
        #expect(flags["McDonald"]?.contains(.allCaps) == false)
        #expect(flags["ÉLYSÉE"]?.contains(.allCaps) == true)
        #expect(flags["über"]?.contains(.lowerInitial) == true)
        #expect(flags["NATO"]?.contains(.allCaps) == true)
        #expect(input.tokens.contains { $0.flags.contains(.hasDigit) })
    }

    @Test func shapesGroupWordsWrittenAlike() {
        let (input, words) = input("Paris London PARIS paris")
        let shapes = Dictionary(zip(words, input.tokens.map(\.shortShape)), uniquingKeysWith: { first, _ in first })
        #expect(shapes["Paris"] == shapes["London"])
        #expect(shapes["Paris"] != shapes["PARIS"])
        #expect(shapes["Paris"] != shapes["paris"])
        let lower = Dictionary(zip(words, input.tokens.map(\.lower)), uniquingKeysWith: { first, _ in first })
        #expect(lower["Paris"] == lower["PARIS"])
    }

    @Test func aHeadlineInCapitalsIsMarked() {
        let (input, _) = input("RUSSIA WARNS NATO OVER EXERCISES\nMoscow said on Friday it would respond.")
        #expect(input.headline.first == true)
        #expect(input.headline.last == false)
    }

    @Test func lineBreaksEndSegmentsAndInitialsDoNot() {
        let (input, words) = input("Willie\nWood won. J. Smith was second.")
        let segments = input.sentences.map { $0.map { words[$0] } }
        #expect(segments.first == ["Willie"])
        #expect(segments.contains { $0.contains("J.") && $0.contains("Smith") })
    }

    @Test func aWordSeenCapitalisedMidSentenceIsRememberedForTheDocument() {
        let (input, words) = input("Apple rose. Shares of Apple gained while apple growers lost.")
        let first = words.firstIndex(of: "Apple")!
        #expect(input.documentCase[first] == 3, "seen capitalised mid-sentence and in lower case")
        let rose = words.firstIndex(of: "rose")!
        #expect(input.documentCase[rose] == 2)
    }

    @Test func gazetteerMatchesPreferTheLongestName() {
        let layer = TextLayer(text: "Talks in New York City and Papua New Guinea.")
        let input = TaggingInput(layer: layer)
        let matches = BuiltinGazetteers.table.longestMatches(in: input).map {
            layer.string(Span(input.tokens[$0.range.lowerBound].start, input.tokens[$0.range.upperBound - 1].end))
        }
        #expect(matches == ["New York City", "Papua New Guinea"])
    }

    @Test func featureKeysDependOnContextButNotOnPosition() {
        let text = "Zhao Lijian spoke. Zhao Lijian spoke."
        let layer = TextLayer(text: text)
        let input = TaggingInput(layer: layer)
        layer.bytes.withUnsafeBufferPointer { bytes in
            let extractor = FeatureExtractor(input: input, bytes: bytes, gazetteer: BuiltinGazetteers.table)
            var first: [UInt64] = []
            var second: [UInt64] = []
            extractor.staticFeatures(of: input.sentences[0].lowerBound, in: input.sentences[0], sentenceNumber: 0, into: &first)
            extractor.staticFeatures(of: input.sentences[1].lowerBound, in: input.sentences[1], sentenceNumber: 1, into: &second)
            #expect(first == second)
            var next: [UInt64] = []
            extractor.staticFeatures(of: input.sentences[0].lowerBound + 1, in: input.sentences[0], sentenceNumber: 0, into: &next)
            #expect(first != next)
        }
    }

    @Test func bilouTransitionsAreWellFormed() {
        let begin = Tag(.begin, .person)
        #expect(begin.allows(Tag(.last, .person)))
        #expect(!begin.allows(Tag(.last, .org)))
        #expect(!begin.allows(.outside))
        #expect(Tag.outside.allows(Tag(.unit, .loc)))
        #expect(!Tag.outside.allows(Tag(.inside, .loc)))
        #expect(SequenceDecoder.mentions(in: [Tag(.begin, .org), Tag(.last, .org), .outside, Tag(.unit, .misc)]).map(\.range)
            == [0..<2, 3..<4])
    }
}

@Suite struct KeyTableTests {
    @Test func storesAndUpdatesValuesAcrossGrowth() {
        var table = KeyTable()
        for key in UInt64(0)..<1000 { table[key &* 0x9E37_79B9_7F4A_7C15] = UInt32(key) }
        #expect(table.count == 1000)
        #expect(table[5 &* 0x9E37_79B9_7F4A_7C15] == 5)
        #expect(table[0] == 0)
        table[5 &* 0x9E37_79B9_7F4A_7C15] = 42
        #expect(table[5 &* 0x9E37_79B9_7F4A_7C15] == 42)
        #expect(table[12_345] == nil)
        #expect(table.count == 1000)
    }
}
