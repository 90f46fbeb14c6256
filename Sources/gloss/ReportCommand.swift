import ArgumentParser
import GlossReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML report (charts, annotated documents) from a records file.",
        discussion: """
        RECORDS is the JSON Lines output of gloss run (- for standard input). The file is read once, \
        in bounded memory, whatever its size. The page needs no network: styles and SVG charts are \
        inline and there are no scripts. Lines that are not records are counted and listed in the \
        report. With --document ID the page shows that one document instead of the corpus.
        """
    )

    @Argument(help: ArgumentHelp("The records file written by gloss run, or - for standard input.", valueName: "records"))
    var records: String

    @Option(name: [.short, .long], help: ArgumentHelp("The HTML file to write.", valueName: "file"))
    var output: String = "report.html"

    @Option(name: .long, help: ArgumentHelp("The page title (default: \"Gloss report: RECORDS\").", valueName: "text"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp("Show only the document with this id, annotated.", valueName: "id"))
    var document: String?

    @Option(name: .long, help: ArgumentHelp("How many of the first documents to show annotated below the corpus view.", valueName: "n"))
    var documents: Int = 10

    func validate() throws {
        if documents < 0 { throw ValidationError("--documents must be 0 or more, got \(documents)") }
    }

    func run() throws {
        do throws(ReportError) {
            let file = try RecordFile(path: records)
            if let document {
                let html = try Report.document(document, in: file, title: title)
                try Report.write(html, to: output)
                printError("wrote \(output) (document \(document))")
                return
            }
            let (html, summary) = try Report.corpus(file, options: Report.Options(title: title, documentLimit: documents))
            try Report.write(html, to: output)
            var line = "wrote \(output): \(summary.documents) document\(summary.documents == 1 ? "" : "s"), "
                + "\(summary.errors) error\(summary.errors == 1 ? "" : "s")"
            if summary.badLines > 0 { line += ", \(summary.badLines) bad line\(summary.badLines == 1 ? "" : "s") skipped" }
            printError(line)
        } catch {
            throw Failure(message: error.message, code: 2)
        }
    }
}
