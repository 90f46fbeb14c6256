import Foundation
import GlossKit
import Testing
@testable import GlossEntities

@Suite struct MentionResolutionTests {
    func resolve(_ source: String, _ marked: [(String, CoarseLabel)]) -> [(text: String, coarse: CoarseLabel, canonical: String)] {
        let layer = TextLayer(text: source)
        let input = TaggingInput(layer: layer)
        let words = input.tokens.map { layer.string(Span($0.start, $0.end)) }
        var mentions: [Mention] = []
        var searchFrom = 0
        for (name, label) in marked {
            let parts = TaggingInput(layer: TextLayer(text: name)).tokens.count
            let start = (searchFrom..<words.count).first { index in
                index + parts <= words.count
                    && layer.string(Span(input.tokens[index].start, input.tokens[index + parts - 1].end)) == name
            }!
            mentions.append(Mention(tokens: start..<(start + parts), coarse: label))
            searchFrom = start + parts
        }
        let linked = MentionLinker(input: input, bytes: layer.bytes).link(mentions)
        func spelling(_ mention: Mention) -> String {
            layer.string(Span(input.tokens[mention.tokens.lowerBound].start, input.tokens[mention.tokens.upperBound - 1].end))
        }
        return linked.map { (spelling($0), $0.coarse, spelling(linked[$0.canonical])) }
    }

    @Test func aFamilyNameLinksToTheFullName() {
        let result = resolve("President Joe Biden spoke on Friday. Later, Biden left.", [("Joe Biden", .person), ("Biden", .person)])
        #expect(result.map(\.canonical) == ["Joe Biden", "Joe Biden"])
    }

    @Test func aFamilyNameWrittenFirstLinksToo() {
        let result = resolve("Spokesman Zhao Lijian said the talks were useful. Zhao added nothing.", [("Zhao Lijian", .person), ("Zhao", .org)])
        #expect(result[1].coarse == .person)
        #expect(result[1].canonical == "Zhao Lijian")
    }

    @Test func aMissedLaterMentionOfAKnownPersonIsAdded() {
        let result = resolve("John Ratcliffe warned on Monday. The committee heard Ratcliffe for an hour.", [("John Ratcliffe", .person)])
        #expect(result.map(\.text) == ["John Ratcliffe", "Ratcliffe"])
        #expect(result.last?.canonical == "John Ratcliffe")
    }

    @Test func aNameMostlyTaggedAsAPersonIsAPersonThroughout() {
        let result = resolve("Critics of Biden spoke first. Biden answered, and Biden left.",
                             [("Biden", .loc), ("Biden", .person), ("Biden", .person)])
        #expect(result.map(\.coarse) == [.person, .person, .person])
    }

    @Test func aWordTheDocumentWritesInLowerCaseIsNoAlias() {
        let result = resolve("The Special Administrative Region said the region would vote. Region officials agreed.",
                             [("Special Administrative Region", .person)])
        #expect(result.map(\.text) == ["Special Administrative Region"])
    }

    @Test func anAcronymLinksToTheOrganisationItAbbreviates() {
        let result = resolve("The National People’s Congress (NPC) met. The NPC voted.", [("National People’s Congress", .org), ("NPC", .org), ("NPC", .org)])
        #expect(result.map(\.canonical) == ["National People’s Congress", "National People’s Congress", "National People’s Congress"])
    }

    @Test func aLaterShortNameLinksToTheOrganisationNamedInFull() {
        let result = resolve("The Washington Post reported the plan. The Post said it was final.",
                             [("The Washington Post", .org), ("Post", .org)])
        #expect(result.last?.canonical == "The Washington Post")
    }

    @Test func anAmbiguousShortNameStaysItself() {
        let result = resolve("The New York Post and The Washington Post disagreed. The Post was wrong.",
                             [("The New York Post", .org), ("The Washington Post", .org), ("Post", .org)])
        #expect(result.last?.canonical == "Post")
    }

    @Test func differentPeopleSharingAFirstNameAreNotMerged() {
        let result = resolve("Tony Blinken met Tony Blair.", [("Tony Blinken", .person), ("Tony Blair", .person)])
        #expect(result.map(\.canonical) == ["Tony Blinken", "Tony Blair"])
    }

    @Test func placesSplitIntoPoliticalUnitsAndGeographicFeatures() {
        let refiner = LabelRefiner(gazetteer: BuiltinGazetteers.table)
        func label(_ text: String, _ coarse: CoarseLabel) -> EntityLabel {
            let input = TaggingInput(layer: TextLayer(text: text))
            return refiner.label(of: Mention(tokens: input.tokens.indices, coarse: coarse), tokens: input.tokens)
        }
        #expect(label("France", .loc) == .gpe)
        #expect(label("Alaska", .loc) == .gpe)
        #expect(label("Anchorage", .loc) == .gpe)
        #expect(label("Middle East", .loc) == .loc)
        #expect(label("Yangtze River", .loc) == .loc)
        #expect(label("Chinese", .misc) == .norp)
        #expect(label("Republicans", .misc) == .norp)
        #expect(label("World Cup", .misc) == .misc)
        #expect(label("Polish Americans", .misc) == .norp)
        #expect(label("Zhao Lijian", .person) == .person)
    }
}
