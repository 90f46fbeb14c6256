#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import GlossKit

/// A records file read as a stream of lines, so a report never holds more than one record.
///
/// Reads through GlossKit's `LineReader` (the reader of `gloss run`'s input): a plain file, a
/// gzip file (`.gz`), or standard input ("-"); each line comes without its "\n" or "\r\n",
/// together with its 1-based number.
public final class RecordFile {
    /// The path given, or "-" for standard input.
    public let path: String
    private let reader: LineReader
    private var lineNumber = 0

    /// Bytes read so far (after decompression).
    public var bytesRead: Int { reader.bytesRead }

    /// Opens `path` ("-" is standard input).
    public init(path: String) throws(ReportError) {
        self.path = path
        var info = stat()
        if path != "-", stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw ReportError("\(path): is a directory; give the records file written by gloss run")
        }
        do {
            reader = try LineReader(path: path)
        } catch {
            throw ReportError(error.message)
        }
    }

    /// Calls `body` with each line and its number until the file ends.
    public func forEachLine(_ body: (ArraySlice<UInt8>, Int) -> Void) throws(ReportError) {
        do {
            while let (line, _) = try reader.next() {
                lineNumber += 1
                body(line, lineNumber)
            }
        } catch {
            throw ReportError(error.message)
        }
    }
}

/// Why a report could not be written; the message names the file.
public struct ReportError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
