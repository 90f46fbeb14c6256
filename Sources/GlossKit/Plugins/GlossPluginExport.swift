
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Exports ordinary `Analyzer`s from a plugin library through the C ABI, so a Swift plugin is
/// one analyzer type plus one line:
///
///     @_cdecl("gloss_plugin_v1")
///     public func glossPlugin() -> UnsafeRawPointer {
///         GlossPluginExport.table([ReadabilityAnalyzer.self])
///     }
///
/// The library links its own copy of GlossKit, so nothing Swift crosses to the host: the host
/// sends each document as its output record (CONTRACT.md), this side rebuilds a `Document` from
/// it (`RecordReader`), runs the analyzer and answers with the document's id and the analyzer's
/// own key, `document.extensions[Self.name]`, which is where a plugin analyzer writes its output.
public enum GlossPluginExport {
    /// The C table (`gloss_plugin_table`) for `analyzers`; built once per list and kept for the
    /// life of the library.
    public static func table(_ analyzers: [any Analyzer.Type]) -> UnsafeRawPointer {
        let key = analyzers.map { $0.name }.joined(separator: "\u{0}")
        return tables.withLock { tables -> Int in
            if let existing = tables[key] { return existing }
            let address = Int(bitPattern: build(analyzers))
            tables[key] = address
            return address
        }.pointer
    }

    private static let tables = Locked<[String: Int]>([:])
    /// Entry address -> how to build that entry's analyzer.
    private static let factories = Locked<[Int: ExportedAnalyzerFactory]>([:])

    private static func build(_ analyzers: [any Analyzer.Type]) -> UnsafeMutableRawPointer {
        let slot = PluginABI.slot
        let entries = UnsafeMutableRawPointer.allocate(byteCount: max(1, analyzers.count) * PluginABI.Entry.slots * slot, alignment: slot)
        for (index, type) in analyzers.enumerated() {
            let entry = entries + index * PluginABI.Entry.slots * slot
            func store<T>(_ value: T, _ field: Int) { entry.storeBytes(of: value, toByteOffset: field * slot, as: T.self) }
            store(PluginABI.mallocCopy(type.name.utf8) as UnsafeMutablePointer<CChar>?, PluginABI.Entry.name)
            store(PluginABI.mallocCopy(type.summary.utf8) as UnsafeMutablePointer<CChar>?, PluginABI.Entry.summary)
            store(PluginABI.mallocCopy(PluginOptions.helpJSON(type.optionsHelp)) as UnsafeMutablePointer<CChar>?, PluginABI.Entry.optionsHelp)
            store(createFunction as PluginABI.CreateFunction?, PluginABI.Entry.create)
            store(analyzeFunction as PluginABI.AnalyzeFunction?, PluginABI.Entry.analyze)
            store(destroyFunction as PluginABI.DestroyFunction?, PluginABI.Entry.destroy)
            store(PluginABI.mallocCopy(PluginOptions.examplesJSON(type.examples)) as UnsafeMutablePointer<CChar>?, PluginABI.Entry.examples)
            let factory = ExportedAnalyzerFactory(type)
            factories.withLock { $0[Int(bitPattern: entry)] = factory }
        }
        let table = UnsafeMutableRawPointer.allocate(byteCount: PluginABI.Table.slots * slot, alignment: slot)
        table.storeBytes(of: PluginABI.version, toByteOffset: PluginABI.Table.abiVersion * slot, as: Int.self)
        table.storeBytes(of: analyzers.count, toByteOffset: PluginABI.Table.analyzerCount * slot, as: Int.self)
        table.storeBytes(of: UnsafeRawPointer(entries) as UnsafeRawPointer?, toByteOffset: PluginABI.Table.analyzers * slot, as: UnsafeRawPointer?.self)
        table.storeBytes(of: freeFunction as PluginABI.FreeFunction?, toByteOffset: PluginABI.Table.freeBuffer * slot, as: PluginABI.FreeFunction?.self)
        return table
    }

    private static let createFunction: PluginABI.CreateFunction = { entry, options, length, errorOut in
        guard let entry, let factory = factories.withLock({ $0[Int(bitPattern: entry)] }) else {
            errorOut?.pointee = PluginABI.mallocCopy("unknown analyzer entry".utf8)
            return nil
        }
        let bytes = UnsafeRawBufferPointer(start: options, count: options == nil ? 0 : length)
        do {
            let json = bytes.isEmpty ? JSONValue.object(JSONObject()) : try JSONParser.parse(bytes)
            let analyzer = try factory.make(json)
            return Unmanaged.passRetained(analyzer).toOpaque()
        } catch {
            errorOut?.pointee = PluginABI.mallocCopy(ExportedAnalyzerFactory.message(for: error).utf8)
            return nil
        }
    }

    private static let analyzeFunction: PluginABI.AnalyzeFunction = { handle, record, length, result, resultLength in
        guard let handle else {
            result?.pointee = PluginABI.mallocCopy("no analyzer handle".utf8)
            return 1
        }
        let analyzer = Unmanaged<ExportedAnalyzer>.fromOpaque(handle).takeUnretainedValue()
        let reply: [UInt8]
        do {
            reply = try analyzer.reply(to: UnsafeRawBufferPointer(start: record, count: record == nil ? 0 : length))
        } catch {
            let message = Array("\(error)".utf8)
            result?.pointee = PluginABI.mallocCopy(message)
            resultLength?.pointee = message.count
            return 1
        }
        result?.pointee = PluginABI.mallocCopy(reply)
        resultLength?.pointee = reply.count
        return 0
    }

    private static let destroyFunction: PluginABI.DestroyFunction = { handle in
        guard let handle else { return }
        Unmanaged<ExportedAnalyzer>.fromOpaque(handle).release()
    }

    private static let freeFunction: PluginABI.FreeFunction = { buffer in
        free(buffer)
    }
}

extension Int {
    fileprivate var pointer: UnsafeRawPointer { UnsafeRawPointer(bitPattern: self)! }
}

/// Builds one exported analyzer type from the options JSON that crossed the boundary.
struct ExportedAnalyzerFactory: Sendable {
    let make: @Sendable (JSONValue) throws -> ExportedAnalyzer

    init<A: Analyzer>(_ type: A.Type) {
        make = { json in
            let node = PluginOptions.node(from: json, file: A.name)
            let options = try YAMLDecoder(keyNoun: "option").decode(A.Options.self, from: node, path: "", file: A.name)
            let analyzer = try A(options: options)
            return ExportedAnalyzer(name: A.name) { document in try analyzer.analyze(&document) }
        }
    }

    /// `key: message` for an option the analyzer refused (the host then points at that key).
    static func message(for error: any Error) -> String {
        switch error {
        case let error as YAMLError: return error.path.isEmpty ? error.message : "\(error.path): \(error.message)"
        case let error as AnalyzerSetupError: return error.option.map { "\($0): \(error.message)" } ?? error.message
        case let error as JSONParser.Failure: return "the options are not valid JSON (\(error))"
        default: return "\(error)"
        }
    }
}

/// A built analyzer behind a C handle.
final class ExportedAnalyzer: Sendable {
    let name: String
    let analyze: @Sendable (inout Document) throws -> Void

    init(name: String, analyze: @escaping @Sendable (inout Document) throws -> Void) {
        self.name = name
        self.analyze = analyze
    }

    /// The reply record for one input record: `{"id": ..., "<name>": ...}`.
    func reply(to record: UnsafeRawBufferPointer) throws -> [UInt8] {
        var document = try RecordReader.document(from: record)
        try analyze(&document)
        guard let output = document.extensions[name] else {
            throw AnalysisError("analyzer '\(name)' set no output: a plugin analyzer writes document.extensions[\"\(name)\"]")
        }
        var json = JSONWriter(capacity: 256)
        json.raw("{")
        json.key("id", first: true)
        json.string(document.id)
        json.raw(",")
        json.string(name)
        json.raw(":")
        json.value(output)
        json.raw("}")
        return json.bytes
    }
}
