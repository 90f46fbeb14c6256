import FuzzSupport

private let fuzzing = AnalyzerFuzzing(steps: "[sentiment]")

/// libFuzzer's entry point: the `sentiment` analyzer on arbitrary text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSentiment(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzing.run(data, size)
    return 0
}
