import Foundation
import GlossTestSupport
import Testing

@Suite("gloss validate and gloss analyzers, end to end")
struct ConfigCommandTests {
    /// This test's files, removed when it ends.
    let scratch: TemporaryDirectory

    init() throws {
        scratch = try TemporaryDirectory(prefix: "gloss-test")
    }

    /// A pipelines file named pipelines.yaml, in a folder of its own.
    func configFile(_ text: String) throws -> String {
        let folder = UUID().uuidString
        try scratch.makeDirectory(folder)
        return try scratch.write(text, to: folder + "/pipelines.yaml")
    }

    @Test func shippedPipelinesFileIsValid() throws {
        let result = try GlossBinary.run(["validate"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("pipelines.yaml: ok"))
        #expect(result.stdout.contains("news (default)"))
    }

    @Test func configurationErrorsNameFileLineAndColumn() throws {
        let typo = try configFile("version: 1\npipelines:\n  news:\n    steps:\n      - sentences: {treshold: 2}\n")
        let result = try GlossBinary.run(["validate", "--config", typo])
        #expect(result.status == 2)
        #expect(result.stderr == "gloss: \(typo):5:21: pipelines.news.steps[0].sentences: unknown option 'treshold' (this step takes no options)\n")

        let unknown = try configFile("version: 1\npipelines:\n  news:\n    steps: [sentense]\n")
        let second = try GlossBinary.run(["run", "--config", unknown], stdin: "{\"id\":\"a\",\"text\":\"x\"}\n")
        #expect(second.status == 2)
        #expect(second.stdout.isEmpty)
        #expect(second.stderr == "gloss: \(unknown):4:13: pipelines.news.steps[0]: unknown analyzer 'sentense' (did you mean 'sentences'?)\n")
    }

    @Test func pipelinesFileThatIsADirectoryOrMissing() throws {
        let directory = scratch.path
        let result = try GlossBinary.run(["validate", "--config", directory])
        #expect(result.status == 2)
        #expect(result.stderr == "gloss: \(directory): cannot read: is a directory\n")
        let missing = try GlossBinary.run(["validate"], in: directory)
        #expect(missing.status == 2)
        #expect(missing.stderr == "gloss: pipelines.yaml: cannot read: no such file or directory (run gloss where pipelines.yaml is, or pass --config FILE)\n")
    }

    @Test func analyzersAreListedAndDescribed() throws {
        let list = try GlossBinary.run(["analyzers"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("sentences"))
        let one = try GlossBinary.run(["analyzers", "sentences"])
        #expect(one.status == 0)
        #expect(one.stdout.contains("Examples:"))
        let typo = try GlossBinary.run(["analyzers", "sentence"])
        #expect(typo.status == 2)
        #expect(typo.stderr == "gloss: unknown analyzer 'sentence' (did you mean 'sentences'?); see 'gloss analyzers'\n")
    }
}
