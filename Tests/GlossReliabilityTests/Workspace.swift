import Foundation

/// A temporary directory for one test, with a pipelines file, removed when the test ends.
final class Workspace {
    let path: String

    /// Sentence splitting only: the cheapest pipeline, for tests about input and output handling.
    static let sentencesPipeline = """
    version: 1
    default: s
    pipelines:
      s:
        steps: [sentences]

    """

    init(pipelines: String = Workspace.sentencesPipeline) throws {
        path = NSTemporaryDirectory() + "gloss-reliability-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try write(pipelines, to: "pipelines.yaml")
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The absolute path of a file in the workspace.
    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        try write(Data(text.utf8), to: name)
    }

    @discardableResult
    func write(_ bytes: [UInt8], to name: String) throws -> String {
        try write(Data(bytes), to: name)
    }

    @discardableResult
    func write(_ data: Data, to name: String) throws -> String {
        let target = file(name)
        guard FileManager.default.createFile(atPath: target, contents: data) else { throw TestFailure("cannot write \(target)") }
        return target
    }

    /// Runs `gloss ARGUMENTS` in the workspace.
    func gloss(_ arguments: [String], stdin: Data? = nil, stdout: String? = nil, shell: String? = nil) throws -> GlossBinary.Outcome {
        try GlossBinary.run(arguments, in: path, stdin: stdin, stdout: stdout, shell: shell)
    }

    /// `gloss run --quiet INPUTS` with the workspace's pipelines file.
    func run(_ inputs: [String], _ extra: [String] = [], stdin: Data? = nil) throws -> GlossBinary.Outcome {
        try gloss(["run", "--quiet", "--config", file("pipelines.yaml")] + extra + inputs, stdin: stdin)
    }

    /// The file's bytes, or nil when it does not exist.
    func contents(_ name: String) -> Data? {
        FileManager.default.contents(atPath: file(name))
    }
}
