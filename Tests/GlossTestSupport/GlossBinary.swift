import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `gloss` executable as a user or an unattended batch job does, for the
/// end-to-end tests: any bytes on standard input, standard output captured or sent to a file
/// (such as `/dev/full`), an optional shell prefix (resource limits), and a deadline, so that a
/// hang fails the test instead of stalling the suite.
public enum GlossBinary {
    /// The `gloss` executable in the build folder, next to the test bundle.
    public static let path = BuildFolder.path + "/gloss"

    /// A write to a pipe whose reader has exited fails with EPIPE instead of killing the tests.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Runs `gloss ARGUMENTS` in `directory` (the package root unless given) and waits for it.
    ///
    /// - `stdin` is written to its standard input, which is closed after it (at once when nil).
    /// - `environment` is added to the test process's own, from which `GLOSS_PLUGIN_PATH` is
    ///   removed so that a search path set where the tests run cannot change what they see.
    /// - `stdout` names a file to send its standard output to instead of capturing it.
    /// - `shell` is a bash prefix run before `exec gloss` (e.g. `ulimit -f 64`).
    /// - At `deadline` seconds gloss is killed and the outcome says it timed out.
    public static func run(_ arguments: [String], stdin: (any StandardInput)? = nil, environment: [String: String] = [:],
                           in directory: String = PackageRoot.path, stdout: String? = nil, shell: String? = nil,
                           deadline: Double = 300) throws -> Outcome {
        let process = Process()
        if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", "\(shell); exec \"$0\" \"$@\"", path] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var variables = ProcessInfo.processInfo.environment
        variables["GLOSS_PLUGIN_PATH"] = nil
        // A crash should end the process at once, not wait for Swift's backtracer.
        variables["SWIFT_BACKTRACE"] = "enable=no"
        variables.merge(environment) { _, given in given }
        process.environment = variables

        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        if let stdout {
            guard let handle = FileHandle(forWritingAtPath: stdout) else { throw SetupFailure("cannot open \(stdout)") }
            process.standardOutput = handle
        } else {
            process.standardOutput = output
        }
        process.standardError = errors
        process.standardInput = input
        _ = ignoreBrokenPipes
        try process.run()

        // Both pipes are drained on threads of their own, so neither fills up and blocks gloss.
        let collected = Collected()
        let readers = DispatchGroup()
        DispatchQueue.global().async(group: readers) { collected.setErrors(errors.fileHandleForReading.readDataToEndOfFile()) }
        if stdout == nil {
            DispatchQueue.global().async(group: readers) { collected.setOutput(output.fileHandleForReading.readDataToEndOfFile()) }
        }
        let bytes = stdin?.standardInputBytes
        DispatchQueue.global().async {
            // gloss may exit before reading its input (a configuration error): the write then
            // fails with EPIPE, which is expected, and must not kill the test process.
            if let bytes { try? input.fileHandleForWriting.write(contentsOf: bytes) }
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
                       timedOut: collected.timedOut, stdoutBytes: collected.output,
                       stderr: String(decoding: collected.errors, as: UTF8.self))
    }
}

/// What the pipe readers and the watchdog found, handed from their threads to the test.
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
