/// One document rendered for reading: entities coloured and labelled, quotes underlined with
/// their speaker, sentences tinted by sentiment with the score written out, and the boilerplate
/// that was cut shown struck through, in the margin and as a marker where the cut was made.
///
/// Works on the record's text as an array of Unicode scalars, so the contract's code-point
/// offsets index it directly.
enum DocumentView {
    /// One annotation laid over the text.
    private struct Layer {
        let range: CodePointRange
        /// Nesting order: lower layers wrap higher ones.
        let depth: Int
        let openTag: String
        /// Markup written right after the span ends (a label, a speaker, a score).
        let trailer: String
    }

    /// The `<article>` for a record; `anchor` is its element id.
    static func render(_ record: ReportRecord, anchor: String) -> String {
        let id = HTMLEscaping.escape(record.id ?? "(no id)")
        var html = "<article class=\"document\" id=\"\(anchor)\" aria-labelledby=\"\(anchor)-h\">"
        html += "<h3 id=\"\(anchor)-h\">Document <code>\(id)</code></h3>"
        if let failure = record.failure {
            html += "<p class=\"warning\">This document failed in step <code>\(HTMLEscaping.escape(failure.step))</code>: "
            html += "\(HTMLEscaping.escape(failure.message))</p></article>"
            return html
        }
        html += facts(record)
        html += "<div class=\"reading\"><div class=\"text\" lang=\"und\">\(annotatedText(record))</div>"
        html += margin(record) + "</div></article>"
        return html
    }

    private static func facts(_ record: ReportRecord) -> String {
        var items: [String] = []
        if let source = record.source { items.append("source <b>\(HTMLEscaping.escape(source))</b>") }
        items.append("\(NumberText.grouped(record.scalars.count)) characters")
        items.append("\(record.entities.count) entit\(record.entities.count == 1 ? "y" : "ies")")
        items.append("\(record.quotes.count) quote\(record.quotes.count == 1 ? "" : "s")")
        if let score = record.documentScore {
            items.append("sentiment <b>\(NumberText.score(score)) (\(CorpusSummary.sentimentLabel(score)))</b>")
        }
        if !record.removed.isEmpty {
            items.append("\(NumberText.grouped(record.removedLength)) characters of boilerplate removed")
        }
        return "<p class=\"facts\">" + items.joined(separator: " · ") + "</p>"
    }

    /// Removed spans as struck-through notes: reason, length and input offsets (the record does
    /// not carry the input text, so the words themselves cannot be shown).
    private static func margin(_ record: ReportRecord) -> String {
        guard !record.removed.isEmpty else {
            return "<aside class=\"margin\" aria-label=\"Removed boilerplate\"><p class=\"muted\">No boilerplate removed.</p></aside>"
        }
        var html = "<aside class=\"margin\" aria-label=\"Removed boilerplate\"><h4>Removed boilerplate</h4><ol>"
        for (index, removal) in record.removed.enumerated() {
            html += "<li id=\"\(anchorPrefix(record))cut-\(index + 1)\"><del>\(HTMLEscaping.escape(removal.reason))</del> "
            html += "<span class=\"muted\">\(NumberText.grouped(removal.range.length)) characters, input \(removal.range.start)–\(removal.range.end)</span></li>"
        }
        return html + "</ol></aside>"
    }

    private static func anchorPrefix(_ record: ReportRecord) -> String {
        "d-" + HTMLEscaping.identifier(record.id ?? "") + "-"
    }

    /// The text with every annotation laid over it as properly nested spans: the text is cut at
    /// every annotation boundary and each piece is wrapped in the annotations covering it.
    static func annotatedText(_ record: ReportRecord) -> String {
        let layers = self.layers(record)
        let cuts = cutPositions(record)
        var boundaries = Set<Int>([0, record.scalars.count])
        for layer in layers { boundaries.insert(layer.range.start); boundaries.insert(layer.range.end) }
        for cut in cuts { boundaries.insert(cut.position) }
        let points = boundaries.sorted()

        let byStart = layers.sorted { ($0.range.start, $0.depth) < ($1.range.start, $1.depth) }
        // Innermost first, so an entity's label comes before the quote's speaker and the score.
        let trailers = Dictionary(grouping: layers.filter { !$0.trailer.isEmpty }, by: \.range.end)
            .mapValues { $0.sorted { $0.depth > $1.depth } }
        var next = 0
        var active: [Layer] = []
        var output = String.UnicodeScalarView()
        var cutIndex = 0
        for (pointIndex, point) in points.enumerated() {
            // Trailers of spans ending here (zero-length spans included), then cut markers.
            for layer in trailers[point] ?? [] {
                output.append(contentsOf: layer.trailer.unicodeScalars)
            }
            while cutIndex < cuts.count, cuts[cutIndex].position == point {
                output.append(contentsOf: cuts[cutIndex].marker.unicodeScalars)
                cutIndex += 1
            }
            guard pointIndex + 1 < points.count else { break }
            let end = points[pointIndex + 1]
            active.removeAll { $0.range.end <= point }
            while next < byStart.count, byStart[next].range.start <= point {
                if byStart[next].range.end > point { active.append(byStart[next]) }
                next += 1
            }
            let wrapping = active.sorted { $0.depth < $1.depth }
            for layer in wrapping { output.append(contentsOf: layer.openTag.unicodeScalars) }
            HTMLEscaping.append(record.scalars[point..<end], to: &output)
            for _ in wrapping { output.append(contentsOf: "</span>".unicodeScalars) }
        }
        return String(output)
    }

    private static func layers(_ record: ReportRecord) -> [Layer] {
        var layers: [Layer] = []
        let count = record.scalars.count
        for sentence in record.sentenceScores where sentence.range.end <= count {
            let score = NumberText.score(sentence.score)
            layers.append(Layer(range: sentence.range, depth: 0,
                                openTag: "<span class=\"sentence \(tint(sentence.score))\" title=\"sentence sentiment \(score)\">",
                                trailer: "<sup class=\"score\" aria-label=\"sentence sentiment \(score)\">\(score)</sup>"))
        }
        for quote in record.quotes where quote.range.end <= count {
            let speaker = quote.speaker.map(HTMLEscaping.escape) ?? "speaker unknown"
            let cue = quote.cue.map { " (\(HTMLEscaping.escape($0)))" } ?? ""
            layers.append(Layer(range: quote.range, depth: 1,
                                openTag: "<span class=\"quote\" title=\"quote by \(speaker)\">",
                                trailer: "<span class=\"speaker-tag\">\u{2014} \(speaker)\(cue)</span>"))
            if let mention = quote.speakerRange, mention.end <= count, mention.length > 0 {
                layers.append(Layer(range: mention, depth: 2, openTag: "<span class=\"speaker-mention\">", trailer: ""))
            }
        }
        for entity in record.entities where entity.range.end <= count {
            let label = HTMLEscaping.escape(entity.label)
            layers.append(Layer(range: entity.range, depth: 3,
                                openTag: "<span class=\"entity ent-\(HTMLEscaping.identifier(entity.label))\" title=\"\(label): \(HTMLEscaping.escape(entity.canonical))\">",
                                trailer: "<span class=\"ent-label\">\(label)</span>"))
        }
        return layers
    }

    /// Where each removal was cut, as a position in the OUTPUT text: the input offset less the
    /// characters removed before it.
    private static func cutPositions(_ record: ReportRecord) -> [(position: Int, marker: String)] {
        let prefix = anchorPrefix(record)
        var removedBefore = 0
        var reach = 0
        var cuts: [(position: Int, marker: String)] = []
        let ordered = record.removed.enumerated().sorted { $0.element.range.start < $1.element.range.start }
        for (index, removal) in ordered {
            let start = max(removal.range.start, reach)
            let position = min(max(removal.range.start - removedBefore, 0), record.scalars.count)
            let reason = HTMLEscaping.escape(removal.reason)
            cuts.append((position, "<a class=\"cut\" href=\"#\(prefix)cut-\(index + 1)\"><del>\u{2702} \(reason), \(NumberText.grouped(removal.range.length)) characters</del></a>"))
            if removal.range.end > start { removedBefore += removal.range.end - start }
            reach = max(reach, removal.range.end)
        }
        return cuts
    }

    private static func tint(_ score: Double) -> String {
        switch score {
        case 0.5...: return "tint-pos2"
        case 0.05...: return "tint-pos1"
        case ..<(-0.5): return "tint-neg2"
        case ..<(-0.05): return "tint-neg1"
        default: return "tint-neu"
        }
    }
}
