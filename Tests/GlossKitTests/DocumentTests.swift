import Testing
@testable import GlossKit

@Suite("Document rewriting")
struct DocumentTests {
    let text = "SHARE THIS\n\nThe mayor spoke.\n\nREAD MORE\n\nShe left."

    func span(of part: String, in text: String) -> Span {
        let bytes = Array(text.utf8)
        let needle = Array(part.utf8)
        for start in 0...(bytes.count - needle.count) where Array(bytes[start..<start + needle.count]) == needle {
            return Span(start, start + needle.count)
        }
        fatalError("\(part) not in text")
    }

    @Test func removeCutsSpansAndRecordsInputOffsets() {
        var document = Document(id: "d", text: text)
        document.remove([RemovedSpan(span: span(of: "READ MORE\n\n", in: text), reason: "related-links"),
                         RemovedSpan(span: span(of: "SHARE THIS\n\n", in: text), reason: "share-prompt")])
        #expect(document.text == "The mayor spoke.\n\nShe left.")
        #expect(document.inputText == text)
        #expect(document.removed?.map(\.reason) == ["share-prompt", "related-links"])
        #expect(document.removed?.map(\.span) == [Span(0, 12), Span(30, 41)])
    }

    @Test func secondRewriteMapsThroughTheFirst() {
        var document = Document(id: "d", text: text)
        document.remove([RemovedSpan(span: span(of: "SHARE THIS\n\n", in: text), reason: "share-prompt")])
        let current = document.text
        document.remove([RemovedSpan(span: span(of: "READ MORE\n\n", in: current), reason: "related-links")])
        #expect(document.text == "The mayor spoke.\n\nShe left.")
        #expect(document.removed?.map(\.span) == [Span(0, 12), Span(30, 41)])
    }

    @Test func markKeepsTheText() {
        var document = Document(id: "d", text: text)
        document.mark([RemovedSpan(span: span(of: "READ MORE", in: text), reason: "related-links")])
        #expect(document.text == text)
        #expect(document.removed?.first?.span == Span(30, 39))
    }

    @Test func textLayerIsRecomputedAfterRewriting() {
        var document = Document(id: "d", text: text)
        #expect(document.textLayer().paragraphs.count == 4)
        document.remove([RemovedSpan(span: span(of: "SHARE THIS\n\n", in: text), reason: "share-prompt")])
        #expect(document.textLayer().paragraphs.count == 3)
        #expect(document.textLayer().string(document.textLayer().paragraphs[0]) == "The mayor spoke.")
    }

    @Test func touchingRemovalsKeepTheirReasons() {
        var document = Document(id: "d", text: "abcdefghij")
        document.remove([RemovedSpan(span: Span(2, 4), reason: "x"), RemovedSpan(span: Span(4, 6), reason: "y")])
        #expect(document.text == "abghij")
        #expect(document.removed?.map(\.reason) == ["x", "y"])
        #expect(document.removed?.map(\.span) == [Span(2, 4), Span(4, 6)])
    }

    @Test func overlappingRemovalsMerge() {
        var document = Document(id: "d", text: "abcdefghij")
        document.remove([RemovedSpan(span: Span(2, 5), reason: "x"), RemovedSpan(span: Span(4, 7), reason: "y")])
        #expect(document.text == "abhij")
        #expect(document.removed?.map(\.span) == [Span(2, 7)])
    }
}

@Suite("Record writer")
struct RecordWriterTests {
    @Test func offsetsBecomeCodePoints() throws {
        // é (2 bytes), 中 (3 bytes), 🙂 (4 bytes), e + combining acute (1 + 2 bytes).
        let text = "Café 中国 🙂 re\u{301}sume Paris"
        var document = Document(id: "u", text: text)
        let bytes = Array(text.utf8)
        let parisStart = bytes.count - 5
        document.entities = [Entity(span: Span(parisStart, bytes.count), text: "Paris", label: .gpe, canonical: "Paris")]
        let record = String(decoding: RecordWriter.record(for: document), as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        #expect(scalars.count - 5 == 18)
        #expect(record.contains(#""entities":[{"start":18,"end":23,"text":"Paris","label":"GPE","canonical":"Paris"}]"#))
    }

    @Test func removedOffsetsPointIntoTheInput() {
        var document = Document(id: "r", text: "Ünïcödé header\n\nBody text.")
        document.remove([RemovedSpan(span: Span(0, 20), reason: "byline")])
        let record = String(decoding: RecordWriter.record(for: document), as: UTF8.self)
        #expect(record.contains(#""removed":[{"start":0,"end":16,"reason":"byline"}]"#))
        #expect(record.contains(#""text":"Body text.""#))
    }

    @Test func stringsAreEscaped() {
        let document = Document(id: "q\"1", text: "line\none\ttab \\ \u{1} \u{2028}", meta: ["source": .string("x")])
        let record = String(decoding: RecordWriter.record(for: document), as: UTF8.self)
        #expect(record == #"{"id":"q\"1","meta":{"source":"x"},"text":"line\none\ttab \\ \u0001 \u2028"}"#)
    }

    @Test func sentimentAndQuotes() {
        var document = Document(id: "s", text: "“Fine,” he said.")
        document.quotes = [Quote(span: Span(3, 7), text: "Fine", speaker: nil, speakerSpan: Span(12, 14), cue: "said")]
        document.sentiment = SentimentAnnotation(score: 0.123456, sentences: [ScoredSpan(span: Span(0, 20), score: 0.2)], authorScore: 0, quotedScore: 0.2)
        let record = String(decoding: RecordWriter.record(for: document), as: UTF8.self)
        #expect(record.contains(#""quotes":[{"start":1,"end":5,"text":"Fine","speaker":null,"speaker_start":8,"speaker_end":10,"cue":"said"}]"#))
        #expect(record.contains(#""sentiment":{"score":0.1235,"label":"positive","sentences":[{"start":0,"end":16,"score":0.2}],"author_score":0.0,"quoted_score":0.2}"#))
    }

    @Test func errorRecord() {
        let record = String(decoding: RecordWriter.errorRecord(id: nil, step: "read", message: "missing \"text\"", file: "in.jsonl", line: 3), as: UTF8.self)
        #expect(record == #"{"id":null,"error":{"step":"read","message":"missing \"text\"","file":"in.jsonl","line":3}}"#)
    }
}
