/// The typed annotations a document collects as it passes through a pipeline.
/// Field names follow the record contract (CONTRACT.md); offsets are UTF-8 byte offsets.

/// A stretch of the input text that a rewriting step removed, and why.
public struct RemovedSpan: Hashable, Sendable {
    /// Offsets into the INPUT text (before any rewriting step ran).
    public var span: Span
    /// A short machine-readable reason such as `share-prompt` or `disclaimer`.
    public var reason: String

    public init(span: Span, reason: String) {
        self.span = span
        self.reason = reason
    }
}

/// Named-entity labels of the record contract.
public enum EntityLabel: String, Sendable, CaseIterable, Codable, Hashable {
    case person = "PERSON"
    case org = "ORG"
    case gpe = "GPE"
    case loc = "LOC"
    case norp = "NORP"
    case misc = "MISC"
}

/// One entity mention.
public struct Entity: Hashable, Sendable {
    public var span: Span
    /// The mention as written (`text[span]`).
    public var text: String
    public var label: EntityLabel
    /// The fullest mention of the same entity in the document ("Biden" -> "Joe Biden").
    public var canonical: String

    public init(span: Span, text: String, label: EntityLabel, canonical: String) {
        self.span = span
        self.text = text
        self.label = label
        self.canonical = canonical
    }
}

/// One direct quotation.
public struct Quote: Hashable, Sendable {
    /// The quoted words without the quotation marks.
    public var span: Span
    public var text: String
    /// The resolved speaker (canonical entity name where known), or nil.
    public var speaker: String?
    /// The mention (name or pronoun) that identifies the speaker, or nil.
    public var speakerSpan: Span?
    /// The speech verb or phrase that attributes the quote ("said", "according to"), or nil.
    public var cue: String?

    public init(span: Span, text: String, speaker: String?, speakerSpan: Span?, cue: String?) {
        self.span = span
        self.text = text
        self.speaker = speaker
        self.speakerSpan = speakerSpan
        self.cue = cue
    }
}

/// Sentiment of one stretch of text (a sentence).
public struct ScoredSpan: Hashable, Sendable {
    public var span: Span
    /// In [-1, 1].
    public var score: Double

    public init(span: Span, score: Double) {
        self.span = span
        self.score = score
    }
}

/// Mean sentiment of the sentences that mention one entity.
public struct EntitySentiment: Hashable, Sendable {
    public var canonical: String
    public var score: Double
    public var mentions: Int

    public init(canonical: String, score: Double, mentions: Int) {
        self.canonical = canonical
        self.score = score
        self.mentions = mentions
    }
}

/// Document-level sentiment with its parts.
public struct SentimentAnnotation: Hashable, Sendable {
    /// In [-1, 1].
    public var score: Double
    public var sentences: [ScoredSpan]
    /// Per canonical entity; nil when entities did not run or per-entity scoring is off.
    public var entities: [EntitySentiment]?
    /// Score of the text outside quotations (the author's voice); nil when quotes did not run.
    public var authorScore: Double?
    /// Score of the text inside quotations (the sources' voices); nil when quotes did not run
    /// or the document has no quotation.
    public var quotedScore: Double?

    public init(score: Double, sentences: [ScoredSpan], entities: [EntitySentiment]? = nil,
                authorScore: Double? = nil, quotedScore: Double? = nil) {
        self.score = score
        self.sentences = sentences
        self.entities = entities
        self.authorScore = authorScore
        self.quotedScore = quotedScore
    }

    /// "positive" above 0.05, "negative" below -0.05, else "neutral" (CONTRACT.md).
    public static func label(for score: Double) -> String {
        score > 0.05 ? "positive" : (score < -0.05 ? "negative" : "neutral")
    }

    public var label: String { Self.label(for: score) }
}
