import ArgumentParser
import GlossKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline over documents and write one JSON Lines record per document.",
        discussion: """
        INPUT is a .txt file (one document, id = file name without extension), a .jsonl file (one \
        {"id", "text", ...} object per line), a directory (searched recursively, sorted), or - for \
        JSON Lines on standard input (the default when no INPUT is given).
        """
    )

    @Argument(help: ArgumentHelp("Input files, directories, or - for standard input.", valueName: "input"))
    var inputs: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("The pipeline to run (default: the file's 'default').", valueName: "name"))
    var pipeline: String?

    @OptionGroup var config: ConfigOptions

    @Option(name: .long, help: ArgumentHelp("Write records to this file (atomically) instead of standard output; a name ending in .gz is written gzip-compressed.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Worker threads (default: all cores).", valueName: "n"))
    var jobs: Int?

    @Option(name: .customLong("on-error"), help: ArgumentHelp("skip: write an error record and go on; stop: stop at the first failing document.", valueName: "skip|stop"))
    var onError: String = "skip"

    @Option(name: .long, help: ArgumentHelp("Process only shard K of N (0-based K; by a stable hash of the document id).", valueName: "K/N"))
    var shard: String?

    @Flag(name: .long, help: "Continue an interrupted run: keep the records already in --output's partial file and process the rest.")
    var resume = false

    @Option(name: .long, help: ArgumentHelp("Write the run's figures as JSON to this file.", valueName: "file"))
    var stats: String?

    @Flag(name: .long, help: "No progress line on standard error (the closing summary is still printed).")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        if ErrorPolicy(rawValue: onError) == nil {
            throw ValidationError("--on-error must be 'skip' or 'stop', got '\(onError)'")
        }
        if let shard {
            do { _ = try Shard(parsing: shard) } catch { throw ValidationError(error.message) }
        }
        if resume && output == nil {
            throw ValidationError("--resume needs --output FILE (the run to continue writes there)")
        }
    }

    func run() throws {
        let file = try config.load()
        let selected: Pipeline
        do {
            selected = try file.pipeline(named: pipeline)
        } catch {
            throw Failure.configuration(error.message)
        }
        let files: [InputFile]
        do {
            files = try InputResolver.resolve(inputs)
        } catch {
            throw Failure.configuration(error.message)
        }
        let sink: any RecordSink
        var atomic: AtomicFileSink?
        if let output {
            if resume, FileExists.at(output), !FileExists.at(AtomicFileSink.partialPath(for: output)) {
                StandardError.write("gloss: \(output) is already complete; nothing to resume\n")
                return
            }
            do {
                atomic = try AtomicFileSink(path: output, resume: resume)
                sink = atomic!
            } catch {
                throw Failure.configuration(error.message)
            }
        } else {
            sink = StandardOutputSink()
        }

        let showProgress = !quiet && isatty(2) == 1
        var progress: (@Sendable (RunSummary) -> Void)?
        if showProgress {
            progress = { @Sendable figures in StandardError.write("\r\u{1B}[K" + ProgressText.line(figures, estimate: true)) }
        }
        let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        let settings = RunSettings(jobs: jobs ?? max(1, cores), onError: ErrorPolicy(rawValue: onError) ?? .skip,
                                   shard: try shard.map { try Shard(parsing: $0) }, resume: atomic?.resumePoint, progress: progress)
        let summary: RunSummary
        do {
            summary = try BatchRunner(pipeline: selected, settings: settings).run(files, into: sink)
        } catch {
            if showProgress { StandardError.write("\r\u{1B}[K") }
            let kept = atomic.flatMap { $0.isDirect ? nil : " (records so far kept in \($0.partialPath); rerun with --resume to continue)" } ?? ""
            throw Failure(message: "\(error)" + kept, code: 1)
        }
        if showProgress { StandardError.write("\r\u{1B}[K") }
        var notes: [String] = []
        if summary.resumedRecords > 0 { notes.append("resumed after \(summary.resumedRecords) records") }
        if summary.stoppedEarly { notes.append("stopped at the first error: --on-error stop") }
        StandardError.write("gloss: " + ProgressText.line(summary) + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))") + "\n")
        if let stats {
            do {
                try RunStatistics.write(summary, pipeline: selected, jobs: settings.jobs, to: stats)
            } catch {
                throw Failure(message: "\(error)", code: 1)
            }
        }
        if summary.errors > 0 { throw ExitCode(1) }
    }
}

enum ProgressText {
    static func line(_ figures: RunSummary, estimate: Bool = false) -> String {
        let documents = figures.documents == 1 ? "1 document" : "\(figures.documents) documents"
        let errors = figures.errors == 1 ? "1 error" : "\(figures.errors) errors"
        var text = "\(documents), \(errors), \(fixed(figures.seconds, 1)) s, \(fixed(figures.megabytesPerSecond, 2)) MB/s, \(fixed(figures.documentsPerSecond, 0)) docs/s"
        if estimate, let total = figures.expectedBytes, total > 0, figures.inputBytes > 0, figures.inputBytes < total {
            let remaining = figures.seconds * Double(total - figures.inputBytes) / Double(figures.inputBytes)
            text += ", \(Int(Double(figures.inputBytes) * 100 / Double(total)))%, ETA \(duration(remaining))"
        }
        return text
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole >= 3600 { return "\(whole / 3600)h\(String(format2: (whole % 3600) / 60))m" }
        if whole >= 60 { return "\(whole / 60)m\(String(format2: whole % 60))s" }
        return "\(whole)s"
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if digits == 0 { return String(Int(rounded)) }
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
        }
        return text
    }
}

extension String {
    /// Two digits, zero-padded.
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
