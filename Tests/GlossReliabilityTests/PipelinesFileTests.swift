import Foundation
import GlossTestSupport
import Testing

/// Bad pipelines files, end to end: `gloss run` stops before reading any input, prints one line
/// naming the file (and line and column where there is one) and exits with status 2.
/// Already covered in Tests/GlossCLITests: a pipelines file that is a directory or missing, an
/// unknown analyzer, an unknown option; in Tests/GlossKitTests: the loader's own limits.
@Suite("Bad pipelines files")
struct PipelinesFileTests {
    let document = Data(#"{"id": "a", "text": "Never read."}"#.utf8 + [0x0A])

    /// Runs `gloss run --config FILE` with a document on standard input.
    func run(_ workspace: Workspace, config: String) throws -> GlossBinary.Outcome {
        try workspace.gloss(["run", "--quiet", "--config", config], stdin: document)
    }

    func expectRefused(_ result: GlossBinary.Outcome, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 2, sourceLocation: sourceLocation)
        #expect(!result.crashed && !result.timedOut, sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(result.stderr == "gloss: \(message)\n", sourceLocation: sourceLocation)
    }

    let header = "version: 1\ndefault: s\npipelines:\n  s:\n    steps: [sentences]\n"

    @Test func tenThousandLevelsOfNestingAreRefused() throws {
        let workspace = try Workspace()
        let depth = 10_000
        let flow = try workspace.write(header + "extra: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n", to: "flow.yaml")
        expectRefused(try run(workspace, config: flow), "\(flow):6:207: nesting deeper than 200 levels")
        let mappings = try workspace.write(header + "extra: " + String(repeating: "{a: ", count: depth) + "1" + String(repeating: "}", count: depth) + "\n", to: "mappings.yaml")
        expectRefused(try run(workspace, config: mappings), "\(mappings):6:804: nesting deeper than 200 levels")
        // Block sequences nest on one line: "- - - 1".
        let block = try workspace.write(header + "extra:\n" + String(repeating: "- ", count: depth) + "1\n", to: "block.yaml")
        expectRefused(try run(workspace, config: block), "\(block):7:399: nesting deeper than 200 levels")
    }

    @Test func aliasBombIsRefusedWithoutExpanding() throws {
        let workspace = try Workspace()
        var text = header + "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
        for index in 1..<names.count {
            text += "\(names[index]): &\(names[index]) [" + Array(repeating: "*\(names[index - 1])", count: 10).joined(separator: ", ") + "]\n"
        }
        let bomb = try workspace.write(text, to: "bomb.yaml")
        expectRefused(try run(workspace, config: bomb),
                      "\(bomb):9:4: aliases expand to more than 100000 nodes; refusing to expand (a 'billion laughs' file?)")
    }

    @Test func pipelinesFileThatCannotBeRead() throws {
        let workspace = try Workspace()
        // Reading /proc/self/mem from its start fails with EIO for every user, root included.
        expectRefused(try run(workspace, config: "/proc/self/mem"), "/proc/self/mem: cannot read: input/output error")
        let text = try workspace.write("not a directory", to: "file.txt")
        expectRefused(try run(workspace, config: text + "/pipelines.yaml"), "\(text)/pipelines.yaml: cannot read: not a directory")
        try FileManager.default.createSymbolicLink(atPath: workspace.file("dangling.yaml"), withDestinationPath: workspace.file("gone.yaml"))
        expectRefused(try run(workspace, config: workspace.file("dangling.yaml")), "\(workspace.file("dangling.yaml")): cannot read: no such file or directory")
        let empty = try workspace.write("# only a comment\n", to: "empty.yaml")
        expectRefused(try run(workspace, config: empty),
                      "\(empty): the file is empty: expected a mapping with 'version', 'default' and 'pipelines'")
    }

    /// Permission bits do not stop root, so as root this checks only that gloss does not care
    /// about them; the EIO case above covers an unreadable file for every user.
    @Test func pipelinesFileWithoutReadPermission() throws {
        let workspace = try Workspace()
        let config = try workspace.write(header, to: "locked.yaml")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: config)
        let result = try run(workspace, config: config)
        if GlossBinary.isRoot {
            #expect(result.status == 0)
            #expect(result.ids == ["a"])
        } else {
            expectRefused(result, "\(config): cannot read: permission denied")
        }
    }

    @Test func pipelinesFileThatIsNotUTF8() throws {
        let workspace = try Workspace()
        let latin1 = try workspace.write(Array(header.utf8) + Array("description: caf".utf8) + [0xE9, 0x0A], to: "latin1.yaml")
        expectRefused(try run(workspace, config: latin1), "\(latin1):6:17: invalid UTF-8 (byte 0xE9)")
        let utf16 = try workspace.write([0xFF, 0xFE] + Array("version: 1\n".utf8).flatMap { [$0, 0] }, to: "utf16.yaml")
        expectRefused(try run(workspace, config: utf16), "\(utf16):1:1: invalid UTF-8 (byte 0xFF)")
    }

    @Test func unknownAnalyzerInAnotherPipelineStopsTheRun() throws {
        let workspace = try Workspace()
        let config = try workspace.write(header + "  other:\n    steps: [sentences, sentense]\n", to: "two.yaml")
        let result = try workspace.gloss(["run", "--quiet", "--config", config, "-p", "s"], stdin: document)
        expectRefused(result, "\(config):7:24: pipelines.other.steps[1]: unknown analyzer 'sentense' (did you mean 'sentences'?)")
    }

    @Test func badOptions() throws {
        let workspace = try Workspace()
        let cases: [(steps: String, column: Int, message: String)] = [
            ("[{sentences: [1, 2]}]", 25, "pipelines.s.steps[0].sentences: expected a mapping of options, found a sequence"),
            ("[{sentences: 5}]", 25, "pipelines.s.steps[0].sentences: expected a mapping of options, found '5'"),
            ("[{sentences: {}, entities: {}}]", 13, "pipelines.s.steps[0]: a step is an analyzer name or a one-key mapping 'name: {options}' (found 2 keys: sentences, entities; indent the options under the name)"),
            ("[[sentences]]", 13, "pipelines.s.steps[0]: a step is an analyzer name or a one-key mapping 'name: {options}', found a list"),
            ("sentences", 12, "pipelines.s.steps: expected a list of steps, found 'sentences'"),
            ("[]", 12, "pipelines.s.steps: a pipeline needs at least one step"),
        ]
        for (index, bad) in cases.enumerated() {
            let config = try workspace.write("version: 1\ndefault: s\npipelines:\n  s:\n    steps: \(bad.steps)\n", to: "bad-\(index).yaml")
            expectRefused(try run(workspace, config: config), "\(config):5:\(bad.column): \(bad.message)")
        }
    }

    @Test func badAnalyzerOptionValues() throws {
        let workspace = try Workspace()
        let step = "pipelines.s.steps[0].strip-boilerplate"
        let cases: [(options: String, column: Int, message: String)] = [
            ("{mode: delete}", 35, "\(step).mode: mode must be 'remove' or 'mark', not 'delete'"),
            (#"{patterns: ["(unclosed"]}"#, 40, "\(step).patterns[0]: '(unclosed' is not a valid regular expression"),
            ("{patterns: 5}", 39, "\(step).patterns: expected a list, found '5'"),
            ("{keep: [1, [2]]}", 39, "\(step).keep[1]: expected a string, found a sequence"),
            ("{learn-repeats: {min-documents: 0}}", 44, "\(step).learn-repeats: learn-repeats: min-documents must be at least 2, got 0"),
            ("{modes: mark}", 29, "\(step): unknown option 'modes' (did you mean 'mode'?)"),
        ]
        for (index, bad) in cases.enumerated() {
            let config = try workspace.write("version: 1\ndefault: s\npipelines:\n  s:\n    steps:\n      - strip-boilerplate: \(bad.options)\n", to: "options-\(index).yaml")
            expectRefused(try run(workspace, config: config), "\(config):6:\(bad.column): \(bad.message)")
        }
    }
}
