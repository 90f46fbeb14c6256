import GlossKit
import Testing
@testable import GlossQuotes

/// When the entities step ran first, speakers are the entities' canonical names.
@Suite("Speakers through the entities step")
struct EntitySpeakerTests {
    @Test func aSurnameMentionReportsTheCanonicalName() throws {
        let text = """
        Prime Minister Anna Lindqvist arrived in Oslo on Monday.

        “We came to listen,” Lindqvist said.
        """
        let entities = [
            entity("Anna Lindqvist", in: text),
            entity("Oslo", in: text, label: .gpe),
            entity("Lindqvist", in: text, canonical: "Anna Lindqvist", from: span(of: "listen", in: text).end),
        ]
        let quote = try #require(try quotes(in: text, entities: entities).first)
        #expect(quote.speaker == "Anna Lindqvist")
        let mention = span(of: "Lindqvist said", in: text)
        #expect(quote.speakerSpan == Span(mention.start, mention.start + 9))
    }

    @Test func pronounsResolveThroughEntities() throws {
        let text = """
        Mr. Okafor met the union leaders in Lagos.

        “The strike must end this week,” he said.
        """
        let entities = [
            entity("Okafor", in: text, canonical: "Chidi Okafor"),
            entity("Lagos", in: text, label: .gpe),
        ]
        let quote = try #require(try quotes(in: text, entities: entities).first)
        #expect(quote.speaker == "Chidi Okafor")
        let pronoun = span(of: "he said", in: text)
        #expect(quote.speakerSpan == Span(pronoun.start, pronoun.start + 2))
    }

    @Test func aPersonEntityWinsOverAPlaceInTheSameMention() throws {
        let text = "“No compromise is possible,” Beijing’s envoy to Washington Cui Tian said."
        let entities = [
            entity("Beijing", in: text, label: .gpe),
            entity("Washington", in: text, label: .gpe),
            entity("Cui Tian", in: text),
        ]
        let quote = try #require(try quotes(in: text, entities: entities).first)
        #expect(quote.speaker == "Cui Tian")
        #expect(quote.speakerSpan == span(of: "Cui Tian", in: text))
    }

    @Test func anEntityRunningAPlaceIntoTheNameIsNotTrusted() throws {
        let text = "“No compromise is possible,” Beijing’s envoy to Washington Cui Tian said."
        let merged = entity("Washington Cui Tian", in: text)
        let quote = try #require(try quotes(in: text, entities: [merged]).first)
        #expect(quote.speaker == "Cui Tian")
    }

    @Test func aPersonMislabelledAsAnOrganisationStillTakesHeOrShe() throws {
        let text = "Ava Marlowe spoke after the screening.\n\n“Most people do not know about that loophole,” she said."
        let mislabelled = entity("Ava Marlowe", in: text, label: .org)
        let quote = try #require(try quotes(in: text, entities: [mislabelled]).first)
        #expect(quote.speaker == "Ava Marlowe")
    }

    @Test func organisationsSpeakToo() throws {
        let text = "“Rates will stay where they are,” the Central Bank of Norway said in a statement."
        let entities = [entity("Central Bank of Norway", in: text, label: .org)]
        let quote = try #require(try quotes(in: text, entities: entities).first)
        #expect(quote.speaker == "Central Bank of Norway")
    }

    @Test func anEntityThatSwallowedAQuotationMarkIsTrimmed() throws {
        let text = "“We will win this,” Melanie said."
        let swallowed = Entity(span: span(of: "” Melanie", in: text), text: "” Melanie", label: .person, canonical: "” Melanie")
        let quote = try #require(try quotes(in: text, entities: [swallowed]).first)
        #expect(quote.speaker == "Melanie")
        #expect(quote.speakerSpan == span(of: "Melanie", in: text))
    }

    @Test func titlesKeptInAPersonEntityAreNotPartOfTheSpeaker() throws {
        let text = "Foreign Affairs Director Han Bo accused the delegation of bad faith, adding: “It will not work.”"
        let titled = entity("Foreign Affairs Director Han Bo", in: text)
        let quote = try #require(try quotes(in: text, entities: [titled]).first)
        #expect(quote.speaker == "Han Bo")
        #expect(quote.speakerSpan == span(of: "Han Bo", in: text))
    }

    @Test func entitiesOutsideTheTextAreIgnored() throws {
        let text = "“We are ready,” Ana Ortiz said."
        let stray = Entity(span: Span(500, 510), text: "Somebody", label: .person, canonical: "Somebody")
        let quote = try #require(try quotes(in: text, entities: [stray]).first)
        #expect(quote.speaker == "Ana Ortiz")
    }

    @Test func roleMentionsLinkToTheEntity() throws {
        let text = """
        Foreign Ministry spokesman Zhao Ming said the following on Thursday:

        “The door to dialogue remains open.”

        Later, the spokesman warned that “patience is not unlimited, and it is running out.”
        """
        let entities = [
            entity("Foreign Ministry", in: text, label: .org),
            entity("Zhao Ming", in: text),
        ]
        let found = try quotes(in: text, entities: entities)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker == "Zhao Ming" })
    }
}
