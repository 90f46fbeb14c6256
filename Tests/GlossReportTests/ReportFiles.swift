import Foundation
import GlossReport

/// Temporary files for report tests.
enum ReportFiles {
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "gloss-report-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes `contents` as a records file and returns its path.
    static func records(_ contents: String, name: String = "records.jsonl") throws -> String {
        let path = try temporaryDirectory() + "/" + name
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The corpus report of `contents`.
    static func corpus(_ contents: String, options: Report.Options = Report.Options()) throws -> (html: String, summary: CorpusSummary) {
        let file = try RecordFile(path: try records(contents))
        return try Report.corpus(file, options: options)
    }

    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()
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
