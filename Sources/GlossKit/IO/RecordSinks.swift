
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A write that failed (disk full, closed pipe, ...).
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

/// Buffers records as JSON Lines and writes them to a file descriptor in large blocks, each block
/// holding only whole records and written as its `BlockEncoding` says (one gzip member each for
/// compressed output).
final class DescriptorWriter: Sendable {
    private struct Pending {
        var bytes: [UInt8] = []
        /// When the first of `bytes` arrived.
        var since = ContinuousClock.now
        /// Whether a block has been written.
        var wroteBlock = false
    }

    private let descriptor: Int32
    private let name: String
    private let encoding: BlockEncoding
    private let pending = Locked(Pending())
    private static let blockSize = 1 << 18

    init(descriptor: Int32, name: String, encoding: BlockEncoding = .plain) {
        self.descriptor = descriptor
        self.name = name
        self.encoding = encoding
    }

    func append(_ record: [UInt8]) throws {
        let full = pending.withLock { pending -> [UInt8]? in
            if pending.bytes.isEmpty { pending.since = .now }
            pending.bytes.append(contentsOf: record)
            pending.bytes.append(0x0A)
            guard pending.bytes.count >= Self.blockSize else { return nil }
            defer { pending.bytes.removeAll(keepingCapacity: true) }
            return pending.bytes
        }
        if let full { try writeBlock(full) }
    }

    /// Writes the buffered records out when nothing else is ready to write: at once, or for
    /// gzip output once they have waited `encoding.idleDelay` (see there).
    func flush() throws { try writePending(waitedAtLeast: encoding.idleDelay) }

    /// Writes every buffered record out (a run stopping early).
    func flushAll() throws { try writePending(waitedAtLeast: .zero) }

    /// Writes every buffered record out (the run's end). Gzip output that received no record
    /// still gets one empty member, so that it is a valid gzip file for zcat and other readers.
    func finish() throws {
        try writePending(waitedAtLeast: .zero)
        if encoding == .gzip, !pending.withLock({ $0.wroteBlock }) { try writeBlock([]) }
    }

    private func writePending(waitedAtLeast delay: Duration) throws {
        let block = pending.withLock { pending -> [UInt8]? in
            guard !pending.bytes.isEmpty, delay == .zero || ContinuousClock.now - pending.since >= delay else { return nil }
            defer { pending.bytes.removeAll(keepingCapacity: true) }
            return pending.bytes
        }
        if let block { try writeBlock(block) }
    }

    private func writeBlock(_ block: [UInt8]) throws {
        pending.withLock { $0.wroteBlock = true }
        let bytes: [UInt8]
        do {
            bytes = try encoding.encode(block)
        } catch {
            throw OutputError(message: "cannot write \(name): \(error.message)")
        }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                write(descriptor, raw.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(message: "cannot write \(name): \(errnoMessage())")
            }
            offset += written
        }
    }
}

/// Writes records to standard output.
public final class StandardOutputSink: RecordSink {
    private let writer = DescriptorWriter(descriptor: 1, name: "standard output")

    public init() {}

    public func write(_ record: [UInt8]) throws { try writer.append(record) }
    public func flush() throws { try writer.flush() }
    public func finish() throws { try writer.finish() }
}

/// Writes records to a file atomically: into `.NAME.partial` beside it, renamed over the target
/// only when the run completes, so a partial output never looks complete. A failed run removes
/// the partial file; a killed run leaves it for `--resume`. A name ending in `.gz` (any case) is
/// written gzip-compressed: one complete gzip member per block of whole records.
public final class AtomicFileSink: RecordSink {
    public let path: String
    /// The partial file the records go to until the run completes.
    public let partialPath: String
    /// Where an interrupted run stopped, when this sink resumes one.
    public let resumePoint: ResumePoint?
    /// True when the output is a device or FIFO, written directly (no partial file, no rename).
    public let isDirect: Bool
    /// The file written once symbolic links are followed.
    private let target: String
    private let descriptor: Int32
    private let writer: DescriptorWriter
    private let done = Locked(false)

    /// Opens the partial file. With `resume`, an existing partial file is kept: a torn last line
    /// (gzip: a torn last member) is cut off and the records before it are counted
    /// (`resumePoint`); otherwise it starts empty.
    /// A symbolic link is followed (the file it names is written, the link stays); a device or
    /// FIFO is written directly, with no partial file (`isDirect`). Fails at once (before any
    /// input is read) when the directory is missing or not writable.
    public init(path: String, resume: Bool = false) throws(OutputError) {
        self.path = path
        let encoding = BlockEncoding(forOutput: path)
        let target = Self.resolvingLinks(path)
        var info = stat()
        if stat(target, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            if (info.st_mode & S_IFMT) == S_IFDIR {
                throw OutputError(message: "cannot write \(path): it is a directory")
            }
            if resume { throw OutputError(message: "cannot resume \(path): it is not a regular file") }
            isDirect = true
            partialPath = target
            resumePoint = nil
            descriptor = open(target, O_WRONLY | O_CLOEXEC)
        } else {
            isDirect = false
            let slash = target.lastIndex(of: "/")
            let directory = slash.map { String(target[..<$0]) } ?? "."
            partialPath = Self.partialPath(for: target)
            if stat(directory.isEmpty ? "/" : directory, &info) != 0 {
                throw OutputError(message: "cannot write \(path): directory '\(directory)' does not exist")
            }
            if resume, stat(partialPath, &info) == 0 {
                resumePoint = try Self.cutTornTail(partialPath, name: path, encoding: encoding)
                descriptor = open(partialPath, O_WRONLY | O_APPEND | O_CLOEXEC)
            } else {
                resumePoint = nil
                descriptor = open(partialPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            }
        }
        guard descriptor >= 0 else {
            throw OutputError(message: "cannot write \(path): \(errnoMessage())")
        }
        self.target = target
        writer = DescriptorWriter(descriptor: descriptor, name: path, encoding: encoding)
    }

    /// The file a path names once symbolic links are followed (the link's target may not exist yet).
    static func resolvingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: 4096)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return current }
            let destination = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if destination.hasPrefix("/") {
                current = destination
            } else if let slash = current.lastIndex(of: "/") {
                current = String(current[...slash]) + destination
            } else {
                current = destination
            }
        }
        return current
    }

    /// `.NAME.partial` in the output's directory.
    public static func partialPath(for path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return ".\(path).partial" }
        return String(path[...slash]) + "." + String(path[path.index(after: slash)...]) + ".partial"
    }

    /// Truncates a partial output after its last complete record and reports what it holds.
    static func cutTornTail(_ partial: String, name: String, encoding: BlockEncoding) throws(OutputError) -> ResumePoint {
        let complete: (records: RecordTally, end: Int)
        do {
            complete = try encoding.completeRecords(in: partial)
        } catch {
            throw OutputError(message: "cannot resume \(name): \(error.message)")
        }
        guard truncate(partial, off_t(complete.end)) == 0 else {
            throw OutputError(message: "cannot resume \(name): \(errnoMessage())")
        }
        return complete.records.resumePoint
    }

    public func write(_ record: [UInt8]) throws { try writer.append(record) }
    public func flush() throws { try writer.flush() }
    public func flushAll() throws { try writer.flushAll() }

    /// Flushes, syncs and renames the partial file over the target. On failure the partial file
    /// is kept (it never looks complete, and `--resume` can continue it).
    public func finish() throws {
        try writer.finish()
        guard fsync(descriptor) == 0 || errno == EINVAL || errno == EROFS || isDirect else {
            throw OutputError(message: "cannot write \(path): \(errnoMessage())")
        }
        if closeOnce() == false { throw OutputError(message: "cannot write \(path): \(errnoMessage())") }
        if isDirect { return }
        guard rename(partialPath, target) == 0 else {
            throw OutputError(message: "cannot write \(path): \(errnoMessage())")
        }
    }

    /// Closes and removes the partial file (a run abandoned on purpose).
    public func discard() {
        _ = closeOnce()
        if !isDirect { unlink(partialPath) }
    }

    /// Closes the descriptor the first time it is called: true when it closed cleanly, false on a
    /// close error, nil when it was already closed.
    private func closeOnce() -> Bool? {
        let alreadyClosed = done.withLock { value -> Bool in
            defer { value = true }
            return value
        }
        return alreadyClosed ? nil : close(descriptor) == 0
    }
}
