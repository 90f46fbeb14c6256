
/// An out-of-process analyzer (`command:` in pipelines.yaml): any executable speaking JSON Lines.
///
/// The protocol, one JSON object per line each way:
/// 1. the process starts and writes its handshake: `{"gloss": 1, "summary": "...", "options": [...],
///    "examples": [...]}` (`options` and `examples` as in the C ABI; all but `gloss` optional);
/// 2. gloss sends `{"analyzer": NAME, "options": {...}}` (the step's options); the process answers
///    `{"ok": true}`, or `{"error": "message"}` to refuse them;
/// 3. then for each document gloss sends its record (CONTRACT.md) and the process answers with a
///    record holding the same `id` and its output under the key NAME (or `{"id": ..., "error": "..."}`).
/// The process runs with the pipelines file's directory as its working directory and stops at
/// end of input.
struct CommandPlugin: Sendable {
    /// The protocol version of the handshake's `gloss` key.
    static let protocolVersion = 1
    static let defaultTimeout = 30.0

    let name: String
    let arguments: [String]
    let directory: String
    /// Seconds allowed for the handshake and for each document.
    let timeout: Double
    let summary: String
    let optionsHelp: [OptionHelp]
    let examples: [AnalyzerExample]

    /// Starts the command once to read its handshake (so a wrong command fails at load time).
    static func probe(name: String, arguments: [String], directory: String, timeout: Double) throws(PluginLoadError) -> CommandPlugin {
        let origin = arguments.joined(separator: " ")
        do {
            let process = try AnalyzerProcess(name: name, arguments: arguments, directory: directory)
            defer { process.stop() }
            let hello = try handshake(process, origin: origin, timeout: timeout)
            let help: [OptionHelp]
            switch PluginOptions.help(from: hello["options"]) {
            case .success(let options): help = options
            case .failure(let error): throw PluginLoadError("command '\(origin)': handshake: \(error.message)")
            }
            let examples: [AnalyzerExample]
            switch PluginOptions.examples(from: hello["examples"]) {
            case .success(let list): examples = list
            case .failure(let error): throw PluginLoadError("command '\(origin)': handshake: \(error.message)")
            }
            return CommandPlugin(name: name, arguments: arguments, directory: directory, timeout: timeout,
                                 summary: hello["summary"]?.stringValue ?? "", optionsHelp: help, examples: examples)
        } catch let error as AnalyzerProcess.Failure {
            throw PluginLoadError("command '\(origin)': \(error)")
        } catch let error as PluginLoadError {
            throw PluginLoadError("command '\(origin)': \(error.message)")
        } catch {
            throw PluginLoadError("command '\(origin)': \(error)")
        }
    }

    /// Reads and checks the handshake line.
    static func handshake(_ process: AnalyzerProcess, origin: String, timeout: Double) throws -> JSONValue {
        let line: [UInt8]
        do {
            line = try process.exchange(nil, timeout: timeout)
        } catch {
            throw AnalyzerProcess.Failure(message: error.message + " before its handshake line", stderr: error.stderr)
        }
        guard let hello = try? JSONParser.parse(line), hello.objectValue != nil, let version = hello["gloss"]?.intValue else {
            process.kill()
            throw PluginLoadError("not a Gloss analyzer: its first line must be the handshake {\"gloss\": \(protocolVersion), ...}, got \(PluginReply.excerpt(line))")
        }
        guard version == protocolVersion else {
            process.kill()
            throw PluginLoadError("it speaks analyzer protocol version \(version), but this gloss speaks version \(protocolVersion)")
        }
        return hello
    }

    var origin: String { arguments.joined(separator: " ") }

    func descriptor() -> AnalyzerDescriptor {
        let plugin = self
        return AnalyzerDescriptor(plugin: name, summary: summary, optionsHelp: optionsHelp, examples: examples, origin: "command: " + origin) { (node, path, file) throws(YAMLError) -> any DocumentStep in
            var json = JSONWriter()
            json.value(.object(["analyzer": .string(plugin.name), "options": PluginOptions.json(from: node)]))
            let pool = CommandProcessPool(plugin: plugin, configuration: json.bytes)
            do {
                try pool.prepare()
            } catch let error as ConfigurationRefused {
                throw PluginStepError.refused(analyzer: plugin.name, origin: "command: " + plugin.origin, message: error.message, options: node, path: path, file: file)
            } catch {
                throw YAMLError(mark: node?.mark, path: path, message: "command analyzer '\(plugin.name)': \(error)", file: file)
            }
            return CommandAnalyzerStep(pool: pool)
        }
    }
}

/// The process refused the step's options.
struct ConfigurationRefused: Error {
    let message: String
}

/// The processes of one pipeline step: one per worker thread that needs one, started on demand
/// and reused; a process that fails is killed and replaced on the next document.
final class CommandProcessPool: Sendable {
    let plugin: CommandPlugin
    /// The configuration line sent after the handshake.
    let configuration: [UInt8]
    private let idle = Locked<[AnalyzerProcess]>([])

    init(plugin: CommandPlugin, configuration: [UInt8]) {
        self.plugin = plugin
        self.configuration = configuration
    }

    deinit {
        for process in idle.withLock({ $0 }) { process.stop() }
    }

    /// Starts the first process now, so that refused options fail the load, not every document.
    func prepare() throws {
        let process = try start()
        idle.withLock { $0.append(process) }
    }

    /// A started, configured process.
    func start() throws -> AnalyzerProcess {
        let process = try AnalyzerProcess(name: plugin.name, arguments: plugin.arguments, directory: plugin.directory)
        _ = try CommandPlugin.handshake(process, origin: plugin.origin, timeout: plugin.timeout)
        let line = try process.exchange(configuration, timeout: plugin.timeout)
        let answer = try? JSONParser.parse(line)
        if let error = answer?["error"] {
            process.stop()
            throw ConfigurationRefused(message: error.stringValue ?? error["message"]?.stringValue ?? "options refused")
        }
        guard answer?["ok"] == .bool(true) else {
            process.kill()
            throw PluginLoadError("expected {\"ok\": true} after the options, got \(PluginReply.excerpt(line))")
        }
        return process
    }

    func run(_ document: inout Document) throws {
        let process: AnalyzerProcess
        if let waiting = idle.withLock({ $0.popLast() }) {
            process = waiting
        } else {
            do {
                process = try start()
            } catch {
                throw AnalysisError("cannot start '\(plugin.origin)': \(error)")
            }
        }
        let reply = try process.exchange(RecordWriter.record(for: document), timeout: plugin.timeout)
        do {
            try PluginReply.apply(reply, to: &document, analyzer: plugin.name)
        } catch {
            if error.brokenProtocol {
                process.kill()
            } else {
                idle.withLock { $0.append(process) }
            }
            throw error
        }
        idle.withLock { $0.append(process) }
    }
}

/// A pipeline step that runs a command analyzer.
struct CommandAnalyzerStep: DocumentStep {
    let pool: CommandProcessPool

    func run(_ document: inout Document) throws {
        try pool.run(&document)
    }
}
