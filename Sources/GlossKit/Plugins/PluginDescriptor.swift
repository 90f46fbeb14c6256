extension AnalyzerDescriptor {
    /// A descriptor for an analyzer that lives behind the plugin boundary (a library's table
    /// entry or a command): what `gloss analyzers` shows, and how to build one of its steps.
    init(plugin name: String, summary: String, optionsHelp: [OptionHelp], examples: [AnalyzerExample] = [], origin: String,
         build: @escaping @Sendable (_ options: YAMLNode?, _ path: String, _ file: String) throws(YAMLError) -> any DocumentStep) {
        self.name = name
        self.summary = summary
        self.optionsHelp = optionsHelp
        self.examples = examples
        self.rewritesText = false
        self.origin = origin
        self.analyzerType = PluginAnalyzerMarker.self
        self.build = build
    }
}

/// The `analyzerType` of a plugin analyzer's descriptor. The analyzer's real type lives in
/// another image (or another process), where this image's protocol conformances cannot see it,
/// so the descriptor names this type instead: it has no capabilities (not trainable), and its
/// steps are built only through the descriptor's `build` closure, never through `init(options:)`.
struct PluginAnalyzerMarker: Analyzer {
    struct Options: Decodable, Sendable {}

    static let name = "plugin"
    static let summary = "An analyzer provided by a plugin"

    init(options: Options) throws {
        throw AnalyzerSetupError("a plugin analyzer is built by its plugin")
    }

    func analyze(_ document: inout Document) throws {
        throw AnalysisError("a plugin analyzer runs in its plugin")
    }
}

/// Why a plugin could not be loaded; the pipelines loader adds the file, line and column.
struct PluginLoadError: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// Errors of building a plugin analyzer's step, as pipelines-file errors.
enum PluginStepError {
    /// The plugin refused the step's options. A message of the form `key: why` (what the Swift
    /// export helper sends for a bad option) points at that option's line.
    static func refused(analyzer: String, origin: String, message: String, options: YAMLNode?, path: String, file: String) -> YAMLError {
        var mark = options?.mark
        var errorPath = path
        var reason = message
        if let colon = message.firstIndex(of: ":") {
            let key = String(message[..<colon])
            if let pair = options?.mapping?.first(where: { $0.key.scalar?.value == key }) {
                mark = pair.value.mark
                errorPath = YAMLPath.appending(path, key: key)
                reason = String(message[message.index(after: colon)...].drop { $0 == " " })
            }
        }
        return YAMLError(mark: mark, path: errorPath, message: "plugin analyzer '\(analyzer)' (\(origin)) refused its options: \(reason)", file: file)
    }
}
