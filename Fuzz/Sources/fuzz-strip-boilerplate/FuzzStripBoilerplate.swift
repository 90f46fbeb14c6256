import FuzzSupport

private let fuzzing = AnalyzerFuzzing(steps: "[strip-boilerplate]")

/// libFuzzer's entry point: the `strip-boilerplate` analyzer on arbitrary text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStripBoilerplate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzing.run(data, size)
    return 0
}
