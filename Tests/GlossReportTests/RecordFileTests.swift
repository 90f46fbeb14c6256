import Foundation
import GlossReport
import GlossTestSupport
import Testing

@Suite struct RecordFileTests {
    /// This test's files, removed when it ends.
    let scratch: TemporaryDirectory

    init() throws {
        scratch = try TemporaryDirectory(prefix: "gloss-report-test")
    }

    func lines(of contents: String) throws -> [(String, Int)] {
        let file = try RecordFile(path: try scratch.write(contents, to: "records.jsonl"))
        var lines: [(String, Int)] = []
        try file.forEachLine { line, number in lines.append((String(decoding: line, as: UTF8.self), number)) }
        return lines
    }

    @Test func splitsOnNewlinesDroppingCarriageReturnsAndAByteOrderMark() throws {
        let read = try lines(of: "\u{FEFF}{\"a\":1}\r\n\n{\"b\":2}\n{\"c\":3}")
        #expect(read.map(\.0) == ["{\"a\":1}", "", "{\"b\":2}", "{\"c\":3}"])
        #expect(read.map(\.1) == [1, 2, 3, 4])
    }

    @Test func readsLinesLongerThanItsReadSize() throws {
        let long = String(repeating: "é", count: 400_000)
        let read = try lines(of: "short\n\(long)\nend\n")
        #expect(read.map(\.0.count) == [5, 400_000, 3])
    }

    @Test func blankLinesAreNeitherRecordsNorBadLines() throws {
        let summary = try ReportFiles.corpus("\n" + SampleCorpus.harbour.json + "\r\n\n   \n").summary
        #expect(summary.documents == 1)
        #expect(summary.badLines == 0)
    }

    /// `gloss run` reads `.jsonl.gz`; so does `gloss report` (the same line reader).
    @Test func readsAGzipRecordsFile() throws {
        let plain = try scratch.write("\u{FEFF}{\"a\":1}\r\n{\"b\":2}\n", to: "records.jsonl")
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-k", plain]
        try gzip.run()
        gzip.waitUntilExit()
        #expect(gzip.terminationStatus == 0)
        let file = try RecordFile(path: plain + ".gz")
        var read: [String] = []
        try file.forEachLine { line, _ in read.append(String(decoding: line, as: UTF8.self)) }
        #expect(read == ["{\"a\":1}", "{\"b\":2}"])
        #expect(file.bytesRead == 20)
    }
}

