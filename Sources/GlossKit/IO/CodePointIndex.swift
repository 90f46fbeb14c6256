/// Converts UTF-8 byte offsets of one text into Unicode code point offsets (Python `str` indexes),
/// as the record contract requires.
///
/// Keeps a checkpoint every 256 bytes, so a lookup counts at most 255 bytes and the index costs
/// about 3% of the text's size in memory.
public struct CodePointIndex: Sendable {
    private let bytes: [UInt8]
    private let checkpoints: [Int]
    private static let stride = 256

    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var checkpoints: [Int] = [0]
        checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
        var count = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
            if index % Self.stride == 0 { checkpoints.append(count) }
        }
        self.checkpoints = checkpoints
    }

    /// The number of code points before byte `offset` (offsets past the end clamp to the end).
    public func codePoints(before offset: Int) -> Int {
        let clamped = min(max(offset, 0), bytes.count)
        let block = clamped / Self.stride
        var count = checkpoints[block]
        var index = block * Self.stride
        while index < clamped {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}
