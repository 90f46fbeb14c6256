#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C ABI of library plugins (Plugins/include/gloss_plugin.h), read and written as
/// pointer-sized slots at fixed offsets: the header makes every field pointer-sized, so the
/// layout does not depend on how Swift would lay out a struct.
public enum PluginABI {
    /// The ABI version this build speaks (`GLOSS_PLUGIN_ABI_VERSION`).
    public static let version = 1
    /// The symbol a library must export.
    public static let entryPoint = "gloss_plugin_v1"

    typealias EntryFunction = @convention(c) () -> UnsafeRawPointer?
    typealias CreateFunction = @convention(c) (
        _ entry: UnsafeRawPointer?, _ options: UnsafePointer<CChar>?, _ length: Int,
        _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> UnsafeMutableRawPointer?
    typealias AnalyzeFunction = @convention(c) (
        _ handle: UnsafeMutableRawPointer?, _ record: UnsafePointer<CChar>?, _ length: Int,
        _ result: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
        _ resultLength: UnsafeMutablePointer<Int>?) -> Int32
    typealias DestroyFunction = @convention(c) (_ handle: UnsafeMutableRawPointer?) -> Void
    typealias FreeFunction = @convention(c) (_ buffer: UnsafeMutablePointer<CChar>?) -> Void

    static let slot = MemoryLayout<UnsafeRawPointer>.stride

    /// `gloss_plugin_table`: abi_version, analyzer_count, analyzers, free_buffer.
    enum Table {
        static let abiVersion = 0
        static let analyzerCount = 1
        static let analyzers = 2
        static let freeBuffer = 3
        static let slots = 4
    }

    /// `gloss_analyzer_entry`: name, summary, options_help, create, analyze, destroy, examples.
    enum Entry {
        static let name = 0
        static let summary = 1
        static let optionsHelp = 2
        static let create = 3
        static let analyze = 4
        static let destroy = 5
        static let examples = 6
        static let slots = 7
    }

    static func load<T>(_ base: UnsafeRawPointer, slot index: Int, as type: T.Type) -> T {
        base.load(fromByteOffset: index * slot, as: type)
    }

    static func string(_ base: UnsafeRawPointer, slot index: Int) -> String? {
        load(base, slot: index, as: UnsafePointer<CChar>?.self).map { String(cString: $0) }
    }

    /// A NUL-terminated copy of `bytes` allocated with `malloc` (released with `free`).
    static func mallocCopy(_ bytes: some Collection<UInt8>) -> UnsafeMutablePointer<CChar> {
        let buffer = malloc(bytes.count + 1)!.assumingMemoryBound(to: CChar.self)
        var index = 0
        for byte in bytes {
            buffer[index] = CChar(bitPattern: byte)
            index += 1
        }
        buffer[index] = 0
        return buffer
    }
}
