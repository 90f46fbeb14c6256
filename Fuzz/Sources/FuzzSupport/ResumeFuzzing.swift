@testable import GlossKit

/// Feeds arbitrary partial outputs to `--resume`'s scan (`AtomicFileSink.cutTornTail`), for
/// plain and gzip output. The input is split at its first 0xFF byte: the bytes before it become
/// whole gzip members (one per line group, as the record writer makes them), the bytes after it
/// a damaged or torn tail. The scan must keep exactly the records of the whole members (or of the
/// newline-terminated lines, for plain output), cut the file right after them, and never crash.
public enum ResumeFuzzing {
    static let scratch = ScratchFile(suffix: "-resume.partial")

    public static func run(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        checkPlain(bytes)
        checkGzip(bytes)
    }

    static func checkPlain(_ bytes: [UInt8]) {
        scratch.write(bytes)
        let point: ResumePoint
        do {
            point = try AtomicFileSink.cutTornTail(scratch.path, name: "out.jsonl", encoding: .plain)
        } catch {
            fatalError("invariant violated: plain resume refused: \(error)")
        }
        let end = (bytes.lastIndex(of: 0x0A) ?? -1) + 1
        Invariant.require(point.records == bytes[..<end].count(where: { $0 == 0x0A }), "plain: \(point.records) records counted")
        Invariant.require(scratch.read() == Array(bytes[..<end]), "plain: the file was not cut after its last newline")
    }

    static func checkGzip(_ bytes: [UInt8]) {
        let split = bytes.firstIndex(of: 0xFF) ?? bytes.count
        let data = Array(bytes[..<split])
        let tail = split < bytes.count ? Array(bytes[(split + 1)...]) : []
        // Whole records only, as the writer makes members: lines up to the last newline, cut
        // into members at every 0xFE byte's line.
        let recordsEnd = (data.lastIndex(of: 0x0A) ?? -1) + 1
        var members: [UInt8] = []
        var records = 0
        var start = 0
        for index in 0..<recordsEnd where data[index] == 0x0A {
            records += 1
            if data[start..<index].contains(0xFE) || index + 1 == recordsEnd {
                members += member(Array(data[start...index]))
                start = index + 1
            }
        }
        scratch.write(members + tail)
        do {
            let point = try AtomicFileSink.cutTornTail(scratch.path, name: "out.jsonl.gz", encoding: .gzip)
            let kept = scratch.read()
            // The tail may itself continue the stream with members of its own (libFuzzer can
            // write gzip bytes); otherwise exactly the members made above survive.
            Invariant.require(kept.count >= members.count && Array(kept.prefix(members.count)) == members,
                              "gzip: whole members were cut (kept \(kept.count) of \(members.count) bytes)")
            Invariant.require(point.records >= records, "gzip: \(point.records) records counted, \(records) written")
            Invariant.require(kept.count <= members.count + tail.count, "gzip: the file grew")
        } catch {
            // Refused only when the file does not start like gzip: no member was made and the
            // tail does not begin with a gzip header.
            Invariant.require(members.isEmpty && !(tail.count >= 3 && tail[0] == 0x1F && tail[1] == 0x8B && tail[2] == 0x08) && !tail.isEmpty,
                              "gzip: resume refused a file that starts with a gzip member: \(error)")
            Invariant.require(scratch.read() == tail, "gzip: a refused file was changed")
        }
    }

    static func member(_ block: [UInt8]) -> [UInt8] {
        do {
            return try GzipMembers.member(block)
        } catch {
            fatalError("invariant violated: compressing \(block.count) bytes failed: \(error)")
        }
    }
}
