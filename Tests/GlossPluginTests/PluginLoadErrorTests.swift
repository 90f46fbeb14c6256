import Foundation
import GlossKit
import GlossTestSupport
import Testing

/// Every way loading a plugin can fail names the pipelines file, the line and what is wrong,
/// and stops before any input is read (exit code 2).
@Suite("Plugin load errors")
struct PluginLoadErrorTests {
    /// Runs `gloss validate` on a pipelines file whose `plugins:` list is `plugins` (lines 3 on)
    /// and whose one pipeline runs `steps`.
    func validate(plugins: String, steps: String = "      - sentences", environment: [String: String] = [:]) throws -> GlossBinary.Outcome {
        let yaml = "version: 1\nplugins:\n\(plugins)\npipelines:\n  news:\n    steps:\n\(steps)\n"
        let directory = try TemporaryDirectory(prefix: "gloss-plugin-test", files: ["pipelines.yaml": yaml])
        return try directory.gloss(["validate"], stdin: "", environment: environment)
    }

    @Test func libraryNotFound() throws {
        let result = try validate(plugins: "  - library: plugins/libMissing.so")
        #expect(result.status == 2)
        #expect(result.stderr == "gloss: pipelines.yaml:3:14: plugins[0].library: plugin library not found: ./plugins/libMissing.so\n")
    }

    @Test func bareNameNeedsTheSearchPath() throws {
        let unset = try validate(plugins: "  - library: GlossReadability")
        #expect(unset.status == 2)
        #expect(unset.stderr.contains("plugins[0].library: plugin library 'GlossReadability' not found: a bare name is looked up in GLOSS_PLUGIN_PATH, which is not set"))
        let elsewhere = try validate(plugins: "  - library: GlossReadability", environment: ["GLOSS_PLUGIN_PATH": "/nonexistent"])
        #expect(elsewhere.stderr.contains("plugin library 'GlossReadability' not found in GLOSS_PLUGIN_PATH (/nonexistent)"))
    }

    @Test func libraryWithoutTheEntryPointIsNotAPlugin() throws {
        let path = BuildFolder.library("GlossFixtureNotAPlugin")
        let result = try validate(plugins: "  - library: \(path)")
        #expect(result.status == 2)
        #expect(result.stderr == "gloss: pipelines.yaml:3:14: plugins[0].library: \(path) is not a Gloss plugin: it does not export 'gloss_plugin_v1'\n")
    }

    @Test func abiVersionMismatchNamesBothVersions() throws {
        let path = BuildFolder.library("GlossFixtureFutureABI")
        let result = try validate(plugins: "  - library: \(path)")
        #expect(result.status == 2)
        #expect(result.stderr.contains("pipelines.yaml:3:14: plugins[0].library: \(path) was built for plugin ABI version 2, but this gloss loads ABI version 1"))
    }

    @Test func commandAnalyzerNamedLikeABuiltinClashes() throws {
        let result = try validate(plugins: "  - command: [python3, \(PackageRoot.path)/Plugins/keywords/keywords.py]\n    name: sentences")
        #expect(result.status == 2)
        #expect(result.stderr.contains("pipelines.yaml:4:11: plugins: analyzer 'sentences' from command: python3 "))
        #expect(result.stderr.contains("clashes with the built-in analyzer of the same name"))
    }

    @Test func libraryAnalyzerNamedLikeABuiltinClashes() throws {
        let registry = AnalyzerRegistry([AnalyzerDescriptor(SentencesAnalyzer.self), AnalyzerDescriptor(BuiltinReadability.self)])
        let yaml = "version: 1\nplugins:\n  - library: \(BuildFolder.library("GlossReadability"))\npipelines:\n  news:\n    steps: [sentences]\n"
        #expect {
            _ = try PipelineFile.load(string: yaml, file: "news.yaml", registry: registry)
        } throws: { error in
            let message = (error as? YAMLError)?.description ?? ""
            return message.hasPrefix("news.yaml:3:14: plugins: analyzer 'readability' from \(BuildFolder.library("GlossReadability")) clashes with the built-in analyzer of the same name")
        }
    }

    @Test func createFailureCarriesThePluginMessageAndTheOptionLine() throws {
        let library = "  - library: \(BuildFolder.library("GlossReadability"))"
        let refused = try validate(plugins: library, steps: "      - sentences\n      - readability: {min-words: 0}")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("pipelines.yaml:8:34: pipelines.news.steps[1].readability.min-words: plugin analyzer 'readability' ("))
        #expect(refused.stderr.contains("refused its options: min-words must be at least 1, got 0"))

        let misspelt = try validate(plugins: library, steps: "      - readability:\n          min-word: 50")
        #expect(misspelt.stderr.contains("pipelines.yaml:8:11: pipelines.news.steps[0].readability: plugin analyzer 'readability'"))
        #expect(misspelt.stderr.contains("refused its options: unknown option 'min-word' (did you mean 'min-words'?)"))
    }

    @Test func commandAnalyzerRefusingItsOptionsPointsAtTheOption() throws {
        let plugins = "  - command: [python3, \(PackageRoot.path)/Plugins/keywords/keywords.py]\n    name: keywords"
        let result = try validate(plugins: plugins, steps: "      - keywords: {top: 0}")
        #expect(result.status == 2)
        #expect(result.stderr.contains("pipelines.yaml:8:25: pipelines.news.steps[0].keywords.top: plugin analyzer 'keywords' (command: python3 "))
        #expect(result.stderr.contains("refused its options: expected a positive integer, got 0"))
    }

    @Test func commandThatCannotStartOrDoesNotSpeakTheProtocol() throws {
        let missing = try validate(plugins: "  - command: [gloss-no-such-program, --flag]\n    name: ghost")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("pipelines.yaml:3:14: plugins[0].command: command 'gloss-no-such-program --flag': the process exited with status 127 before its handshake line (its last error line: "))
        #expect(missing.stderr.contains("gloss-no-such-program: not found"))
        #expect(missing.stderr.hasPrefix("[ghost] "), "the command's stderr is forwarded with its name")

        let chatty = try validate(plugins: "  - command: [echo, hello]\n    name: echo")
        #expect(chatty.stderr.contains("command 'echo hello': not a Gloss analyzer: its first line must be the handshake {\"gloss\": 1, ...}, got \"hello\""))
    }

    @Test func malformedEntriesAreRefused() throws {
        let both = try validate(plugins: "  - library: a.so\n    command: [b]")
        #expect(both.stderr.contains("pipelines.yaml:3:5: plugins[0]: an entry is either 'library:' or 'command:', not both"))
        let unnamed = try validate(plugins: "  - command: [python3, tool.py]")
        #expect(unnamed.stderr.contains("plugins[0]: a command analyzer needs 'name:'"))
        let typo = try validate(plugins: "  - libary: a.so")
        #expect(typo.stderr.contains("pipelines.yaml:3:5: plugins[0]: unknown key 'libary' (did you mean 'library'?)"))
        let timeout = try validate(plugins: "  - command: [python3, tool.py]\n    name: tool\n    timeout: -1")
        #expect(timeout.stderr.contains("pipelines.yaml:5:14: plugins[0].timeout: expected a positive number of seconds, found '-1'"))
    }
}

/// Stands for a built-in analyzer that happens to share the Readability plugin's name.
struct BuiltinReadability: Analyzer {
    struct Options: Decodable, Sendable {}
    static let name = "readability"
    static let summary = "A built-in of the same name"
    init(options: Options) {}
    func analyze(_ document: inout Document) {}
}
