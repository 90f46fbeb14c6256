import GlossKit
import Testing
@testable import GlossEntities

/// Corrections of where a person's name starts and ends.
@Suite struct PersonBoundaryTests {
    /// Runs the corrections on mentions given as (words, class), found in order in the text.
    private func corrected(_ source: String, _ marked: [(String, CoarseLabel)]) -> [(text: String, coarse: CoarseLabel)] {
        let layer = TextLayer(text: source)
        let input = TaggingInput(layer: layer)
        var mentions: [Mention] = []
        var searchFrom = 0
        for (name, label) in marked {
            let parts = TaggingInput(layer: TextLayer(text: name)).tokens.count
            guard let start = (searchFrom..<input.tokens.count).first(where: { index in
                index + parts <= input.tokens.count
                    && layer.string(Span(input.tokens[index].start, input.tokens[index + parts - 1].end)) == name
            }) else { continue }
            mentions.append(Mention(tokens: start..<(start + parts), coarse: label))
            searchFrom = start + parts
        }
        let result = MentionCorrections(input: input, bytes: layer.bytes, gazetteer: BuiltinGazetteers.table)
            .correct(mentions, listed: BuiltinGazetteers.table.longestMatches(in: input))
        return result.map { (layer.string(Span(input.tokens[$0.tokens.lowerBound].start, input.tokens[$0.tokens.upperBound - 1].end)), $0.coarse) }
    }

    @Test func twoKnownPeopleJoinedByAndAreTwo() {
        let result = corrected("Senator Maya Okafor said the bill was rushed, as did Rep. Ben Dalton. Both Dalton and Okafor voted no.",
                               [("Maya Okafor", .person), ("Ben Dalton", .person), ("Dalton and Okafor", .person)])
        #expect(result.map(\.text) == ["Maya Okafor", "Ben Dalton", "Dalton", "Okafor"])
        #expect(result.allSatisfy { $0.coarse == .person })
    }

    @Test func listedNamesJoinedByAndAreTwoPeople() {
        let result = corrected("Michael Reyes and Sarah Cole opened the clinic on Friday.", [("Michael Reyes and Sarah Cole", .person)])
        #expect(result.map(\.text) == ["Michael Reyes", "Sarah Cole"])
    }

    @Test func aNameWithAndThatIsNotTwoKnownNamesStaysWhole() {
        let result = corrected("Lords Brackwater and Vennick ruled the valley for decades.", [("Lords Brackwater and Vennick", .person)])
        #expect(result.map(\.text) == ["Lords Brackwater and Vennick"])
    }

    @Test func aCommonWordOpeningASentenceIsNoPartOfTheName() {
        let result = corrected("""
            Rival Nora Whitcombe accused the mayor of stalling. Her rival had said so before. \
            Nora Whitcombe spoke again on Tuesday.
            """, [("Rival Nora Whitcombe", .person), ("Nora Whitcombe", .person)])
        #expect(result.map(\.text) == ["Nora Whitcombe", "Nora Whitcombe"])
    }

    @Test func aVerbOfSpeechOpeningASentenceIsNoPartOfTheName() {
        let result = corrected("The plan is dead, economist Ryan Pellow said. Says Pellow: nobody will fund it.",
                               [("Ryan Pellow", .person), ("Says Pellow", .person)])
        #expect(result.map(\.text) == ["Ryan Pellow", "Pellow"])
    }

    @Test func anUnknownFirstNameOfARelativeIsKept() {
        let result = corrected("Darnell Fisk was arrested on Monday. Shaquana Fisk, his sister, said he was innocent.",
                               [("Darnell Fisk", .person), ("Shaquana Fisk", .person)])
        #expect(result.map(\.text) == ["Darnell Fisk", "Shaquana Fisk"])
    }

    @Test func aFirstNameBeforeAnInitialIsPartOfTheName() {
        let result = corrected("The owner, Tobias K. Wendt, said rents would rise.", [("K. Wendt", .person)])
        #expect(result.map(\.text) == ["Tobias K. Wendt"])
    }

    @Test func aWordBeforeAnInitialThatTheTextWritesInLowerCaseIsNotTaken() {
        let result = corrected("The judge said Plan B. Ortiz had filed was a fair plan.", [("B. Ortiz", .person)])
        #expect(result.map(\.text) == ["B. Ortiz"])
    }

    @Test func marksGluedToANameAreNoPartOfIt() {
        let result = corrected("Sen. Ruth Calder.$KBX slammed the bank on Monday.", [("Ruth Calder.$KBX", .person)])
        #expect(result.map(\.text) == ["Ruth Calder"])
    }

    @Test func anOfficeAfterATitleIsNoPartOfTheName() {
        let result = corrected("Secretary of Labor Thomas Reyes visited the plant on Friday.", [("Labor Thomas Reyes", .person)])
        #expect(result.map(\.text) == ["Thomas Reyes"])
    }

    @Test func anOfficeReadAsAnOrganisationWithThePersonIsSplitOff() {
        let result = corrected("Secretary of Veterans Affairs Denise Okoro defended the budget.", [("Veterans Affairs Denise Okoro", .org)])
        #expect(result.map(\.text) == ["Denise Okoro"])
        #expect(result.first?.coarse == .person)
    }

    @Test func aGivenNameThatIsAlsoAWordIsKept() {
        let result = corrected("Owen Marsh founded the charity out of faith. Faith Marsh, his daughter, runs it now.",
                               [("Owen Marsh", .person), ("Faith Marsh", .person)])
        #expect(result.map(\.text) == ["Owen Marsh", "Faith Marsh"])
    }
}
