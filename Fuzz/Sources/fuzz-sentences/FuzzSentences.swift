import FuzzSupport

private let fuzzing = AnalyzerFuzzing(steps: "[sentences]")

/// libFuzzer's entry point: the `sentences` analyzer on arbitrary text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSentences(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzing.run(data, size)
    return 0
}
