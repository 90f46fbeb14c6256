#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line (split on "\n", a trailing "\r" removed), in large chunks.
/// Lines may be of any length. Reports whether the last line ended with a newline.
final class LineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private static let chunkSize = 1 << 20

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next line without its terminator, and whether it had one; nil at end of input.
    func next() throws(InputError) -> (line: ArraySlice<UInt8>, terminated: Bool)? {
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
        var count = 0
        repeat {
            count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + old, Self.chunkSize)
            }
        } while count < 0 && errno == EINTR
        if count < 0 {
            buffer.removeLast(Self.chunkSize)
            throw InputError(message: "read error: \(errnoMessage())")
        }
        buffer.removeLast(Self.chunkSize - count)
        if count == 0 { atEnd = true }
    }
}

/// Reads a whole file into memory.
func readWholeFile(_ path: String) throws(InputError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
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
