import Foundation

/// Runs the built `gloss` binary with plugins from the same build folder, for end-to-end tests.
enum PluginProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String

        /// Output records parsed as JSON objects.
        var records: [[String: Any]] {
            stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }
    }

    /// The build folder holding `gloss` and the plugin libraries (`swift build` builds both).
    static let buildDirectory: String = {
        var directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        if directory.lastPathComponent.hasSuffix(".xctest") { directory.deleteLastPathComponent() }
        return directory.path
    }()

    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    /// The path of a library product, e.g. `library("GlossReadability")`.
    static func library(_ product: String) -> String {
        #if os(macOS)
        return buildDirectory + "/lib\(product).dylib"
        #else
        return buildDirectory + "/lib\(product).so"
        #endif
    }

    static func run(_ arguments: [String], stdin: String, environment: [String: String] = [:], in directory: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: buildDirectory + "/gloss")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var variables = ProcessInfo.processInfo.environment
        variables["GLOSS_PLUGIN_PATH"] = nil
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        // Drain stderr on another thread and feed stdin on a third, so no pipe fills and blocks.
        let errorData = Collected()
        let errorReader = Thread { errorData.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let inputData = Data(stdin.utf8)
        let writer = Thread {
            input.fileHandleForWriting.write(inputData)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { usleep(1000) }
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outputData, as: UTF8.self),
                      stderr: String(decoding: errorData.value, as: UTF8.self))
    }

    /// A fresh temporary directory holding `files` (name -> contents).
    static func directory(with files: [String: String]) throws -> String {
        let path = NSTemporaryDirectory() + "gloss-plugin-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, contents) in files {
            try contents.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
        return path
    }

    /// JSON Lines input from (id, text) pairs.
    static func input(_ documents: [(String, String)]) -> String {
        documents.map { id, text in
            let object: [String: String] = ["id": id, "text": text]
            let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }
}

final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return data != nil }
    var value: Data { lock.lock(); defer { lock.unlock() }; return data ?? Data() }
}
