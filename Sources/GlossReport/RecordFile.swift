#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A records file read as a stream of lines, so a report never holds more than one record.
///
/// Reads with `read(2)` into a window that grows only as far as the longest line needs, and
/// hands out each line (without its "\n" or "\r\n") together with its 1-based number.
public final class RecordFile {
    /// The path given, or "-" for standard input.
    public let path: String
    /// Bytes read so far.
    public private(set) var bytesRead = 0
    private let descriptor: Int32
    private var window: [UInt8] = []
    private var consumed = 0
    private var exhausted = false
    private var lineNumber = 0
    private static let readSize = 1 << 18

    /// Opens `path` ("-" is standard input).
    public init(path: String) throws(ReportError) {
        self.path = path
        if path == "-" {
            descriptor = 0
        } else {
            let opened = open(path, O_RDONLY | O_CLOEXEC)
            guard opened >= 0 else {
                throw ReportError("\(path): cannot read: \(String(cString: strerror(errno)))")
            }
            var info = stat()
            if fstat(opened, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                close(opened)
                throw ReportError("\(path): is a directory; give the records file written by gloss run")
            }
            descriptor = opened
        }
    }

    deinit {
        if descriptor != 0 { close(descriptor) }
    }

    /// Calls `body` with each line and its number until the file ends.
    public func forEachLine(_ body: (ArraySlice<UInt8>, Int) -> Void) throws(ReportError) {
        while var line = try nextLine() {
            lineNumber += 1
            // A byte order mark some editors put at the start of a file is not part of the JSON.
            if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            body(line, lineNumber)
        }
    }

    private func nextLine() throws(ReportError) -> ArraySlice<UInt8>? {
        var scanned = consumed
        while true {
            if let newline = window[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = trimmed(window[consumed..<newline])
                consumed = newline + 1
                return line
            }
            if exhausted {
                guard consumed < window.count else { return nil }
                let line = trimmed(window[consumed...])
                consumed = window.count
                return line
            }
            if consumed > 0 {
                window.removeSubrange(0..<consumed)
                consumed = 0
            }
            scanned = window.count
            try refill()
        }
    }

    private func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        if let last = line.last, last == UInt8(ascii: "\r") { return line.dropLast() }
        return line
    }

    private func refill() throws(ReportError) {
        let oldCount = window.count
        window.append(contentsOf: repeatElement(0, count: Self.readSize))
        var count = 0
        while true {
            count = window.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + oldCount, Self.readSize)
            }
            if count >= 0 || errno != EINTR { break }
        }
        window.removeLast(Self.readSize - max(count, 0))
        if count < 0 { throw ReportError("\(path): read error: \(String(cString: strerror(errno)))") }
        if count == 0 { exhausted = true }
        bytesRead += count
    }
}

/// Why a report could not be written; the message names the file.
public struct ReportError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
