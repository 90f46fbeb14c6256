import Foundation
import Testing
@testable import GlossKit

@Suite("pipelines.yaml")
struct PipelineFileTests {
    func load(_ text: String) throws(YAMLError) -> PipelineFile {
        try PipelineFile.load(string: text, file: "pipelines.yaml", registry: testRegistry)
    }

    func message(_ text: String) -> String? {
        do {
            _ = try load(text)
            return nil
        } catch {
            return error.description
        }
    }

    let valid = """
    version: 1
    default: news
    pipelines:
      news:
        description: Everything
        steps:
          - drop-marked: {marker: "SHARE"}
          - sentences
          - fail-on-trigger:
              threshold: 0.7
      short:
        steps: [sentences]
    """

    @Test func loadsPipelinesInOrderWithSteps() throws {
        let file = try load(valid)
        #expect(file.defaultPipeline == "news")
        #expect(file.pipelines.map(\.name) == ["news", "short"])
        let news = try file.pipeline(named: nil)
        #expect(news.steps.map(\.name) == ["drop-marked", "sentences", "fail-on-trigger"])
        #expect(news.steps[1].mark.line == 8)
        #expect(news.description == "Everything")
    }

    @Test func unknownOptionInAStep() {
        #expect(message(valid.replacingOccurrences(of: "threshold: 0.7", with: "treshold: 0.7"))
                == "pipelines.yaml:10:11: pipelines.news.steps[2].fail-on-trigger: unknown option 'treshold' (did you mean 'threshold'?)")
    }

    @Test func unknownAnalyzerSuggestsAName() {
        #expect(message(valid.replacingOccurrences(of: "- sentences", with: "- sentenses"))
                == "pipelines.yaml:8:9: pipelines.news.steps[1]: unknown analyzer 'sentenses' (did you mean 'sentences'?)")
    }

    @Test func rewritingStepAfterAnnotatingStepIsRefused() {
        let text = "version: 1\npipelines:\n  news:\n    steps:\n      - sentences\n      - drop-marked\n"
        #expect(message(text) == "pipelines.yaml:6:9: pipelines.news.steps[1]: 'drop-marked' rewrites the text, so it must come before annotating steps ('sentences' at line 5)")
    }

    @Test func setupErrorPointsAtTheOption() {
        let text = "version: 1\npipelines:\n  news:\n    steps:\n      - drop-marked: {marker: ''}\n"
        #expect(message(text) == "pipelines.yaml:5:31: pipelines.news.steps[0].drop-marked.marker: marker must not be empty")
    }

    @Test func topLevelShape() {
        #expect(message("") == "pipelines.yaml: the file is empty: expected a mapping with 'version', 'default' and 'pipelines'")
        #expect(message("- a\n") == "pipelines.yaml:1:1: expected a mapping with 'version', 'default' and 'pipelines', found a sequence")
        #expect(message("version: 1\npipeline: {}\n") == "pipelines.yaml:2:1: unknown key 'pipeline' (did you mean 'pipelines'?)")
        #expect(message("pipelines: {a: {steps: [sentences]}}\n") == "pipelines.yaml:1:1: missing required key 'version' (write 'version: 1' at the top)")
        #expect(message("version: 2\npipelines: {a: {steps: [sentences]}}\n") == "pipelines.yaml:1:10: version: unsupported version 2; this gloss reads version 1")
        #expect(message("version: one\n") == "pipelines.yaml:1:10: version: expected an integer, found 'one'")
        #expect(message("version: 1\n") == "pipelines.yaml:1:1: missing required key 'pipelines'")
        #expect(message("version: 1\npipelines: {}\n") == "pipelines.yaml:2:12: pipelines: no pipelines defined")
    }

    @Test func pipelineShape() {
        #expect(message("version: 1\npipelines:\n  a:\n    step: [sentences]\n") == "pipelines.yaml:4:5: pipelines.a: unknown key 'step' (did you mean 'steps'?)")
        #expect(message("version: 1\npipelines:\n  a:\n    steps: []\n") == "pipelines.yaml:4:12: pipelines.a.steps: a pipeline needs at least one step")
        #expect(message("version: 1\npipelines:\n  a:\n    steps: sentences\n") == "pipelines.yaml:4:12: pipelines.a.steps: expected a list of steps, found 'sentences'")
        #expect(message("version: 1\npipelines:\n  a:\n    steps:\n      - sentences: 3\n") == "pipelines.yaml:5:20: pipelines.a.steps[0].sentences: expected a mapping of options, found '3'")
        #expect(message("version: 1\npipelines:\n  a:\n    steps:\n      - {sentences: {}, drop-marked: {}}\n") == "pipelines.yaml:5:9: pipelines.a.steps[0]: a step is an analyzer name or a one-key mapping 'name: {options}' (found 2 keys: sentences, drop-marked; indent the options under the name)")
    }

    @Test func defaultMustNameAPipeline() {
        #expect(message("version: 1\ndefault: nws\npipelines:\n  news:\n    steps: [sentences]\n") == "pipelines.yaml:2:10: default: no pipeline named 'nws' (did you mean 'news'?)")
    }

    @Test func selectingAPipeline() throws {
        let file = try load(valid)
        #expect(try file.pipeline(named: "short").steps.count == 1)
        #expect(throws: PipelineSelectionError.self) { try file.pipeline(named: "shrot") }
        do {
            _ = try file.pipeline(named: "shrot")
        } catch {
            #expect(error.message == "pipelines.yaml: no pipeline named 'shrot' (did you mean 'short'?); pipelines: news, short")
        }
    }

    @Test func anchorsShareOptionsBetweenPipelines() throws {
        let text = """
        version: 1
        pipelines:
          a:
            steps:
              - fail-on-trigger: &strict {trigger: STOP}
          b:
            steps:
              - fail-on-trigger: *strict
        """
        let file = try load(text)
        var document = Document(id: "x", text: "Please STOP here.")
        #expect(throws: StepFailure.self) { try file.pipeline(named: "b").run(&document) }
    }
}
