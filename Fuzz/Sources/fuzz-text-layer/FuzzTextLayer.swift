import FuzzSupport

/// libFuzzer's entry point: the tokenizer and the paragraph and sentence splitters on arbitrary text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextLayer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    TextLayerFuzzing.run(data, size)
    return 0
}
