#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `plugins:` list of a pipelines file, loaded into analyzer descriptors:
///
///     plugins:
///       - library: Plugins/lib/libGlossReadability.so   # relative to this file
///       - library: GlossReadability                      # a bare name: searched in GLOSS_PLUGIN_PATH
///       - command: [python3, Plugins/keywords/keywords.py]
///         name: keywords
///         timeout: 30                                    # seconds per document (default 30)
///
/// Plugins load only from the paths written here: never from input data.
public enum PluginSection {
    /// The environment variable listing directories (separated by `:`) for bare library names.
    public static let searchPathVariable = "GLOSS_PLUGIN_PATH"
    static let keys = ["library", "command", "name", "timeout"]

    /// Descriptors of every analyzer the section provides, with the position of the entry that
    /// provides it (for name-clash messages).
    static func load(_ node: YAMLNode, file: String) throws(YAMLError) -> [(descriptor: AnalyzerDescriptor, mark: YAMLMark)] {
        guard let items = node.sequence else {
            if node.scalar?.isNull == true { return [] }
            throw YAMLError(mark: node.mark, path: "plugins", message: "expected a list of plugins ('- library: PATH' or '- command: [...]'), found \(node.kindDescription)")
        }
        let directory = directoryOf(file)
        var result: [(AnalyzerDescriptor, YAMLMark)] = []
        for (index, item) in items.enumerated() {
            let path = YAMLPath.appending("plugins", index: index)
            guard let pairs = item.mapping else {
                throw YAMLError(mark: item.mark, path: path, message: "expected a mapping with 'library' or 'command', found \(item.kindDescription)")
            }
            try PipelineFile.rejectUnknownKeys(pairs, allowed: keys, path: path)
            func fail(_ node: YAMLNode, _ key: String?, _ message: String) -> YAMLError {
                YAMLError(mark: node.mark, path: key.map { YAMLPath.appending(path, key: $0) } ?? path, message: message)
            }
            switch (item["library"], item["command"]) {
            case (let library?, nil):
                for key in ["name", "timeout"] where item[key] != nil {
                    throw fail(item[key]!, key, "'\(key)' applies to command analyzers only; a library names its analyzers itself")
                }
                guard let value = library.scalar, !value.isNull, !value.value.isEmpty else {
                    throw fail(library, "library", "expected a library path or name, found \(library.kindDescription)")
                }
                let loaded: [AnalyzerDescriptor]
                do {
                    loaded = try LibraryPlugin.open(try resolveLibrary(value.value, relativeTo: directory)).descriptors()
                } catch {
                    throw fail(library, "library", error.message)
                }
                result += loaded.map { ($0, library.mark) }
            case (nil, let command?):
                let arguments: [String]
                if let scalar = command.scalar, !scalar.isNull, !scalar.value.isEmpty {
                    arguments = [scalar.value]
                } else if let parts = command.sequence, !parts.isEmpty, parts.allSatisfy({ $0.scalar.map { !$0.isNull } ?? false }) {
                    arguments = parts.map { $0.scalar!.value }
                } else {
                    throw fail(command, "command", "expected the command as a list, e.g. [python3, keywords.py], found \(command.kindDescription)")
                }
                guard let nameNode = item["name"] else {
                    throw fail(item, nil, "a command analyzer needs 'name:' (the step name and the key of its output)")
                }
                guard let name = nameNode.scalar?.value, !name.isEmpty, nameNode.scalar?.isNull == false else {
                    throw fail(nameNode, "name", "expected an analyzer name, found \(nameNode.kindDescription)")
                }
                var timeout = CommandPlugin.defaultTimeout
                if let timeoutNode = item["timeout"] {
                    guard let seconds = timeoutNode.scalar?.doubleValue, seconds > 0, seconds.isFinite else {
                        throw fail(timeoutNode, "timeout", "expected a positive number of seconds, found \(timeoutNode.kindDescription)")
                    }
                    timeout = seconds
                }
                do {
                    let plugin = try CommandPlugin.probe(name: name, arguments: arguments, directory: directory, timeout: timeout)
                    result.append((plugin.descriptor(), nameNode.mark))
                } catch {
                    throw fail(command, "command", error.message)
                }
            case (_?, _?):
                throw fail(item, nil, "an entry is either 'library:' or 'command:', not both")
            case (nil, nil):
                throw fail(item, nil, "expected 'library: PATH' or 'command: [...]'")
            }
        }
        return result
    }

    /// A path with a `/` is relative to the pipelines file; a bare name is looked up in
    /// GLOSS_PLUGIN_PATH as NAME, libNAME.so or libNAME.dylib.
    static func resolveLibrary(_ value: String, relativeTo directory: String) throws(PluginLoadError) -> String {
        if value.contains("/") {
            return value.hasPrefix("/") ? value : directory + "/" + value
        }
        guard let searchPath = getenv(searchPathVariable).map({ String(cString: $0) }), !searchPath.isEmpty else {
            throw PluginLoadError("plugin library '\(value)' not found: a bare name is looked up in \(searchPathVariable), which is not set (write ./\(value) for a file next to the pipelines file)")
        }
        let directories = searchPath.split(separator: ":").map(String.init)
        for folder in directories {
            for candidate in [value, "lib\(value).so", "lib\(value).dylib"] {
                let path = (folder.hasSuffix("/") ? folder : folder + "/") + candidate
                var info = stat()
                if stat(path, &info) == 0 { return path.hasPrefix("/") || path.hasPrefix(".") ? path : "./" + path }
            }
        }
        throw PluginLoadError("plugin library '\(value)' not found in \(searchPathVariable) (\(directories.joined(separator: ", ")))")
    }

    static func directoryOf(_ file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "." }
        return slash == file.startIndex ? "/" : String(file[..<slash])
    }
}
