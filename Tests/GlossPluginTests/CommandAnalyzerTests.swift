import Foundation
import GlossTestSupport
import Testing

/// Out-of-process analyzers that misbehave: each failure costs exactly the document it happened
/// on (an error record), the process is restarted, and every other document gets its record.
@Suite("Command analyzers that crash, hang or garble")
struct CommandAnalyzerTests {
    /// A command analyzer that misbehaves on documents containing trigger words.
    static let script = """
    import json, os, sys, time

    def send(message):
        print(json.dumps(message), flush=True)

    send({"gloss": 1, "summary": "Counts characters, misbehaving on request"})
    request = json.loads(sys.stdin.readline())
    send({"ok": True})
    for line in sys.stdin:
        record = json.loads(line)
        text = record["text"]
        if "CRASH" in text:
            print("giving up on " + record["id"], file=sys.stderr, flush=True)
            os._exit(3)
        if "HANG" in text:
            time.sleep(3600)
        if "GARBLE" in text:
            print("this is not a record", flush=True)
            continue
        if "REFUSE" in text:
            send({"id": record["id"], "error": "cannot read this one"})
            continue
        send({"id": record["id"], "length": len(text)})
    """

    func run(_ texts: [String], jobs: Int) throws -> GlossBinary.Outcome {
        let yaml = """
        version: 1
        plugins:
          - command: [python3, flaky.py]
            name: length
            timeout: 1
        pipelines:
          news:
            steps: [sentences, length]
        """
        let directory = try TemporaryDirectory(prefix: "gloss-plugin-test", files: ["pipelines.yaml": yaml, "flaky.py": Self.script])
        let documents = texts.enumerated().map { ("doc-\($0.offset)", $0.element) }
        return try directory.gloss(["run", "--jobs", String(jobs)], stdin: JSONLines.documents(documents))
    }

    static func texts(_ count: Int, replacing special: [Int: String]) -> [String] {
        (0..<count).map { special[$0] ?? "Officials met in Geneva on day \($0). They agreed to meet again." }
    }

    func check(_ result: GlossBinary.Outcome, count: Int, failures: [Int: String]) {
        let records = result.records
        #expect(records.count == count, "records out = documents in")
        #expect(records.map { $0["id"] as? String } == (0..<count).map { "doc-\($0)" })
        for (index, record) in records.enumerated() {
            if let expected = failures[index] {
                let error = record["error"] as? [String: Any]
                #expect(error?["step"] as? String == "length")
                #expect((error?["message"] as? String)?.contains(expected) == true, "doc-\(index): \(String(describing: error))")
            } else {
                #expect(record["length"] as? Int == (record["text"] as? String)?.unicodeScalars.count, "doc-\(index) lost")
            }
        }
        #expect(result.status == (failures.isEmpty ? 0 : 1))
    }

    @Test func crashMidRunCostsOnlyTheDocumentInFlight() throws {
        let texts = Self.texts(12, replacing: [3: "The server will CRASH now.", 8: "And CRASH again."])
        for jobs in [1, 3] {
            let result = try run(texts, jobs: jobs)
            check(result, count: 12, failures: [3: "the process exited with status 3", 8: "exited with status 3"])
            #expect(result.stderr.contains("[length] giving up on doc-3"))
            let message = (result.records[3]["error"] as? [String: Any])?["message"] as? String
            #expect(message == "the process exited with status 3 (its last error line: giving up on doc-3)")
        }
    }

    @Test func hangingDocumentTimesOutAndTheProcessIsReplaced() throws {
        let texts = Self.texts(6, replacing: [2: "This one will HANG forever."])
        let result = try run(texts, jobs: 2)
        check(result, count: 6, failures: [2: "no reply within 1 s; the process was killed and will be restarted"])
    }

    @Test func garbledLinesAndReportedErrorsStayWithTheirDocument() throws {
        let texts = Self.texts(8, replacing: [1: "Please GARBLE this.", 4: "Please REFUSE this.", 5: "GARBLE again."])
        let result = try run(texts, jobs: 2)
        check(result, count: 8, failures: [1: "garbled reply, not valid JSON", 4: "cannot read this one", 5: "garbled reply"])
    }

    /// A process started mid-run (here the replacement after a crash, while gloss holds the input
    /// file and the partial output open) must not inherit them: a command that outlived gloss, or
    /// wrote to an inherited descriptor, could otherwise corrupt the output or keep it open.
    @Test func processesStartedMidRunInheritNeitherInputNorOutput() throws {
        let lister = """
        import json, os, sys
        print(json.dumps({"gloss": 1}), flush=True)
        sys.stdin.readline()
        print(json.dumps({"ok": True}), flush=True)
        for line in sys.stdin:
            record = json.loads(line)
            if "CRASH" in record["text"]:
                os._exit(3)
            targets = []
            for fd in os.listdir("/proc/self/fd"):
                try:
                    targets.append(os.readlink("/proc/self/fd/" + fd))
                except OSError:
                    pass
            print(json.dumps({"id": record["id"], "descriptors": targets}), flush=True)
        """
        let yaml = """
        version: 1
        plugins:
          - command: [python3, lister.py]
            name: descriptors
        pipelines:
          news:
            steps: [descriptors]
        """
        let directory = try TemporaryDirectory(prefix: "gloss-plugin-test", files: ["pipelines.yaml": yaml, "lister.py": lister])
        let texts = Self.texts(6, replacing: [2: "The analyzer will CRASH here."])
        let input = try directory.write(JSONLines.documents(texts.enumerated().map { ("doc-\($0.offset)", $0.element) }), to: "in.jsonl")
        let result = try directory.gloss(["run", "--jobs", "2", input, "--output", directory.file("out.jsonl")])
        #expect(result.status == 1)
        let records = try String(contentsOfFile: directory.file("out.jsonl"), encoding: .utf8)
            .split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        #expect(records.count == 6)
        let seen = records.compactMap { $0["descriptors"] as? [String] }
        #expect(seen.count == 5, "every document but the crashing one has its record")
        for targets in seen {
            #expect(!targets.contains { $0.hasPrefix(directory.path) }, "inherited: \(targets)")
        }
    }
}
