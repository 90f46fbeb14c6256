import Foundation
import GlossTestSupport
import Testing

@Suite("gloss run, end to end")
struct RunCommandTests {
    /// This test's files, removed when it ends.
    let scratch: TemporaryDirectory

    init() throws {
        scratch = try TemporaryDirectory(prefix: "gloss-test")
    }

    let twoSteps = """
    version: 1
    default: two
    pipelines:
      two:
        steps:
          - sentences
          - sentences
    """

    func config() throws -> (directory: String, config: String) {
        (scratch.path, try scratch.write(twoSteps, to: "pipelines.yaml"))
    }

    @Test func everyInputLineYieldsOneRecordEvenWhenMalformed() throws {
        let (_, config) = try config()
        let input = """
        {"id": "ok-1", "text": "The minister spoke. Then she left."}
        not json at all
        {"id": "no-text"}
        [1, 2, 3]
        {"id": 7, "text": "Numeric ids are kept as strings."}
        {"id": "bad-text", "text": 42}

        {"id": "ok-2", "text": "Last one.", "source": "wire"}
        """
        let result = try GlossBinary.run(["run", "--config", config, "-"], stdin: input)
        #expect(result.status == 1)
        let records = result.records
        #expect(records.count == 7)
        #expect(records.map { $0["id"] as? String } == ["ok-1", nil, "no-text", nil, "7", "bad-text", "ok-2"])
        let errors = records.compactMap { $0["error"] as? [String: Any] }
        #expect(errors.map { $0["message"] as? String } == [
            "invalid JSON at column 1: invalid literal",
            "missing \"text\"",
            "expected a JSON object with \"id\" and \"text\", found an array",
            "\"text\" must be a string, found a number",
        ])
        #expect(errors.map { $0["line"] as? Int } == [2, 3, 4, 6])
        #expect((records[6]["meta"] as? [String: Any])?["source"] as? String == "wire")
        #expect(result.stderr.contains("gloss: 7 documents, 4 errors"))
    }

    @Test func manyDocumentsKeepInputOrderUnderParallelJobs() throws {
        let (directory, config) = try config()
        let input = directory + "/many.jsonl"
        var text = ""
        for index in 0..<10_000 {
            let sentences = Array(repeating: "Sentence number \(index) is here.", count: index % 7 + 1).joined(separator: " ")
            text += "{\"id\": \"doc-\(index)\", \"text\": \"\(sentences)\"}\n"
        }
        try scratch.write(text, to: "many.jsonl")
        let result = try GlossBinary.run(["run", "--config", config, "--jobs", "4", input])
        #expect(result.status == 0)
        let lines = result.lines
        #expect(lines.count == 10_000)
        var inOrder = true
        for (index, line) in lines.enumerated() where !line.hasPrefix("{\"id\":\"doc-\(index)\",") {
            inOrder = false
        }
        #expect(inOrder)
        let record = result.records[13]
        #expect((record["sentences"] as? [Any])?.count == 7)
    }

    @Test func offsetsAreCodePointsAsPythonSlicesThem() throws {
        let (directory, config) = try config()
        let text = "Café owners in Zürich met. 中国代表团 arrived. The 🙂 emoji stayed. Re\u{301}sumé sent."
        let input = directory + "/unicode.jsonl"
        let escaped = String(data: try JSONSerialization.data(withJSONObject: ["id": "u", "text": text]), encoding: .utf8)!
        try scratch.write(escaped + "\n", to: "unicode.jsonl")
        let output = directory + "/out.jsonl"
        let result = try GlossBinary.run(["run", "--config", config, "--output", output, input])
        #expect(result.status == 0)
        let script = """
        import json, sys
        rec = json.loads(open(sys.argv[1], encoding='utf-8').readline())
        print('|'.join(rec['text'][s['start']:s['end']] for s in rec['sentences']))
        """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script, output]
        let pipe = Pipe()
        python.standardOutput = pipe
        try python.run()
        let printed = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        let pieces = printed.trimmingCharacters(in: .newlines).split(separator: "|").map(String.init)
        #expect(pieces.count >= 3)
        #expect(pieces.first == "Café owners in Zürich met.")
        #expect(pieces.last == "Re\u{301}sumé sent.")
        #expect(pieces.joined(separator: " ") == text)
    }

    @Test func outputFileIsWrittenAtomically() throws {
        let (directory, config) = try config()
        let output = directory + "/records.jsonl"
        let result = try GlossBinary.run(["run", "--config", config, "--output", output, "-"],
                                          stdin: "{\"id\": \"a\", \"text\": \"One. Two.\"}\n")
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.hasPrefix("{\"id\":\"a\""))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.contains("partial") }
        #expect(leftovers.isEmpty)
    }

    @Test func outputIntoMissingDirectoryIsAConfigurationError() throws {
        let (directory, config) = try config()
        let result = try GlossBinary.run(["run", "--config", config, "--output", directory + "/nope/out.jsonl", "-"], stdin: "")
        #expect(result.status == 2)
        #expect(result.stderr == "gloss: cannot write \(directory)/nope/out.jsonl: directory '\(directory)/nope' does not exist\n")
    }

    @Test func stopAtFirstError() throws {
        let (_, config) = try config()
        let input = "{\"id\": \"a\", \"text\": \"Fine.\"}\n{\"id\": \"b\"}\n{\"id\": \"c\", \"text\": \"Never read.\"}\n"
        let result = try GlossBinary.run(["run", "--config", config, "--on-error", "stop", "--jobs", "1"], stdin: input)
        #expect(result.status == 1)
        #expect(result.records.map { $0["id"] as? String } == ["a", "b"])
        #expect(result.stderr.contains("stopped at the first error"))
    }

    @Test func textFilesAndDirectories() throws {
        let (directory, config) = try config()
        try FileManager.default.createDirectory(atPath: directory + "/corpus/sub", withIntermediateDirectories: true)
        try scratch.write("Second story. It is short.", to: "corpus/b-story.txt")
        try scratch.write("First story.", to: "corpus/a-story.txt")
        try scratch.write("{\"id\": \"nested\", \"text\": \"Nested.\"}\n", to: "corpus/sub/more.jsonl")
        try scratch.write("ignored", to: "corpus/notes.md")
        let result = try GlossBinary.run(["run", "--config", config, directory + "/corpus"])
        #expect(result.status == 0)
        #expect(result.records.map { $0["id"] as? String } == ["a-story", "b-story", "nested"])
    }

    @Test func invalidUTF8InATextFileIsAnErrorRecord() throws {
        let (directory, config) = try config()
        let path = directory + "/broken.txt"
        try Data([0x4F, 0x4B, 0x20, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: path))
        let result = try GlossBinary.run(["run", "--config", config, path])
        #expect(result.status == 1)
        let error = result.records.first?["error"] as? [String: Any]
        #expect(error?["message"] as? String == "invalid UTF-8 at byte 3")
        #expect(result.records.first?["id"] as? String == "broken")
    }

    @Test func tornLastLineIsReported() throws {
        let (_, config) = try config()
        let result = try GlossBinary.run(["run", "--config", config], stdin: "{\"id\": \"a\", \"text\": \"Whole.\"}\n{\"id\": \"b\", \"te")
        #expect(result.status == 1)
        #expect(result.records.count == 2)
        let message = (result.records[1]["error"] as? [String: Any])?["message"] as? String
        #expect(message == "invalid JSON at column 13: unterminated string (the last line has no newline: a truncated file?)")
    }

    @Test func emptyInputAndMissingFinalNewline() throws {
        let (_, config) = try config()
        let empty = try GlossBinary.run(["run", "--config", config], stdin: "")
        #expect(empty.status == 0)
        #expect(empty.stdout.isEmpty)
        #expect(empty.stderr.contains("gloss: 0 documents, 0 errors"))
        let unterminated = try GlossBinary.run(["run", "--config", config], stdin: "{\"id\": \"a\", \"text\": \"No newline.\"}")
        #expect(unterminated.status == 0)
        #expect(unterminated.records.count == 1)
    }

    @Test func usageAndConfigurationErrorsExitWith2() throws {
        let (directory, config) = try config()
        let missing = try GlossBinary.run(["run", "--config", config, directory + "/absent.jsonl"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "gloss: \(directory)/absent.jsonl: cannot read input: no such file or directory\n")
        let unknownType = try GlossBinary.run(["run", "--config", config, config])
        #expect(unknownType.status == 2)
        #expect(unknownType.stderr.contains("unknown input type (expected .txt, .jsonl, .jsonl.gz or a directory)"))
        let badJobs = try GlossBinary.run(["run", "--config", config, "--jobs", "0"])
        #expect(badJobs.status == 2)
        #expect(badJobs.stderr.hasPrefix("Error: --jobs must be at least 1, got 0"))
        let badFlag = try GlossBinary.run(["run", "--frobnicate"])
        #expect(badFlag.status == 2)
        let badPipeline = try GlossBinary.run(["run", "--config", config, "-p", "tow"], stdin: "")
        #expect(badPipeline.status == 2)
        #expect(badPipeline.stderr == "gloss: \(config): no pipeline named 'tow' (did you mean 'two'?); pipelines: two\n")
    }
}
