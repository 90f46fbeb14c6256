import GlossKit

/// Builds records the way `gloss run` writes them, locating each annotation by the words it
/// covers, so offsets are right by construction (Unicode code points, as the contract says).
struct RecordFixture {
    let id: String
    let text: String
    var source: String?
    var entities: [(words: String, label: String, canonical: String?)] = []
    var quotes: [(words: String, speaker: String?, mention: String?)] = []
    var sentences: [(words: String, score: Double)] = []
    var score: Double?
    var entitySentiment: [(canonical: String, score: Double, mentions: Int)] = []
    /// Input-text offsets of removed boilerplate (the record's text no longer contains it).
    var removed: [(start: Int, end: Int, reason: String)] = []

    init(id: String, text: String, source: String? = nil) {
        self.id = id
        self.text = text
        self.source = source
    }

    /// The code-point range of the first occurrence of `words` in `text`.
    static func range(of words: String, in text: String) -> (start: Int, end: Int) {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(words.unicodeScalars)
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
            return (start, start + needle.count)
        }
        fatalError("\(words) is not in the text")
    }

    var json: String {
        var record = JSONObject()
        record["id"] = .string(id)
        if let source { record["meta"] = .object(["source": .string(source)]) }
        record["text"] = .string(text)
        if !removed.isEmpty {
            record["removed"] = .array(removed.map { .object(["start": .int($0.start), "end": .int($0.end), "reason": .string($0.reason)]) })
        }
        if !sentences.isEmpty {
            record["sentences"] = .array(sentences.map { span($0.words) })
        }
        if !entities.isEmpty {
            record["entities"] = .array(entities.map { entity in
                var object = span(entity.words).objectValue!
                object["text"] = .string(entity.words)
                object["label"] = .string(entity.label)
                object["canonical"] = .string(entity.canonical ?? entity.words)
                return .object(object)
            })
        }
        if !quotes.isEmpty {
            record["quotes"] = .array(quotes.map { quote in
                var object = span(quote.words).objectValue!
                object["text"] = .string(quote.words)
                object["speaker"] = quote.speaker.map { .string($0) } ?? .null
                let mention = quote.mention.map { Self.range(of: $0, in: text) }
                object["speaker_start"] = mention.map { .int($0.start) } ?? .null
                object["speaker_end"] = mention.map { .int($0.end) } ?? .null
                object["cue"] = .string("said")
                return .object(object)
            })
        }
        if let score {
            var sentiment: JSONObject = ["score": .double(score),
                                         "label": .string(score > 0.05 ? "positive" : score < -0.05 ? "negative" : "neutral")]
            sentiment["sentences"] = .array(sentences.map { sentence in
                var object = span(sentence.words).objectValue!
                object["score"] = .double(sentence.score)
                return .object(object)
            })
            if !entitySentiment.isEmpty {
                sentiment["entities"] = .array(entitySentiment.map {
                    .object(["canonical": .string($0.canonical), "score": .double($0.score), "mentions": .int($0.mentions)])
                })
            }
            record["sentiment"] = .object(sentiment)
        }
        var writer = JSONWriter()
        writer.value(.object(record))
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private func span(_ words: String) -> JSONValue {
        let range = Self.range(of: words, in: text)
        return .object(["start": .int(range.start), "end": .int(range.end)])
    }
}

/// A small news corpus written for these tests: three articles, one failed document, one bad line.
enum SampleCorpus {
    static let harbour: RecordFixture = {
        let text = "Harbour Bridge Vote Delayed\n\nThe city council in Portmere postponed a vote on the harbour bridge on Tuesday. "
            + "“We need more time to study the costs,” said Mayor Elena Ruiz. Ruiz said the delay was regrettable."
        var record = RecordFixture(id: "harbour-bridge", text: text, source: "example-news.test")
        record.entities = [("Portmere", "GPE", nil), ("Elena Ruiz", "PERSON", nil), ("Ruiz", "PERSON", "Elena Ruiz")]
        record.quotes = [("We need more time to study the costs,", "Elena Ruiz", "Elena Ruiz")]
        record.sentences = [("The city council in Portmere postponed a vote on the harbour bridge on Tuesday.", -0.1),
                            ("“We need more time to study the costs,” said Mayor Elena Ruiz.", 0.2),
                            ("Ruiz said the delay was regrettable.", -0.5)]
        record.score = -0.2
        record.entitySentiment = [("Elena Ruiz", -0.15, 2), ("Portmere", -0.1, 1)]
        record.removed = [(0, 24, "share-prompt")]
        return record
    }()

    static let trade: RecordFixture = {
        let text = "Ministers Agree Trade Pact\n\nTrade ministers from Norway and Japan agreed a pact in Geneva. "
            + "“This is a good day for exporters,” said Elena Ruiz, who chaired the talks for the World Trade Organization."
        var record = RecordFixture(id: "trade-talks", text: text, source: "example-business.test")
        record.entities = [("Norway", "GPE", nil), ("Japan", "GPE", nil), ("Geneva", "GPE", nil),
                           ("Elena Ruiz", "PERSON", nil), ("World Trade Organization", "ORG", nil)]
        record.quotes = [("This is a good day for exporters,", "Elena Ruiz", "Elena Ruiz")]
        record.sentences = [("Trade ministers from Norway and Japan agreed a pact in Geneva.", 0.3),
                            ("“This is a good day for exporters,” said Elena Ruiz, who chaired the talks for the World Trade Organization.", 0.7)]
        record.score = 0.6
        record.entitySentiment = [("Elena Ruiz", 0.7, 1), ("Norway", 0.3, 1)]
        record.removed = [(10, 40, "newsletter"), (200, 230, "share-prompt")]
        return record
    }()

    /// Non-ASCII text: accents, an emoji outside the Basic Multilingual Plane, and a Japanese name.
    static let festival: RecordFixture = {
        let text = "Café owners 😀 cheered as São Paulo hosted the festival. “Magnífico,” said 田中 Hiro."
        var record = RecordFixture(id: "festival", text: text)
        record.entities = [("São Paulo", "GPE", nil), ("田中 Hiro", "PERSON", nil)]
        record.quotes = [("Magnífico,", "田中 Hiro", "田中 Hiro")]
        record.sentences = [("Café owners 😀 cheered as São Paulo hosted the festival.", 0.4), ("“Magnífico,” said 田中 Hiro.", 0.8)]
        record.score = 0.55
        return record
    }()

    static let failed = #"{"id":"broken-feed","error":{"step":"quotes","message":"quote analyzer gave up","line":4}}"#
    static let badLine = #"{"id": "truncated", "text": "The wire cut off here"#

    static var lines: [String] { [harbour.json, trade.json, failed, badLine, festival.json] }
    static var file: String { lines.joined(separator: "\n") + "\n" }
}
