
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

/// Buffers records as JSON Lines and writes them to a file descriptor in large blocks.
final class DescriptorWriter: Sendable {
    private let descriptor: Int32
    private let name: String
    private let buffer = Locked<[UInt8]>([])
    private static let blockSize = 1 << 18

    init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    func append(_ record: [UInt8]) throws {
        let full = buffer.withLock { buffer -> [UInt8]? in
            buffer.append(contentsOf: record)
            buffer.append(0x0A)
            guard buffer.count >= Self.blockSize else { return nil }
            defer { buffer.removeAll(keepingCapacity: true) }
            return buffer
        }
        if let full { try writeAll(full) }
    }

    func flush() throws {
        let pending = buffer.withLock { buffer -> [UInt8] in
            defer { buffer.removeAll(keepingCapacity: true) }
            return buffer
        }
        if !pending.isEmpty { try writeAll(pending) }
    }

    private func writeAll(_ bytes: [UInt8]) throws {
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
    public func finish() throws { try writer.flush() }
}

/// Writes records to a file atomically: into `.NAME.partial` beside it, renamed over the target
/// only when the run completes, so a partial output never looks complete. A failed run removes
/// the partial file; a killed run leaves it for `--resume`.
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
    /// is cut off and the records before it are counted (`resumePoint`); otherwise it starts empty.
    /// A symbolic link is followed (the file it names is written, the link stays); a device or
    /// FIFO is written directly, with no partial file (`isDirect`). Fails at once (before any
    /// input is read) when the directory is missing or not writable.
    public init(path: String, resume: Bool = false) throws(OutputError) {
        self.path = path
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
                resumePoint = try Self.cutTornTail(partialPath, name: path)
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
        writer = DescriptorWriter(descriptor: descriptor, name: path)
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

    /// Truncates a partial output after its last complete line and reports what it holds.
    static func cutTornTail(_ partial: String, name: String) throws(OutputError) -> ResumePoint {
        let bytes: [UInt8]
        do {
            bytes = try readWholeFile(partial)
        } catch {
            throw OutputError(message: "cannot resume \(name): \(error.message)")
        }
        let end = (bytes.lastIndex(of: 0x0A) ?? -1) + 1
        if end < bytes.count, truncate(partial, off_t(end)) != 0 {
            throw OutputError(message: "cannot resume \(name): \(errnoMessage())")
        }
        var records = 0
        var lastStart = 0
        var lineStart = 0
        for index in 0..<end where bytes[index] == 0x0A {
            records += 1
            lastStart = lineStart
            lineStart = index + 1
        }
        var lastID: String?
        if records > 0, let record = try? JSONParser.parse(bytes[lastStart..<(end - 1)]) {
            lastID = record["id"]?.stringValue
        }
        return ResumePoint(records: records, lastID: lastID)
    }

    public func write(_ record: [UInt8]) throws { try writer.append(record) }
    public func flush() throws { try writer.flush() }

    /// Flushes, syncs and renames the partial file over the target. On failure the partial file
    /// is kept (it never looks complete, and `--resume` can continue it).
    public func finish() throws {
        try writer.flush()
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
