import Foundation
import GlossKit
import Testing
@testable import GlossSentiment

private func writeLexicon(_ contents: String) throws -> String {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("gloss-lexicon-\(UUID().uuidString).tsv").path
    try contents.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

@Test func userLexiconAddsAndOverridesEntries() throws {
    let path = try writeLexicon("# newsroom terms\nstonewalling\t-2.0\nGOOD\t-1.0\n\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let options = SentimentAnalyzer.Options(lexicon: path)
    #expect(try sentiment("The agency is stonewalling.", options: options) < 0)
    #expect(try sentiment("The agency is stonewalling.") == 0)
    #expect(try sentiment("The result is good.", options: options) < 0)
}

@Test func badValenceIsAnErrorNamingFileAndLine() throws {
    let path = try writeLexicon("stonewalling\t-2.0\nobstruction\tvery bad\n")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let error = try #require(throws: AnalyzerSetupError.self) {
        try SentimentAnalyzer(options: .init(lexicon: path))
    }
    #expect(error.message == "\(path):2: valence 'very bad' is not a number in -4...4")
    #expect(error.option == "lexicon")
}

@Test func missingTabAndOutOfRangeValenceAreErrors() throws {
    let noTab = try writeLexicon("obstruction -2\n")
    let tooBig = try writeLexicon("# header\nobstruction\t-9\n")
    defer {
        try? FileManager.default.removeItem(atPath: noTab)
        try? FileManager.default.removeItem(atPath: tooBig)
    }
    let first = try #require(throws: AnalyzerSetupError.self) { try SentimentAnalyzer(options: .init(lexicon: noTab)) }
    #expect(first.message == "\(noTab):1: expected 'word<TAB>valence'")
    let second = try #require(throws: AnalyzerSetupError.self) { try SentimentAnalyzer(options: .init(lexicon: tooBig)) }
    #expect(second.message == "\(tooBig):2: valence '-9' is not a number in -4...4")
}

@Test func missingLexiconFileIsAnError() throws {
    let error = try #require(throws: AnalyzerSetupError.self) {
        try SentimentAnalyzer(options: .init(lexicon: "/nonexistent/lexicon.tsv"))
    }
    #expect(error.message == "cannot read lexicon file '/nonexistent/lexicon.tsv'")
    #expect(error.option == "lexicon")
}

@Test func optionsDecodeFromKebabCaseYAML() throws {
    let node = try YAMLLoader.load(string: "{level: document, per-entity: false}", file: "test.yaml")
    let options = try YAMLDecoder().decode(SentimentAnalyzer.Options.self, from: node, path: "sentiment", file: "test.yaml")
    #expect(options.level == .document)
    #expect(options.perEntity == false)
    #expect(options.lexicon == nil)
    let defaults = try YAMLDecoder().decode(SentimentAnalyzer.Options.self, from: nil, path: "sentiment", file: "test.yaml")
    #expect(defaults.level == .sentence)
    #expect(defaults.perEntity)
}

@Test func unknownLevelIsRejected() throws {
    let node = try YAMLLoader.load(string: "{level: paragraph}", file: "test.yaml")
    #expect(throws: YAMLError.self) {
        try YAMLDecoder().decode(SentimentAnalyzer.Options.self, from: node, path: "sentiment", file: "test.yaml")
    }
}
