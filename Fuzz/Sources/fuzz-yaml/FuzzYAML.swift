import FuzzSupport

/// libFuzzer's entry point: the YAML loader, the options decoder and the pipelines file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    YAMLFuzzing.run(data, size)
    return 0
}
