import FuzzSupport

/// libFuzzer's entry point: the JSON parser and the JSON Lines reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    JSONLinesFuzzing.run(data, size)
    return 0
}
