import CZlib

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A zlib call that failed (out of memory, damaged state): the reason, without a file name.
struct ZlibError: Error, Sendable {
    let message: String

    init(_ status: Int32, _ stream: z_stream) {
        if let text = stream.msg {
            message = "zlib: " + String(cString: text)
        } else {
            message = status == Z_MEM_ERROR ? "zlib: out of memory" : "zlib: error \(status)"
        }
    }
}

/// Gzip files made of concatenated members (RFC 1952), each a complete gzip stream: `gzip -d`,
/// `zcat`, Python's `gzip` module and `GzipSource` read them as one file. Compressed output is
/// written one member per block of whole records, so a file cut short loses at most its last
/// member, and `--resume` can find where the complete ones end.
enum GzipMembers {
    /// Whether a file name says gzip: it ends in `.gz`, in any case. The one rule for input
    /// (`.jsonl.gz` read through zlib), records files and `--output`.
    static func isGzipName(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".gz")
    }

    /// zlib's window bits with 16 added: a gzip header and trailer instead of zlib's.
    private static let gzipWindowBits: Int32 = 15 + 16

    /// `bytes` as one complete gzip member, at zlib's default level.
    static func member(_ bytes: [UInt8]) throws(ZlibError) -> [UInt8] {
        var stream = z_stream()
        let started = deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, gzipWindowBits, 8, Z_DEFAULT_STRATEGY,
                                    zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard started == Z_OK else { throw ZlibError(started, stream) }
        defer { deflateEnd(&stream) }
        // deflateBound is enough for one Z_FINISH call; the loop only splits counts that do not
        // fit zlib's 32-bit avail_in and avail_out.
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))))
        let status = bytes.withUnsafeBytes { source in
            output.withUnsafeMutableBytes { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.bindMemory(to: Bytef.self).baseAddress)
                stream.next_out = target.bindMemory(to: Bytef.self).baseAddress
                var status = Z_OK
                while status == Z_OK {
                    let inputLeft = source.count - Int(stream.total_in)
                    stream.avail_in = uInt(min(inputLeft, Int(uInt.max)))
                    stream.avail_out = uInt(min(target.count - Int(stream.total_out), Int(uInt.max)))
                    status = deflate(&stream, Int(stream.avail_in) == inputLeft ? Z_FINISH : Z_NO_FLUSH)
                }
                return status
            }
        }
        guard status == Z_STREAM_END else { throw ZlibError(status, stream) }
        output.removeLast(output.count - Int(stream.total_out))
        return output
    }

    /// What `read` reports while it decompresses a file.
    enum Event {
        /// The next decompressed bytes (valid only during the call).
        case data(UnsafeRawBufferPointer)
        /// A member ended, its trailer checked: the file offset just after it.
        case memberEnd(Int)
    }

    /// Decompresses the members of the file at `path` in order, reporting each piece of data and
    /// each member's end to `body`, which returns false to stop. Stops quietly where the file
    /// ends, complete or in the middle of a member (a torn tail), and returns zlib's reason when
    /// it meets bytes that are not a gzip member (damage, or a file that is not gzip at all).
    static func read(_ path: String, _ body: (Event) -> Bool) throws(InputError) -> String? {
        var stream = z_stream()
        let started = inflateInit2_(&stream, gzipWindowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard started == Z_OK else { throw InputError(message: ZlibError(started, stream).message) }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: FileChunks.size)
        var damage: String?
        var failure: InputError?
        try FileChunks.read(path) { chunk, offset in
            stream.next_in = UnsafeMutablePointer(mutating: chunk.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(chunk.count)
            var outputFull = false
            // Go on while input is left, or while the last call filled the output: zlib may
            // still hold decompressed bytes for it.
            while stream.avail_in > 0 || outputFull {
                var keepGoing = true
                let status = output.withUnsafeMutableBytes { target in
                    stream.next_out = target.bindMemory(to: Bytef.self).baseAddress
                    stream.avail_out = uInt(target.count)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    let produced = target.count - Int(stream.avail_out)
                    outputFull = stream.avail_out == 0
                    if produced > 0 { keepGoing = body(.data(UnsafeRawBufferPointer(rebasing: target[0..<produced]))) }
                    return status
                }
                guard keepGoing else { return false }
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END:
                    guard body(.memberEnd(offset + chunk.count - Int(stream.avail_in))) else { return false }
                    inflateReset(&stream)
                    outputFull = false
                case Z_BUF_ERROR where stream.avail_in == 0:
                    // Only the end of this chunk: the rest of the member is in the next one.
                    outputFull = false
                case Z_DATA_ERROR, Z_NEED_DICT:
                    damage = ZlibError(status, stream).message
                    return false
                default:
                    // Out of memory or a broken stream state: not the file's fault, so never a
                    // reason to cut it.
                    failure = InputError(message: "\(path): cannot read: \(ZlibError(status, stream).message)")
                    return false
                }
            }
            return true
        }
        if let failure { throw failure }
        return damage
    }

    /// Whether the file starts like a gzip member (magic bytes and the deflate method), or is
    /// too short to tell.
    static func startsLikeGzip(_ path: String) throws(InputError) -> Bool {
        var head: [UInt8] = []
        try FileChunks.read(path) { chunk, _ in
            head = Array(chunk.prefix(3))
            return false
        }
        return [0x1F, 0x8B, 0x08].starts(with: head)
    }
}

/// Reads a file in large chunks, with each chunk's offset in the file.
enum FileChunks {
    static let size = 1 << 18

    /// Calls `body` with each chunk of the file until the end, or until `body` returns false.
    static func read(_ path: String, _ body: (UnsafeRawBufferPointer, Int) -> Bool) throws(InputError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw InputError(message: "\(path): cannot read: \(errnoMessage())") }
        defer { close(descriptor) }
        let source = DescriptorSource(descriptor: descriptor, name: path)
        var chunk = [UInt8](repeating: 0, count: size)
        var offset = 0
        while true {
            let count = try chunk.withUnsafeMutableBytes { raw in
                Result { () throws(InputError) in try source.read(into: raw.baseAddress!, count: raw.count) }
            }.get()
            guard count > 0 else { return }
            let goOn = chunk.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[0..<count]), offset) }
            guard goOn else { return }
            offset += count
        }
    }
}
