import FuzzSupport

private let fuzzing = AnalyzerFuzzing(steps: "[entities]")

/// libFuzzer's entry point: the `entities` analyzer on arbitrary text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntities(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzing.run(data, size)
    return 0
}
