import GlossKit

/// A span of a record's text in Unicode code points (Python `str` indexes), as the record
/// contract writes offsets.
public struct CodePointRange: Hashable, Sendable {
    public let start: Int
    public let end: Int
    public var length: Int { end - start }

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// One output record of `gloss run`, read leniently: annotations whose fields are missing or of
/// the wrong type are left out (and counted), so one odd record never stops a report.
public struct ReportRecord: Sendable {
    public struct Entity: Sendable {
        public let range: CodePointRange
        public let label: String
        public let canonical: String
    }

    public struct Quote: Sendable {
        public let range: CodePointRange
        public let speaker: String?
        public let speakerRange: CodePointRange?
        public let cue: String?
    }

    public struct Removal: Sendable {
        /// Offsets into the INPUT text, which the record does not contain.
        public let range: CodePointRange
        public let reason: String
    }

    public struct ScoredSpan: Sendable {
        public let range: CodePointRange
        public let score: Double
    }

    public struct EntitySentiment: Sendable {
        public let canonical: String
        public let score: Double
        public let mentions: Int
    }

    public struct Failure: Sendable {
        public let step: String
        public let message: String
        public let line: Int?
    }

    public var id: String?
    public var source: String?
    /// The output text as Unicode scalars, so code-point offsets index it directly.
    public var scalars: [Unicode.Scalar] = []
    public var textBytes = 0
    public var hasText = false
    public var removed: [Removal] = []
    public var sentences: [CodePointRange] = []
    public var entities: [Entity] = []
    public var quotes: [Quote] = []
    public var documentScore: Double?
    /// Sentiment of the author's own sentences and of the quoted words, when the step gives them.
    public var authorScore: Double?
    public var quotedScore: Double?
    public var sentenceScores: [ScoredSpan] = []
    public var entitySentiments: [EntitySentiment] = []
    public var failure: Failure?
    /// Annotations left out because a field was missing, of the wrong type, or out of range.
    public var skippedAnnotations = 0

    /// Why a line is not a record at all.
    public struct LineProblem: Error, Sendable {
        public let message: String
    }

    /// Reads one line of a records file.
    public init(line: some Collection<UInt8>) throws(LineProblem) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            throw LineProblem(message: "not JSON (\(error.description))")
        }
        guard let object = value.objectValue else {
            throw LineProblem(message: "not a JSON object but \(value.typeDescription)")
        }
        try self.init(object: object)
    }

    /// Reads one parsed record.
    public init(object: JSONObject) throws(LineProblem) {
        id = object["id"]?.stringValue ?? object["id"]?.intValue.map(String.init)
        source = object["meta"]?["source"]?.stringValue
        if let error = object["error"]?.objectValue {
            failure = Failure(step: error["step"]?.stringValue ?? "unknown",
                              message: error["message"]?.stringValue ?? "",
                              line: error["line"]?.intValue)
            return
        }
        guard let text = object["text"]?.stringValue else {
            throw LineProblem(message: object["text"] == nil
                ? "a record without \"text\" or \"error\""
                : "\"text\" is \(object["text"]!.typeDescription), not a string")
        }
        hasText = true
        scalars = Array(text.unicodeScalars)
        textBytes = text.utf8.count
        readRemoved(object["removed"])
        readSentences(object["sentences"])
        readEntities(object["entities"])
        readQuotes(object["quotes"])
        readSentiment(object["sentiment"])
    }

    /// The code-point range of `object[startKey]..<object[endKey]` when it lies inside `limit`.
    private func range(_ object: JSONObject, _ startKey: String = "start", _ endKey: String = "end",
                       limit: Int?) -> CodePointRange? {
        guard let start = object[startKey]?.intValue, let end = object[endKey]?.intValue,
              start >= 0, start <= end else { return nil }
        if let limit, end > limit { return nil }
        return CodePointRange(start: start, end: end)
    }

    private func objects(_ value: JSONValue?) -> [JSONObject] {
        value?.arrayValue?.compactMap(\.objectValue) ?? []
    }

    private func countNonObjects(_ value: JSONValue?) -> Int {
        guard let items = value?.arrayValue else { return value == nil || value == .null ? 0 : 1 }
        return items.count(where: { $0.objectValue == nil })
    }

    private mutating func readRemoved(_ value: JSONValue?) {
        skippedAnnotations += countNonObjects(value)
        for item in objects(value) {
            // Removed offsets point into the input text, whose length the record does not give.
            guard let span = range(item, limit: nil) else { skippedAnnotations += 1; continue }
            removed.append(Removal(range: span, reason: item["reason"]?.stringValue ?? "unspecified"))
        }
    }

    private mutating func readSentences(_ value: JSONValue?) {
        skippedAnnotations += countNonObjects(value)
        for item in objects(value) {
            guard let span = range(item, limit: scalars.count) else { skippedAnnotations += 1; continue }
            sentences.append(span)
        }
    }

    private mutating func readEntities(_ value: JSONValue?) {
        skippedAnnotations += countNonObjects(value)
        for item in objects(value) {
            guard let span = range(item, limit: scalars.count), let label = item["label"]?.stringValue else {
                skippedAnnotations += 1
                continue
            }
            let canonical = item["canonical"]?.stringValue ?? item["text"]?.stringValue ?? slice(span)
            entities.append(Entity(range: span, label: label, canonical: canonical))
        }
    }

    private mutating func readQuotes(_ value: JSONValue?) {
        skippedAnnotations += countNonObjects(value)
        for item in objects(value) {
            guard let span = range(item, limit: scalars.count) else { skippedAnnotations += 1; continue }
            quotes.append(Quote(range: span,
                                speaker: item["speaker"]?.stringValue,
                                speakerRange: range(item, "speaker_start", "speaker_end", limit: scalars.count),
                                cue: item["cue"]?.stringValue))
        }
    }

    private mutating func readSentiment(_ value: JSONValue?) {
        guard let sentiment = value?.objectValue else {
            if value != nil, value != .null { skippedAnnotations += 1 }
            return
        }
        func score(_ key: String) -> Double? {
            guard let value = sentiment[key]?.numberValue, value.isFinite else { return nil }
            return min(max(value, -1), 1)
        }
        documentScore = score("score")
        authorScore = score("author_score")
        quotedScore = score("quoted_score")
        for item in objects(sentiment["sentences"]) {
            guard let span = range(item, limit: scalars.count), let score = item["score"]?.numberValue,
                  score.isFinite else { skippedAnnotations += 1; continue }
            sentenceScores.append(ScoredSpan(range: span, score: min(max(score, -1), 1)))
        }
        for item in objects(sentiment["entities"]) {
            guard let name = item["canonical"]?.stringValue, let score = item["score"]?.numberValue,
                  score.isFinite else { skippedAnnotations += 1; continue }
            entitySentiments.append(EntitySentiment(canonical: name, score: min(max(score, -1), 1),
                                                    mentions: max(item["mentions"]?.intValue ?? 1, 1)))
        }
    }

    /// The text of a code-point range.
    public func slice(_ range: CodePointRange) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[range.start..<range.end])
        return String(text)
    }

    /// Characters (code points) of the input text: the output text plus everything removed.
    public var inputLength: Int { scalars.count + removedLength }

    /// Code points removed, counting overlapping removals once.
    public var removedLength: Int {
        var total = 0
        var reach = 0
        for span in removed.map(\.range).sorted(by: { $0.start < $1.start }) {
            let start = max(span.start, reach)
            if span.end > start { total += span.end - start }
            reach = max(reach, span.end)
        }
        return total
    }

    /// The mean sentence score over a range, weighted by how much of each sentence it covers;
    /// nil when no scored sentence overlaps it.
    public func meanSentenceScore(over span: CodePointRange) -> Double? {
        var weighted = 0.0
        var weight = 0
        for sentence in sentenceScores {
            let overlap = min(sentence.range.end, span.end) - max(sentence.range.start, span.start)
            if overlap > 0 {
                weighted += sentence.score * Double(overlap)
                weight += overlap
            }
        }
        return weight > 0 ? weighted / Double(weight) : nil
    }
}
