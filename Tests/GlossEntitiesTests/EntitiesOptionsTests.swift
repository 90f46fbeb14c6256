import Foundation
import GlossKit
import Testing
@testable import GlossEntities

@Suite struct EntitiesOptionsTests {
    @Test func aGazetteerForcesItsLabel() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let list = directory.appendingPathComponent("parties.txt")
        try Fixtures.write("# political parties\nPeople's Action Party\nSinn Féin\n", to: list)
        let analyzer = try EntitiesAnalyzer(options: .init(gazetteers: [.init(file: list.path, label: "ORG")]))
        let found = Fixtures.entities(in: "Sinn Féin and the People’s Action Party won seats, officials in Singapore said.", analyzer: analyzer)
        #expect(found.contains { $0.text == "Sinn Féin" && $0.label == .org })
        #expect(found.contains { $0.text == "People’s Action Party" && $0.label == .org })
    }

    @Test func labelsKeepsOnlyTheListedLabels() throws {
        let analyzer = try EntitiesAnalyzer(options: .init(labels: ["GPE"]))
        let found = Fixtures.entities(in: "Prime Minister Boris Johnson flew to Canada on Sunday.", analyzer: analyzer)
        #expect(found.map(\.text) == ["Canada"])
    }

    @Test func offsetsAreUTF8SpansOfTheText() throws {
        let analyzer = try EntitiesAnalyzer(options: .init())
        let text = "Über 300 Menschen — so “Reuters” — protested in São Paulo as Jair Bolsonaro spoke."
        var document = Document(id: "t", text: text)
        analyzer.analyze(&document)
        let entities = try #require(document.entities)
        #expect(!entities.isEmpty)
        for entity in entities {
            #expect(document.substring(entity.span) == entity.text)
            #expect(entity.text.unicodeScalars.first?.properties.isAlphabetic == true)
        }
        #expect(entities.contains { $0.text == "São Paulo" })
    }

    @Test func badOptionValuesNameTheOption() throws {
        #expect { try EntitiesAnalyzer(options: .init(labels: ["PEOPLE"])) } throws: { error in
            (error as? AnalyzerSetupError)?.option == "labels"
        }
        #expect { try EntitiesAnalyzer(options: .init(model: "/nonexistent/model.bin")) } throws: { error in
            (error as? AnalyzerSetupError)?.option == "model"
        }
        #expect { try EntitiesAnalyzer(options: .init(gazetteers: [.init(file: "/nonexistent.txt", label: "ORG")])) } throws: { error in
            (error as? AnalyzerSetupError)?.option == "gazetteers"
        }
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let list = directory.appendingPathComponent("names.txt")
        try Fixtures.write("Acme\n", to: list)
        #expect { try EntitiesAnalyzer(options: .init(gazetteers: [.init(file: list.path, label: "COMPANY")])) } throws: { error in
            (error as? AnalyzerSetupError)?.option == "gazetteers"
        }
    }

    @Test func theBuiltInModelFindsPeoplePlacesAndOrganisationsInNews() throws {
        let analyzer = try EntitiesAnalyzer(options: .init())
        let found = Fixtures.entities(in: "German Chancellor Angela Merkel met officials of the World Bank in Nairobi, Kenya, on Tuesday. Merkel later flew home.", analyzer: analyzer)
        #expect(found.contains { $0.text == "Angela Merkel" && $0.label == .person })
        #expect(found.contains { $0.text == "World Bank" && $0.label == .org })
        #expect(found.contains { $0.text == "Nairobi" && $0.label == .gpe })
        #expect(found.contains { $0.text == "German" && $0.label == .norp })
        #expect(found.contains { $0.text == "Merkel" && $0.canonical == "Angela Merkel" })
    }

    @Test func namesAfterPunctuationAndQuotedWordsAreStillFound() throws {
        // Dashes, a lower-case word and quotation marks in a row leave no room for an open name;
        // the search must still reach the names after them.
        let analyzer = try EntitiesAnalyzer(options: .init())
        let found = Fixtures.entities(in: "Über 300 Menschen — so “Reuters” — protested in Geneva as Emmanuel Macron spoke.", analyzer: analyzer)
        #expect(found.contains { $0.text == "Geneva" && $0.label == .gpe })
        #expect(found.contains { $0.text == "Emmanuel Macron" && $0.label == .person })
    }
}
