import GlossReport
import GlossTestSupport
import Testing

@Suite struct DocumentViewTests {
    /// This test's files, removed when it ends.
    let scratch: TemporaryDirectory

    init() throws {
        scratch = try TemporaryDirectory(prefix: "gloss-report-test")
    }

    func page(_ fixture: RecordFixture) throws -> String {
        let file = try RecordFile(path: try scratch.write(fixture.json + "\n", to: "records.jsonl"))
        return try Report.document(fixture.id, in: file)
    }

    /// Offsets count code points: "😀" is one (two UTF-16 units, four UTF-8 bytes), "é" and "田" one.
    @Test func codePointOffsetsLandOnTheRightWordsInNonASCIIText() throws {
        let html = try page(SampleCorpus.festival)
        #expect(html.contains("title=\"GPE: São Paulo\">São Paulo</span>"))
        #expect(html.contains("title=\"PERSON: 田中 Hiro\">田中 Hiro</span>"))
        #expect(html.contains("<span class=\"quote\" title=\"quote by 田中 Hiro\">Magnífico,</span>"))
        #expect(html.contains("<span class=\"speaker-tag\">— 田中 Hiro (said)</span>"))
        #expect(html.contains("Café owners 😀 cheered as "))
    }

    @Test func readsRecordOffsetsAsCodePoints() throws {
        let record = try ReportRecord(line: Array(SampleCorpus.festival.json.utf8))
        let paulo = try #require(record.entities.first)
        #expect(record.slice(paulo.range) == "São Paulo")
        #expect(record.slice(record.quotes[0].range) == "Magnífico,")
        #expect(record.skippedAnnotations == 0)
    }

    @Test func labelsEveryEntityAndScoresEverySentenceInText() throws {
        let html = try page(SampleCorpus.harbour)
        #expect(html.occurrences(of: "<span class=\"ent-label\">PERSON</span>") == 2)
        #expect(html.occurrences(of: "<span class=\"ent-label\">GPE</span>") == 1)
        #expect(html.occurrences(of: "<sup class=\"score\"") == 3)
        #expect(html.contains(">−0.50</sup>"))
        #expect(html.contains("class=\"sentence tint-neg1\""))
        #expect(html.contains("<span class=\"speaker-tag\">— Elena Ruiz (said)</span>"))
    }

    /// Removed offsets point into the input text: a cut at input 200 after 30 characters were
    /// removed at input 10 is drawn at output 170.
    @Test func marksCutsAtTheirOutputPositionAndListsThemStruckThrough() throws {
        let html = try page(SampleCorpus.trade)
        #expect(html.occurrences(of: "<a class=\"cut\"") == 2)
        #expect(html.contains("<li id=\"d-trade-talks-cut-1\"><del>newsletter</del> <span class=\"muted\">30 characters, input 10–40</span></li>"))
        let scalars = Array(SampleCorpus.trade.text.unicodeScalars)
        let before = String(String.UnicodeScalarView(scalars[160..<170]))
        let cut = try #require(html.range(of: "<del>✂ share-prompt, 30 characters</del>"))
        let preceding = html[..<cut.lowerBound]
        #expect(preceding.hasSuffix(before) || preceding.contains(before))
    }

    @Test func annotationsOutsideTheTextAreLeftOutAndCounted() throws {
        let line = #"{"id":"a","text":"Short text.","entities":[{"start":0,"end":5,"label":"ORG","canonical":"Short"},{"start":3,"end":99,"label":"ORG"},{"start":4,"end":2,"label":"GPE"},"odd"],"quotes":[{"start":0,"end":"5"}]}"#
        let record = try ReportRecord(line: Array(line.utf8))
        #expect(record.entities.count == 1)
        #expect(record.skippedAnnotations == 4)
    }

    @Test func linesThatAreNotRecordsAreRejectedWithAReason() {
        for (line, reason) in [("[1, 2]", "not a JSON object but an array"), ("{\"id\": \"x\"}", "a record without \"text\" or \"error\""),
                               ("{\"id\": \"x\", \"text\": 3}", "\"text\" is a number, not a string")] {
            #expect(throws: ReportRecord.LineProblem.self) { try ReportRecord(line: Array(line.utf8)) }
            do {
                _ = try ReportRecord(line: Array(line.utf8))
            } catch {
                #expect(error.message == reason)
            }
        }
    }

    @Test func anUnknownDocumentIdIsAnError() throws {
        let file = try RecordFile(path: try scratch.write(SampleCorpus.file, to: "records.jsonl"))
        #expect(throws: ReportError.self) { try Report.document("no-such-id", in: file) }
    }
}
