/// A loaded and fully validated pipelines file (`pipelines.yaml`, schema in DESIGN.md):
///
///     version: 1
///     default: news
///     pipelines:
///       news:
///         description: ...
///         steps:
///           - strip-boilerplate
///           - quotes: {min-words: 4}
///
/// Every pipeline in the file is built (analyzer names resolved, options decoded, analyzers
/// constructed, step order checked) when the file loads, so a mistake anywhere in the file is
/// reported before any input is read.
public struct PipelineFile: Sendable {
    /// The only schema version this build understands.
    public static let supportedVersion = 1
    static let topLevelKeys = ["version", "default", "plugins", "pipelines"]
    static let pipelineKeys = ["description", "steps"]

    /// The file name used in messages.
    public let file: String
    public let defaultPipeline: String?
    /// Pipelines in file order.
    public let pipelines: [Pipeline]

    /// Loads and validates a pipelines file against the analyzers in `registry`.
    public static func load(path: String, registry: AnalyzerRegistry) throws(YAMLError) -> PipelineFile {
        let root = try YAMLLoader.load(file: path)
        return try build(root: root, file: path, registry: registry)
    }

    /// Loads and validates pipelines written as a string (`file` names it in messages).
    public static func load(string: String, file: String, registry: AnalyzerRegistry) throws(YAMLError) -> PipelineFile {
        let root = try YAMLLoader.load(string: string, file: file)
        return try build(root: root, file: file, registry: registry)
    }

    /// The pipeline called `name`, or the file's default pipeline when `name` is nil.
    public func pipeline(named name: String?) throws(PipelineSelectionError) -> Pipeline {
        guard let wanted = name ?? defaultPipeline else {
            if pipelines.count == 1 { return pipelines[0] }
            throw PipelineSelectionError(message: "\(file): no 'default' pipeline is set; choose one with --pipeline (\(pipelines.map(\.name).joined(separator: ", ")))")
        }
        if let found = pipelines.first(where: { $0.name == wanted }) { return found }
        let hint = Suggestion.hint(for: wanted, among: pipelines.map(\.name))
        throw PipelineSelectionError(message: "\(file): no pipeline named '\(wanted)'\(hint); pipelines: \(pipelines.map(\.name).joined(separator: ", "))")
    }

    static func build(root: YAMLNode?, file: String, registry: AnalyzerRegistry) throws(YAMLError) -> PipelineFile {
        guard let root else {
            throw YAMLError(mark: nil, path: "", message: "the file is empty: expected a mapping with 'version', 'default' and 'pipelines'", file: file)
        }
        let top = try mapping(root, path: "", what: "a mapping with 'version', 'default' and 'pipelines'")
        try rejectUnknownKeys(top, allowed: topLevelKeys, path: "")

        guard let versionPair = top.first(where: { $0.key.scalar?.value == "version" }) else {
            throw YAMLError(mark: root.mark, path: "", message: "missing required key 'version' (write 'version: \(supportedVersion)' at the top)")
        }
        guard let version = versionPair.value.scalar?.intValue else {
            throw YAMLError(mark: versionPair.value.mark, path: "version", message: "expected an integer, found \(versionPair.value.kindDescription)")
        }
        guard version == supportedVersion else {
            throw YAMLError(mark: versionPair.value.mark, path: "version", message: "unsupported version \(version); this gloss reads version \(supportedVersion)")
        }

        let registry = try registryWithPlugins(top, file: file, registry: registry)

        guard let pipelinesPair = top.first(where: { $0.key.scalar?.value == "pipelines" }) else {
            throw YAMLError(mark: root.mark, path: "", message: "missing required key 'pipelines'")
        }
        let entries = try mapping(pipelinesPair.value, path: "pipelines", what: "a mapping of pipeline names to pipelines")
        guard !entries.isEmpty else {
            throw YAMLError(mark: pipelinesPair.value.mark, path: "pipelines", message: "no pipelines defined")
        }
        var pipelines: [Pipeline] = []
        for entry in entries {
            guard let name = entry.key.scalar?.value, !name.isEmpty else {
                throw YAMLError(mark: entry.key.mark, path: "pipelines", message: "a pipeline name must be a non-empty string, found \(entry.key.kindDescription)")
            }
            pipelines.append(try buildPipeline(name: name, node: entry.value, file: file, registry: registry))
        }

        var defaultName: String?
        if let defaultPair = top.first(where: { $0.key.scalar?.value == "default" }) {
            guard let scalar = defaultPair.value.scalar, !scalar.isNull else {
                throw YAMLError(mark: defaultPair.value.mark, path: "default", message: "expected a pipeline name, found \(defaultPair.value.kindDescription)")
            }
            guard pipelines.contains(where: { $0.name == scalar.value }) else {
                let hint = Suggestion.hint(for: scalar.value, among: pipelines.map(\.name))
                throw YAMLError(mark: defaultPair.value.mark, path: "default", message: "no pipeline named '\(scalar.value)'\(hint)")
            }
            defaultName = scalar.value
        }
        return PipelineFile(file: file, defaultPipeline: defaultName, pipelines: pipelines)
    }

    /// The analyzers a pipelines file may name: `registry` plus those of its `plugins:` list,
    /// without building its pipelines (for `gloss analyzers --config FILE`).
    public static func registry(path: String, registry: AnalyzerRegistry) throws(YAMLError) -> AnalyzerRegistry {
        guard let root = try YAMLLoader.load(file: path), let top = root.mapping else { return registry }
        return try registryWithPlugins(top, file: path, registry: registry)
    }

    /// Loads the `plugins:` list (before any step is resolved) and registers its analyzers.
    static func registryWithPlugins(_ top: [YAMLPair], file: String, registry: AnalyzerRegistry) throws(YAMLError) -> AnalyzerRegistry {
        guard let plugins = top.first(where: { $0.key.scalar?.value == "plugins" })?.value else { return registry }
        var registry = registry
        for (descriptor, mark) in try PluginSection.load(plugins, file: file) {
            do {
                try registry.register(descriptor)
            } catch {
                throw YAMLError(mark: mark, path: "plugins", message: error.message)
            }
        }
        return registry
    }

    static func buildPipeline(name: String, node: YAMLNode, file: String, registry: AnalyzerRegistry) throws(YAMLError) -> Pipeline {
        let path = YAMLPath.appending("pipelines", key: name)
        let pairs = try mapping(node, path: path, what: "a mapping with 'description' and 'steps'")
        try rejectUnknownKeys(pairs, allowed: pipelineKeys, path: path)

        var description: String?
        if let value = pairs.first(where: { $0.key.scalar?.value == "description" })?.value {
            guard let scalar = value.scalar else {
                throw YAMLError(mark: value.mark, path: YAMLPath.appending(path, key: "description"), message: "expected a string, found \(value.kindDescription)")
            }
            description = scalar.isNull ? nil : scalar.value
        }
        guard let stepsNode = pairs.first(where: { $0.key.scalar?.value == "steps" })?.value else {
            throw YAMLError(mark: node.mark, path: path, message: "missing required key 'steps'")
        }
        let stepsPath = YAMLPath.appending(path, key: "steps")
        guard let items = stepsNode.sequence else {
            throw YAMLError(mark: stepsNode.mark, path: stepsPath, message: "expected a list of steps, found \(stepsNode.kindDescription)")
        }
        guard !items.isEmpty else {
            throw YAMLError(mark: stepsNode.mark, path: stepsPath, message: "a pipeline needs at least one step")
        }

        var steps: [PipelineStep] = []
        for (index, item) in items.enumerated() {
            let itemPath = YAMLPath.appending(stepsPath, index: index)
            let (nameNode, options) = try stepParts(item, path: itemPath)
            let stepName = nameNode.scalar?.value ?? ""
            guard let descriptor = registry[stepName] else {
                let hint = Suggestion.hint(for: stepName, among: registry.names)
                throw YAMLError(mark: nameNode.mark, path: itemPath, message: "unknown analyzer '\(stepName)'\(hint)")
            }
            if descriptor.rewritesText, let annotating = steps.first(where: { !$0.rewritesText }) {
                throw YAMLError(mark: nameNode.mark, path: itemPath,
                                message: "'\(stepName)' rewrites the text, so it must come before annotating steps ('\(annotating.name)' at line \(annotating.mark.line))")
            }
            let built: any DocumentStep
            do {
                built = try descriptor.makeStep(options: options, path: YAMLPath.appending(itemPath, key: stepName), file: file)
            } catch {
                // A step without options has no options node to point at: point at its name.
                throw error.mark == nil ? YAMLError(mark: nameNode.mark, path: error.path, message: error.message, file: file) : error
            }
            steps.append(PipelineStep(name: stepName, mark: nameNode.mark, rewritesText: descriptor.rewritesText, step: built))
        }
        return Pipeline(name: name, description: description, steps: steps)
    }

    /// A step is a bare analyzer name, or a one-key mapping `name: {options}`.
    static func stepParts(_ item: YAMLNode, path: String) throws(YAMLError) -> (name: YAMLNode, options: YAMLNode?) {
        let shape = "a step is an analyzer name or a one-key mapping 'name: {options}'"
        switch item.content {
        case .scalar(let scalar):
            guard !scalar.isNull else { throw YAMLError(mark: item.mark, path: path, message: "empty step: \(shape)") }
            return (item, nil)
        case .mapping(let pairs):
            guard pairs.count == 1, pairs[0].key.scalar != nil else {
                let extra = pairs.count > 1 ? " (found \(pairs.count) keys: \(pairs.compactMap { $0.key.scalar?.value }.joined(separator: ", ")); indent the options under the name)" : ""
                throw YAMLError(mark: item.mark, path: path, message: shape + extra)
            }
            let options = pairs[0].value
            if let scalar = options.scalar, scalar.isNull { return (pairs[0].key, nil) }
            guard options.mapping != nil else {
                let name = pairs[0].key.scalar?.value ?? ""
                throw YAMLError(mark: options.mark, path: YAMLPath.appending(path, key: name), message: "expected a mapping of options, found \(options.kindDescription)")
            }
            return (pairs[0].key, options)
        case .sequence:
            throw YAMLError(mark: item.mark, path: path, message: "\(shape), found a list")
        }
    }

    static func mapping(_ node: YAMLNode, path: String, what: String) throws(YAMLError) -> [YAMLPair] {
        guard let pairs = node.mapping else {
            throw YAMLError(mark: node.mark, path: path, message: "expected \(what), found \(node.kindDescription)")
        }
        return pairs
    }

    static func rejectUnknownKeys(_ pairs: [YAMLPair], allowed: [String], path: String) throws(YAMLError) {
        for pair in pairs {
            let key = pair.key.scalar?.value ?? ""
            if !allowed.contains(key) {
                throw YAMLError(mark: pair.key.mark, path: path, message: "unknown key '\(key)'\(Suggestion.hint(for: key, among: allowed))")
            }
        }
    }
}

/// `--pipeline NAME` names no pipeline of the file (or the file has no default).
public struct PipelineSelectionError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
