import Foundation
import Testing

/// `gloss report` as a user runs it: messages and exit codes are part of the interface.
@Suite struct ReportCommandTests {
    @Test func writesTheReportAndSaysWhatItRead() throws {
        let records = try ReportFiles.records(SampleCorpus.file)
        let page = (records as NSString).deletingLastPathComponent + "/out.html"
        let result = try GlossBinary.run(["report", records, "--output", page, "--title", "Harbour news"])
        #expect(result.status == 0)
        #expect(result.stderr == "gloss: wrote \(page): 3 documents, 1 error, 1 bad line skipped\n")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>Harbour news</title>"))
        #expect(!FileManager.default.fileExists(atPath: page + ".partial"))
    }

    @Test func writesOneDocumentWithDocument() throws {
        let records = try ReportFiles.records(SampleCorpus.file)
        let page = (records as NSString).deletingLastPathComponent + "/festival.html"
        let result = try GlossBinary.run(["report", records, "--document", "festival", "--output", page])
        #expect(result.status == 0)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.occurrences(of: "<article class=\"document\"") == 1)
        #expect(html.contains("<code>festival</code>"))
    }

    @Test func anUnreadableFileOrUnknownIdIsExitCodeTwo() throws {
        let missing = try GlossBinary.run(["report", "/nonexistent/records.jsonl"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "gloss: /nonexistent/records.jsonl: cannot read: No such file or directory\n")

        let records = try ReportFiles.records(SampleCorpus.file)
        let unknown = try GlossBinary.run(["report", records, "--document", "no-such-article", "--output", "/dev/null"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "gloss: \(records): no record with id \"no-such-article\" (1 bad line skipped)\n")
    }
}
