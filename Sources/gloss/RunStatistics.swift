import GlossKit

/// `--stats FILE`: the run's figures as JSON, for batch schedulers and dashboards.
enum RunStatistics {
    static func write(_ summary: RunSummary, pipeline: Pipeline, jobs: Int, to path: String) throws {
        let total = max(1, summary.stepNanoseconds.reduce(0, +))
        let steps: [JSONValue] = zip(pipeline.steps, summary.stepNanoseconds).map { step, nanoseconds in
            .object([
                "name": .string(step.name),
                "seconds": .double(rounded(Double(nanoseconds) / 1e9)),
                "share": .double(rounded(Double(nanoseconds) / Double(total))),
            ])
        }
        let figures: JSONObject = [
            "pipeline": .string(pipeline.name),
            "documents": .int(summary.documents),
            "errors": .int(summary.errors),
            "resumed_records": .int(summary.resumedRecords),
            "input_bytes": .int(summary.inputBytes),
            "seconds": .double(rounded(summary.seconds)),
            "mb_per_second": .double(rounded(summary.megabytesPerSecond)),
            "documents_per_second": .double(rounded(summary.documentsPerSecond)),
            "jobs": .int(jobs),
            "stopped_early": .bool(summary.stoppedEarly),
            "steps": .array(steps),
        ]
        var writer = JSONWriter()
        writer.value(.object(figures))
        let text = String(decoding: writer.bytes, as: UTF8.self) + "\n"
        guard let file = fopen(path, "we") else {
            throw OutputError(message: "cannot write stats to \(path): \(String(cString: strerror(errno)))")
        }
        defer { fclose(file) }
        if fputs(text, file) < 0 {
            throw OutputError(message: "cannot write stats to \(path): \(String(cString: strerror(errno)))")
        }
    }

    static func rounded(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}

#if canImport(Glibc)
import Glibc
#endif
