import Foundation
import GlossKit
import GlossReport
import GlossTestSupport
import Testing

/// The report as a browser sees it: Chromium parses the page, and the DOM it produces must hold
/// the charts and figures the records call for.
@Suite(.enabled(if: Chromium.executable != nil, Chromium.skipReason), .serialized)
struct BrowserRenderingTests {
    /// This test's files, removed when it ends.
    let scratch: TemporaryDirectory

    init() throws {
        scratch = try TemporaryDirectory(prefix: "gloss-report-test")
    }

    @Test func theFixtureReportRendersItsChartsAndCounts() throws {
        let directory = scratch.path
        let page = directory + "/report.html"
        let (html, _) = try ReportFiles.corpus(SampleCorpus.file, options: Report.Options(title: "Fixture corpus"))
        try Report.write(html, to: page)
        let dom = try Chromium.dumpDOM(page)

        #expect(dom.contains("<title>Fixture corpus</title>"))
        for title in ["Entity mentions by label", "Most mentioned PERSON", "Most mentioned GPE", "Most mentioned ORG",
                      "Most quoted speakers", "Document sentiment", "Sentiment towards the most mentioned entities",
                      "Characters removed by reason"] {
            #expect(dom.contains("<figcaption>\(title)</figcaption>"), "missing chart \(title)")
        }
        #expect(dom.contains("<dd id=\"figure-documents\">3</dd>"))
        #expect(dom.contains("<dd id=\"figure-errors\">1</dd>"))
        #expect(dom.contains("<dd id=\"figure-bad-lines\">1</dd>"))
        #expect(dom.contains("id=\"bad-lines-warning\""))
        #expect(barCount(in: dom, chart: "chart-mentions-by-label") == 3)
        #expect(barCount(in: dom, chart: "chart-entities-PERSON") == 2)
        #expect(barCount(in: dom, chart: "chart-entities-GPE") == 5)
        #expect(barCount(in: dom, chart: "chart-speakers") == 2)
        #expect(barCount(in: dom, chart: "chart-sentiment-histogram") == CorpusSummary.histogramBins)
        // Three from the sentiment step's entity scores, two (the festival's) from their sentences.
        #expect(barCount(in: dom, chart: "chart-entity-sentiment") == 5)
        #expect(dom.contains("2 quotes · mean +0.45"))
        // Four document views: three articles and the failed document.
        #expect(dom.occurrences(of: "<article class=\"document\"") == 4)
        #expect(dom.occurrences(of: "<span class=\"ent-label\">") == 10)

        let png = directory + "/report.png"
        try Chromium.screenshot(page, to: png)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(bytes.count > 10_000)
    }

    /// End to end: `gloss run` over Samples/, then `gloss report`, then the browser.
    @Test func theSamplesReportMatchesTheirRecords() throws {
        let directory = scratch.path
        let records = directory + "/samples.jsonl"
        let page = directory + "/samples.html"
        let run = try GlossBinary.run(["run", "Samples/", "--output", records, "--quiet"], stdout: "/dev/null")
        #expect(run.status == 0 || run.status == 1, "gloss run failed: \(run.stderr)")
        let report = try GlossBinary.run(["report", records, "--output", page, "--documents", "3"], stdout: "/dev/null")
        #expect(report.status == 0, "gloss report failed: \(report.stderr)")

        // What the records say, read independently of the report code.
        var documents = 0, errors = 0, mentions = 0, quotes = 0, labels = Set<String>(), scored = 0
        let text = try String(contentsOfFile: records, encoding: .utf8)
        for line in text.split(separator: "\n") {
            let record = try JSONParser.parse(String(line))
            if record["error"] != nil { errors += 1; continue }
            documents += 1
            let entities = record["entities"]?.arrayValue ?? []
            mentions += entities.count
            labels.formUnion(entities.compactMap { $0["label"]?.stringValue })
            quotes += record["quotes"]?.arrayValue?.count ?? 0
            if record["sentiment"]?["score"] != nil { scored += 1 }
        }
        #expect(documents >= 4)

        let dom = try Chromium.dumpDOM(page)
        #expect(dom.contains("<dd id=\"figure-documents\">\(documents)</dd>"))
        #expect(dom.contains("<dd id=\"figure-errors\">\(errors)</dd>"))
        #expect(dom.contains("<dd id=\"figure-bad-lines\">0</dd>"))
        #expect(dom.contains("<dd id=\"figure-mentions\">\(mentions)</dd>"))
        #expect(dom.contains("<dd id=\"figure-quotes\">\(quotes)</dd>"))
        #expect(dom.contains("<figcaption>Entity mentions by label</figcaption>") == (mentions > 0))
        #expect(barCount(in: dom, chart: "chart-mentions-by-label") == (mentions > 0 ? labels.count : nil))
        #expect(dom.contains("<figcaption>Most quoted speakers</figcaption>") == (quotes > 0))
        #expect(dom.contains("<figcaption>Document sentiment</figcaption>") == (scored > 0))
        #expect(dom.occurrences(of: "<article class=\"document\"") == 3)
        // Self-contained: nothing is fetched.
        #expect(!dom.contains("<script") && !dom.contains("<link") && !dom.contains(" src="))
    }

    /// The number of bars drawn in the chart with this id, or nil when there is no such chart.
    private func barCount(in dom: String, chart: String) -> Int? {
        dom.element(id: chart, through: "</figure>")?.occurrences(of: "<g class=\"bar\">")
    }
}
