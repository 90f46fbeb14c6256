import Foundation
import GlossKit
import Testing
@testable import GlossEntities

/// The built-in model and the mention corrections on news written the way outlets other than
/// the training newswire write it. Every text here was written for these tests.
@Suite struct RealNewsTests {
    private let analyzer: EntitiesAnalyzer

    init() throws {
        analyzer = try EntitiesAnalyzer(options: .init())
    }

    private func found(_ text: String) -> [(text: String, label: EntityLabel, canonical: String)] {
        Fixtures.entities(in: text, analyzer: analyzer)
    }

    private func label(of name: String, in entities: [(text: String, label: EntityLabel, canonical: String)]) -> EntityLabel? {
        entities.first { $0.text == name }?.label
    }

    @Test func aCompanyWordAtTheEndMakesAnOrganisation() {
        let entities = found("Tallis Semiconductor said on Tuesday it would open a plant in Ohio. Shares of Tallis rose 3 percent, while rival Brightwater Holdings fell.")
        #expect(label(of: "Tallis Semiconductor", in: entities) == .org)
        #expect(label(of: "Brightwater Holdings", in: entities) == .org)
        // The short name of a company named in full before is the company, not a person.
        #expect(label(of: "Tallis", in: entities) == .org)
    }

    @Test func streetsBuildingsAndChurchesAreNeitherPeopleNorPoliticalUnits() {
        let entities = found("The fire started in a warehouse on Kessler Street late on Sunday. Council members met at City Hall on Monday, and volunteers gathered at St. Agnes Catholic Church.")
        #expect(label(of: "Kessler Street", in: entities) == .loc)
        #expect(label(of: "City Hall", in: entities) == .loc)
        let church = label(of: "St. Agnes Catholic Church", in: entities)
        #expect(church == .loc || church == .org)
    }

    @Test func aBasedModifierLeavesThePlaceBeforeIt() {
        let entities = found("Raleigh-based Corwin Foods will hire 300 workers, and a San Mateo-based startup said it would follow.")
        #expect(label(of: "Raleigh", in: entities) == .gpe)
        #expect(label(of: "San Mateo", in: entities) == .gpe)
        #expect(label(of: "Corwin Foods", in: entities) == .org)
        #expect(!entities.contains { $0.text.hasSuffix("-based") })
        let start = found("Santa Monica-based Hale Studios cut 40 jobs on Friday.")
        #expect(label(of: "Santa Monica", in: start) == .gpe)
    }

    @Test func aPlaceRightBeforeAPersonIsTwoNames() {
        let entities = found("Japan's ambassador to London Hiroshi Sato said the talks had been useful.")
        #expect(label(of: "London", in: entities) == .gpe)
        #expect(label(of: "Hiroshi Sato", in: entities) == .person)
    }

    @Test func aPlaceBeforeATitleIsThePlace() {
        let entities = found("Oregon Attorney General Dana Morrow said the state would appeal the ruling.")
        #expect(label(of: "Oregon", in: entities) == .gpe)
        #expect(label(of: "Dana Morrow", in: entities) == .person)
    }

    @Test func aTitleCaseHeadlineNamesOnlyWhatItsArticleNames() {
        let entities = found("""
            Harbor Authority Delays Vote on Ferry Terminal Expansion

            The Bayport Harbor Authority on Tuesday postponed a vote on a plan to expand the ferry terminal, officials said.
            """)
        #expect(entities.map(\.text) == ["Bayport Harbor Authority"])
    }

    @Test func headlineWordsAndWeekdaysAreNoNames() {
        let entities = found("""
            Talks Stall in Vienna as Deadline Nears

            Negotiators in Vienna said on Friday that the talks had stalled over sanctions relief.
            """)
        #expect(entities.map(\.text) == ["Vienna", "Vienna"])
        #expect(entities.allSatisfy { $0.label == .gpe })
    }

    @Test func aHeadlineKeepsTheArticlesReadingOfAName() {
        let entities = found("""
            Okafor Leads Rally as Lagos Cheers Late Win

            Striker Emeka Okafor scored twice as the home side came back to win 3-2 in Lagos on Saturday.
            """)
        #expect(entities.contains { $0.text == "Okafor" && $0.label == .person && $0.canonical == "Emeka Okafor" })
        #expect(label(of: "Emeka Okafor", in: entities) == .person)
        #expect(!entities.contains { $0.text.contains("Leads") || $0.text.contains("Cheers") })
    }

    @Test func anAdministrativeRegionIsOnePlace() {
        let entities = found("Legislators in the Macau Special Administrative Region passed the law on Thursday.")
        #expect(label(of: "Macau Special Administrative Region", in: entities) == .gpe)
        #expect(!entities.contains { $0.label == .person })
    }

    @Test func lawsPrizesAndTournamentsAreOtherNames() {
        let entities = found("Lawyers for the newspaper said the order violated the First Amendment, days before the paper won the Hollis Prize.")
        #expect(label(of: "First Amendment", in: entities) == .misc)
        #expect(label(of: "Hollis Prize", in: entities) == .misc)
    }

    @Test func aPossessiveFacilityNameIsOneName() {
        let entities = found("Patients were moved to St Luke's Hospital on Tuesday, and the rally in Queen's Park went ahead.")
        let hospital = label(of: "St Luke's Hospital", in: entities)
        #expect(hospital == .org || hospital == .loc)
        #expect(label(of: "Queen's Park", in: entities) == .loc)
        #expect(!entities.contains { $0.text == "Park" || $0.text == "Hospital" })
    }

    @Test func aCityThatWinsIsItsClub() {
        let entities = found("Leeds beat Portsmouth 2-0 at Elland Road on Saturday, and the win lifted Leeds to third. Germany beat France 1-0 in Berlin.")
        #expect(entities.filter { $0.text == "Leeds" }.map(\.label) == [.org, .org])
        #expect(label(of: "Germany", in: entities) == .gpe)
        #expect(label(of: "Berlin", in: entities) == .gpe)
    }

    @Test func aListedPlacesDivisionIsThePlace() {
        let entities = found("New rules for residents of the Tibet Autonomous Region were published by officials in Lhasa.")
        #expect(label(of: "Tibet Autonomous Region", in: entities) == .gpe)
    }

    @Test func twoListedNamesJoinedByAndAreTwoNames() {
        let entities = found("The European Union and Canada said on Monday they would coordinate sanctions.")
        #expect(label(of: "European Union", in: entities) == .org)
        #expect(label(of: "Canada", in: entities) == .gpe)
    }

    @Test func aNationsCombiningFormNamesPeoples() {
        let entities = found("Analysts said Sino-Japanese relations were strained after the vote in the Indo-Pacific.")
        #expect(label(of: "Sino-Japanese", in: entities) == .norp)
        #expect(label(of: "Indo-Pacific", in: entities) != .norp)
        #expect(!entities.contains { $0.text == "Sino" })
    }

    @Test func aKnownOrganisationIsOneName() {
        let entities = found("Aid convoys run by the International Committee of the Red Cross reached the town on Monday.")
        #expect(label(of: "International Committee of the Red Cross", in: entities) == .org)
    }

    @Test func surnamesThatAreAlsoPlaceWordsStayPeople() {
        let entities = found("Forecaster Jenna Park said the river would crest on Sunday, and actor Sally Field urged residents to leave.")
        #expect(label(of: "Jenna Park", in: entities) == .person)
        #expect(label(of: "Sally Field", in: entities) == .person)
    }

    /// The regression fixture: most of its names come out with the right span and label.
    @Test func theRealNewsFixtureMostlyComesOutRight() {
        var gold = 0
        var correct = 0
        var spurious = 0
        for marked in RealNewsFixture.paragraphs {
            let (text, expected) = RealNewsFixtureReader.unmark(marked)
            var document = Document(id: "fixture", text: text)
            analyzer.analyze(&document)
            let scalars = Array(text.unicodeScalars)
            var byOffsets: [Int: Int] = [:]
            var utf8 = 0
            for (index, scalar) in scalars.enumerated() {
                byOffsets[utf8] = index
                utf8 += UTF8.width(scalar)
            }
            byOffsets[utf8] = scalars.count
            let predicted = (document.entities ?? []).map {
                (start: byOffsets[$0.span.start] ?? -1, end: byOffsets[$0.span.end] ?? -1, label: $0.label.rawValue)
            }
            gold += expected.count
            for entity in expected where predicted.contains(where: {
                $0.start == entity.start && $0.end == entity.end && entity.labels.contains($0.label)
            }) {
                correct += 1
            }
            spurious += predicted.filter { prediction in
                !expected.contains { $0.start == prediction.start && $0.end == prediction.end && $0.labels.contains(prediction.label) }
            }.count
        }
        // Now 114 of 128 right with 13 spurious; the model and rules before this fixture was
        // written got 96 right with 31 spurious.
        #expect(gold == 128)
        #expect(correct >= 111)
        #expect(spurious <= 16)
    }
}

/// Reads `RealNewsFixture` markup: `[text|LABEL]` or `[text|LABEL/OTHER]`.
enum RealNewsFixtureReader {
    static func unmark(_ marked: String) -> (text: String, entities: [(start: Int, end: Int, labels: [String])]) {
        let (text, entities) = Fixtures.unmark(marked)
        return (text, entities.map { ($0.start, $0.end, $0.label.split(separator: "/").map(String.init)) })
    }
}
