/// What the host knows about one analyzer type, with its type erased so that analyzers with
/// different `Options` can sit in one registry.
public struct AnalyzerDescriptor: Sendable {
    public let name: String
    public let summary: String
    public let optionsHelp: [OptionHelp]
    public let examples: [AnalyzerExample]
    public let rewritesText: Bool
    /// Where the analyzer comes from: "built-in" or a plugin's path.
    public let origin: String
    /// The analyzer's type (for capabilities such as `TrainableAnalyzer`).
    let analyzerType: any Analyzer.Type

    /// Decodes a step's options and builds a ready-to-run step.
    let build: @Sendable (_ options: YAMLNode?, _ path: String, _ file: String) throws(YAMLError) -> any DocumentStep

    public init<A: Analyzer>(_ type: A.Type, origin: String = "built-in") {
        name = A.name
        summary = A.summary
        optionsHelp = A.optionsHelp
        examples = A.examples
        rewritesText = A.rewritesText
        self.origin = origin
        analyzerType = type
        build = { (node, path, file) throws(YAMLError) -> any DocumentStep in
            let options = try YAMLDecoder(keyNoun: "option").decode(A.Options.self, from: node, path: path, file: file)
            do {
                return AnalyzerStep(analyzer: try A(options: options))
            } catch let error as YAMLError {
                throw error
            } catch let error as AnalyzerSetupError {
                var mark = node?.mark
                var errorPath = path
                if let option = error.option, let pair = node?.mapping?.first(where: { $0.key.scalar?.value == option }) {
                    mark = pair.value.mark
                    errorPath = YAMLPath.appending(path, key: option)
                }
                throw YAMLError(mark: mark, path: errorPath, message: error.message, file: file)
            } catch {
                throw YAMLError(mark: node?.mark, path: path, message: "\(error)", file: file)
            }
        }
    }

    /// Builds the analyzer from a YAML options node (nil: defaults).
    public func makeStep(options: YAMLNode?, path: String, file: String) throws(YAMLError) -> any DocumentStep {
        try build(options, path, file)
    }
}

/// Something that processes one document: a built analyzer, or a plugin's analyzer.
public protocol DocumentStep: Sendable {
    func run(_ document: inout Document) throws
}

struct AnalyzerStep<A: Analyzer>: DocumentStep {
    let analyzer: A
    func run(_ document: inout Document) throws {
        try analyzer.analyze(&document)
    }
}

/// The analyzers a pipelines file may name, in the order `gloss analyzers` lists them.
public struct AnalyzerRegistry: Sendable {
    public private(set) var descriptors: [AnalyzerDescriptor] = []

    public init(_ descriptors: [AnalyzerDescriptor] = []) {
        for descriptor in descriptors { try? register(descriptor) }
    }

    /// Adds an analyzer; a second analyzer with the same name is refused.
    public mutating func register(_ descriptor: AnalyzerDescriptor) throws(RegistryError) {
        if let existing = self[descriptor.name] {
            throw RegistryError(message: "analyzer '\(descriptor.name)' from \(descriptor.origin) clashes with the \(existing.origin) analyzer of the same name")
        }
        descriptors.append(descriptor)
    }

    public subscript(name: String) -> AnalyzerDescriptor? {
        descriptors.first { $0.name == name }
    }

    public var names: [String] { descriptors.map(\.name) }
}

public struct RegistryError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }
}
