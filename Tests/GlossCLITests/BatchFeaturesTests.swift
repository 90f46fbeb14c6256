import Foundation
import GlossTestSupport
import Testing

@Suite("Batch features: shards, resume, stats, gzip")
struct BatchFeaturesTests {
    /// This test's files, removed when it ends.
    let scratch: TemporaryDirectory

    init() throws {
        scratch = try TemporaryDirectory(prefix: "gloss-test")
    }

    let pipelines = "version: 1\ndefault: s\npipelines:\n  s:\n    steps: [sentences]\n"

    func corpus(documents: Int) throws -> (directory: String, config: String, input: String) {
        let directory = scratch.path
        let config = try scratch.write(pipelines, to: "pipelines.yaml")
        var text = ""
        for index in 0..<documents {
            text += "{\"id\": \"story-\(index)\", \"text\": \"Officials met on day \(index). They talked.\"}\n"
        }
        text += "this line is broken\n"
        let input = try scratch.write(text, to: "corpus.jsonl")
        return (directory, config, input)
    }

    @Test func shardsTogetherCoverEveryDocumentExactlyOnce() throws {
        let (_, config, input) = try corpus(documents: 500)
        var seen: [String] = []
        var lines = 0
        for shard in 0..<4 {
            let result = try GlossBinary.run(["run", "--config", config, "--shard", "\(shard)/4", "--quiet", input])
            lines += result.lines.count
            seen += result.records.map { ($0["id"] as? String) ?? "line:\((($0["error"] as? [String: Any])?["line"] as? Int) ?? -1)" }
            #expect(result.lines.count > 60, "shard \(shard) got \(result.lines.count) of 501")
        }
        #expect(lines == 501)
        #expect(Set(seen).count == 501)
        #expect(seen.contains("line:501"))
    }

    @Test func shardArgumentIsChecked() throws {
        let (_, config, input) = try corpus(documents: 1)
        let result = try GlossBinary.run(["run", "--config", config, "--shard", "4/4", input])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: --shard K/N needs 0 <= K < N (K is 0-based), got 4/4"))
    }

    @Test func resumeAfterATornLastLineGivesTheSameBytes() throws {
        let (directory, config, input) = try corpus(documents: 300)
        let whole = directory + "/whole.jsonl"
        #expect(try GlossBinary.run(["run", "--config", config, "--output", whole, input]).status == 1)
        let expected = try Data(contentsOf: URL(fileURLWithPath: whole))

        // Simulate a run killed mid-write: the first 120 records and half of the next one.
        let lines = expected.split(separator: 0x0A, omittingEmptySubsequences: false)
        var partial = Data(lines[0..<120].joined(separator: [0x0A]))
        partial.append(0x0A)
        partial.append(lines[120].prefix(25))
        let resumed = directory + "/resumed.jsonl"
        try partial.write(to: URL(fileURLWithPath: directory + "/.resumed.jsonl.partial"))
        let result = try GlossBinary.run(["run", "--config", config, "--output", resumed, "--resume", input])
        #expect(result.status == 1)
        #expect(result.stderr.contains("resumed after 120 records"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: resumed)) == expected)
        #expect(!FileManager.default.fileExists(atPath: directory + "/.resumed.jsonl.partial"))

        let again = try GlossBinary.run(["run", "--config", config, "--output", resumed, "--resume", input])
        #expect(again.status == 0)
        #expect(again.stderr == "gloss: \(resumed) is already complete; nothing to resume\n")
    }

    @Test func resumeRefusesOutputOfAnotherInput() throws {
        let (directory, config, input) = try corpus(documents: 20)
        try scratch.write("{\"id\":\"other-1\",\"text\":\"x\"}\n", to: ".out.jsonl.partial")
        let result = try GlossBinary.run(["run", "--config", config, "--output", directory + "/out.jsonl", "--resume", input])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the output being resumed does not match the input: its record 1 has id 'other-1' but input document 1 has id 'story-0'"))
        #expect(FileManager.default.fileExists(atPath: directory + "/.out.jsonl.partial"))
    }

    @Test func resumeNeedsAnOutputFile() throws {
        let result = try GlossBinary.run(["run", "--resume"], stdin: "")
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: --resume needs --output FILE"))
    }

    @Test func statsFileHasFiguresAndStepShares() throws {
        let (directory, config, input) = try corpus(documents: 50)
        let stats = directory + "/stats.json"
        _ = try GlossBinary.run(["run", "--config", config, "--stats", stats, "--quiet", input])
        let figures = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: stats))) as? [String: Any]
        #expect(figures?["documents"] as? Int == 51)
        #expect(figures?["errors"] as? Int == 1)
        #expect(figures?["pipeline"] as? String == "s")
        let steps = figures?["steps"] as? [[String: Any]]
        #expect(steps?.map { $0["name"] as? String } == ["sentences"])
    }

    @Test func gzipCompressedJSONLines() throws {
        let (directory, config, input) = try corpus(documents: 40)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-k", input]
        try gzip.run()
        gzip.waitUntilExit()
        let plain = try GlossBinary.run(["run", "--config", config, input])
        let compressed = try GlossBinary.run(["run", "--config", config, input + ".gz"])
        #expect(compressed.lines.count == 41)
        #expect(Array(compressed.lines.prefix(40)) == Array(plain.lines.prefix(40)))
        #expect(compressed.lines[40].contains("\"file\":\"\(directory)/corpus.jsonl.gz\",\"line\":41"))
    }
}
