import Foundation
import GlossKit
import Testing
@testable import GlossEntities

@Suite struct TaggerTrainingTests {
    private func train(seed: UInt64, epochs: Int = 10, in directory: URL) throws -> (URL, [String]) {
        let trainFile = directory.appendingPathComponent("train.jsonl")
        try Fixtures.write(Fixtures.jsonLines(Fixtures.markedDocuments), to: trainFile)
        let output = directory.appendingPathComponent("model-\(seed).bin")
        let lines = LogLines()
        try EntitiesAnalyzer.train(
            TrainingRequest(trainFile: trainFile.path, devFile: trainFile.path, outputFile: output.path, epochs: epochs, seed: seed),
            log: { lines.append($0) })
        return (output, lines.all)
    }

    @Test func trainingOnATinyCorpusConvergesAndReportsEachEpoch() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (_, log) = try train(seed: 7, in: directory)
        let epochs = log.filter { $0.contains(" epoch ") }
        #expect(epochs.count == 10 * EntitiesAnalyzer.ensembleSize)
        #expect(epochs.last?.contains("epoch 10: 0 wrong tags") == true)
        #expect(epochs.last?.contains("dev F1 1.000") == true)
        #expect(log.contains { $0.hasPrefix("averaged model: dev F1 1.000") })
    }

    @Test func theModelFileRoundTripsAndTagsItsTrainingText() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (model, _) = try train(seed: 7, in: directory)
        let analyzer = try EntitiesAnalyzer(options: .init(model: model.path))
        let (text, _) = Fixtures.unmark(Fixtures.markedDocuments[0])
        let found = Fixtures.entities(in: text, analyzer: analyzer)
        #expect(found.map(\.text) == ["Angela Merkel", "Emmanuel Macron", "Paris", "Merkel"])
        #expect(found.map(\.label) == [.person, .person, .gpe, .person])
        #expect(found.last?.canonical == "Angela Merkel")

        let loaded = try ModelFile.load(path: model.path)
        let reencoded = ModelFile.encode(loaded)
        #expect(reencoded == [UInt8](try Data(contentsOf: model)))
    }

    @Test func theSameSeedGivesTheSameModel() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (first, _) = try train(seed: 3, epochs: 4, in: directory)
        let firstBytes = try Data(contentsOf: first)
        let (second, _) = try train(seed: 3, epochs: 4, in: directory)
        #expect(try Data(contentsOf: second) == firstBytes)
    }

    @Test func unreadableTrainingDataIsAnError() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("bad.jsonl")
        try Fixtures.write(#"{"id": "a", "text": "Paris", "entities": [{"start": 0, "end": 5, "label": "CITY"}]}"# + "\n", to: bad)
        #expect(throws: GoldDocument.ReadError.self) {
            try EntitiesAnalyzer.train(
                TrainingRequest(trainFile: bad.path, devFile: nil, outputFile: directory.appendingPathComponent("m").path, epochs: 1, seed: 1),
                log: { _ in })
        }
    }

    @Test func aFileThatIsNotAModelIsRefused() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("not-a-model")
        try Fixtures.write("hello", to: file)
        #expect(throws: ModelFile.FormatError.self) { try ModelFile.load(path: file.path) }
    }
}

/// Collects log lines from the trainer's `@Sendable` callback.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
