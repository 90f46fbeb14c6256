import GlossKit
import Testing
@testable import GlossQuotes

/// When the entities step's canonical name is the speaker's name, and when the name as written is.
@Suite("Canonical names checked against the mention")
struct EntityNamesTests {
    @Test func aHeadlineRunningPastTheFamilyNameIsNotTheCanonicalName() throws {
        let text = """
        Ellen Park Wins Recount in Harlow County

        The county board confirmed the result late on Friday.

        “Every ballot was counted twice,” Park said.
        """
        let headline = "Ellen Park Wins"
        let entities = [
            entity(headline, in: text),
            entity("Park", in: text, canonical: headline, from: span(of: "twice", in: text).end),
        ]
        let quote = try #require(try quotes(in: text, entities: entities).first)
        #expect(quote.speaker == "Park")
        #expect(quote.speakerSpan == span(of: "Park said", in: text).prefix("Park"))
    }

    @Test func aCanonicalNameWithSymbolsIsNotAName() throws {
        let text = "Shares fell after the hearing.\n\n“The board misled its own staff,” Moreno said."
        let ticker = entity("Moreno", in: text, canonical: "Moreno.$KLX")
        let quote = try #require(try quotes(in: text, entities: [ticker]).first)
        #expect(quote.speaker == "Moreno")
    }

    @Test func aLoneFirstNameTakesTheFullName() throws {
        let text = """
        Dana Whitfield coached the team for eleven seasons.

        “I never once thought about leaving,” Dana said.
        """
        let entities = [
            entity("Dana Whitfield", in: text),
            entity("Dana", in: text, canonical: "Dana Whitfield", from: span(of: "leaving", in: text).end),
        ]
        let quote = try #require(try quotes(in: text, entities: entities).first)
        #expect(quote.speaker == "Dana Whitfield")
    }

    @Test func aLoneFirstNameDoesNotTakeAHeadline() throws {
        let text = "Holt Says Debate Rules Stay\n\n“The rules were agreed months ago,” Holt said."
        let entities = [
            entity("Holt Says", in: text),
            entity("Holt", in: text, canonical: "Holt Says", from: span(of: "ago", in: text).end),
        ]
        let quote = try #require(try quotes(in: text, entities: entities).first)
        #expect(quote.speaker == "Holt")
    }

    @Test(arguments: [
        ("the Herald", "Herald", "Lakeview Herald"),
        ("the NTSB", "NTSB", "National Transportation Safety Board"),
    ])
    func organisationsTakeTheirFullNameOrAcronym(written: String, entityText: String, canonical: String) throws {
        let text = "“The inquiry will take at least a year,” \(written) said."
        let organisation = entity(entityText, in: text, label: .org, canonical: canonical)
        let quote = try #require(try quotes(in: text, entities: [organisation]).first)
        #expect(quote.speaker == canonical)
    }

    @Test func anHonorificOfTheOtherSexSeparatesTwoPeopleWithOneFamilyName() throws {
        let text = """
        Grace Okafor, a retired judge, joined her husband at the rally.

        “We have waited long enough,” Mr. Okafor said.

        “So have our neighbours,” Grace Okafor said.
        """
        let entities = [
            entity("Grace Okafor", in: text),
            entity("Okafor", in: text, canonical: "Grace Okafor", from: span(of: "Mr.", in: text).end),
            entity("Grace Okafor", in: text, from: span(of: "neighbours", in: text).end),
        ]
        let found = try quotes(in: text, entities: entities)
        #expect(found.map(\.speaker) == ["Okafor", "Grace Okafor"])
    }

    @Test func anOrganisationNameCutInTwoByTheEntitiesStaysWhole() throws {
        let text = """
        The Independent Commission on Police Conduct says the review is finished.

        The commission said in a statement that “every complaint was heard in full.”
        """
        let entities = [
            entity("Independent Commission", in: text, label: .org),
            entity("Police Conduct", in: text, label: .org),
        ]
        let quote = try #require(try quotes(in: text, entities: entities).first)
        #expect(quote.speaker == "Independent Commission on Police Conduct")
    }

    @Test func aPersonInsideAnOrganisationNameIsNotTheSpeaker() throws {
        let text = """
        Mark Hollis founded the charity in 1998.

        “We are ready to help every family that asks,” the Hollis Foundation said.
        """
        let entities = [
            entity("Mark Hollis", in: text),
            entity("Hollis", in: text, canonical: "Mark Hollis", from: span(of: "asks", in: text).end),
        ]
        let quote = try #require(try quotes(in: text, entities: entities).first)
        #expect(quote.speaker == "Hollis Foundation")
    }
}

private extension Span {
    /// The first `prefix.utf8.count` bytes of the span.
    func prefix(_ prefix: String) -> Span { Span(start, start + prefix.utf8.count) }
}
