import Foundation
import GlossTestSupport
import Testing

/// `gloss report` as a user runs it: messages and exit codes are part of the interface.
@Suite struct ReportCommandTests {
    /// This test's files, removed when it ends.
    let scratch: TemporaryDirectory

    init() throws {
        scratch = try TemporaryDirectory(prefix: "gloss-report-test")
    }

    @Test func writesTheReportAndSaysWhatItRead() throws {
        let records = try scratch.write(SampleCorpus.file, to: "records.jsonl")
        let page = (records as NSString).deletingLastPathComponent + "/out.html"
        let result = try GlossBinary.run(["report", records, "--output", page, "--title", "Harbour news"], stdout: "/dev/null")
        #expect(result.status == 0)
        #expect(result.stderr == "gloss: wrote \(page): 3 documents, 1 error, 1 bad line skipped\n")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>Harbour news</title>"))
        #expect(!FileManager.default.fileExists(atPath: page + ".partial"))
    }

    @Test func writesOneDocumentWithDocument() throws {
        let records = try scratch.write(SampleCorpus.file, to: "records.jsonl")
        let page = (records as NSString).deletingLastPathComponent + "/festival.html"
        let result = try GlossBinary.run(["report", records, "--document", "festival", "--output", page], stdout: "/dev/null")
        #expect(result.status == 0)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.occurrences(of: "<article class=\"document\"") == 1)
        #expect(html.contains("<code>festival</code>"))
    }

    @Test func anUnreadableFileOrUnknownIdIsExitCodeTwo() throws {
        let missing = try GlossBinary.run(["report", "/nonexistent/records.jsonl"], stdout: "/dev/null")
        #expect(missing.status == 2)
        #expect(missing.stderr == "gloss: /nonexistent/records.jsonl: cannot read: no such file or directory\n")

        let records = try scratch.write(SampleCorpus.file, to: "records.jsonl")
        let unknown = try GlossBinary.run(["report", records, "--document", "no-such-article", "--output", "/dev/null"], stdout: "/dev/null")
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "gloss: \(records): no record with id \"no-such-article\" (1 bad line skipped)\n")
    }
}
