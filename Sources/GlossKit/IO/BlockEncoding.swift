/// How the record writer turns a block of whole JSON Lines records into the bytes of the output,
/// and how `--resume` finds the complete records of a partial output written that way.
enum BlockEncoding: Sendable {
    /// The records as they are.
    case plain
    /// Each block one complete gzip member (see `GzipMembers`).
    case gzip

    /// Gzip for an output name ending in `.gz` (any case), plain otherwise.
    init(forOutput path: String) {
        self = GzipMembers.isGzipName(path) ? .gzip : .plain
    }

    /// How long records may wait in the writer's buffer when the runner has nothing more to
    /// write yet. Plain output goes out at once. A gzip member per such pause would be tiny
    /// (often one record: poor compression), so gzip output waits until a block is full or its
    /// first record is this old; a killed run then loses at most that much work to `--resume`.
    var idleDelay: Duration {
        switch self {
        case .plain: .zero
        case .gzip: .seconds(1)
        }
    }

    /// The bytes written for `block`.
    func encode(_ block: [UInt8]) throws(ZlibError) -> [UInt8] {
        switch self {
        case .plain: block
        case .gzip: try GzipMembers.member(block)
        }
    }

    /// The complete records at the start of a partial output, and the file offset where they
    /// end (what follows is a torn tail to cut off). Plain: every line ending in a newline.
    /// Gzip: every member read whole whose data ends in a newline. A file that does not start
    /// with a gzip header is an error, since cutting it would throw away another writer's output;
    /// one that does but whose first member is torn or damaged (a crash, zeros after a power
    /// loss) holds no complete record and starts over.
    func completeRecords(in partial: String) throws(InputError) -> (records: RecordTally, end: Int) {
        var tally = RecordTally()
        switch self {
        case .plain:
            var size = 0
            try FileChunks.read(partial) { chunk, _ in
                tally.add(chunk)
                size += chunk.count
                return true
            }
            return (tally, size - tally.openLine.count)
        case .gzip:
            var complete = (records: tally, end: 0)
            var members = 0
            let damage = try GzipMembers.read(partial) { event in
                switch event {
                case .data(let bytes):
                    tally.add(bytes)
                case .memberEnd(let offset):
                    guard tally.openLine.isEmpty else { return false }
                    complete = (tally, offset)
                    members += 1
                }
                return true
            }
            if let damage, members == 0, !(try GzipMembers.startsLikeGzip(partial)) {
                throw InputError(message: "\(partial) is not gzip data (\(damage)); delete it to start over")
            }
            return complete
        }
    }
}

/// Counts the newline-terminated records of an output read in pieces, keeping the last one
/// (whose id `--resume` checks against the input).
struct RecordTally {
    private(set) var records = 0
    /// The last complete record, without its newline.
    private(set) var lastRecord: [UInt8] = []
    /// The bytes after the last newline: a record not (yet) complete.
    private(set) var openLine: [UInt8] = []

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        guard let lastNewline = bytes.lastIndex(of: 0x0A) else {
            openLine.append(contentsOf: bytes)
            return
        }
        for byte in bytes[...lastNewline] where byte == 0x0A { records += 1 }
        if let previous = bytes[..<lastNewline].lastIndex(of: 0x0A) {
            lastRecord = Array(bytes[(previous + 1)..<lastNewline])
        } else {
            lastRecord = openLine + bytes[..<lastNewline]
        }
        openLine = Array(bytes[(lastNewline + 1)...])
    }

    /// Where a run resumes after these records.
    var resumePoint: ResumePoint {
        let lastID = records > 0 ? (try? JSONParser.parse(lastRecord[...]))?["id"]?.stringValue : nil
        return ResumePoint(records: records, lastID: lastID)
    }
}
