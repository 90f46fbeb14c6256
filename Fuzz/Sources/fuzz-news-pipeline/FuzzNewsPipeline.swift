import FuzzSupport

/// Every analyzer, with the options that widen what runs: short quotations, '' pairs.
private let fuzzing = AnalyzerFuzzing(steps: """
    [strip-boilerplate, sentences, entities, {quotes: {min-words: 1, apostrophe-pairs: true}}, sentiment]
    """)

/// libFuzzer's entry point: every built-in analyzer in one pipeline, each reading the others' output.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNewsPipeline(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzing.run(data, size)
    return 0
}
