/// Everything the corpus view shows, accumulated one record at a time in bounded memory.
///
/// Memory does not grow with the corpus: counts per key live in `TopCounter`s of fixed capacity,
/// the sentiment distribution is a fixed histogram, and only the first few examples of errors and
/// bad lines are kept. Everything else is a running total.
public struct CorpusSummary: Sendable {
    /// Capacity of each key counter (see `TopCounter`: up to twice this many keys are held).
    public static let counterCapacity = 5_000
    /// Entity labels tracked separately; further labels (from odd records) are lumped together.
    public static let maximumLabels = 24
    public static let otherLabels = "other labels"
    /// Examples of errors and bad lines kept for the report.
    public static let maximumExamples = 10
    /// Number of bins of the document sentiment histogram over [-1, 1].
    public static let histogramBins = 20

    public struct LineExample: Sendable {
        public let line: Int
        public let message: String
    }

    public struct ErrorExample: Sendable {
        public let id: String?
        public let step: String
        public let message: String
    }

    // Records
    public private(set) var lines = 0
    public private(set) var badLines = 0
    public private(set) var badLineExamples: [LineExample] = []
    public private(set) var documents = 0
    public private(set) var errors = 0
    public private(set) var errorSteps = TopCounter(capacity: 64)
    public private(set) var errorExamples: [ErrorExample] = []
    public private(set) var skippedAnnotations = 0
    /// Bytes of the records file read (set by the reader).
    public var recordBytes = 0
    /// UTF-8 bytes of the documents' output text.
    public private(set) var textBytes = 0

    // Entities
    public private(set) var mentionsByLabel = TopCounter(capacity: maximumLabels)
    public private(set) var entitiesByLabel: [String: TopCounter] = [:]

    // Quotes
    public private(set) var quotes = 0
    public private(set) var quotesWithSpeaker = 0
    public private(set) var speakers = TopCounter(capacity: counterCapacity)

    // Sentiment
    public private(set) var documentsWithSentiment = 0
    public private(set) var histogram = [Int](repeating: 0, count: histogramBins)
    public private(set) var sentimentLabels: [String: Int] = ["positive": 0, "neutral": 0, "negative": 0]
    public private(set) var entitySentiment = TopCounter(capacity: counterCapacity)
    /// Sums for the mean of document, author-voice and quoted-voice scores, and how many of each.
    public private(set) var scoreSums = (document: 0.0, author: 0.0, quoted: 0.0)
    public private(set) var scoreCounts = (document: 0, author: 0, quoted: 0)

    // Boilerplate
    public private(set) var documentsWithRemovals = 0
    public private(set) var inputCharacters = 0
    public private(set) var removedCharacters = 0
    public private(set) var removedByReason = TopCounter(capacity: 256)
    public private(set) var removalsByReason = TopCounter(capacity: 256)
    public private(set) var sources = TopCounter(capacity: 1_000)
    public private(set) var documentsWithSource = 0

    public init() {}

    /// Counts a line that is not a record.
    public mutating func addBadLine(_ line: Int, message: String) {
        lines += 1
        badLines += 1
        if badLineExamples.count < Self.maximumExamples {
            badLineExamples.append(LineExample(line: line, message: message))
        }
    }

    /// Adds one record.
    public mutating func add(_ record: ReportRecord) {
        lines += 1
        if let failure = record.failure {
            errors += 1
            errorSteps.add(failure.step)
            if errorExamples.count < Self.maximumExamples {
                errorExamples.append(ErrorExample(id: record.id, step: failure.step, message: failure.message))
            }
            return
        }
        documents += 1
        textBytes += record.textBytes
        skippedAnnotations += record.skippedAnnotations
        addEntities(record)
        addQuotes(record)
        addSentiment(record)
        addRemovals(record)
    }

    private mutating func addEntities(_ record: ReportRecord) {
        for entity in record.entities {
            var label = entity.label
            if mentionsByLabel.entries[label] == nil, mentionsByLabel.entries.count >= Self.maximumLabels - 1 {
                label = Self.otherLabels
            }
            mentionsByLabel.add(label)
            entitiesByLabel[label, default: TopCounter(capacity: Self.counterCapacity)].add(entity.canonical)
        }
    }

    private mutating func addQuotes(_ record: ReportRecord) {
        for quote in record.quotes {
            quotes += 1
            guard let speaker = quote.speaker, !speaker.isEmpty else { continue }
            quotesWithSpeaker += 1
            speakers.add(speaker, value: record.meanSentenceScore(over: quote.range))
        }
    }

    private mutating func addSentiment(_ record: ReportRecord) {
        if let score = record.authorScore { scoreSums.author += score; scoreCounts.author += 1 }
        if let score = record.quotedScore { scoreSums.quoted += score; scoreCounts.quoted += 1 }
        if let score = record.documentScore {
            scoreSums.document += score
            scoreCounts.document += 1
            documentsWithSentiment += 1
            histogram[Self.bin(of: score)] += 1
            sentimentLabels[Self.sentimentLabel(score), default: 0] += 1
        }
        for entity in record.entitySentiments {
            entitySentiment.add(entity.canonical, count: entity.mentions, value: entity.score,
                                valueWeight: Double(entity.mentions))
        }
        // `sentiment.entities` is optional in the contract; without it, an entity's sentiment is
        // that of the sentences mentioning it.
        if record.entitySentiments.isEmpty, !record.sentenceScores.isEmpty {
            for entity in record.entities {
                if let score = record.meanSentenceScore(over: entity.range) {
                    entitySentiment.add(entity.canonical, value: score)
                }
            }
        }
    }

    private mutating func addRemovals(_ record: ReportRecord) {
        let input = record.inputLength
        let removed = record.removedLength
        inputCharacters += input
        removedCharacters += removed
        if !record.removed.isEmpty { documentsWithRemovals += 1 }
        for removal in record.removed {
            removedByReason.add(removal.reason, count: removal.range.length)
            removalsByReason.add(removal.reason)
        }
        if let source = record.source {
            documentsWithSource += 1
            sources.add(source, value: input > 0 ? Double(removed) / Double(input) : 0,
                        valueWeight: Double(input))
        }
    }

    /// The histogram bin of a score in [-1, 1]; bin i covers [-1 + i*w, -1 + (i+1)*w), the last
    /// bin includes 1.
    public static func bin(of score: Double) -> Int {
        let width = 2.0 / Double(histogramBins)
        let index = Int(((min(max(score, -1), 1) + 1) / width).rounded(.down))
        return min(index, histogramBins - 1)
    }

    /// The contract's label for a score: positive above 0.05, negative below -0.05.
    public static func sentimentLabel(_ score: Double) -> String {
        score > 0.05 ? "positive" : score < -0.05 ? "negative" : "neutral"
    }

    /// Share of input characters removed as boilerplate (0 when nothing was read).
    public var removedShare: Double {
        inputCharacters > 0 ? Double(removedCharacters) / Double(inputCharacters) : 0
    }
}
