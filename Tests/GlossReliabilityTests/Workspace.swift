import Foundation
import GlossTestSupport

/// A temporary directory for one test, with a pipelines file, removed when the test ends.
typealias Workspace = TemporaryDirectory

extension Workspace {
    /// Sentence splitting only: the cheapest pipeline, for tests about input and output handling.
    static let sentencesPipeline = """
    version: 1
    default: s
    pipelines:
      s:
        steps: [sentences]

    """

    convenience init(pipelines: String = Workspace.sentencesPipeline) throws {
        try self.init(prefix: "gloss-reliability", files: ["pipelines.yaml": pipelines])
    }

    /// `gloss run --quiet INPUTS` with the workspace's pipelines file.
    func run(_ inputs: [String], _ extra: [String] = [], stdin: Data? = nil) throws -> GlossBinary.Outcome {
        try gloss(["run", "--quiet", "--config", file("pipelines.yaml")] + extra + inputs, stdin: stdin)
    }
}
