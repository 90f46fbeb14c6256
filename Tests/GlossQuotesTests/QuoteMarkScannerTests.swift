import GlossKit
import Testing
@testable import GlossQuotes

@Suite("Quotation marks")
struct QuoteMarkScannerTests {
    @Test func curlyAndStraightMarksGiveTheWordsBetweenThem() throws {
        let text = "“We will rebuild the bridge,” the mayor said. Her deputy said \"the money is there.\""
        let found = try quotes(in: text)
        #expect(found.map(\.text) == ["We will rebuild the bridge,", "the money is there."])
        #expect(found[0].span == span(of: "We will rebuild the bridge,", in: text))
    }

    @Test func nestedSingleQuotesAndApostrophesStayInside() throws {
        let text = "“The Clintons’ foundation didn’t say ‘no comment,’ it said ‘wait,’” Smith said."
        let found = try quotes(in: text)
        #expect(found.count == 1)
        #expect(found.first?.text == "The Clintons’ foundation didn’t say ‘no comment,’ it said ‘wait,’")
        #expect(found.first?.speaker == "Smith")
    }

    @Test func aQuotationRunsOverSeveralSentences() throws {
        let text = "“The vote is close. We will count every ballot. Nobody should worry,” Maria Lopez said."
        let found = try quotes(in: text)
        #expect(found.count == 1)
        #expect(found.first?.text == "The vote is close. We will count every ballot. Nobody should worry,")
    }

    @Test func multiParagraphQuotationsGiveOneQuotePerParagraphWithOneSpeaker() throws {
        let text = """
        Governor Paul Reyes said at the briefing:

        “We have asked for federal help and we expect it soon.

        “Until then the state will pay for the shelters.

        “Nobody will be left without a bed tonight.”

        The briefing ended at noon.
        """
        let found = try quotes(in: text)
        #expect(found.count == 3)
        #expect(found.map(\.text) == [
            "We have asked for federal help and we expect it soon.",
            "Until then the state will pay for the shelters.",
            "Nobody will be left without a bed tonight.",
        ])
        #expect(found.allSatisfy { $0.speaker == "Paul Reyes" })
    }

    @Test func aQuotationLeftOpenIsClosedAtTheParagraphEnd() throws {
        let text = """
        “We will not resign, the minister told reporters on Tuesday.

        The opposition called for a vote. “This government is finished,” said Ana Ruiz.
        """
        let found = try quotes(in: text)
        #expect(found.count == 2)
        #expect(found[0].text == "We will not resign, the minister told reporters on Tuesday.")
        #expect(found[1].text == "This government is finished,")
        #expect(found[1].speaker == "Ana Ruiz")
    }

    @Test func aStrayClosingMarkDoesNotDisturbTheRest() throws {
        let text = "The council met” on Monday. “We approved the budget,” said Tom Berg."
        let found = try quotes(in: text)
        #expect(found.map(\.text) == ["We approved the budget,"])
        #expect(found.first?.speaker == "Tom Berg")
    }

    @Test func aReopenedQuotationClosesTheUnclosedOneBeforeIt() throws {
        let text = "“The plan is dead, said Ed Park. “We start again tomorrow,” he added."
        let found = try quotes(in: text)
        #expect(found.count == 2)
        #expect(found[1].text == "We start again tomorrow,")
    }

    @Test func aReopenedQuotationEndsAtTheLastSentenceEndBeforeTheNewMark() throws {
        let text = "Aides said they would raise “our concerns about trade. For his part, spokesman Ned Price said he “expects difficult talks.”"
        let found = try quotes(in: text)
        #expect(found.map(\.text) == ["our concerns about trade.", "expects difficult talks."])
        #expect(found.last?.speaker == "Ned Price")
    }

    @Test func curlyMarksUsedTheWrongWayRoundStillPair() throws {
        let text = "Critics said the plan was ”a costly mistake that nobody asked for.”"
        let found = try quotes(in: text)
        #expect(found.map(\.text) == ["a costly mistake that nobody asked for."])
    }

    @Test func singleMarksQuoteInTextsWithoutDoubleMarks() throws {
        let text = "‘It’s the Smiths’ land and the ’90s deal still stands,’ said Jo Kay. She called the offer ‘an insult’."
        let found = try quotes(in: text)
        #expect(found.map(\.text) == ["It’s the Smiths’ land and the ’90s deal still stands,", "an insult"])
        #expect(found.allSatisfy { $0.speaker == "Jo Kay" })
    }

    @Test func aDocumentWithoutQuotationsGetsAnEmptyList() throws {
        var document = Document(id: "d", text: "It’s a quiet day in the Clintons’ hometown.")
        try QuotesAnalyzer(options: .init()).analyze(&document)
        #expect(document.quotes == [])
    }

    @Test func offsetsFallOnCharacterBoundariesInMultibyteText() throws {
        let text = "Señora Núñez dijo: “Ça va très bien, merci beaucoup à tous.”"
        let found = try quotes(in: text)
        let quote = try #require(found.first)
        #expect(quote.span == span(of: "Ça va très bien, merci beaucoup à tous.", in: text))
        let document = Document(id: "d", text: text)
        #expect(document.substring(quote.span) == quote.text)
    }
}
