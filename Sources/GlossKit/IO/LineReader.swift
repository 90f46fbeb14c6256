import CZlib

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a `LineReader` gets its bytes: a file descriptor, or a gzip stream.
protocol ByteSource: AnyObject {
    /// Reads up to `count` bytes into `buffer`; 0 at the end; throws on a read error.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int
}

/// Plain reads from a file descriptor (a file or standard input).
final class DescriptorSource: ByteSource {
    let descriptor: Int32
    let name: String

    init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int {
        while true {
            let result = Glibc.read(descriptor, buffer, count)
            if result >= 0 { return result }
            if errno != EINTR { throw InputError(message: "\(name): read error: \(errnoMessage())") }
        }
    }
}

/// Decompressed reads from a gzip file through zlib (concatenated members are read through).
final class GzipSource: ByteSource {
    private let file: gzFile
    let name: String

    init(path: String) throws(InputError) {
        guard let file = gzopen(path, "rbe") else {
            throw InputError(message: "\(path): cannot read: \(errnoMessage())")
        }
        _ = gzbuffer(file, 1 << 17)
        self.file = file
        self.name = path
    }

    deinit { gzclose(file) }

    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int {
        let result = gzread(file, buffer, UInt32(min(count, Int(Int32.max))))
        if result == 0 {
            // zlib reports a stream cut short only through gzerror: without this check a
            // truncated file would read as complete and its lost documents go unnoticed.
            var code: Int32 = 0
            _ = gzerror(file, &code)
            if code == Z_BUF_ERROR { throw InputError(message: "\(name): corrupt gzip data: unexpected end of file") }
        }
        if result < 0 {
            var code: Int32 = 0
            let message = gzerror(file, &code).map { String(cString: $0) } ?? "unknown error"
            throw InputError(message: "\(name): corrupt gzip data: \(message)")
        }
        return Int(result)
    }
}

/// Reads a byte source line by line (split on "\n", a trailing "\r" removed, a byte-order mark
/// at the start of the input dropped), in large chunks. Lines may be of any length. Reports whether
/// the last line ended with a newline. The one line reader of Gloss: `gloss run` reads JSON Lines
/// input through it and `gloss report` reads records files.
public final class LineReader {
    private let source: any ByteSource
    /// The file descriptor this reader opened and closes, or -1.
    private let ownedDescriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var atFirstLine = true
    /// Bytes read so far (after decompression).
    public private(set) var bytesRead = 0
    private static let chunkSize = 1 << 20

    init(source: any ByteSource) {
        self.source = source
        ownedDescriptor = -1
    }

    /// Opens `path`: "-" is standard input, a name ending in `.gz` is read through zlib, a
    /// directory is refused (`cannot read: is a directory`).
    public init(path: String) throws(InputError) {
        if path == "-" {
            source = DescriptorSource(descriptor: 0, name: "<stdin>")
            ownedDescriptor = -1
            return
        }
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw InputError(message: "\(path): cannot read: is a directory")
        }
        if GzipMembers.isGzipName(path) {
            source = try GzipSource(path: path)
            ownedDescriptor = -1
        } else {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw InputError(message: "\(path): cannot read: \(errnoMessage())") }
            source = DescriptorSource(descriptor: descriptor, name: path)
            ownedDescriptor = descriptor
        }
    }

    deinit {
        if ownedDescriptor >= 0 { close(ownedDescriptor) }
    }

    /// The next line without its terminator, and whether it had one; nil at end of input.
    public func next() throws(InputError) -> (line: ArraySlice<UInt8>, terminated: Bool)? {
        guard let (line, terminated) = try nextRaw() else { return nil }
        guard atFirstLine else { return (line, terminated) }
        atFirstLine = false
        return (line.starts(with: [0xEF, 0xBB, 0xBF]) ? line.dropFirst(3) : line, terminated)
    }

    private func nextRaw() throws(InputError) -> (line: ArraySlice<UInt8>, terminated: Bool)? {
        var searchFrom = start
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[start..<end]
                start = newline + 1
                return (line, true)
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                var end = buffer.count
                if buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[start..<end]
                start = buffer.count
                return (line, false)
            }
            // Drop consumed bytes, then read more.
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            searchFrom = buffer.count
            try fill()
        }
    }

    private func fill() throws(InputError) {
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
        let source = self.source
        let result = buffer.withUnsafeMutableBytes { raw -> Result<Int, InputError> in
            do throws(InputError) {
                return .success(try source.read(into: raw.baseAddress! + old, count: Self.chunkSize))
            } catch {
                return .failure(error)
            }
        }
        let count: Int
        switch result {
        case .success(let read): count = read
        case .failure(let error):
            buffer.removeLast(Self.chunkSize)
            throw error
        }
        buffer.removeLast(Self.chunkSize - count)
        bytesRead += count
        if count == 0 { atEnd = true }
    }
}

/// Reads a whole file into memory.
func readWholeFile(_ path: String) throws(InputError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw InputError(message: "\(path): cannot read: \(errnoMessage())") }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
        if count < 0 {
            if errno == EINTR { continue }
            throw InputError(message: "\(path): cannot read: \(errnoMessage())")
        }
        if count == 0 { break }
        bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
}
