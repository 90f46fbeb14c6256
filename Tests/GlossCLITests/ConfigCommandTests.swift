import Foundation
import Testing

@Suite("gloss validate and gloss analyzers, end to end")
struct ConfigCommandTests {
    func configFile(_ text: String) throws -> String {
        let path = try GlossProcess.temporaryDirectory() + "/pipelines.yaml"
        try GlossProcess.write(text, to: path)
        return path
    }

    @Test func shippedPipelinesFileIsValid() throws {
        let result = try GlossProcess.run(["validate"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("pipelines.yaml: ok"))
        #expect(result.stdout.contains("news (default)"))
    }

    @Test func configurationErrorsNameFileLineAndColumn() throws {
        let typo = try configFile("version: 1\npipelines:\n  news:\n    steps:\n      - sentences: {treshold: 2}\n")
        let result = try GlossProcess.run(["validate", "--config", typo])
        #expect(result.status == 2)
        #expect(result.stderr == "gloss: \(typo):5:21: pipelines.news.steps[0].sentences: unknown option 'treshold' (this step takes no options)\n")

        let unknown = try configFile("version: 1\npipelines:\n  news:\n    steps: [sentense]\n")
        let second = try GlossProcess.run(["run", "--config", unknown], stdin: "{\"id\":\"a\",\"text\":\"x\"}\n")
        #expect(second.status == 2)
        #expect(second.stdout.isEmpty)
        #expect(second.stderr == "gloss: \(unknown):4:13: pipelines.news.steps[0]: unknown analyzer 'sentense' (did you mean 'sentences'?)\n")
    }

    @Test func pipelinesFileThatIsADirectoryOrMissing() throws {
        let directory = try GlossProcess.temporaryDirectory()
        let result = try GlossProcess.run(["validate", "--config", directory])
        #expect(result.status == 2)
        #expect(result.stderr == "gloss: \(directory): cannot read: is a directory\n")
        let missing = try GlossProcess.run(["validate"], in: directory)
        #expect(missing.status == 2)
        #expect(missing.stderr == "gloss: pipelines.yaml: cannot read: no such file or directory (run gloss where pipelines.yaml is, or pass --config FILE)\n")
    }

    @Test func analyzersAreListedAndDescribed() throws {
        let list = try GlossProcess.run(["analyzers"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("sentences"))
        let one = try GlossProcess.run(["analyzers", "sentences"])
        #expect(one.status == 0)
        #expect(one.stdout.contains("Examples:"))
        let typo = try GlossProcess.run(["analyzers", "sentence"])
        #expect(typo.status == 2)
        #expect(typo.stderr == "gloss: unknown analyzer 'sentence' (did you mean 'sentences'?); see 'gloss analyzers'\n")
    }
}
