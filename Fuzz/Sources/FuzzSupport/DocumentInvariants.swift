import GlossKit

/// What must hold for a document after any pipeline, and for the record written from it.
public enum DocumentInvariants {
    public static func check(_ document: Document) {
        let bytes = Array(document.text.utf8)
        let inputBytes = Array(document.inputText.utf8)
        for (index, removed) in (document.removed ?? []).enumerated() {
            Invariant.requireValid(removed.span, in: inputBytes, "removed[\(index)] (\(removed.reason))")
        }
        if let sentences = document.sentences {
            Invariant.requireOrderedDisjoint(sentences, in: bytes, "sentences")
        }
        for (index, entity) in (document.entities ?? []).enumerated() {
            Invariant.requireValid(entity.span, in: bytes, "entities[\(index)]")
            Invariant.require(!entity.span.isEmpty, "entities[\(index)] \(entity.span) is empty")
        }
        for (index, quote) in (document.quotes ?? []).enumerated() {
            Invariant.requireValid(quote.span, in: bytes, "quotes[\(index)]")
            if let speaker = quote.speakerSpan {
                Invariant.requireValid(speaker, in: bytes, "quotes[\(index)].speaker span")
            }
        }
        if let sentiment = document.sentiment {
            requireScore(sentiment.score, "sentiment.score")
            for (index, sentence) in sentiment.sentences.enumerated() {
                Invariant.requireValid(sentence.span, in: bytes, "sentiment.sentences[\(index)]")
                requireScore(sentence.score, "sentiment.sentences[\(index)].score")
            }
            for (index, entity) in (sentiment.entities ?? []).enumerated() {
                requireScore(entity.score, "sentiment.entities[\(index)].score")
                Invariant.require(entity.mentions >= 1, "sentiment.entities[\(index)] has \(entity.mentions) mentions")
            }
            if let score = sentiment.authorScore { requireScore(score, "sentiment.authorScore") }
            if let score = sentiment.quotedScore { requireScore(score, "sentiment.quotedScore") }
        }
        RecordInvariants.check(RecordWriter.record(for: document), of: document)
    }

    static func requireScore(_ score: Double, _ what: String) {
        Invariant.require(score.isFinite && score >= -1 && score <= 1, "\(what) \(score) is not in [-1, 1]")
    }
}

/// What must hold for an output record: one line of JSON that reads back to the same id and text,
/// with code-point offsets inside the text they index.
public enum RecordInvariants {
    public static func check(_ record: [UInt8], of document: Document) {
        let object = parseRecord(record)
        Invariant.require(object["id"]?.stringValue == document.id, "the record's id does not read back")
        Invariant.require(object["text"]?.stringValue == document.text, "the record's text does not read back")
        let length = document.text.unicodeScalars.count
        let inputLength = document.inputText.unicodeScalars.count
        for key in ["sentences", "entities", "quotes"] {
            for item in object[key]?.arrayValue ?? [] {
                requireOffsets(item, "start", "end", within: length, key)
            }
        }
        for item in object["removed"]?.arrayValue ?? [] {
            requireOffsets(item, "start", "end", within: inputLength, "removed")
        }
        for item in object["quotes"]?.arrayValue ?? [] where item["speaker_start"] != .null {
            requireOffsets(item, "speaker_start", "speaker_end", within: length, "quotes")
        }
    }

    /// An error record: one line of JSON with the id and an error message.
    public static func checkError(_ record: [UInt8], id: String?) {
        let object = parseRecord(record)
        Invariant.require(object["id"]?.stringValue == id, "the error record's id does not read back")
        Invariant.require(object["error"]?["message"]?.stringValue != nil, "the error record has no message")
    }

    static func parseRecord(_ record: [UInt8]) -> JSONValue {
        Invariant.require(!record.contains(0x0A), "a record contains a raw newline")
        let value: JSONValue
        do {
            value = try JSONParser.parse(record)
        } catch {
            fatalError("invariant violated: a record is not valid JSON (\(error)): \(String(decoding: record, as: UTF8.self))")
        }
        Invariant.require(value.objectValue != nil, "a record is not a JSON object")
        return value
    }

    static func requireOffsets(_ item: JSONValue, _ startKey: String, _ endKey: String, within length: Int, _ what: String) {
        guard let start = item[startKey]?.intValue, let end = item[endKey]?.intValue else {
            fatalError("invariant violated: a \(what) item has no integer \(startKey)/\(endKey)")
        }
        Invariant.require(start >= 0 && start <= end && end <= length,
                          "\(what) offsets \(start)..<\(end) are outside the text (\(length) code points)")
    }
}
