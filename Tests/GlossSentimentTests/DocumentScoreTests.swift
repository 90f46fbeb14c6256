import GlossKit
import Testing
@testable import GlossSentiment

/// A long wire-style report: mostly negative, with neutral background and a few positive lines.
private func longReport(paragraphs: Int) -> String {
    let paragraph = """
        Rescue teams searched the flooded valley on Sunday after the storm destroyed dozens of homes. \
        Officials said the death toll had risen to twelve and warned that the damage was severe. \
        The regional government held an emergency meeting in the capital. \
        Volunteers brought food and blankets to the shelters, and residents praised their kindness. \
        Roads to the northern villages remain closed, and power has not been restored.
        """
    return Array(repeating: paragraph, count: paragraphs).joined(separator: "\n\n")
}

@Test func singleSentenceDocumentScoreIsTheSentenceScore() throws {
    var document = Document(id: "one", text: "The ceasefire talks ended in a bitter failure.")
    try SentimentAnalyzer(options: .init()).analyze(&document)
    let sentiment = try #require(document.sentiment)
    #expect(sentiment.sentences.count == 1)
    #expect(sentiment.score == sentiment.sentences[0].score)
    #expect(sentiment.score < 0)
}

@Test func longDocumentsStayInformativeInsteadOfSaturating() throws {
    let analyzer = try SentimentAnalyzer(options: .init())
    var short = Document(id: "short", text: longReport(paragraphs: 2))
    var long = Document(id: "long", text: longReport(paragraphs: 16))
    analyzer.analyze(&short)
    analyzer.analyze(&long)
    let shortScore = try #require(short.sentiment).score
    let longScore = try #require(long.sentiment).score
    #expect(try #require(long.sentiment).sentences.count == 80)
    #expect(shortScore < -0.05)
    // The score measures the tone of an average passage, so it does not drift with length...
    #expect(abs(longScore - shortScore) < 1e-9)
    // ...whereas a text-wide sum over 80 sentences would be pinned at -1.
    var wholeSum = 0.0
    do {
        let layer = long.textLayer()
        var scratch = ScoringScratch()
        layer.bytes.withUnsafeBufferPointer { bytes in
            for sentence in layer.sentences {
                wholeSum += analyzer.scorer.score(bytes, sentence, masks: [], scratch: &scratch).sum
            }
        }
    }
    #expect(SentenceScorer.normalize(wholeSum) < -0.99)
    #expect(longScore > -0.9)
}

@Test func balancedLongDocumentStaysNearNeutral() throws {
    let sentences = [
        "The new bridge is a remarkable success and residents love it.",
        "The old tunnel was a dangerous failure and residents hated it.",
        "The council will meet again in March.",
    ]
    let text = Array(repeating: sentences.joined(separator: " "), count: 20).joined(separator: "\n\n")
    var document = Document(id: "balanced", text: text)
    try SentimentAnalyzer(options: .init()).analyze(&document)
    #expect(abs(try #require(document.sentiment).score) < 0.3)
}

@Test func levelDocumentOmitsSentenceScores() throws {
    var document = Document(id: "level", text: "Prices fell sharply. Traders were relieved.")
    try SentimentAnalyzer(options: .init(level: .document)).analyze(&document)
    let sentiment = try #require(document.sentiment)
    #expect(sentiment.sentences.isEmpty)
    #expect(sentiment.entities == nil)
    #expect(sentiment.authorScore == nil && sentiment.quotedScore == nil)
}
