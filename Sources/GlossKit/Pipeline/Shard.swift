/// One shard of a corpus split by document id, for job arrays (`--shard K/N`): a document belongs
/// to shard `fnv1a64(id) % N`, where `fnv1a64` is the 64-bit FNV-1a hash of the id's UTF-8 bytes.
/// The hash is stable across machines, runs and Gloss versions, so N workers given K = 0..<N
/// split a corpus with no coordination and together process each document exactly once.
/// An input line that cannot be read (no id) is placed by the hash of its line number in decimal.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// 0-based shard index, `0 <= index < count`.
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) throws(ShardError) {
        guard count >= 1 else { throw ShardError(message: "--shard K/N needs N >= 1, got \(count)") }
        guard index >= 0, index < count else {
            throw ShardError(message: "--shard K/N needs 0 <= K < N (K is 0-based), got \(index)/\(count)")
        }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`.
    public init(parsing text: String) throws(ShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw ShardError(message: "--shard expects K/N (e.g. 0/4), got '\(text)'")
        }
        try self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// The shard a document id belongs to.
    public static func shard(of id: String, count: Int) -> Int {
        Int(fnv1a64(id.utf8) % UInt64(count))
    }

    public func contains(_ item: InputItem) -> Bool {
        let key = item.id ?? String(item.line ?? 0)
        return Self.shard(of: key, count: count) == index
    }

    /// 64-bit FNV-1a.
    public static func fnv1a64(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}

public struct ShardError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
