import Testing
@testable import GlossKit

/// The sentence strings of a text.
func sentenceStrings(_ text: String) -> [String] {
    let layer = TextLayer(text: text)
    return layer.sentences.map { layer.string($0) }
}

@Suite struct SentenceSplitterTests {
    @Test func titlesAndDatesDoNotEndASentence() {
        let text = "Mr. Smith met Dr. Jones in Washington on Dec. 19. They talked for an hour."
        #expect(TextLayer(text: text).sentences == [Span(0, 49), Span(50, 74)])
        #expect(sentenceStrings("Gov. Andrew Cuomo and Sen. Chuck Schumer spoke. Rep. Lee did not.")
            == ["Gov. Andrew Cuomo and Sen. Chuck Schumer spoke.", "Rep. Lee did not."])
    }

    @Test func companySuffixesEndASentenceOnlyBeforeAClearStart() {
        #expect(sentenceStrings("He works for Acme Inc. The company makes anvils. Acme Inc. Chief Executive Jane Roe declined.")
            == ["He works for Acme Inc.", "The company makes anvils.", "Acme Inc. Chief Executive Jane Roe declined."])
        #expect(sentenceStrings("She grew up in St. Louis, Mo. Her father was a teacher.")
            == ["She grew up in St. Louis, Mo.", "Her father was a teacher."])
    }

    @Test func acronymsSplitOnlyBeforeAClearSentenceStart() {
        #expect(sentenceStrings("The deal was signed in the U.S. He said it was fair.")
            == ["The deal was signed in the U.S.", "He said it was fair."])
        #expect(sentenceStrings("The U.S. Senate must approve it. The U.N. Security Council met.")
            == ["The U.S. Senate must approve it.", "The U.N. Security Council met."])
        #expect(sentenceStrings("Troops left the U.S. “We are ready,” a general said.")
            == ["Troops left the U.S.", "“We are ready,” a general said."])
        #expect(sentenceStrings("Chinese Party Says U.S. ‘Cannot Be Trusted’ Before Talks")
            == ["Chinese Party Says U.S. ‘Cannot Be Trusted’ Before Talks"])
        #expect(sentenceStrings("U.S. And China Agree To Resume Trade Talks\nThe U.S. and China agreed.")
            == ["U.S. And China Agree To Resume Trade Talks", "The U.S. and China agreed."])
        #expect(sentenceStrings("The rally ended at 5 p.m. Eastern time. It resumes at 7 p.m. The crowd left.")
            == ["The rally ended at 5 p.m. Eastern time.", "It resumes at 7 p.m.", "The crowd left."])
    }

    @Test func initialsDoNotEndASentence() {
        #expect(sentenceStrings("President John F. Kennedy visited Dallas. It was 1963.")
            == ["President John F. Kennedy visited Dallas.", "It was 1963."])
        #expect(sentenceStrings("Author J.K. Rowling and George W. Bush spoke.")
            == ["Author J.K. Rowling and George W. Bush spoke."])
        #expect(sentenceStrings("Rep. Robert C. “Bobby” Scott spoke. The crowd cheered Harry S. Truman.")
            == ["Rep. Robert C. “Bobby” Scott spoke.", "The crowd cheered Harry S. Truman."])
        #expect(sentenceStrings("He took vitamin C. Then he slept.") == ["He took vitamin C.", "Then he slept."])
    }

    @Test func numberAbbreviationsAndDecimals() {
        #expect(sentenceStrings("Growth slowed to 3.5 percent. It was No. 2 in the ranking. See Fig. 3 below.")
            == ["Growth slowed to 3.5 percent.", "It was No. 2 in the ranking.", "See Fig. 3 below."])
        #expect(sentenceStrings("Sales reached 1,200. Profits fell 2.5%. The stock rose.")
            == ["Sales reached 1,200.", "Profits fell 2.5%.", "The stock rose."])
    }

    @Test func numberedListItems() {
        #expect(sentenceStrings("1. Buy milk\n2. Call Mr. Lee. He is waiting.\n10. Done")
            == ["1. Buy milk", "2. Call Mr. Lee.", "He is waiting.", "10. Done"])
    }

    @Test func etcEndsASentenceBeforeACapital() {
        #expect(sentenceStrings("They sold apples, pears, etc. Analysts were surprised. Prices, etc. rose.")
            == ["They sold apples, pears, etc.", "Analysts were surprised.", "Prices, etc. rose."])
    }

    @Test func closingQuotesAndBracketsStayWithTheSentence() {
        #expect(sentenceStrings("“We will fix it.” He said it twice.")
            == ["“We will fix it.”", "He said it twice."])
        #expect(sentenceStrings("He said: \"It's over.\" Then he left. (He was tired.) She stayed.")
            == ["He said: \"It's over.\"", "Then he left.", "(He was tired.)", "She stayed."])
        #expect(sentenceStrings("She called it ‘a disgrace.’ Officials declined to comment.")
            == ["She called it ‘a disgrace.’", "Officials declined to comment."])
    }

    @Test func questionAndExclamationMarks() {
        #expect(sentenceStrings("“Why?” he asked. Nobody knew! Really?! Yes.")
            == ["“Why?” he asked.", "Nobody knew!", "Really?!", "Yes."])
        #expect(sentenceStrings("“Is this fair?” Sen. Jane Smith asked. “No!” Mr. Lee shouted. Why? Nobody said.")
            == ["“Is this fair?” Sen. Jane Smith asked.", "“No!” Mr. Lee shouted.", "Why?", "Nobody said."])
        #expect(sentenceStrings("“Stop!”, she shouted. Who knows? Not me.")
            == ["“Stop!”, she shouted.", "Who knows?", "Not me."])
    }

    @Test func emoticonsAndEmojiStayWithTheSentenceBefore() {
        #expect(sentenceStrings("Love that! :D Great game today. 😀👍 See you soon :)")
            == ["Love that! :D", "Great game today. 😀👍", "See you soon :)"])
    }

    @Test func ellipsesSplitOnlyBeforeACapital() {
        #expect(sentenceStrings("He paused... Then he left. She hesitated… and stayed.")
            == ["He paused...", "Then he left.", "She hesitated… and stayed."])
    }

    @Test func lowercaseAfterAPeriodContinues() {
        #expect(sentenceStrings("The approx. figure was revised. Ok.") == ["The approx. figure was revised.", "Ok."])
    }

    @Test func lowercaseTextSplitsAfterPeriods() {
        #expect(sentenceStrings("i bought it in 2019. it still works, e.g. the remote. love it!")
            == ["i bought it in 2019.", "it still works, e.g. the remote.", "love it!"])
    }

    @Test func lineBreaksAlwaysEndASentence() {
        #expect(sentenceStrings("Senate Passes Budget Bill\nBy Jane Doe, Associated Press\nWASHINGTON (AP) — The Senate voted on Friday.")
            == ["Senate Passes Budget Bill", "By Jane Doe, Associated Press",
                "WASHINGTON (AP) — The Senate voted on Friday."])
        #expect(sentenceStrings("It was signed by Mr.\nSmith today") == ["It was signed by Mr.", "Smith today"])
        #expect(sentenceStrings("First line\r\nSecond line") == ["First line", "Second line"])
    }

    @Test func sentencesNeverCrossParagraphs() {
        #expect(sentenceStrings("The vote was close\n\nAnalysts expect a recount. It may take weeks")
            == ["The vote was close", "Analysts expect a recount.", "It may take weeks"])
    }

    @Test func textWithoutFinalPunctuation() {
        #expect(sentenceStrings("Markets rallied. Oil fell") == ["Markets rallied.", "Oil fell"])
        #expect(sentenceStrings("no punctuation at all") == ["no punctuation at all"])
        #expect(sentenceStrings("") == [])
        #expect(sentenceStrings("  \n\n ") == [])
    }

    @Test func preTokenisedText() {
        let text = "U.S. officials said on Friday .\nThe U.N. agency , in a statement , said it was \" concerned \" .\nTalks resume in Geneva ."
        #expect(sentenceStrings(text) == [
            "U.S. officials said on Friday .",
            "The U.N. agency , in a statement , said it was \" concerned \" .",
            "Talks resume in Geneva .",
        ])
        #expect(sentenceStrings("\" We lost the game . \" Then we left . He said : \" It is over . \"")
            == ["\" We lost the game . \"", "Then we left .", "He said : \" It is over . \""])
        #expect(sentenceStrings("Shares fell 5 percent . Traders were cautious .")
            == ["Shares fell 5 percent .", "Traders were cautious ."])
    }

    @Test func missingSpaceAfterAPeriod() {
        #expect(sentenceStrings("The senator resigned.The governor will appoint a successor.")
            == ["The senator resigned.", "The governor will appoint a successor."])
    }

    @Test func sentencesAreTrimmed() {
        let text = "   He said: “It’s over.”   \n"
        #expect(TextLayer(text: text).sentences == [Span(3, 30)])
        #expect(sentenceStrings(text) == ["He said: “It’s over.”"])
    }

    @Test func fullWidthStopsNeedNoSpace() {
        #expect(sentenceStrings("東京で会議が開かれた。首相が出席した。") == ["東京で会議が開かれた。", "首相が出席した。"])
    }

    @Test func offsetsOnAccentedAndEmojiText() {
        let layer = TextLayer(text: "Zoë won 🏆. Café owners cheered!")
        #expect(layer.sentences == [Span(0, 14), Span(15, 36)])
        #expect(layer.sentences.map { layer.string($0) } == ["Zoë won 🏆.", "Café owners cheered!"])
    }

    @Test func sentenceIndexLookup() {
        let layer = TextLayer(text: "One. Two.")
        #expect(layer.sentenceIndex(containing: 0) == 0)
        #expect(layer.sentenceIndex(containing: 4) == nil)
        #expect(layer.sentenceIndex(containing: 6) == 1)
    }
}
