@testable import GlossKit

#if canImport(Glibc)
import Glibc
#endif

/// A file a fuzz target writes each input to, when the code under test reads files: one per
/// process and purpose (libFuzzer runs inputs one at a time in a process), under $TMPDIR.
struct ScratchFile: Sendable {
    let path: String

    /// `gloss-fuzz-PID` followed by `suffix` (which carries the extension the reader looks at).
    init(suffix: String) {
        let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        path = "\(directory)/gloss-fuzz-\(getpid())\(suffix)"
    }

    func write(_ bytes: [UInt8]) {
        guard let handle = fopen(path, "wb") else { fatalError("cannot write \(path)") }
        if !bytes.isEmpty { _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, handle) } }
        fclose(handle)
    }

    func read() -> [UInt8] {
        do {
            return try readWholeFile(path)
        } catch {
            fatalError("cannot read \(path): \(error)")
        }
    }
}
