/// The corpus view: the figures of a `CorpusSummary` as sections with charts and tables.
enum CorpusPage {
    /// Bars shown per chart.
    static let entitiesPerLabel = 10
    static let speakersShown = 15
    static let sentimentEntitiesShown = 15
    static let reasonsShown = 10
    static let sourcesShown = 20

    static let entityLabelOrder = ["PERSON", "ORG", "GPE", "LOC", "NORP", "MISC"]

    static func overview(_ summary: CorpusSummary, file: String) -> String {
        var html = "<section class=\"panel\" id=\"overview\" aria-labelledby=\"overview-h\"><h2 id=\"overview-h\">Corpus</h2>"
        if summary.badLines > 0 {
            html += "<p class=\"warning\" role=\"status\" id=\"bad-lines-warning\">\(NumberText.grouped(summary.badLines)) "
            html += "line\(summary.badLines == 1 ? " was" : "s were") not a record and \(summary.badLines == 1 ? "was" : "were") skipped "
            html += "(see <a href=\"#problems\">Errors and bad lines</a>).</p>"
        }
        let figures: [(String, String, String)] = [
            ("documents", "Documents", NumberText.grouped(summary.documents)),
            ("errors", "Errors", NumberText.grouped(summary.errors)),
            ("bad-lines", "Bad lines", NumberText.grouped(summary.badLines)),
            ("text-mb", "Text processed", NumberText.megabytes(summary.textBytes)),
            ("records-mb", "Records read", NumberText.megabytes(summary.recordBytes)),
            ("mentions", "Entity mentions", NumberText.grouped(summary.mentionsByLabel.total)),
            ("quotes", "Quotes", NumberText.grouped(summary.quotes)),
            ("removed", "Boilerplate removed", NumberText.percent(summary.removedShare)),
        ]
        html += "<dl class=\"figures\">"
        for (key, name, value) in figures {
            html += "<div><dt>\(name)</dt><dd id=\"figure-\(key)\">\(value)</dd></div>"
        }
        html += "</dl><p class=\"muted\">From <code>\(HTMLEscaping.escape(file))</code>: \(NumberText.grouped(summary.lines)) lines. "
        html += "Text processed is the UTF-8 size of the documents' text after boilerplate stripping.</p></section>"
        return html
    }

    static func entities(_ summary: CorpusSummary) -> String {
        var html = "<section class=\"panel\" id=\"entities\" aria-labelledby=\"entities-h\"><h2 id=\"entities-h\">Entities</h2>"
        guard summary.mentionsByLabel.total > 0 else {
            return html + "<p class=\"muted\">No entity mentions in these records (did the pipeline run <code>entities</code>?).</p></section>"
        }
        let labels = summary.mentionsByLabel.top(CorpusSummary.maximumLabels).sorted { left, right in
            let leftRank = entityLabelOrder.firstIndex(of: left.key) ?? entityLabelOrder.count
            let rightRank = entityLabelOrder.firstIndex(of: right.key) ?? entityLabelOrder.count
            return leftRank != rightRank ? leftRank < rightRank : left.entry.count > right.entry.count
        }
        html += SVGChart.bars(id: "chart-mentions-by-label", title: "Entity mentions by label",
                              description: "Number of entity mentions for each label.",
                              bars: labels.map { .init(label: $0.key, value: Double($0.entry.count), valueText: NumberText.grouped($0.entry.count)) })
        html += "<div class=\"grid2\">"
        for (label, _) in labels {
            guard let counter = summary.entitiesByLabel[label] else { continue }
            let top = counter.top(entitiesPerLabel)
            html += SVGChart.bars(id: "chart-entities-\(HTMLEscaping.identifier(label))",
                                  title: "Most mentioned \(label)",
                                  description: "The \(top.count) most mentioned \(label) entities, by mentions across documents.",
                                  bars: top.map { .init(label: $0.key, value: Double($0.entry.count), valueText: NumberText.grouped($0.entry.count)) },
                                  width: 480)
        }
        html += "</div>" + exactness([summary.mentionsByLabel] + Array(summary.entitiesByLabel.values), shown: entitiesPerLabel)
        return html + "</section>"
    }

    static func quotes(_ summary: CorpusSummary) -> String {
        var html = "<section class=\"panel\" id=\"quotes\" aria-labelledby=\"quotes-h\"><h2 id=\"quotes-h\">Quotes</h2>"
        guard summary.quotes > 0 else {
            return html + "<p class=\"muted\">No quotes in these records (did the pipeline run <code>quotes</code>?).</p></section>"
        }
        html += "<p>\(NumberText.count(summary.quotes, "quote")), \(NumberText.grouped(summary.quotesWithSpeaker)) with a known speaker. "
        html += "A quote's sentiment is the mean score of the sentences it covers, weighted by overlap.</p>"
        let top = summary.speakers.top(speakersShown)
        html += SVGChart.bars(id: "chart-speakers", title: "Most quoted speakers",
                              description: "Speakers by number of quotes, with the mean sentiment of their quotes.",
                              bars: top.map { item in
                                  let mean = item.entry.meanValue.map { " · mean " + NumberText.score($0) } ?? ""
                                  return .init(label: item.key, value: Double(item.entry.count),
                                               valueText: NumberText.count(item.entry.count, "quote") + mean)
                              })
        html += "<table id=\"table-speakers\"><caption class=\"muted\">Most quoted speakers</caption><thead><tr><th>Speaker</th>"
        html += "<th class=\"num\">Quotes</th><th class=\"num\">Mean quoted sentiment</th></tr></thead><tbody>"
        for item in top {
            let mean = item.entry.meanValue.map { "\(NumberText.score($0)) (\(CorpusSummary.sentimentLabel($0)))" } ?? "–"
            html += "<tr><td>\(HTMLEscaping.escape(item.key))</td><td class=\"num\">\(NumberText.grouped(item.entry.count))</td><td class=\"num\">\(mean)</td></tr>"
        }
        return html + "</tbody></table>" + exactness([summary.speakers], shown: speakersShown) + "</section>"
    }

    static func sentiment(_ summary: CorpusSummary) -> String {
        var html = "<section class=\"panel\" id=\"sentiment\" aria-labelledby=\"sentiment-h\"><h2 id=\"sentiment-h\">Sentiment</h2>"
        guard summary.documentsWithSentiment > 0 else {
            return html + "<p class=\"muted\">No sentiment in these records (did the pipeline run <code>sentiment</code>?).</p></section>"
        }
        let labels = summary.sentimentLabels
        html += "<p>\(NumberText.count(summary.documentsWithSentiment, "document")) scored: "
        html += "\(labels["positive"] ?? 0) positive, \(labels["neutral"] ?? 0) neutral, \(labels["negative"] ?? 0) negative. "
        html += "Mean score <b id=\"mean-document-score\">\(NumberText.score(summary.scoreSums.document / Double(summary.scoreCounts.document)))</b>"
        if summary.scoreCounts.author > 0 {
            html += "; in the author's own sentences <b>\(NumberText.score(summary.scoreSums.author / Double(summary.scoreCounts.author)))</b>"
        }
        if summary.scoreCounts.quoted > 0 {
            html += "; in quoted words <b>\(NumberText.score(summary.scoreSums.quoted / Double(summary.scoreCounts.quoted)))</b> "
            html += "(\(NumberText.count(summary.scoreCounts.quoted, "document")) with quotes scored)"
        }
        html += ".</p>"
        html += SVGChart.histogram(id: "chart-sentiment-histogram", title: "Document sentiment",
                                   description: "Number of documents per sentiment score bin of width \(NumberText.fixed(2.0 / Double(CorpusSummary.histogramBins), digits: 1)) from −1 to +1.",
                                   counts: summary.histogram)
        let top = summary.entitySentiment.top(sentimentEntitiesShown).filter { $0.entry.meanValue != nil }
        if top.isEmpty {
            html += "<p class=\"muted\">No per-entity sentiment in these records.</p>"
        } else {
            html += SVGChart.diverging(id: "chart-entity-sentiment", title: "Sentiment towards the most mentioned entities",
                                       description: "Mean sentiment towards each entity, weighted by mentions (the sentiment step's per-entity scores, or else the scores of the sentences that mention it); bars left of zero are negative.",
                                       bars: top.map { item in
                                           let score = item.entry.meanValue ?? 0
                                           return .init(label: item.key, value: score,
                                                        valueText: "\(NumberText.score(score)) · " + NumberText.count(item.entry.count, "mention"))
                                       })
        }
        return html + SVGChart.sentimentLegend + exactness([summary.entitySentiment], shown: sentimentEntitiesShown) + "</section>"
    }

    static func boilerplate(_ summary: CorpusSummary) -> String {
        var html = "<section class=\"panel\" id=\"boilerplate\" aria-labelledby=\"boilerplate-h\"><h2 id=\"boilerplate-h\">Boilerplate removed</h2>"
        html += "<p><b id=\"removed-share\">\(NumberText.percent(summary.removedShare))</b> of the input characters were removed "
        html += "(\(NumberText.grouped(summary.removedCharacters)) of \(NumberText.grouped(summary.inputCharacters))), "
        html += "in \(NumberText.grouped(summary.documentsWithRemovals)) of \(NumberText.count(summary.documents, "document")).</p>"
        let reasons = summary.removedByReason.top(reasonsShown)
        if !reasons.isEmpty {
            html += SVGChart.bars(id: "chart-removal-reasons", title: "Characters removed by reason",
                                  description: "Characters of boilerplate removed for each reason, with the number of spans.",
                                  bars: reasons.map { item in
                                      let spans = summary.removalsByReason.entries[item.key]?.count ?? 0
                                      return .init(label: item.key, value: Double(item.entry.count),
                                                   valueText: NumberText.count(item.entry.count, "character") + " · " + NumberText.count(spans, "span"))
                                  })
        }
        if summary.documentsWithSource > 0 {
            html += "<table id=\"table-sources\"><caption class=\"muted\">By source (<code>meta.source</code>)</caption><thead><tr><th>Source</th>"
            html += "<th class=\"num\">Documents</th><th class=\"num\">Characters removed</th></tr></thead><tbody>"
            for item in summary.sources.top(sourcesShown) {
                html += "<tr><td>\(HTMLEscaping.escape(item.key))</td><td class=\"num\">\(item.entry.count)</td>"
                html += "<td class=\"num\">\(NumberText.percent(item.entry.meanValue ?? 0))</td></tr>"
            }
            html += "</tbody></table>" + exactness([summary.sources], shown: sourcesShown)
        }
        return html + "</section>"
    }

    static func problems(_ summary: CorpusSummary) -> String {
        var html = "<section class=\"panel\" id=\"problems\" aria-labelledby=\"problems-h\"><h2 id=\"problems-h\">Errors and bad lines</h2>"
        if summary.errors == 0 && summary.badLines == 0 {
            html += "<p>No error records and no bad lines.</p>"
        }
        if summary.errors > 0 {
            html += "<h3>\(NumberText.grouped(summary.errors)) error record\(summary.errors == 1 ? "" : "s")</h3><table id=\"table-error-steps\"><thead><tr><th>Step</th><th class=\"num\">Documents</th></tr></thead><tbody>"
            for item in summary.errorSteps.top(20) {
                html += "<tr><td><code>\(HTMLEscaping.escape(item.key))</code></td><td class=\"num\">\(item.entry.count)</td></tr>"
            }
            html += "</tbody></table><ul>"
            for example in summary.errorExamples {
                html += "<li><code>\(HTMLEscaping.escape(example.id ?? "(no id)"))</code> in <code>\(HTMLEscaping.escape(example.step))</code>: \(HTMLEscaping.escape(example.message))</li>"
            }
            html += "</ul>"
        }
        if summary.badLines > 0 {
            html += "<h3 id=\"bad-lines\">\(NumberText.grouped(summary.badLines)) bad line\(summary.badLines == 1 ? "" : "s") skipped</h3><ul>"
            for example in summary.badLineExamples {
                html += "<li>line \(example.line): \(HTMLEscaping.escape(example.message))</li>"
            }
            html += "</ul>"
        }
        if summary.skippedAnnotations > 0 {
            html += "<p>\(NumberText.grouped(summary.skippedAnnotations)) annotations with missing or out-of-range fields were left out.</p>"
        }
        return html + "</section>"
    }

    /// A note when a counter had to drop keys, so a reader knows a count may be low.
    private static func exactness(_ counters: [TopCounter], shown: Int) -> String {
        guard counters.contains(where: { !$0.isExact(top: shown) }) else { return "" }
        return "<p class=\"muted\">Some counts above may be slightly low: this corpus has more distinct names than the report keeps in memory.</p>"
    }
}
