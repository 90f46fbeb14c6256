import GlossKit
import Testing
@testable import GlossSentiment

/// A short article with its entities and quotes set by hand, as the entities and quotes steps
/// would leave them.
private func fixtureArticle() -> Document {
    let text = """
        Ruritania and Borduria signed a trade agreement in Geneva on Monday. \
        Ruritania praised the deal as a historic breakthrough. \
        Borduria's foreign minister, Anna Varga, was less warm. \
        "This agreement is a disaster for our farmers and a betrayal of our workers," Varga said. \
        The United Nations welcomed the signing.
        """
    var document = Document(id: "fixture", text: text)
    func span(of needle: String, occurrence: Int = 0) -> Span {
        let bytes = Array(text.utf8)
        let target = Array(needle.utf8)
        var found = -1
        var start = 0
        while start + target.count <= bytes.count {
            if Array(bytes[start..<(start + target.count)]) == target {
                found += 1
                if found == occurrence { return Span(start, start + target.count) }
            }
            start += 1
        }
        fatalError("\(needle) not in fixture")
    }
    func entity(_ mention: String, _ label: EntityLabel, _ canonical: String, _ occurrence: Int = 0) -> Entity {
        Entity(span: span(of: mention, occurrence: occurrence), text: mention, label: label, canonical: canonical)
    }
    document.entities = [
        entity("Ruritania", .gpe, "Ruritania", 0),
        entity("Borduria", .gpe, "Borduria", 0),
        entity("Geneva", .gpe, "Geneva"),
        entity("Ruritania", .gpe, "Ruritania", 1),
        entity("Borduria", .gpe, "Borduria", 1),
        entity("Anna Varga", .person, "Anna Varga"),
        entity("Varga", .person, "Anna Varga", 1),
        entity("United Nations", .org, "United Nations"),
    ]
    let quoted = "This agreement is a disaster for our farmers and a betrayal of our workers,"
    document.quotes = [
        Quote(span: span(of: quoted), text: quoted, speaker: "Anna Varga",
              speakerSpan: span(of: "Varga", occurrence: 1), cue: "said"),
    ]
    return document
}

@Test func entitiesGetTheMeanScoreOfTheirSentences() throws {
    var document = fixtureArticle()
    try SentimentAnalyzer(options: .init()).analyze(&document)
    let sentiment = try #require(document.sentiment)
    let entities = try #require(sentiment.entities)
    let byName = Dictionary(uniqueKeysWithValues: entities.map { ($0.canonical, $0) })
    let ruritania = try #require(byName["Ruritania"])
    let varga = try #require(byName["Anna Varga"])
    #expect(ruritania.mentions == 2)
    #expect(varga.mentions == 2)
    #expect(ruritania.score > 0)
    #expect(varga.score < 0)
    // The mean of the sentences that mention Ruritania (the first two).
    let expected = (sentiment.sentences[0].score + sentiment.sentences[1].score) / 2
    #expect(abs(ruritania.score - expected) < 1e-9)
    // Most-mentioned entities come first.
    #expect(entities.last?.mentions == 1)
}

@Test func entityNamesCarryNoSentimentOfTheirOwn() throws {
    let text = "Liberty University announced its schedule."
    var unmasked = Document(id: "bare", text: text)
    try SentimentAnalyzer(options: .init()).analyze(&unmasked)
    #expect(try #require(unmasked.sentiment).score > 0)
    var document = Document(id: "masked", text: text)
    document.entities = [Entity(span: Span(0, 18), text: "Liberty University", label: .org,
                                canonical: "Liberty University")]
    try SentimentAnalyzer(options: .init()).analyze(&document)
    #expect(try #require(document.sentiment).score == 0)
}

@Test func authorAndQuotedVoicesAreScoredApart() throws {
    var document = fixtureArticle()
    try SentimentAnalyzer(options: .init()).analyze(&document)
    let sentiment = try #require(document.sentiment)
    let author = try #require(sentiment.authorScore)
    let quoted = try #require(sentiment.quotedScore)
    #expect(author > 0)
    #expect(quoted < 0)
}

@Test func perEntityFalseLeavesEntitiesOut() throws {
    var document = fixtureArticle()
    try SentimentAnalyzer(options: .init(perEntity: false)).analyze(&document)
    #expect(try #require(document.sentiment).entities == nil)
}

@Test func noQuotationsMeansNoQuotedScore() throws {
    var document = Document(id: "plain", text: "The summit was a success.")
    document.quotes = []
    try SentimentAnalyzer(options: .init()).analyze(&document)
    let sentiment = try #require(document.sentiment)
    #expect(sentiment.quotedScore == nil)
    #expect(try #require(sentiment.authorScore) > 0)
}
