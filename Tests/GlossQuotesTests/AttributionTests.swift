import GlossKit
import Testing
@testable import GlossQuotes

@Suite("Attribution patterns, without the entities step")
struct AttributionTests {
    @Test func speakerAfterTheQuotation() throws {
        let text = "“The bridge will open in May,” Carla Mendes said on Friday."
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Carla Mendes")
        #expect(quote.speakerSpan == span(of: "Carla Mendes", in: text))
        #expect(quote.cue == "said")
    }

    @Test func invertedSpeakerAfterTheQuotation() throws {
        let text = "“Prices will keep rising this winter,” said Omar Haddad, an economist at the bank."
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Omar Haddad")
        #expect(quote.cue == "said")
    }

    @Test func speakerBeforeAColon() throws {
        let text = "Senator Lisa Grant said: “This bill protects every family in the state.”"
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Lisa Grant")
        #expect(quote.speakerSpan == span(of: "Lisa Grant", in: text))
    }

    @Test func saidTheFollowingIntroducesTheNextParagraphs() throws {
        let text = """
        On Thursday, Foreign Ministry spokesman Li Wen said the following:

        “The talks were frank and useful.”

        “Both sides agreed to meet again next month.”

        Markets rose after the announcement.
        """
        let found = try quotes(in: text)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker == "Li Wen" })
    }

    @Test func participleLeadInAttributesToTheClauseSubject() throws {
        let text = """
        In response, Central Committee Director Han Bo reportedly accused the delegation of bad faith, adding:

        “Nobody can lecture us on these questions. It will not work.”
        """
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Han Bo")
        #expect(quote.cue == "adding")
    }

    @Test func toldSomebody() throws {
        let text = "“We were there legally,” Dana Whitfield told the Daily Courier."
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Dana Whitfield")
        #expect(quote.cue == "told")
    }

    @Test(arguments: ["tweeted", "insisted", "warned", "added", "wrote", "argues", "claimed", "noted"])
    func cueVerbsFromTheLexicon(_ verb: String) throws {
        let text = "Mayor Tom Ellis \(verb) that the budget was “a betrayal of every taxpayer in this city.”"
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Tom Ellis")
        #expect(quote.cue == verb)
    }

    @Test func accordingTo() throws {
        let text = "The plant will close in March, according to Helen Park, “unless a buyer comes forward this winter.”"
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Helen Park")
        #expect(quote.cue == "according to")
    }

    @Test func accordingToADocumentNamesItsSource() throws {
        let text = "The talks failed, according to a statement from the Trade Ministry, “because nobody would move an inch.”"
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Trade Ministry")
    }

    @Test func titlesAndRolesAreNotPartOfTheName() throws {
        let text = "“The vaccine is safe,” Health Ministry spokeswoman Ines Duarte said."
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Ines Duarte")
    }

    @Test func appositivesBetweenNameAndVerb() throws {
        let text = """
        “It is an invasion of state powers,” Scott Miller, the Republican attorney general of Utah, said.

        “We will appeal,” Rosa Vega, 52, said. “And we will win,” Ken Obi, R-Ky., said on Monday.
        """
        let found = try quotes(in: text)
        #expect(found.map(\.speaker) == ["Scott Miller", "Rosa Vega", "Ken Obi"])
    }

    @Test func stackedAppositives() throws {
        let text = "“It is an overreach,” Scott Miller, the attorney general of Utah, one of the states suing the agency, said on Monday."
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Scott Miller")
    }

    @Test func aQuotationAfterAReportedSentenceKeepsItsSpeaker() throws {
        let text = "The agency may wait until after the vote, Adam Reyes said. “Nobody wants to look as if they are taking sides.”"
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Adam Reyes")
        #expect(quote.cue == "said")
    }

    @Test func continuationQuotesKeepThePreviousSpeaker() throws {
        let text = """
        “We lost the vote,” said Mark Olsen. “But we will be back next year.”

        “Our voters have not gone anywhere.”

        The party meets again in June.
        """
        let found = try quotes(in: text)
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.speaker == "Mark Olsen" })
    }

    @Test func pronounsResolveToTheMostRecentPerson() throws {
        let text = """
        Judge Maria Santos opened the hearing on Monday.

        “This court will not be rushed,” she said.
        """
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Maria Santos")
        let pronoun = span(of: "she said", in: text)
        #expect(quote.speakerSpan == Span(pronoun.start, pronoun.start + 3))
        #expect(quote.cue == "said")
    }

    @Test func pronounsAgreeInGenderWhenTheTextTellsIt() throws {
        let text = """
        Mr. Park arrived late. Judge Ann Cole opened the hearing.

        “We start now,” he said. “Sit down,” she told him.
        """
        let found = try quotes(in: text)
        #expect(found.map(\.speaker) == ["Park", "Ann Cole"])
    }

    @Test func anUnresolvedSheDoesNotHideTheManBeforeHer() throws {
        let text = """
        Mr. Dorsey toured the plant on Monday.

        “We need more shifts,” she said.

        “The line will reopen in May,” he said.
        """
        let found = try quotes(in: text)
        #expect(found.map(\.speaker) == [nil, "Dorsey"])
    }

    @Test func aFirstNameGivenToBothSexesSaysNothingAboutGender() throws {
        let text = """
        Terry Vance has worked nights at the county hospital for a decade.

        “Nobody wants this shift, so I take it,” she said.
        """
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Terry Vance")
    }

    @Test func subjectsAfterARecoveredQuotationStillCountForPronouns() throws {
        let text = """
        Lawmakers react

        “It is a disgrace,” Rep. Ann Moore said Friday. “If the law is ignored, nobody is safe.
        “We will act,” added Rep. Jim Clay. “These are not whistles.”
        Trump has low support with these voters.
        “Look at the numbers,” he said in August.
        """
        let found = try quotes(in: text)
        #expect(found.last?.text == "Look at the numbers,")
        #expect(found.last?.speaker == "Trump")
    }

    @Test func pronounResolutionCanBeSwitchedOff() throws {
        let text = "Judge Maria Santos opened the hearing.\n\n“This court will not be rushed,” she said."
        let quote = try #require(try quotes(in: text, options: .init(resolvePronouns: false)).first)
        #expect(quote.speaker == nil)
        #expect(quote.cue == "said")
    }

    @Test func itAddedPointsBackToAnOrganisation() throws {
        let text = "The Daily Courier reported the merger on Monday. “The deal values the firm at $2 billion,” it added."
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "The Daily Courier" || quote.speaker == "Daily Courier")
    }

    @Test func roleMentionsResolveThroughAnEarlierTitledName() throws {
        let text = """
        City Hall spokesman Leo Brandt confirmed the closure on Tuesday.

        “The library will reopen in the spring,” the spokesman said.
        """
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Leo Brandt")
        #expect(quote.speakerSpan == span(of: "the spokesman", in: text))
    }

    @Test func abbreviatedTitlesLinkToTheirRoleNoun() throws {
        let text = "Sen. Dora Quinn spoke in Ohio on Monday. The Vermont senator said the bill was “a gift to the banks.”"
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Dora Quinn")
    }

    @Test func organisationMentionsLinkToAnEarlierNameHoldingTheNoun() throws {
        let text = """
        The nonpartisan Commission on Election Fairness met on Monday.

        The commission says on its website that “there were issues with the microphones in the hall.”
        """
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Commission on Election Fairness")
        #expect(quote.speakerSpan == span(of: "The commission", in: text))
    }

    @Test func anUnlinkedRoleMentionLeavesTheSpeakerUnknown() throws {
        let text = "“Nobody told us anything,” a local shopkeeper said."
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == nil)
        #expect(quote.speakerSpan == nil)
        #expect(quote.cue == "said")
    }

    @Test func attributionAfterADash() throws {
        let text = "“We will not sign this deal” — Mayor Ana Ortiz said on Monday."
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Ana Ortiz")
        #expect(quote.cue == "said")
    }

    @Test func signatureLinesAfterADash() throws {
        let text = "“He has never worked a day for this town.” ― Rita Gomez\n“I will vote for him again.” ― Paul Kane"
        let found = try quotes(in: text)
        #expect(found.map(\.speaker) == ["Rita Gomez", "Paul Kane"])
        #expect(found.allSatisfy { $0.cue == nil })
    }

    @Test func interviewStyleNameAndColon() throws {
        let text = "The mayor took questions.\n\nSen. Bob Tate: “Nobody asked us about the budget.”"
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Bob Tate")
        #expect(quote.cue == nil)
    }

    @Test func aNameLaterInTheSentenceIsNotTheSpeaker() throws {
        let text = "Ruth Adler said the report was “deeply flawed” when Tom Price defended it."
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.speaker == "Ruth Adler")
    }
}
