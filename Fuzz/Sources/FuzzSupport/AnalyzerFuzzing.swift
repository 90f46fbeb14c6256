import GlossBuiltins
import GlossKit

/// Runs a pipeline of built-in analyzers on arbitrary text and checks the result.
public struct AnalyzerFuzzing: Sendable {
    let pipeline: Pipeline

    /// Builds the pipeline from its steps as written in a pipelines file (a YAML flow sequence,
    /// e.g. `[strip-boilerplate, entities, "quotes: {resolve-pronouns: true}"]`). A bad pipeline is
    /// a mistake in the fuzz target, so it stops the process at start-up.
    public init(steps: String) {
        let text = "version: 1\npipelines:\n  fuzz:\n    steps: \(steps)\n"
        do {
            pipeline = try PipelineFile.load(string: text, file: "fuzz.yaml", registry: BuiltinAnalyzers.registry)
                .pipeline(named: "fuzz")
        } catch {
            fatalError("cannot build the fuzz pipeline \(steps): \(error)")
        }
    }

    /// Runs the pipeline on the bytes as text (ill-formed UTF-8 repaired, as no invalid text
    /// reaches a pipeline in `gloss`) and checks the document and its record. A step that fails
    /// must fail with an error, which becomes an error record.
    public func run(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
        var document = Document(id: "fuzz", text: text)
        do {
            try pipeline.run(&document)
            DocumentInvariants.check(document)
        } catch {
            let record = RecordWriter.errorRecord(id: document.id, step: error.step, message: error.message)
            RecordInvariants.checkError(record, id: document.id)
        }
    }
}
