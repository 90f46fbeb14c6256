import GlossKit
@testable import GlossReadability
import Testing

@Suite("Readability plugin")
struct ReadabilityTests {
    static let registry = AnalyzerRegistry([AnalyzerDescriptor(SentencesAnalyzer.self), AnalyzerDescriptor(ReadabilityAnalyzer.self)])

    @Test("Example holds", arguments: ReadabilityAnalyzer.examples.indices)
    func exampleHolds(_ index: Int) {
        let example = ReadabilityAnalyzer.examples[index]
        let problems = ExampleChecker.problems(in: example, of: ReadabilityAnalyzer.name, registry: Self.registry)
        #expect(problems.isEmpty, "\(example.note)\n\(problems.joined(separator: "\n"))")
    }

    @Test(arguments: [
        ("cat", 1), ("the", 1), ("make", 1), ("table", 2), ("whale", 1), ("jumped", 1), ("wanted", 2),
        ("makes", 1), ("boxes", 2), ("places", 2), ("minister", 3), ("election", 3), ("government", 3),
        ("yesterday", 3), ("well-known", 2), ("don't", 1), ("FBI", 3), ("U.S.", 2), ("NATO", 2),
        ("Zürich", 2), ("infrastructure", 4), ("opposition", 4),
    ])
    func syllablesOfCommonNewsWords(_ word: String, _ expected: Int) {
        #expect(SyllableCounter.syllables(inWord: ArraySlice(Array(word.utf8))) == expected)
    }

    @Test func countsWordsSentencesAndScoresAParagraphOfNews() throws {
        var document = Document(id: "n", text: """
        The mayor opened the new bridge on Monday. Thousands of residents walked across it. \
        "It is a great day for the city," she said.
        """)
        try ReadabilityAnalyzer(options: .init()).analyze(&document)
        let result = try #require(document.extensions["readability"])
        #expect(result["words"] == .int(24))
        #expect(result["sentences"] == .int(3))
        let ease = try #require(result["flesch_reading_ease"]?.numberValue)
        let grade = try #require(result["flesch_kincaid_grade"]?.numberValue)
        #expect(ease > 70 && ease < 100, "plain news prose reads fairly easily: \(ease)")
        #expect(grade > 2 && grade < 8, "\(grade)")
    }

    @Test func refusesMinWordsBelowOne() {
        var options = ReadabilityAnalyzer.Options()
        options.minWords = 0
        #expect(throws: AnalyzerSetupError.self) { try ReadabilityAnalyzer(options: options) }
    }
}
