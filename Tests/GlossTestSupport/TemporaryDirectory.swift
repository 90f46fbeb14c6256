import Foundation

/// A fresh directory under the system's temporary folder for one test, removed with everything
/// in it when the last reference to it goes (when the test ends, for a test's local constant or
/// a suite's stored property: Swift Testing makes a new suite value for each test).
public final class TemporaryDirectory: Sendable {
    public let path: String

    /// Creates `PREFIX-UUID` holding `files` (name -> contents).
    public init(prefix: String, files: [String: String] = [:]) throws {
        path = NSTemporaryDirectory() + prefix + "-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, contents) in files { try write(contents, to: name) }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The absolute path of `name` (which may hold slashes) in this directory.
    public func file(_ name: String) -> String { path + "/" + name }

    /// Writes `text` as UTF-8 to `name` and returns its absolute path.
    @discardableResult
    public func write(_ text: String, to name: String) throws -> String {
        try write(Data(text.utf8), to: name)
    }

    @discardableResult
    public func write(_ bytes: [UInt8], to name: String) throws -> String {
        try write(Data(bytes), to: name)
    }

    @discardableResult
    public func write(_ data: Data, to name: String) throws -> String {
        let target = file(name)
        guard FileManager.default.createFile(atPath: target, contents: data) else { throw SetupFailure("cannot write \(target)") }
        return target
    }

    /// Creates the directory `name` (and any missing parents) and returns its absolute path.
    @discardableResult
    public func makeDirectory(_ name: String) throws -> String {
        let target = file(name)
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        return target
    }

    /// The file's bytes, or nil when it does not exist.
    public func contents(_ name: String) -> Data? {
        FileManager.default.contents(atPath: file(name))
    }

    /// Runs `gloss ARGUMENTS` in this directory (see `GlossBinary.run`).
    public func gloss(_ arguments: [String], stdin: (any StandardInput)? = nil, environment: [String: String] = [:],
                      stdout: String? = nil, shell: String? = nil, deadline: Double = 300) throws -> GlossBinary.Outcome {
        try GlossBinary.run(arguments, stdin: stdin, environment: environment, in: path, stdout: stdout, shell: shell, deadline: deadline)
    }
}
