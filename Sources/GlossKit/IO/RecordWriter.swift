/// Serialises a processed document as one output record (CONTRACT.md), converting every offset
/// from UTF-8 bytes to code points: `removed` against the input text, the rest against the output text.
public enum RecordWriter {
    /// The record for a document, without the trailing newline.
    public static func record(for document: Document) -> [UInt8] {
        var json = JSONWriter(capacity: document.text.utf8.count * 2 + 256)
        let index = CodePointIndex(document.text)
        json.raw("{")
        json.key("id", first: true)
        json.string(document.id)
        if !document.meta.isEmpty {
            json.key("meta")
            json.value(.object(document.meta))
        }
        json.key("text")
        json.string(document.text)

        if let removed = document.removed {
            let inputIndex = CodePointIndex(document.inputText)
            json.key("removed")
            array(&json, removed) { json, item in
                json.raw("{")
                span(&json, item.span, inputIndex, first: true)
                json.key("reason")
                json.string(item.reason)
                json.raw("}")
            }
        }
        if let sentences = document.sentences {
            json.key("sentences")
            array(&json, sentences) { json, item in
                json.raw("{")
                span(&json, item, index, first: true)
                json.raw("}")
            }
        }
        if let entities = document.entities {
            json.key("entities")
            array(&json, entities) { json, entity in
                json.raw("{")
                span(&json, entity.span, index, first: true)
                json.key("text")
                json.string(entity.text)
                json.key("label")
                json.string(entity.label.rawValue)
                json.key("canonical")
                json.string(entity.canonical)
                json.raw("}")
            }
        }
        if let quotes = document.quotes {
            json.key("quotes")
            array(&json, quotes) { json, quote in
                json.raw("{")
                span(&json, quote.span, index, first: true)
                json.key("text")
                json.string(quote.text)
                json.key("speaker")
                if let speaker = quote.speaker { json.string(speaker) } else { json.null() }
                json.key("speaker_start")
                if let mention = quote.speakerSpan { json.int(index.codePoints(before: mention.start)) } else { json.null() }
                json.key("speaker_end")
                if let mention = quote.speakerSpan { json.int(index.codePoints(before: mention.end)) } else { json.null() }
                json.key("cue")
                if let cue = quote.cue { json.string(cue) } else { json.null() }
                json.raw("}")
            }
        }
        if let sentiment = document.sentiment {
            json.key("sentiment")
            sentimentObject(&json, sentiment, index)
        }
        for (key, value) in document.extensions {
            json.raw(",")
            json.string(key)
            json.raw(":")
            json.value(value)
        }
        json.raw("}")
        return json.bytes
    }

    /// An error record: `{"id": ..., "error": {"step": ..., "message": ..., "file": ..., "line": N}}`.
    public static func errorRecord(id: String?, step: String, message: String, file: String? = nil, line: Int? = nil) -> [UInt8] {
        var json = JSONWriter(capacity: 256)
        json.raw("{")
        json.key("id", first: true)
        if let id { json.string(id) } else { json.null() }
        json.key("error")
        json.raw("{")
        json.key("step", first: true)
        json.string(step)
        json.key("message")
        json.string(message)
        if let file {
            json.key("file")
            json.string(file)
        }
        if let line {
            json.key("line")
            json.int(line)
        }
        json.raw("}}")
        return json.bytes
    }

    private static func sentimentObject(_ json: inout JSONWriter, _ sentiment: SentimentAnnotation, _ index: CodePointIndex) {
        json.raw("{")
        json.key("score", first: true)
        json.double(sentiment.score)
        json.key("label")
        json.string(sentiment.label)
        json.key("sentences")
        array(&json, sentiment.sentences) { json, item in
            json.raw("{")
            span(&json, item.span, index, first: true)
            json.key("score")
            json.double(item.score)
            json.raw("}")
        }
        if let entities = sentiment.entities {
            json.key("entities")
            array(&json, entities) { json, item in
                json.raw("{")
                json.key("canonical", first: true)
                json.string(item.canonical)
                json.key("score")
                json.double(item.score)
                json.key("mentions")
                json.int(item.mentions)
                json.raw("}")
            }
        }
        if let author = sentiment.authorScore {
            json.key("author_score")
            json.double(author)
        }
        if let quoted = sentiment.quotedScore {
            json.key("quoted_score")
            json.double(quoted)
        }
        json.raw("}")
    }

    private static func span(_ json: inout JSONWriter, _ span: Span, _ index: CodePointIndex, first: Bool) {
        json.key("start", first: first)
        json.int(index.codePoints(before: span.start))
        json.key("end")
        json.int(index.codePoints(before: span.end))
    }

    private static func array<T>(_ json: inout JSONWriter, _ items: [T], _ body: (inout JSONWriter, T) -> Void) {
        json.raw("[")
        for (position, item) in items.enumerated() {
            if position > 0 { json.raw(",") }
            body(&json, item)
        }
        json.raw("]")
    }
}
