/// Reads an output record (CONTRACT.md) back into a `Document`: the inverse of `RecordWriter`,
/// used on the plugin side of the boundary so that a plugin analyzer sees the annotations of the
/// steps that ran before it (`document.entities`, `document.quotes`, ...) as a built-in would.
///
/// Code-point offsets become UTF-8 byte offsets into `text`. Keys outside the built-in contract
/// (other plugins' output) land in `extensions`. `removed` is not restored: it points into an
/// input text the record does not carry, and a plugin analyzer may not rewrite text.
public enum RecordReader {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let message: String
        public var description: String { message }
    }

    static let contractKeys: Set<String> = ["id", "meta", "text", "removed", "sentences", "entities", "quotes", "sentiment", "error"]

    /// The document a record describes.
    public static func document(from bytes: some Collection<UInt8>) throws(Failure) -> Document {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw Failure(message: "the record is not valid JSON (\(error))")
        }
        return try document(from: value)
    }

    public static func document(from value: JSONValue) throws(Failure) -> Document {
        guard let record = value.objectValue else { throw Failure(message: "the record must be a JSON object, found \(value.typeDescription)") }
        guard let id = record["id"]?.stringValue else { throw Failure(message: "the record has no string \"id\"") }
        guard let text = record["text"]?.stringValue else { throw Failure(message: "the record has no string \"text\"") }
        var document = Document(id: id, text: text, meta: record["meta"]?.objectValue ?? JSONObject())
        let offsets = ByteOffsets(text)

        func span(_ item: JSONValue, _ startKey: String = "start", _ endKey: String = "end") throws(Failure) -> Span? {
            guard let start = item[startKey]?.intValue, let end = item[endKey]?.intValue else { return nil }
            guard 0 <= start, start <= end, end <= offsets.codePointCount else {
                throw Failure(message: "offsets \(start)..<\(end) fall outside the text (\(offsets.codePointCount) code points)")
            }
            return Span(offsets.byte(start), offsets.byte(end))
        }

        if let items = record["sentences"]?.arrayValue {
            var sentences: [Span] = []
            for item in items { if let found = try span(item) { sentences.append(found) } }
            document.sentences = sentences
        }
        if let items = record["entities"]?.arrayValue {
            var entities: [Entity] = []
            for item in items {
                guard let found = try span(item), let label = item["label"]?.stringValue.flatMap(EntityLabel.init(rawValue:)) else { continue }
                let mention = item["text"]?.stringValue ?? document.substring(found)
                entities.append(Entity(span: found, text: mention, label: label, canonical: item["canonical"]?.stringValue ?? mention))
            }
            document.entities = entities
        }
        if let items = record["quotes"]?.arrayValue {
            var quotes: [Quote] = []
            for item in items {
                guard let found = try span(item) else { continue }
                quotes.append(Quote(span: found, text: item["text"]?.stringValue ?? document.substring(found),
                                    speaker: item["speaker"]?.stringValue, speakerSpan: try span(item, "speaker_start", "speaker_end"),
                                    cue: item["cue"]?.stringValue))
            }
            document.quotes = quotes
        }
        if let sentiment = record["sentiment"], let score = sentiment["score"]?.numberValue {
            var sentences: [ScoredSpan] = []
            for item in sentiment["sentences"]?.arrayValue ?? [] {
                if let found = try span(item), let value = item["score"]?.numberValue { sentences.append(ScoredSpan(span: found, score: value)) }
            }
            let entities = sentiment["entities"]?.arrayValue?.compactMap { item -> EntitySentiment? in
                guard let canonical = item["canonical"]?.stringValue, let value = item["score"]?.numberValue else { return nil }
                return EntitySentiment(canonical: canonical, score: value, mentions: item["mentions"]?.intValue ?? 0)
            }
            document.sentiment = SentimentAnnotation(score: score, sentences: sentences, entities: entities,
                                                     authorScore: sentiment["author_score"]?.numberValue,
                                                     quotedScore: sentiment["quoted_score"]?.numberValue)
        }
        for (key, item) in record where !contractKeys.contains(key) {
            document.extensions[key] = item
        }
        return document
    }
}

/// Maps code-point offsets of one text to UTF-8 byte offsets.
struct ByteOffsets {
    /// The byte offset at which each code point starts, plus the text's byte count.
    private let starts: [Int]

    init(_ text: String) {
        var starts: [Int] = []
        starts.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for byte in text.utf8 {
            if byte & 0xC0 != 0x80 { starts.append(offset) }
            offset += 1
        }
        starts.append(offset)
        self.starts = starts
    }

    var codePointCount: Int { starts.count - 1 }

    func byte(_ codePoint: Int) -> Int { starts[codePoint] }
}
