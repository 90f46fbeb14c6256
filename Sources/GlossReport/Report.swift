#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `gloss report`: reads a records file once, line by line, and writes one self-contained HTML
/// page (inline CSS and SVG, no scripts, no network).
public enum Report {
    /// What to put in the page.
    public struct Options: Sendable {
        /// The page title (default: "Gloss report: FILE").
        public var title: String?
        /// How many of the first documents get a document view below the corpus view.
        public var documentLimit = 10

        public init(title: String? = nil, documentLimit: Int = 10) {
            self.title = title
            self.documentLimit = documentLimit
        }
    }

    /// The corpus view of a whole records file, followed by the first documents.
    public static func corpus(_ file: RecordFile, options: Options = Options()) throws(ReportError) -> (html: String, summary: CorpusSummary) {
        var summary = CorpusSummary()
        var firstRecords: [ReportRecord] = []
        try file.forEachLine { line, number in
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
            do throws(ReportRecord.LineProblem) {
                let record = try ReportRecord(line: line)
                summary.add(record)
                if firstRecords.count < options.documentLimit { firstRecords.append(record) }
            } catch {
                summary.addBadLine(number, message: error.message)
            }
        }
        summary.recordBytes = file.bytesRead
        let title = options.title ?? "Gloss report: \(baseName(file.path))"
        var body = CorpusPage.overview(summary, file: file.path)
        body += CorpusPage.entities(summary)
        body += CorpusPage.quotes(summary)
        body += CorpusPage.sentiment(summary)
        body += CorpusPage.boilerplate(summary)
        body += CorpusPage.problems(summary)
        var sections = [("overview", "Corpus"), ("entities", "Entities"), ("quotes", "Quotes"), ("sentiment", "Sentiment"),
                        ("boilerplate", "Boilerplate"), ("problems", "Errors")]
        if !firstRecords.isEmpty {
            sections.append(("documents", "Documents"))
            body += documentsSection(firstRecords, total: summary.documents + summary.errors)
        }
        return (page(title: title, subtitle: NumberText.count(summary.documents, "document"), sections: sections, body: body), summary)
    }

    /// The document view of the record whose id is `id`; stops reading once it is found.
    public static func document(_ id: String, in file: RecordFile, title: String? = nil) throws(ReportError) -> String {
        var found: ReportRecord?
        var badLines = 0
        try file.forEachLine { line, _ in
            guard found == nil else { return }
            do {
                let record = try ReportRecord(line: line)
                if record.id == id { found = record }
            } catch {
                badLines += 1
            }
        }
        guard let found else {
            throw ReportError("\(file.path): no record with id \"\(id)\"\(badLines > 0 ? " (\(NumberText.count(badLines, "bad line")) skipped)" : "")")
        }
        var body = ""
        if badLines > 0 {
            body += "<p class=\"warning\" role=\"status\">\(badLines) line\(badLines == 1 ? " was" : "s were") not a record and skipped while looking for this document.</p>"
        }
        body += entityLegend + DocumentView.render(found, anchor: "doc-1")
        return page(title: title ?? "Gloss: \(id)", subtitle: "from \(file.path)", sections: [], body: body)
    }

    private static func documentsSection(_ records: [ReportRecord], total: Int) -> String {
        var html = "<section id=\"documents\" aria-labelledby=\"documents-h\"><h2 id=\"documents-h\">Documents</h2>"
        html += "<p>The first \(records.count) of \(NumberText.grouped(total)) records. "
        html += "Each entity is followed by its label, each quote is underlined and followed by its speaker, each sentence by its sentiment score; "
        html += "\u{2702} marks where boilerplate was cut (listed struck through in the margin).</p>"
        html += entityLegend + "<nav aria-label=\"Documents\"><ol>"
        for (index, record) in records.enumerated() {
            html += "<li><a href=\"#doc-\(index + 1)\">\(HTMLEscaping.escape(record.id ?? "(no id)"))</a>\(record.failure == nil ? "" : " (error)")</li>"
        }
        html += "</ol></nav>"
        for (index, record) in records.enumerated() {
            html += DocumentView.render(record, anchor: "doc-\(index + 1)")
        }
        return html + "</section>"
    }

    private static let entityLegend: String = {
        var html = "<ul class=\"entity-legend\" aria-label=\"Entity labels\">"
        let meanings = ["PERSON": "people", "ORG": "organisations", "GPE": "countries, cities, states", "LOC": "other places",
                        "NORP": "nationalities, religious and political groups", "MISC": "events, works, products"]
        for label in CorpusPage.entityLabelOrder {
            html += "<li><span class=\"entity ent-\(label)\">\(label)</span> \(meanings[label] ?? "")</li>"
        }
        return html + "</ul>"
    }()

    private static func page(title: String, subtitle: String, sections: [(String, String)], body: String) -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        html += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
        html += "<meta name=\"generator\" content=\"gloss report\">"
        html += "<title>\(HTMLEscaping.escape(title))</title><style>\(ReportStyle.css)</style></head><body>"
        html += SVGChart.patternDefinitions
        html += "<header class=\"page\"><h1>\(HTMLEscaping.escape(title))</h1><p class=\"subtitle\">\(HTMLEscaping.escape(subtitle))</p>"
        if !sections.isEmpty {
            html += "<nav class=\"toc\" aria-label=\"Sections\"><ul>"
            for (anchor, name) in sections { html += "<li><a href=\"#\(anchor)\">\(name)</a></li>" }
            html += "</ul></nav>"
        }
        html += "</header><main>\(body)</main></body></html>\n"
        return html
    }

    private static func baseName(_ path: String) -> String {
        path == "-" ? "standard input" : String(path.split(separator: "/").last ?? Substring(path))
    }

    /// Writes the page to `path` through a temporary file renamed into place, so a reader never
    /// sees half a report.
    public static func write(_ html: String, to path: String) throws(ReportError) {
        let temporary = path + ".partial"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ReportError("\(path): cannot write: \(String(cString: strerror(errno)))") }
        var bytes = Array(html.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                let message = String(cString: strerror(errno))
                close(descriptor)
                unlink(temporary)
                throw ReportError("\(path): cannot write: \(message)")
            }
            offset += written
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let message = String(cString: strerror(errno))
            unlink(temporary)
            throw ReportError("\(path): cannot write: \(message)")
        }
    }
}
