import Foundation

/// What a test can feed to gloss's standard input: bytes as they are, or text as UTF-8.
public protocol StandardInput: Sendable {
    var standardInputBytes: Data { get }
}

extension Data: StandardInput {
    public var standardInputBytes: Data { self }
}

extension String: StandardInput {
    public var standardInputBytes: Data { Data(utf8) }
}
