import GlossReport
import Testing

@Suite struct CorpusSummaryTests {
    let summary: CorpusSummary

    init() throws {
        summary = try ReportFiles.corpus(SampleCorpus.file).summary
    }

    @Test func countsDocumentsErrorsAndBadLines() {
        #expect(summary.lines == 5)
        #expect(summary.documents == 3)
        #expect(summary.errors == 1)
        #expect(summary.errorSteps.entries["quotes"]?.count == 1)
        #expect(summary.errorExamples.first?.id == "broken-feed")
        #expect(summary.badLines == 1)
        #expect(summary.badLineExamples.first?.line == 4)
        #expect(summary.badLineExamples.first?.message.hasPrefix("not JSON") == true)
    }

    @Test func countsEntityMentionsByLabelUnderTheirCanonicalName() {
        #expect(summary.mentionsByLabel.entries["PERSON"]?.count == 4)
        #expect(summary.mentionsByLabel.entries["GPE"]?.count == 5)
        #expect(summary.mentionsByLabel.entries["ORG"]?.count == 1)
        let people = summary.entitiesByLabel["PERSON"]!.top(10)
        #expect(people.map(\.key) == ["Elena Ruiz", "田中 Hiro"])
        #expect(people.map(\.entry.count) == [3, 1])
    }

    @Test func speakerSentimentIsTheMeanOverTheirQuotes() throws {
        #expect(summary.quotes == 3)
        #expect(summary.quotesWithSpeaker == 3)
        let ruiz = try #require(summary.speakers.entries["Elena Ruiz"])
        #expect(ruiz.count == 2)
        // One quote sits in a sentence scored 0.2, the other in one scored 0.7.
        #expect(abs(try #require(ruiz.meanValue) - 0.45) < 1e-9)
    }

    @Test func documentSentimentFillsTheHistogramAndLabels() {
        #expect(summary.documentsWithSentiment == 3)
        #expect(summary.histogram[CorpusSummary.bin(of: -0.2)] == 1)
        #expect(summary.histogram[CorpusSummary.bin(of: 0.6)] == 1)
        #expect(summary.histogram[CorpusSummary.bin(of: 0.55)] == 1)
        #expect(summary.histogram.reduce(0, +) == 3)
        #expect(summary.sentimentLabels == ["positive": 2, "neutral": 0, "negative": 1])
        #expect(CorpusSummary.bin(of: -1) == 0)
        #expect(CorpusSummary.bin(of: 1) == CorpusSummary.histogramBins - 1)
    }

    @Test func entitySentimentIsWeightedByMentions() throws {
        let ruiz = try #require(summary.entitySentiment.entries["Elena Ruiz"])
        #expect(ruiz.count == 3)
        let expected: Double = (-0.15 * 2 + 0.7) / 3
        let mean = try #require(ruiz.meanValue)
        #expect(abs(mean - expected) < 1e-9)
    }

    @Test func boilerplateSharesCountInputCharacters() {
        let outputCharacters = [SampleCorpus.harbour, SampleCorpus.trade, SampleCorpus.festival]
            .map { $0.text.unicodeScalars.count }.reduce(0, +)
        #expect(summary.removedCharacters == 24 + 30 + 30)
        #expect(summary.inputCharacters == outputCharacters + 84)
        #expect(summary.documentsWithRemovals == 2)
        #expect(summary.removedByReason.entries["share-prompt"]?.count == 54)
        #expect(summary.removalsByReason.entries["share-prompt"]?.count == 2)
        #expect(summary.sources.entries["example-news.test"]?.count == 1)
        #expect(summary.documentsWithSource == 2)
    }
}

@Suite struct TopCounterTests {
    @Test func keepsExactCountsWhileUnderCapacity() {
        var counter = TopCounter(capacity: 10)
        for name in ["Beijing", "Paris", "Beijing", "Lagos", "Beijing", "Paris"] { counter.add(name) }
        #expect(counter.top(2).map(\.key) == ["Beijing", "Paris"])
        #expect(counter.top(2).map(\.entry.count) == [3, 2])
        #expect(counter.isExact(top: 3))
        #expect(counter.total == 6)
    }

    @Test func staysBoundedAndKeepsTheFrequentKeys() {
        var counter = TopCounter(capacity: 50)
        for round in 0..<2_000 {
            counter.add("frequent-\(round % 5)")
            counter.add("rare-\(round)")
        }
        #expect(counter.entries.count < 100)
        #expect(Set(counter.top(5).map(\.key)) == Set((0..<5).map { "frequent-\($0)" }))
        #expect(counter.top(5).allSatisfy { $0.entry.count == 400 })
        #expect(counter.isExact(top: 5))
        #expect(!counter.isExact(top: 50))
        #expect(counter.total == 4_000)
    }
}

@Suite struct EntitySentimentFallbackTests {
    /// Without `sentiment.entities`, an entity takes the score of the sentences that mention it.
    @Test func entitiesTakeTheScoreOfTheirSentences() throws {
        var record = RecordFixture(id: "strike", text: "Unions condemned Harlow Motors. Harlow Motors praised the deal.")
        record.entities = [("Harlow Motors", "ORG", nil)]
        record.sentences = [("Unions condemned Harlow Motors.", -0.6), ("Harlow Motors praised the deal.", 0.4)]
        record.score = -0.1
        let summary = try ReportFiles.corpus(record.json + "\n").summary
        let harlow = try #require(summary.entitySentiment.entries["Harlow Motors"])
        #expect(harlow.count == 1)
        #expect(abs(try #require(harlow.meanValue) - -0.6) < 1e-9)
    }
}

@Suite struct VoiceSentimentTests {
    @Test func authorAndQuotedScoresAreAveragedWhenGiven() throws {
        let lines = [
            #"{"id":"a","text":"x","sentiment":{"score":0.2,"label":"positive","sentences":[],"author_score":0.1,"quoted_score":0.5}}"#,
            #"{"id":"b","text":"y","sentiment":{"score":-0.4,"label":"negative","sentences":[],"author_score":-0.3}}"#,
        ]
        let (html, summary) = try ReportFiles.corpus(lines.joined(separator: "\n"))
        #expect(summary.scoreCounts == (document: 2, author: 2, quoted: 1))
        #expect(abs(summary.scoreSums.author - -0.2) < 1e-9)
        #expect(html.contains("Mean score <b id=\"mean-document-score\">−0.10</b>; in the author's own sentences <b>−0.10</b>; in quoted words <b>+0.50</b> (1 document with quotes scored)."))
    }
}
