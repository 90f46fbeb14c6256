import GlossKit
import Testing
@testable import GlossQuotes

@Suite("Scare quotes, titles and options")
struct ScareQuoteTests {
    @Test func aShortTermWithNoSpeechCueIsNotAQuotation() throws {
        let text = "The so-called “megaphone diplomacy” of recent weeks has worried the markets."
        #expect(try quotes(in: text).isEmpty)
    }

    @Test func aShortTermIsAQuotationWhenAttributed() throws {
        let text = "Senator Ruth Cole called the plan “reckless” on Sunday."
        let found = try quotes(in: text)
        #expect(found.map(\.text) == ["reckless"])
        #expect(found.first?.speaker == "Ruth Cole")
        #expect(found.first?.cue == "called")
    }

    @Test func everyShortQuoteInAnAttributedSentenceCounts() throws {
        let text = "Gov. Dan Reilly called his rival a “liar,” a “coward” and “unfit for office.”"
        let found = try quotes(in: text)
        #expect(found.map(\.text) == ["liar,", "coward", "unfit for office."])
        #expect(found.allSatisfy { $0.speaker == "Dan Reilly" })
    }

    @Test func shortQuotesTakeAnAttributionThatFollowsInTheSameSentence() throws {
        let text = "The new stadium is “too big” and “far too expensive,” Mayor Ana Ruiz said on Monday."
        let found = try quotes(in: text)
        #expect(found.map(\.text) == ["too big", "far too expensive,"])
        #expect(found.allSatisfy { $0.speaker == "Ana Ruiz" })
    }

    @Test func titlesOfShowsAndBooksAreNotQuotations() throws {
        let text = """
        The senator told NBC’s “Meet the Press” that she would run again.

        Her memoir, titled “A Long Road Home,” comes out in May.
        """
        #expect(try quotes(in: text).isEmpty)
    }

    @Test func titleCasedNamesOfWorksAreNotQuotationsEvenWhenLong() throws {
        let text = "She was a student when she auditioned for “The Sound of Music” in 1964."
        #expect(try quotes(in: text).isEmpty)
    }

    @Test func markupAttributesAreNotQuotations() throws {
        let text = "<tweet author=\"citydesk\" id=\"12345 67890 11121 31415\"> The storm closed three schools."
        #expect(try quotes(in: text).isEmpty)
    }

    @Test func minWordsDecidesWhatCountsAsShort() throws {
        let text = "The shop window showed the slogan “slow but steady wins the race” in red letters."
        #expect(try quotes(in: text).count == 1)
        #expect(try quotes(in: text, options: .init(minWords: 8)).isEmpty)
    }

    @Test func includeUnattributedKeepsOrDropsLongQuotationsWithoutACue() throws {
        let text = "The sign on the door read: “We are closed until further notice, sorry.” The street was empty."
        #expect(try quotes(in: text).count == 1)
        #expect(try quotes(in: text).first?.speaker == nil)
        #expect(try quotes(in: text, options: .init(includeUnattributed: false)).isEmpty)
    }

    @Test func apostrophePairsAreDoubleMarksOnlyWhenAskedFor() throws {
        let text = "''We will appeal the ruling,'' said Nora Field. It's the firm's last chance."
        #expect(try quotes(in: text).isEmpty)
        let found = try quotes(in: text, options: .init(apostrophePairs: true))
        #expect(found.map(\.text) == ["We will appeal the ruling,"])
        #expect(found.first?.speaker == "Nora Field")
    }

    @Test func minWordsBelowOneIsRefusedWithTheOptionNamed() {
        #expect {
            try QuotesAnalyzer(options: .init(minWords: 0))
        } throws: { error in
            (error as? AnalyzerSetupError)?.option == "min-words"
        }
    }
}
