import GlossReport
import Testing

/// Charts must be readable without colour and by screen readers.
@Suite struct ChartAccessibilityTests {
    let html: String

    init() throws {
        html = try ReportFiles.corpus(SampleCorpus.file).html
    }

    @Test func everyChartHasACaptionATitleAndItsDataInTheDescription() throws {
        let speakers = try #require(html.element(id: "chart-speakers", through: "</figure>"))
        #expect(speakers.contains("<figcaption>Most quoted speakers</figcaption>"))
        #expect(speakers.contains("<title id=\"chart-speakers-title\">Most quoted speakers</title>"))
        #expect(speakers.contains("Elena Ruiz: 2 quotes · mean +0.45; 田中 Hiro: 1 quote · mean +0.80."))
        let histogram = try #require(html.element(id: "chart-sentiment-histogram", through: "</figure>"))
        #expect(histogram.contains("−0.20 to −0.10: 1; +0.50 to +0.60: 1; +0.60 to +0.70: 1."))
        #expect(html.occurrences(of: "<figure class=\"chart\"") == html.occurrences(of: "<figcaption>"))
        #expect(html.occurrences(of: "<figure class=\"chart\"") == html.occurrences(of: "role=\"img\" aria-labelledby="))
    }

    @Test func barsCarryTextLabelsAndValues() throws {
        let people = try #require(html.element(id: "chart-entities-PERSON", through: "</figure>"))
        #expect(people.contains(">Elena Ruiz</text>"))
        #expect(people.contains(">3</text>"))
    }

    /// Negative, neutral and positive differ by pattern as well as colour, and the legend says so.
    @Test func sentimentFillsDifferByPattern() {
        #expect(html.contains("<pattern id=\"pattern-negative\""))
        #expect(html.contains(".fill-negative { fill: url(#pattern-negative)"))
        #expect(html.contains(".fill-neutral { fill: url(#pattern-neutral)"))
        #expect(html.contains("negative (hatched)"))
        #expect(html.contains("positive (solid)"))
    }
}
