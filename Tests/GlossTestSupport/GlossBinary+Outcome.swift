import Foundation

extension GlossBinary {
    /// How one run of gloss ended and what it wrote.
    public struct Outcome: Sendable {
        /// Exit status, or the signal number when `crashed`.
        public let status: Int32
        /// True when the process died of a signal (a crash, or the deadline's SIGKILL).
        public let crashed: Bool
        /// True when gloss was still running at the deadline and was killed.
        public let timedOut: Bool
        /// Standard output's bytes; empty when it was sent to a file.
        public let stdoutBytes: Data
        public let stderr: String

        /// Standard output as text.
        public var stdout: String { String(decoding: stdoutBytes, as: UTF8.self) }

        /// Standard output's lines, without their newlines; an empty line is kept.
        public var lines: [String] {
            if stdoutBytes.isEmpty { return [] }
            return stdout.split(separator: "\n", omittingEmptySubsequences: false)
                .dropLast(stdoutBytes.last == 0x0A ? 1 : 0).map(String.init)
        }

        /// Output records, one per line; a line that is not a JSON object becomes an empty record.
        public var records: [[String: Any]] {
            lines.map { (try? JSONSerialization.jsonObject(with: Data($0.utf8), options: [.fragmentsAllowed])) as? [String: Any] ?? [:] }
        }

        /// The `id` of each record (nil for a record without a string id).
        public var ids: [String?] { records.map { $0["id"] as? String } }

        /// The `error.message` of each record (nil for a record without an error).
        public var errorMessages: [String?] { records.map { ($0["error"] as? [String: Any])?["message"] as? String } }
    }
}
