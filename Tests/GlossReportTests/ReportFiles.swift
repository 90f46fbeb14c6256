import Foundation
import GlossReport
import GlossTestSupport

/// Report tests that start from the text of a records file.
enum ReportFiles {
    /// The corpus report of `contents`, read from a records file that is removed afterwards.
    static func corpus(_ contents: String, options: Report.Options = Report.Options()) throws -> (html: String, summary: CorpusSummary) {
        let directory = try TemporaryDirectory(prefix: "gloss-report-test")
        return try withExtendedLifetime(directory) {
            let file = try RecordFile(path: try directory.write(contents, to: "records.jsonl"))
            return try Report.corpus(file, options: options)
        }
    }
}

extension String {
    /// Non-overlapping occurrences of `needle`.
    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }

    /// The text from the element whose id is `id` to the first `terminator` after it.
    func element(id: String, through terminator: String) -> String? {
        guard let start = range(of: "id=\"\(id)\"") else { return nil }
        guard let end = range(of: terminator, range: start.upperBound..<endIndex) else { return nil }
        return String(self[start.lowerBound..<end.upperBound])
    }
}
