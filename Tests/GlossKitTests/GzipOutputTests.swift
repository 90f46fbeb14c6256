import Foundation
import Testing
@testable import GlossKit

/// The gzip side of the record writer: one complete member per block, read back by the line
/// reader, and `--resume`'s scan of a partial `.gz` output (what it keeps, what it cuts).
@Suite("Gzip output")
struct GzipOutputTests {
    /// A scratch folder for one test, removed with the suite value.
    final class Scratch {
        let path = NSTemporaryDirectory() + "gloss-gzip-" + UUID().uuidString
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        func file(_ name: String) -> String { path + "/" + name }

        @discardableResult
        func write(_ bytes: [UInt8], to name: String) throws -> String {
            let target = file(name)
            try Data(bytes).write(to: URL(fileURLWithPath: target))
            return target
        }

        func bytes(_ name: String) -> [UInt8]? { FileManager.default.contents(atPath: file(name)).map { [UInt8]($0) } }
    }

    let scratch: Scratch
    init() throws { scratch = try Scratch() }

    /// Records of short wire stories, as the record writer would write them.
    static func records(_ range: Range<Int>) -> [String] {
        let places = ["Lisbon", "Nairobi", "Osaka", "Québec"]
        return range.map { index in
            let place = places[index % places.count]
            return #"{"id":"wire-\#(index)","text":"\#(place) — The port authority said on Tuesday that cargo volumes rose \#(index % 17) per cent in the third quarter.","sentences":[{"start":0,"end":\#(90 + index % 17)}]}"#
        }
    }

    static func lines(_ records: [String]) -> [UInt8] { Array(records.map { $0 + "\n" }.joined().utf8) }

    static func readLines(_ path: String) throws -> [String] {
        let reader = try LineReader(path: path)
        var lines: [String] = []
        while let (line, terminated) = try reader.next() {
            #expect(terminated)
            lines.append(String(decoding: line, as: UTF8.self))
        }
        return lines
    }

    @Test func concatenatedMembersReadBackAsOneFile() throws {
        let first = Self.records(0..<40)
        let second = Self.records(40..<90)
        let path = try scratch.write(try GzipMembers.member(Self.lines(first)) + GzipMembers.member(Self.lines(second)), to: "wire.jsonl.gz")
        #expect(scratch.bytes("wire.jsonl.gz")?.prefix(2) == [0x1F, 0x8B])
        #expect(try Self.readLines(path) == first + second)
    }

    @Test(arguments: ["out.jsonl.gz", "OUT.JSONL.GZ", "out.Gz"])
    func sinkCompressesAnOutputNamedGz(name: String) throws {
        let sink = try AtomicFileSink(path: scratch.file(name))
        let records = Self.records(0..<2_000)
        for record in records { try sink.write(Array(record.utf8)) }
        try sink.finish()
        #expect(scratch.bytes(name)?.prefix(2) == [0x1F, 0x8B])
        #expect(try Self.readLines(scratch.file(name)) == records)
        #expect(scratch.bytes("." + name + ".partial") == nil)
    }

    @Test func sinkWritesPlainJSONLinesOtherwise() throws {
        let sink = try AtomicFileSink(path: scratch.file("out.jsonl"))
        let records = Self.records(0..<3)
        for record in records { try sink.write(Array(record.utf8)) }
        try sink.finish()
        #expect(scratch.bytes("out.jsonl") == Self.lines(records))
    }

    /// A pause in the run (the runner's flush) sends plain records out at once, but does not cut a
    /// gzip member of a record or two: that waits for a full block, a second's wait, or the end.
    @Test func aPauseDoesNotCutATinyGzipMember() throws {
        let plain = try AtomicFileSink(path: scratch.file("out.jsonl"))
        let compressed = try AtomicFileSink(path: scratch.file("out.jsonl.gz"))
        let record = Array(Self.records(0..<1)[0].utf8)
        for sink in [plain, compressed] {
            try sink.write(record)
            try sink.flush()
        }
        #expect(scratch.bytes(".out.jsonl.partial") == record + [0x0A])
        #expect(scratch.bytes(".out.jsonl.gz.partial") == [])
        try compressed.finish()
        #expect(try Self.readLines(scratch.file("out.jsonl.gz")) == [String(decoding: record, as: UTF8.self)])
    }

    @Test func resumeCutsATornLastMember() throws {
        let first = try GzipMembers.member(Self.lines(Self.records(0..<30)))
        let second = try GzipMembers.member(Self.lines(Self.records(30..<75)))
        let third = try GzipMembers.member(Self.lines(Self.records(75..<120)))
        let partial = try scratch.write(first + second + third.prefix(third.count / 2), to: ".out.jsonl.gz.partial")
        let point = try AtomicFileSink.cutTornTail(partial, name: "out.jsonl.gz", encoding: .gzip)
        #expect(point == ResumePoint(records: 75, lastID: "wire-74"))
        #expect(scratch.bytes(".out.jsonl.gz.partial") == first + second)
    }

    /// A member cut inside its 8-byte trailer holds all its data, but its size and checksum were
    /// never checked: it is cut like any torn member.
    @Test func resumeCutsAMemberWithoutItsTrailer() throws {
        let first = try GzipMembers.member(Self.lines(Self.records(0..<10)))
        let second = try GzipMembers.member(Self.lines(Self.records(10..<20)))
        let partial = try scratch.write(first + second.dropLast(3), to: ".out.jsonl.gz.partial")
        #expect(try AtomicFileSink.cutTornTail(partial, name: "out.jsonl.gz", encoding: .gzip) == ResumePoint(records: 10, lastID: "wire-9"))
        #expect(scratch.bytes(".out.jsonl.gz.partial") == first)
    }

    @Test func resumeCutsBytesAfterTheLastWholeMember() throws {
        let member = try GzipMembers.member(Self.lines(Self.records(0..<12)))
        let unfinished = try GzipMembers.member(Array(#"{"id":"wire-12","text":"Osaka — The port"#.utf8))
        for tail in [[UInt8](repeating: 0, count: 4096), unfinished, Array("not gzip\n".utf8)] {
            let partial = try scratch.write(member + tail, to: ".out.jsonl.gz.partial")
            #expect(try AtomicFileSink.cutTornTail(partial, name: "out.jsonl.gz", encoding: .gzip) == ResumePoint(records: 12, lastID: "wire-11"))
            #expect(scratch.bytes(".out.jsonl.gz.partial") == member)
        }
    }

    @Test func resumeOfAnEmptyOrTornFirstMemberStartsOver() throws {
        let member = try GzipMembers.member(Self.lines(Self.records(0..<5)))
        for bytes in [[], Array(member.prefix(1)), Array(member.prefix(12))] {
            let partial = try scratch.write(bytes, to: ".out.jsonl.gz.partial")
            #expect(try AtomicFileSink.cutTornTail(partial, name: "out.jsonl.gz", encoding: .gzip) == ResumePoint(records: 0, lastID: nil))
            #expect(scratch.bytes(".out.jsonl.gz.partial") == [])
        }
    }

    /// A crash or power loss can leave zeros after a torn first member: no complete record, so
    /// the run starts over, instead of refusing the file on every restart of a job.
    @Test(arguments: [12, 20, 50, 100, 150])
    func resumeOfATornFirstMemberFollowedByZerosStartsOver(kept: Int) throws {
        let member = try GzipMembers.member(Self.lines(Self.records(0..<40)))
        let partial = try scratch.write(Array(member.prefix(kept)) + [UInt8](repeating: 0, count: 4096), to: ".out.jsonl.gz.partial")
        #expect(try AtomicFileSink.cutTornTail(partial, name: "out.jsonl.gz", encoding: .gzip) == ResumePoint(records: 0, lastID: nil))
        #expect(scratch.bytes(".out.jsonl.gz.partial") == [])
    }

    /// A run with no record (an empty input, a shard that gets no document) still writes a gzip
    /// file that zcat and other readers accept: one empty member.
    @Test func anOutputWithoutRecordsIsStillGzip() throws {
        let sink = try AtomicFileSink(path: scratch.file("empty.jsonl.gz"))
        try sink.finish()
        let bytes = try #require(scratch.bytes("empty.jsonl.gz"))
        #expect(bytes.prefix(2) == [0x1F, 0x8B])
        #expect(try Self.readLines(scratch.file("empty.jsonl.gz")).isEmpty)
    }

    /// A run that stops early (a read error) pushes every record written so far into the partial
    /// file, holding none back for a fuller gzip member: records from standard input cannot be
    /// read again by `--resume`.
    @Test func aRunStoppingEarlyKeepsEveryRecordInThePartialFile() throws {
        let sink = try AtomicFileSink(path: scratch.file("out.jsonl.gz"))
        let records = Self.records(0..<3)
        for record in records { try sink.write(Array(record.utf8)) }
        try sink.flush()
        #expect(scratch.bytes(".out.jsonl.gz.partial") == [])
        try sink.flushAll()
        try FileManager.default.copyItem(atPath: scratch.file(".out.jsonl.gz.partial"), toPath: scratch.file("so-far.jsonl.gz"))
        #expect(try Self.readLines(scratch.file("so-far.jsonl.gz")) == records)
        sink.discard()
    }

    /// Plain records under a `.gz` name (e.g. written by a gloss that did not compress) are never
    /// cut to nothing: resuming them is refused, and the file is left as it was.
    @Test func resumeRefusesAPartialThatIsNotGzip() throws {
        let plain = Self.lines(Self.records(0..<4))
        let partial = try scratch.write(plain, to: ".out.jsonl.gz.partial")
        let error = #expect(throws: OutputError.self) {
            try AtomicFileSink.cutTornTail(partial, name: "out.jsonl.gz", encoding: .gzip)
        }
        #expect(error?.message == "cannot resume out.jsonl.gz: \(partial) is not gzip data (zlib: incorrect header check); delete it to start over")
        #expect(scratch.bytes(".out.jsonl.gz.partial") == plain)
    }

    /// Records longer than the scan's 256 KiB chunks, and chunk boundaries inside records, in
    /// both encodings: the count and the last id are the same as reading the file whole.
    @Test(arguments: [BlockEncoding.plain, .gzip])
    func resumeCountsRecordsAcrossChunkBoundaries(encoding: BlockEncoding) throws {
        let long = #"{"id":"long-feature","text":""# + String(repeating: "Rain fell on the harbour again. ", count: 20_000) + #""}"#
        let records = Self.records(0..<3_000) + [long] + Self.records(3_000..<3_001)
        let torn = Array(#"{"id":"wire-3001","te"#.utf8)
        let bytes = try encoding.encode(Self.lines(records)) + (encoding == .plain ? torn : Array(try GzipMembers.member(torn).prefix(20)))
        let whole = try encoding.encode(Self.lines(records))
        let partial = try scratch.write(bytes, to: ".out.partial")
        #expect(try AtomicFileSink.cutTornTail(partial, name: "out", encoding: encoding) == ResumePoint(records: 3_002, lastID: "wire-3000"))
        #expect(scratch.bytes(".out.partial") == whole)
    }
}
