#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plugin library (`library:` in pipelines.yaml), opened with `dlopen` and described by the
/// table its `gloss_plugin_v1` returns. Libraries are never closed: code from them may still be
/// referenced (a Swift library's runtime metadata) until the process ends.
struct LibraryPlugin: @unchecked Sendable {
    let path: String
    let freeBuffer: PluginABI.FreeFunction
    /// Table entries, one per analyzer.
    let entries: [UnsafeRawPointer]

    /// Opens the library at `path` (already resolved) and checks its table.
    static func open(_ path: String) throws(PluginLoadError) -> LibraryPlugin {
        var info = stat()
        guard stat(path, &info) == 0 else { throw PluginLoadError("plugin library not found: \(path)") }
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "unknown reason"
            throw PluginLoadError("cannot load plugin library \(path): \(reason)")
        }
        guard let symbol = dlsym(handle, PluginABI.entryPoint) else {
            throw PluginLoadError("\(path) is not a Gloss plugin: it does not export '\(PluginABI.entryPoint)'")
        }
        let entry = unsafeBitCast(symbol, to: PluginABI.EntryFunction.self)
        guard let table = entry() else { throw PluginLoadError("\(path): \(PluginABI.entryPoint)() returned no table") }
        let version = PluginABI.load(table, slot: PluginABI.Table.abiVersion, as: Int.self)
        guard version == PluginABI.version else {
            throw PluginLoadError("\(path) was built for plugin ABI version \(version), but this gloss loads ABI version \(PluginABI.version); rebuild the plugin against this Gloss")
        }
        let count = PluginABI.load(table, slot: PluginABI.Table.analyzerCount, as: Int.self)
        guard (1...10_000).contains(count), let first = PluginABI.load(table, slot: PluginABI.Table.analyzers, as: UnsafeRawPointer?.self) else {
            throw PluginLoadError("\(path): the plugin table lists no analyzers")
        }
        guard let freeBuffer = PluginABI.load(table, slot: PluginABI.Table.freeBuffer, as: PluginABI.FreeFunction?.self) else {
            throw PluginLoadError("\(path): the plugin table has no free_buffer function")
        }
        let entries = (0..<count).map { first + $0 * PluginABI.Entry.slots * PluginABI.slot }
        for (index, entry) in entries.enumerated() {
            guard let name = PluginABI.string(entry, slot: PluginABI.Entry.name), !name.isEmpty else {
                throw PluginLoadError("\(path): analyzer \(index + 1) of the plugin table has no name")
            }
            guard PluginABI.load(entry, slot: PluginABI.Entry.create, as: PluginABI.CreateFunction?.self) != nil,
                  PluginABI.load(entry, slot: PluginABI.Entry.analyze, as: PluginABI.AnalyzeFunction?.self) != nil else {
                throw PluginLoadError("\(path): analyzer '\(name)' lacks a create or analyze function")
            }
        }
        return LibraryPlugin(path: path, freeBuffer: freeBuffer, entries: entries)
    }

    /// One descriptor per analyzer of the library.
    func descriptors() throws(PluginLoadError) -> [AnalyzerDescriptor] {
        var result: [AnalyzerDescriptor] = []
        for entry in entries {
            let name = PluginABI.string(entry, slot: PluginABI.Entry.name) ?? ""
            let help: [OptionHelp]
            let helpText = PluginABI.string(entry, slot: PluginABI.Entry.optionsHelp)
            switch PluginOptions.help(from: try helpText.map { text throws(PluginLoadError) in
                do { return try JSONParser.parse(text) } catch {
                    throw PluginLoadError("\(path): analyzer '\(name)': options help is not valid JSON (\(error))")
                }
            }) {
            case .success(let options): help = options
            case .failure(let error): throw PluginLoadError("\(path): analyzer '\(name)': \(error.message)")
            }
            let examples: [AnalyzerExample]
            switch PluginOptions.examples(from: try PluginABI.string(entry, slot: PluginABI.Entry.examples).map { text throws(PluginLoadError) in
                do { return try JSONParser.parse(text) } catch {
                    throw PluginLoadError("\(path): analyzer '\(name)': examples are not valid JSON (\(error))")
                }
            }) {
            case .success(let list): examples = list
            case .failure(let error): throw PluginLoadError("\(path): analyzer '\(name)': \(error.message)")
            }
            let library = self
            let address = Int(bitPattern: entry)
            result.append(AnalyzerDescriptor(
                plugin: name, summary: PluginABI.string(entry, slot: PluginABI.Entry.summary) ?? "", optionsHelp: help,
                examples: examples, origin: path
            ) { (node, stepPath, file) throws(YAMLError) -> any DocumentStep in
                try library.makeStep(entry: UnsafeRawPointer(bitPattern: address)!, name: name, options: node, path: stepPath, file: file)
            })
        }
        return result
    }

    /// Calls the entry's `create` with the step's options as JSON.
    func makeStep(entry: UnsafeRawPointer, name: String, options: YAMLNode?, path stepPath: String, file: String) throws(YAMLError) -> any DocumentStep {
        let create = PluginABI.load(entry, slot: PluginABI.Entry.create, as: PluginABI.CreateFunction.self)
        var json = JSONWriter()
        json.value(PluginOptions.json(from: options))
        var bytes = json.bytes
        let length = bytes.count
        bytes.append(0)
        var error: UnsafeMutablePointer<CChar>?
        let handle = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { create(entry, $0.baseAddress, length, &error) }
        }
        if let handle {
            if let error { freeBuffer(error) }
            return LibraryAnalyzerStep(instance: LibraryAnalyzerInstance(
                name: name, handle: handle,
                analyze: PluginABI.load(entry, slot: PluginABI.Entry.analyze, as: PluginABI.AnalyzeFunction.self),
                destroy: PluginABI.load(entry, slot: PluginABI.Entry.destroy, as: PluginABI.DestroyFunction?.self),
                freeBuffer: freeBuffer))
        }
        let message = error.map { String(cString: $0) } ?? "create() failed without a message"
        if let error { freeBuffer(error) }
        throw PluginStepError.refused(analyzer: name, origin: path, message: message, options: options, path: stepPath, file: file)
    }
}

/// One built analyzer of a library: the handle `create` returned. Shared by all worker threads
/// (the ABI requires `analyze` to be thread-safe); `destroy` runs when the pipeline goes away.
final class LibraryAnalyzerInstance: @unchecked Sendable {
    let name: String
    let handle: UnsafeMutableRawPointer
    let analyze: PluginABI.AnalyzeFunction
    let destroy: PluginABI.DestroyFunction?
    let freeBuffer: PluginABI.FreeFunction

    init(name: String, handle: UnsafeMutableRawPointer, analyze: PluginABI.AnalyzeFunction,
         destroy: PluginABI.DestroyFunction?, freeBuffer: PluginABI.FreeFunction) {
        self.name = name
        self.handle = handle
        self.analyze = analyze
        self.destroy = destroy
        self.freeBuffer = freeBuffer
    }

    deinit { destroy?(handle) }
}

/// A pipeline step that runs a library analyzer: the document goes over as its record, the
/// reply's key named after the analyzer comes back into `document.extensions`.
struct LibraryAnalyzerStep: DocumentStep {
    let instance: LibraryAnalyzerInstance

    func run(_ document: inout Document) throws {
        var record = RecordWriter.record(for: document)
        let length = record.count
        record.append(0)
        var result: UnsafeMutablePointer<CChar>?
        var resultLength = 0
        let status = record.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { instance.analyze(instance.handle, $0.baseAddress, length, &result, &resultLength) }
        }
        guard let result else {
            throw AnalysisError(status == 0 ? "the plugin returned no reply" : "the plugin failed without a message")
        }
        defer { instance.freeBuffer(result) }
        if status != 0 { throw AnalysisError(String(cString: result)) }
        let reply = UnsafeRawBufferPointer(start: result, count: resultLength)
        try PluginReply.apply(reply, to: &document, analyzer: instance.name)
    }
}
