import FuzzSupport

/// libFuzzer's entry point: `--resume`'s scan of a partial output, plain and gzip.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzResume(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    ResumeFuzzing.run(data, size)
    return 0
}
