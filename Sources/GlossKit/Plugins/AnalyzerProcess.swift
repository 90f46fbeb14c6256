
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One running out-of-process analyzer: a child process that reads one JSON line on its
/// standard input and answers with one JSON line on its standard output. Its standard error is
/// forwarded to gloss's, each line prefixed with `[name]`.
///
/// Used by one thread at a time (the pool hands it out), hence `@unchecked Sendable`. Every
/// exchange has a deadline; a process that misses it, dies or breaks the protocol is killed and
/// never reused.
final class AnalyzerProcess: @unchecked Sendable {
    /// Why an exchange with the process failed; the process is dead or must be killed.
    struct Failure: Error, CustomStringConvertible {
        let message: String
        /// The process's last line on standard error, when it wrote one (often the reason).
        var stderr: String? = nil
        var description: String { message + (stderr.map { " (its last error line: \($0))" } ?? "") }
    }

    let name: String
    private let pid: pid_t
    private let input: Int32
    private let output: Int32
    private var errors: Int32
    private var outputBuffer: [UInt8] = []
    private var errorBuffer: [UInt8] = []
    private var finished = false
    /// The last line the process wrote to standard error, for error messages.
    private(set) var lastErrorLine: String?

    /// Starts `arguments` (the first is looked up in PATH) in `directory`, through `/bin/sh`
    /// (`cd DIR && exec ...`: portable, and the shell is replaced by the command).
    init(name: String, arguments: [String], directory: String) throws(Failure) {
        self.name = name
        var inputPair: [Int32] = [-1, -1]
        var outputPipe: [Int32] = [-1, -1]
        var errorPipe: [Int32] = [-1, -1]
        // Sockets rather than pipes: writing to a dead child then fails with EPIPE instead of
        // raising SIGPIPE in gloss (MSG_NOSIGNAL / SO_NOSIGPIPE), and on Linux they are created
        // close-on-exec atomically, so a process started by another thread never inherits them.
        guard Self.socketPair(&inputPair), Self.socketPair(&outputPipe), Self.socketPair(&errorPipe) else {
            let reason = errnoMessage()
            for fd in inputPair + outputPipe + errorPipe where fd >= 0 { close(fd) }
            throw Failure(message: "cannot create pipes for '\(arguments.joined(separator: " "))': \(reason)")
        }
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        let environment = _NSGetEnviron().pointee
        #else
        var actions = posix_spawn_file_actions_t()
        let environment = environ
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inputPair[1], 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        var spawned: pid_t = 0
        let shell = ["/bin/sh", "-c", "cd -- \"$1\" && shift && exec \"$@\"", "gloss", directory] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = shell.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        let status = posix_spawn(&spawned, "/bin/sh", &actions, nil, argv, environment)
        close(inputPair[1])
        close(outputPipe[1])
        close(errorPipe[1])
        guard status == 0 else {
            close(inputPair[0])
            close(outputPipe[0])
            close(errorPipe[0])
            throw Failure(message: "cannot start '\(arguments[0])': \(String(cString: strerror(status)))")
        }
        pid = spawned
        input = inputPair[0]
        output = outputPipe[0]
        errors = errorPipe[0]
        for fd in [input, output, errors] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
    }

    deinit {
        if !finished { stop() }
    }

    /// Sends `line` (without its newline; nil sends nothing) and returns the one line the process
    /// answers, within `timeout` seconds. On failure the process has been killed.
    func exchange(_ line: [UInt8]?, timeout: Double) throws(Failure) -> [UInt8] {
        var message = line ?? []
        if line != nil { message.append(0x0A) }
        var written = 0
        let deadline = Self.now() + timeout
        while true {
            if let newline = outputBuffer.firstIndex(of: 0x0A), written == message.count {
                let reply = Array(outputBuffer[..<newline])
                outputBuffer.removeSubrange(...newline)
                if !outputBuffer.isEmpty {
                    kill()
                    throw Failure(message: "the analyzer wrote more than one line for one record")
                }
                return reply
            }
            let remaining = deadline - Self.now()
            guard remaining > 0 else {
                kill()
                throw Failure(message: "no reply within \(Self.seconds(timeout)); the process was killed and will be restarted")
            }
            var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0)]
            if errors >= 0 { fds.append(pollfd(fd: errors, events: Int16(POLLIN), revents: 0)) }
            if written < message.count { fds.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining * 1000 + 1, 60_000)))
            if ready < 0 && errno != EINTR { kill(); throw Failure(message: "poll failed: \(errnoMessage())") }
            if ready <= 0 { continue }
            for fd in fds where fd.revents != 0 {
                if fd.fd == output {
                    if !readAvailable(output, into: &outputBuffer) {
                        throw Failure(message: "the process \(exitDescription())", stderr: lastErrorLine)
                    }
                } else if fd.fd == errors {
                    drainErrors()
                } else if fd.fd == input {
                    let sent = message.withUnsafeBytes { raw in Self.send(input, raw.baseAddress! + written, raw.count - written) }
                    if sent > 0 {
                        written += sent
                    } else if sent < 0 && errno != EAGAIN && errno != EINTR {
                        // The process closed its input (it is exiting): its exit is reported
                        // when its output reaches end of file.
                        written = message.count
                    }
                }
            }
        }
    }

    /// Closes the process's input so it can finish, waits briefly, then kills it if needed.
    func stop() {
        guard !finished else { return }
        close(input)
        let deadline = Self.now() + 2
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Self.now() > deadline {
                _ = sendSignal(pid, SIGKILL)
                waitpid(pid, &status, 0)
                break
            }
            drainErrors()
            usleep(5_000)
        }
        finish()
    }

    /// Kills the process now (a hang, a garbled reply) and forwards what it left on stderr.
    func kill() {
        guard !finished else { return }
        _ = sendSignal(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(input)
        finish()
    }

    private func finish() {
        finished = true
        drainErrors()
        if !errorBuffer.isEmpty { forward(errorBuffer[...]) }
        errorBuffer.removeAll()
        close(output)
        if errors >= 0 { close(errors) }
        errors = -1
    }

    /// After end of file on stdout: how the process ended (it is reaped here).
    private func exitDescription() -> String {
        var status: Int32 = 0
        let deadline = Self.now() + 1
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Self.now() > deadline {
                kill()
                return "closed its output"
            }
            usleep(2_000)
        }
        close(input)
        finish()
        if status & 0x7F == 0 {
            return "exited with status \((status >> 8) & 0xFF)"
        }
        return "was killed by signal \(status & 0x7F)"
    }

    /// Reads what is available; false at end of file.
    private func readAvailable(_ fd: Int32, into buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
                if count < chunk.count { return true }
            } else if count == 0 {
                return false
            } else {
                return errno == EAGAIN || errno == EINTR
            }
        }
    }

    /// Forwards every complete line the process wrote to standard error.
    private func drainErrors() {
        guard errors >= 0 else { return }
        var open = readAvailable(errors, into: &errorBuffer)
        if finished {
            // The process is gone: read to end of file (briefly, in case a grandchild holds the pipe).
            var fds = [pollfd(fd: errors, events: Int16(POLLIN), revents: 0)]
            while open, poll(&fds, 1, 100) > 0 { open = readAvailable(errors, into: &errorBuffer) }
        }
        while let newline = errorBuffer.firstIndex(of: 0x0A) {
            forward(errorBuffer[..<newline])
            errorBuffer.removeSubrange(...newline)
        }
        if !open {
            close(errors)
            errors = -1
        }
    }

    private func forward(_ line: ArraySlice<UInt8>) {
        let text = String(decoding: line, as: UTF8.self)
        if !text.trimmingSpaces.isEmpty { lastErrorLine = text.trimmingSpaces }
        var bytes = Array("[\(name)] ".utf8)
        bytes.append(contentsOf: line)
        bytes.append(0x0A)
        Self.standardError.withLock { _ in
            var offset = 0
            while offset < bytes.count {
                let count = bytes.withUnsafeBytes { write(2, $0.baseAddress! + offset, $0.count - offset) }
                if count <= 0 { break }
                offset += count
            }
        }
    }

    /// Serialises lines forwarded from several processes.
    private static let standardError = Locked(())

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    private static func socketPair(_ fds: inout [Int32]) -> Bool {
        #if canImport(Glibc)
        return socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &fds) == 0
        #else
        guard socketpair(AF_UNIX, SOCK_STREAM, 0, &fds) == 0 else { return false }
        var on: Int32 = 1
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        _ = setsockopt(fds[0], SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        return true
        #endif
    }

    private static func send(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.send(fd, bytes, count, Int32(MSG_NOSIGNAL))
        #else
        return Darwin.send(fd, bytes, count, 0)
        #endif
    }
}

private func sendSignal(_ pid: pid_t, _ signal: Int32) -> Int32 {
    kill(pid, signal)
}

extension String {
    fileprivate var trimmingSpaces: String {
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\t" || first == "\r" { view.removeFirst() }
        while let last = view.last, last == " " || last == "\t" || last == "\r" { view.removeLast() }
        return String(view)
    }
}
