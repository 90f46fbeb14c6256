import FuzzSupport

private let fuzzing = AnalyzerFuzzing(steps: "[quotes]")

/// libFuzzer's entry point: the `quotes` analyzer on arbitrary text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuotes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzing.run(data, size)
    return 0
}
