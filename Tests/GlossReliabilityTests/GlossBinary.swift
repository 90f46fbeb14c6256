import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `gloss` executable the way an unattended batch job does, for the reliability
/// tests: arbitrary bytes on standard input, standard output to any file (such as `/dev/full`),
/// an optional shell prefix (resource limits), and a deadline, so a hang fails the test instead
/// of stalling the suite.
struct GlossBinary {
    struct Outcome {
        /// Exit status, or the signal number when `crashed`.
        let status: Int32
        /// True when the process died of a signal (a crash).
        let crashed: Bool
        let timedOut: Bool
        let stdout: Data
        let stderr: String

        var lines: [String] {
            if stdout.isEmpty { return [] }
            return String(decoding: stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .dropLast(stdout.last == 0x0A ? 1 : 0).map(String.init)
        }

        /// Output records, one per line; a line that is not a JSON object becomes an empty record.
        var records: [[String: Any]] {
            lines.map { (try? JSONSerialization.jsonObject(with: Data($0.utf8), options: [.fragmentsAllowed])) as? [String: Any] ?? [:] }
        }

        var ids: [String?] { records.map { $0["id"] as? String } }

        /// The `error.message` of each record (nil for a record without an error).
        var errorMessages: [String?] { records.map { ($0["error"] as? [String: Any])?["message"] as? String } }
    }

    /// The `gloss` executable in the build folder, next to the test bundle.
    static let path: String = {
        var directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        if directory.lastPathComponent.hasSuffix(".xctest") { directory.deleteLastPathComponent() }
        return directory.appendingPathComponent("gloss").path
    }()

    /// A write to a pipe whose reader has exited fails with EPIPE instead of killing the tests.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Whether this test process, and so the `gloss` built beside it, runs under ThreadSanitizer
    /// (`swift test --sanitize=thread`): its runtime is linked in when the symbol exists
    /// (`dlsym(nil, ...)` is glibc's RTLD_DEFAULT lookup).
    static let underThreadSanitizer = dlsym(nil, "__tsan_init") != nil

    /// Whether the tests run under any sanitizer (ThreadSanitizer or AddressSanitizer).
    static let underSanitizer = underThreadSanitizer || dlsym(nil, "__asan_init") != nil

    /// Whether the tests run as root, for whom permission bits do not make a file unreadable.
    static let isRoot = geteuid() == 0

    /// Runs `gloss ARGUMENTS` in `directory`. `stdin` is written to its standard input (closed
    /// when nil); `stdout` names a file to send its standard output to instead of capturing it;
    /// `shell` is a bash prefix run before `exec gloss` (e.g. `ulimit -f 64`).
    static func run(_ arguments: [String], in directory: String, stdin: Data? = nil, stdout: String? = nil,
                    shell: String? = nil, deadline: Double = 300) throws -> Outcome {
        let process = Process()
        if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", "\(shell); exec \"$0\" \"$@\"", path] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        // A crash should end the process at once, not wait for Swift's backtracer.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment

        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        if let stdout {
            guard let handle = FileHandle(forWritingAtPath: stdout) else { throw TestFailure("cannot open \(stdout)") }
            process.standardOutput = handle
        } else {
            process.standardOutput = output
        }
        process.standardError = errors
        process.standardInput = input
        _ = ignoreBrokenPipes
        try process.run()

        let collected = Collected()
        let readers = DispatchGroup()
        DispatchQueue.global().async(group: readers) { collected.setErrors(errors.fileHandleForReading.readDataToEndOfFile()) }
        if stdout == nil {
            DispatchQueue.global().async(group: readers) { collected.setOutput(output.fileHandleForReading.readDataToEndOfFile()) }
        }
        DispatchQueue.global().async {
            // gloss may exit before reading its input (a configuration error): the write then
            // fails with EPIPE, which is expected, and must not kill the test process.
            if let stdin { try? input.fileHandleForWriting.write(contentsOf: stdin) }
            try? input.fileHandleForWriting.close()
        }
        // A watchdog kills gloss at the deadline. It holds only the pid: waiting on this thread
        // (not from a watchdog holding the Process, nor through terminationHandler) is what
        // leaves no object behind for LeakSanitizer under `swift test --sanitize=address`.
        let exited = DispatchSemaphore(value: 0)
        let pid = process.processIdentifier
        DispatchQueue.global().async {
            if exited.wait(timeout: .now() + deadline) == .timedOut {
                collected.setTimedOut()
                kill(pid, SIGKILL)
            }
        }
        process.waitUntilExit()
        exited.signal()
        readers.wait()
        return Outcome(status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal,
                       timedOut: collected.timedOut, stdout: collected.output,
                       stderr: String(decoding: collected.errors, as: UTF8.self))
    }
}

/// What the pipe readers collected, handed from their threads to the test.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var outputData = Data()
    private var errorData = Data()
    private var killed = false

    func setOutput(_ data: Data) { lock.withLock { outputData = data } }
    func setErrors(_ data: Data) { lock.withLock { errorData = data } }
    func setTimedOut() { lock.withLock { killed = true } }
    var timedOut: Bool { lock.withLock { killed } }
    var output: Data { lock.withLock { outputData } }
    var errors: Data { lock.withLock { errorData } }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
