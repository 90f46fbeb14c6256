import GlossKit

/// The `sentiment` analyzer: lexicon-and-rules sentiment per sentence and per document, and,
/// when earlier steps found them, per entity and per voice (author versus quoted sources).
///
/// - Sentences are scored by `SentenceScorer` (VADER lexicon, the project's news lexicon and
///   idioms, negation, intensity, contrast and emphasis rules), each in [-1, 1].
/// - The document score pools the sentences as `SentimentAggregate` describes: a text of up to
///   three sentences is scored as one utterance, a longer one by its average three-sentence
///   passage, so long articles do not saturate.
/// - With entities: each canonical entity gets the mean score of the sentences that mention it
///   and its mention count; entity names themselves carry no sentiment ("United Nations").
/// - With quotes: `authorScore` pools the words outside quotations, `quotedScore` those inside.
public struct SentimentAnalyzer: Analyzer {
    public struct Options: Decodable, Sendable {
        /// A file of extra or overriding entries, "word<TAB>valence" per line (valence -4...4).
        public var lexicon: String?
        /// Whether per-sentence scores are written.
        public var level: Level
        /// Whether per-entity scores are written when an entities step ran before.
        public var perEntity: Bool

        public enum Level: String, Decodable, Sendable {
            /// Only the document score (and entity and voice scores).
            case document
            /// The document score plus one score per sentence.
            case sentence
        }

        enum CodingKeys: String, CodingKey {
            case lexicon
            case level
            case perEntity = "per-entity"
        }

        public init(lexicon: String? = nil, level: Level = .sentence, perEntity: Bool = true) {
            self.lexicon = lexicon
            self.level = level
            self.perEntity = perEntity
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            lexicon = try container.decodeIfPresent(String.self, forKey: .lexicon)
            level = try container.decodeIfPresent(Level.self, forKey: .level) ?? .sentence
            perEntity = try container.decodeIfPresent(Bool.self, forKey: .perEntity) ?? true
        }
    }

    public static let name = "sentiment"
    public static let summary = "Score sentiment in [-1, 1] per sentence and document, per entity and per voice (lexicon and rules)"

    public static let optionsHelp: [OptionHelp] = [
        OptionHelp("lexicon", type: "path", default: "none",
                   "Extra or overriding entries, one 'word<TAB>valence' per line, valence in -4...4 ('#' starts a comment)"),
        OptionHelp("level", type: "document | sentence", default: "sentence",
                   "Whether per-sentence scores are written besides the document score"),
        OptionHelp("per-entity", type: "boolean", default: "true",
                   "Score each entity (mean of the sentences that mention it) when an entities step ran before"),
    ]

    public static let examples: [AnalyzerExample] = [
        AnalyzerExample(
            "Negation reverses a positive word",
            text: "The talks were not productive.",
            expected: #"{"sentiment": {"score": "<0", "label": "negative", "sentences": [{"start": 0, "end": 30, "score": "<0"}]}}"#),
        AnalyzerExample(
            "After 'but' the second clause decides the tone",
            text: "The plan is ambitious, but the funding is a disaster.",
            expected: #"{"sentiment": {"score": "<0", "label": "negative"}}"#),
        AnalyzerExample(
            "Capitals and exclamation marks add emphasis",
            text: "The verdict is GOOD news for the families!!",
            expected: #"{"sentiment": {"score": ">0", "label": "positive"}}"#),
        AnalyzerExample(
            "News vocabulary: cooperation and breakthrough",
            text: "Both sides hailed the breakthrough as a model of cooperation.",
            options: "{level: document}",
            expected: #"{"sentiment": {"score": ">0", "label": "positive"}}"#),
    ]

    let scorer: SentenceScorer
    let options: Options

    public init(options: Options) throws {
        self.options = options
        if let path = options.lexicon {
            scorer = SentenceScorer(table: try SentimentLexicon.table(addingFile: path))
        } else {
            scorer = SentenceScorer(table: try SentimentLexicon.builtIn.get())
        }
    }

    public func analyze(_ document: inout Document) {
        let layer = document.textLayer()
        let entities = options.perEntity ? document.entities : nil
        let analysis = DocumentScoring(scorer: scorer).score(
            layer, entities: document.entities ?? [], quotes: document.quotes)
        var annotation = SentimentAnnotation(
            score: analysis.score,
            sentences: options.level == .sentence ? analysis.sentences : [])
        if let entities {
            annotation.entities = EntityScoring.scores(entities, layer: layer, sentenceScores: analysis.sentences)
        }
        annotation.authorScore = analysis.authorScore
        annotation.quotedScore = analysis.quotedScore
        document.sentiment = annotation
    }
}
