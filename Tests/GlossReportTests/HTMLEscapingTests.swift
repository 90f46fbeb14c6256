import GlossReport
import GlossTestSupport
import Testing

@Suite struct HTMLEscapingTests {
    /// This test's files, removed when it ends.
    let scratch: TemporaryDirectory

    init() throws {
        scratch = try TemporaryDirectory(prefix: "gloss-report-test")
    }

    @Test func escapesMarkupQuotesAndAmpersands() {
        #expect(HTMLEscaping.escape(#"<script>alert("x & 'y'")</script>"#)
            == "&lt;script&gt;alert(&quot;x &amp; &#39;y&#39;&quot;)&lt;/script&gt;")
        #expect(HTMLEscaping.escape("Café 😀 田中") == "Café 😀 田中")
    }

    @Test func replacesControlCharactersHTMLDoesNotAllow() {
        #expect(HTMLEscaping.escape("a\u{0}b\u{7}c\td\ne") == "a\u{FFFD}b\u{FFFD}c\td\ne")
    }

    @Test func identifiersStayDistinctAndSafe() {
        #expect(HTMLEscaping.identifier("PERSON") == "PERSON")
        #expect(HTMLEscaping.identifier("a b") != HTMLEscaping.identifier("a_b"))
        #expect(!HTMLEscaping.identifier("\"><script>").contains("<"))
    }

    /// Every place a record's strings reach the page: text, id, source, labels, names, reasons,
    /// error messages, the title and the file name.
    @Test func aHostileDocumentCannotInjectMarkup() throws {
        let hostile = "<script>alert(1)</script>"
        let text = "Police said \(hostile) was posted by <b>Ann</b> & co. “Stop <img src=x onerror=alert(2)>,” said Ann."
        var record = RecordFixture(id: "x\(hostile)", text: text, source: hostile)
        record.entities = [("<b>Ann</b>", "PERSON\"><script>", hostile)]
        record.quotes = [("Stop <img src=x onerror=alert(2)>,", "</span>\(hostile)", nil)]
        record.sentences = [(text, -0.3)]
        record.score = -0.3
        record.entitySentiment = [(hostile, -0.3, 1)]
        record.removed = [(0, 5, hostile)]
        let failed = #"{"id":"<script>e</script>","error":{"step":"<script>","message":"<script>alert(3)</script>"}}"#
        let contents = record.json + "\n" + failed + "\n<script>bad line</script>\n"
        let (html, summary) = try ReportFiles.corpus(contents, options: Report.Options(title: hostile))
        #expect(summary.documents == 1 && summary.errors == 1 && summary.badLines == 1)
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>Ann"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;b&gt;Ann&lt;/b&gt;</span>"))
        #expect(html.contains(" &amp; co. “"))

        let file = try RecordFile(path: try scratch.write(contents, to: "records.jsonl"))
        let page = try Report.document("x\(hostile)", in: file)
        #expect(!page.lowercased().contains("<script"))
        #expect(page.contains("&lt;img src=x onerror=alert(2)&gt;"))
    }
}
