/// A test could not prepare what it needs (a file, a standard output); not a finding about gloss.
public struct SetupFailure: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}
