/// A named, validated sequence of analyzer steps, ready to process documents.
///
/// Built by `PipelineFile.load` before any input is read. Immutable and shared by every worker
/// thread: `run(_:)` may be called concurrently on different documents.
public struct Pipeline: Sendable {
    public let name: String
    public let description: String?
    public let steps: [PipelineStep]

    public init(name: String, description: String?, steps: [PipelineStep]) {
        self.name = name
        self.description = description
        self.steps = steps
    }

    /// Runs every step in order on the document. The first failing step stops the document.
    public func run(_ document: inout Document) throws(StepFailure) {
        for step in steps {
            do {
                try step.step.run(&document)
            } catch {
                throw StepFailure(step: step.name, message: "\(error)")
            }
        }
    }

    /// Runs every step like `run(_:)`, adding each step's time in nanoseconds to `nanoseconds`
    /// (one slot per step).
    public func run(_ document: inout Document, timing nanoseconds: inout [Int64]) throws(StepFailure) {
        let clock = ContinuousClock()
        for (index, step) in steps.enumerated() {
            let started = clock.now
            defer {
                let elapsed = (clock.now - started).components
                nanoseconds[index] += elapsed.seconds * 1_000_000_000 + elapsed.attoseconds / 1_000_000_000
            }
            do {
                try step.step.run(&document)
            } catch {
                throw StepFailure(step: step.name, message: "\(error)")
            }
        }
    }
}

/// One step of a pipeline: an analyzer built from its options, and where it was declared.
public struct PipelineStep: Sendable {
    /// The analyzer name as written in the pipelines file.
    public let name: String
    /// Where the step is written in the pipelines file.
    public let mark: YAMLMark
    public let rewritesText: Bool
    public let step: any DocumentStep

    public init(name: String, mark: YAMLMark, rewritesText: Bool, step: any DocumentStep) {
        self.name = name
        self.mark = mark
        self.rewritesText = rewritesText
        self.step = step
    }
}

/// A step's failure on one document; becomes the document's error record.
public struct StepFailure: Error, Sendable, CustomStringConvertible {
    public let step: String
    public let message: String

    public init(step: String, message: String) {
        self.step = step
        self.message = message
    }

    public var description: String { "\(step): \(message)" }
}
