import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A write that failed (disk full, closed pipe, ...).
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// Buffers records as JSON Lines and writes them to a file descriptor in large blocks.
final class DescriptorWriter: Sendable {
    private let descriptor: Int32
    private let name: String
    private let buffer = Mutex<[UInt8]>([])
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

/// Writes records to a file atomically: into a temporary file beside it, renamed over the
/// target only when the run completes. A failed run removes the temporary file, so a partial
/// output never looks complete.
public final class AtomicFileSink: RecordSink {
    public let path: String
    private let temporaryPath: String
    private let descriptor: Int32
    private let writer: DescriptorWriter
    private let done = Mutex(false)

    /// Creates the temporary file; fails at once (before any input is read) when the directory
    /// is missing or not writable.
    public init(path: String) throws(OutputError) {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        temporaryPath = (directory.isEmpty ? "" : directory + "/") + ".\(name).partial-\(getpid())"
        var info = stat()
        if stat(directory.isEmpty ? "/" : directory, &info) != 0 {
            throw OutputError(message: "cannot write \(path): directory '\(directory)' does not exist")
        }
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw OutputError(message: "cannot write \(path): it is a directory")
        }
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError(message: "cannot write \(path): \(errnoMessage())")
        }
        writer = DescriptorWriter(descriptor: descriptor, name: path)
    }

    public func write(_ record: [UInt8]) throws { try writer.append(record) }
    public func flush() throws { try writer.flush() }

    /// Flushes, syncs and renames the temporary file over the target.
    public func finish() throws {
        do {
            try writer.flush()
            guard fsync(descriptor) == 0 || errno == EINVAL else {
                throw OutputError(message: "cannot write \(path): \(errnoMessage())")
            }
            guard close(descriptor) == 0 else { throw OutputError(message: "cannot write \(path): \(errnoMessage())") }
            done.withLock { $0 = true }
            guard rename(temporaryPath, path) == 0 else {
                throw OutputError(message: "cannot write \(path): \(errnoMessage())")
            }
        } catch {
            discard()
            throw error
        }
    }

    /// Removes the temporary file (a failed or interrupted run).
    public func discard() {
        let closed = done.withLock { value -> Bool in
            defer { value = true }
            return value
        }
        if !closed { close(descriptor) }
        unlink(temporaryPath)
    }
}
