import GlossKit
import Testing
@testable import GlossSentiment

/// The document score of a one-sentence text (equal to its sentence score).
func sentiment(_ text: String, options: SentimentAnalyzer.Options = .init()) throws -> Double {
    var document = Document(id: "t", text: text)
    try SentimentAnalyzer(options: options).analyze(&document)
    return try #require(document.sentiment).score
}

@Test func intensityRisesWithBoostersCapitalsAndExclamations() throws {
    let plain = try sentiment("The harvest was good.")
    let boosted = try sentiment("The harvest was very good.")
    let shouted = try sentiment("The harvest was VERY good!!!")
    #expect(plain > 0)
    #expect(plain < boosted)
    #expect(boosted < shouted)
}

@Test func dampenersAndHedgesLowerIntensityWithoutFlippingIt() throws {
    let plain = try sentiment("The response was good.")
    let somewhat = try sentiment("The response was somewhat good.")
    let kindOf = try sentiment("The response was kind of good.")
    #expect(somewhat > 0 && somewhat < plain)
    #expect(kindOf > 0 && kindOf < plain)
}

@Test func negationReversesAndDamps() throws {
    let plain = try sentiment("The talks were good.")
    let negated = try sentiment("The talks were not good.")
    let contracted = try sentiment("The talks weren’t good.")
    #expect(negated < 0)
    #expect(contracted < 0)
    #expect(abs(negated) < plain)
    #expect(try sentiment("The minister said the plan was not a disaster.") > 0)
}

@Test func negationScopeEndsAtTheNextSentimentWord() throws {
    // Repeating a negated phrase must not turn into a double negation.
    #expect(try sentiment("They don't help, don't help at all.") < 0)
}

@Test func neverSoIntensifiesInsteadOfNegating() throws {
    #expect(try sentiment("Relations have never been so good.") > 0)
}

@Test func leastReversesButAtLeastDoesNot() throws {
    #expect(try sentiment("It was the least successful summit in years.") < 0)
    #expect(try sentiment("At least the meeting was productive.") > 0)
}

@Test func butMakesTheSecondClauseDecide() throws {
    let praiseThenBlame = try sentiment("The venue was lovely, but the organisation was terrible.")
    let blameThenPraise = try sentiment("The organisation was terrible, but the venue was lovely.")
    #expect(praiseThenBlame < 0)
    #expect(blameThenPraise > 0)
    #expect(try sentiment("The deal is ambitious; however, the funding is a disaster.") < 0)
}

@Test func concessiveAndConditionalClausesArePlayedDown() throws {
    let conceded = try sentiment("Although the rollout was chaotic, the programme is a success.")
    #expect(conceded > 0)
    let hypothetical = try sentiment("If the talks fail, the region faces a crisis.")
    let asserted = try sentiment("The talks failed and the region faces a crisis.")
    #expect(hypothetical < 0 && hypothetical > asserted)
}

@Test func idiomsReplaceTheirWords() throws {
    #expect(try sentiment("The reform is a step in the right direction.") > 0)
    #expect(try sentiment("The offer fell short of expectations.") < 0)
    #expect(try sentiment("Investors can't wait for the launch.") > 0)
}

@Test func fixedFunctionPhrasesDoNotTriggerNegationOrContrast() throws {
    #expect(try sentiment("The envoy had nothing but praise for the hosts.") > 0)
    let notOnly = try sentiment("The plan is not only cheap but also effective.")
    let plain = try sentiment("The plan is effective.")
    #expect(notOnly > 0 && notOnly >= plain)
}

@Test func likeAsAComparisonCarriesNoSentiment() throws {
    #expect(try sentiment("It looks like a storm is coming.") < 0.05)
    #expect(try sentiment("Countries like the Netherlands export tulips.") == 0)
    #expect(try sentiment("I like the new candidate.") > 0)
    #expect(try sentiment("Voters like him.") > 0)
}

@Test func magnitudeWordsIntensifyWhatTheyDescribe() throws {
    // "greatest" is positive alone, but "the greatest threat" is a bigger threat.
    let threat = try sentiment("Officials called it a threat.")
    let greatest = try sentiment("Officials called it the greatest threat.")
    #expect(greatest < threat)
    #expect(try sentiment("The rollout was a huge mistake.") < sentiment("The rollout was a mistake."))
    #expect(try sentiment("The summit was a great success.") > sentiment("The summit was a success."))
}

@Test func drawnOutWordsAreFoundAndEmphasised() throws {
    let plain = try sentiment("That was good.")
    let drawnOut = try sentiment("That was gooood.")
    #expect(drawnOut > plain)
}

@Test func emoticonsCountAndAreNotNegated() throws {
    #expect(try sentiment("No rain today :)") > 0)
    #expect(try sentiment("Lost my keys again :(") < 0)
}

@Test func newsVocabularyHasValence() throws {
    #expect(try sentiment("The ministry rejected the baseless slander.") < 0)
    #expect(try sentiment("Washington imposed sanctions, a clear act of coercion.") < 0)
    #expect(try sentiment("Both sides hailed a win-win breakthrough in cooperation.") > 0)
}

@Test func questionsAreDamped() throws {
    let statement = try sentiment("The deal is good.")
    let question = try sentiment("Is the deal good?")
    #expect(question > 0 && question < statement)
}

@Test func textWithoutSentimentWordsIsNeutral() throws {
    #expect(try sentiment("The committee meets on Tuesday in Brussels.") == 0)
    #expect(try sentiment("") == 0)
}

@Test func inflectedFormsFindTheirBaseWord() throws {
    // "condemning" is not in the lexicon; "condemn" is.
    #expect(try sentiment("Leaders issued statements condemning the raid.") < 0)
    #expect(try sentiment("Exporters moved their goods by sea.") == 0)
}
