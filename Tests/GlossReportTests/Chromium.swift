import Foundation
import Testing

/// Headless Chromium (Debian's `chromium` package) driven from tests: the DOM after parsing and a
/// screenshot of a page, each with a time limit.
enum Chromium {
    /// The browser executable on PATH, or nil when it is not installed.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    static let skipReason: Comment = "chromium is not installed (Debian: apt-get install -y chromium)"

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The serialised DOM of `file` after Chromium has parsed and laid it out.
    static func dumpDOM(_ file: String) throws -> String {
        try run(["--dump-dom", URL(fileURLWithPath: file).absoluteString])
    }

    /// Saves a PNG screenshot of the top `height` pixels of `file`.
    static func screenshot(_ file: String, to png: String, width: Int = 1200, height: Int = 1600) throws {
        _ = try run(["--screenshot=\(png)", "--window-size=\(width),\(height)", "--hide-scrollbars",
                     "--force-device-scale-factor=1", URL(fileURLWithPath: file).absoluteString])
    }

    private static func run(_ arguments: [String]) throws -> String {
        guard let executable else { throw Failure(description: "chromium is not installed") }
        let profile = NSTemporaryDirectory() + "gloss-chromium-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start;
        // --disable-dev-shm-usage: containers often have a tiny /dev/shm.
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(profile)"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "chromium exited with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
