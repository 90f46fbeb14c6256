import GlossKit

/// Readability of a news text: the Flesch reading ease and Flesch–Kincaid grade level, with the
/// counts they are computed from. Built as a plugin library (libGlossReadability) that `gloss`
/// loads at run time; its output lands under the record key `readability`.
///
/// Syllables are estimated from spelling (`SyllableCounter`), so the scores match published
/// Flesch figures within the usual tolerance of such counters, not exactly.
public struct ReadabilityAnalyzer: Analyzer {
    public struct Options: Decodable, Sendable {
        public var minWords = 1

        enum CodingKeys: String, CodingKey {
            case minWords = "min-words"
        }

        public init() {}

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            minWords = try container.decodeIfPresent(Int.self, forKey: .minWords) ?? minWords
        }
    }

    public static let name = "readability"
    public static let summary = "Flesch reading ease, Flesch-Kincaid grade, words, sentences, syllables"
    public static let optionsHelp = [
        OptionHelp("min-words", type: "integer", default: "1",
                   "Texts with fewer words get null scores (the formulas are unreliable on very short texts); counts are always given"),
    ]
    public static let examples = [
        AnalyzerExample(
            "One short sentence of one-syllable words reads very easily",
            text: "The cat sat on the mat.",
            expected: #"{"readability": {"words": 6, "sentences": 1, "syllables": 6, "words_per_sentence": 6.0, "flesch_reading_ease": 116.15, "flesch_kincaid_grade": -1.45}}"#),
        AnalyzerExample(
            "Long words in a long sentence read harder",
            text: "The administration's controversial infrastructure legislation generated considerable opposition among congressional representatives.",
            expected: #"{"readability": {"words": 12, "sentences": 1, "flesch_reading_ease": "<0", "flesch_kincaid_grade": ">0"}}"#),
        AnalyzerExample(
            "Below min-words the scores are null",
            text: "Talks resume.",
            options: "{min-words: 100}",
            expected: #"{"readability": {"words": 2, "sentences": 1, "flesch_reading_ease": null, "flesch_kincaid_grade": null}}"#),
    ]

    let minWords: Int

    public init(options: Options) throws {
        guard options.minWords >= 1 else {
            throw AnalyzerSetupError("min-words must be at least 1, got \(options.minWords)", option: "min-words")
        }
        minWords = options.minWords
    }

    public func analyze(_ document: inout Document) {
        let layer = document.textLayer()
        var words = 0
        var syllables = 0
        var sentences = 0
        var tokenIndex = 0
        for sentence in layer.sentences {
            var wordsInSentence = 0
            while tokenIndex < layer.tokens.count, layer.tokens[tokenIndex].span.start < sentence.end {
                let token = layer.tokens[tokenIndex]
                tokenIndex += 1
                guard token.span.start >= sentence.start else { continue }
                switch token.kind {
                case .word:
                    wordsInSentence += 1
                    syllables += SyllableCounter.syllables(inWord: layer.bytes[token.span.range])
                case .number:
                    wordsInSentence += 1
                    syllables += SyllableCounter.syllables(inNumber: layer.bytes[token.span.range])
                case .punctuation, .symbol:
                    break
                }
            }
            if wordsInSentence > 0 { sentences += 1 }
            words += wordsInSentence
        }

        var result: JSONObject = [
            "words": .int(words),
            "sentences": .int(sentences),
            "syllables": .int(syllables),
        ]
        if words >= minWords, sentences > 0 {
            let wordsPerSentence = Double(words) / Double(sentences)
            let syllablesPerWord = Double(syllables) / Double(words)
            result["words_per_sentence"] = .double(Self.rounded(wordsPerSentence))
            result["syllables_per_word"] = .double(Self.rounded(syllablesPerWord))
            result["flesch_reading_ease"] = .double(Self.rounded(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord))
            result["flesch_kincaid_grade"] = .double(Self.rounded(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59))
        } else {
            for key in ["words_per_sentence", "syllables_per_word", "flesch_reading_ease", "flesch_kincaid_grade"] {
                result[key] = .null
            }
        }
        document.extensions[Self.name] = .object(result)
    }

    static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }
}
