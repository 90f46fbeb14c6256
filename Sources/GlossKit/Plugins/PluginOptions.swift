/// Step options and option help as they cross the plugin boundary: JSON, both ways.
///
/// The host turns a step's YAML options into a JSON object for `create()` (plain scalars become
/// null, booleans and numbers by the YAML core schema, quoted ones stay strings); the Swift export
/// helper turns that JSON back into a YAML node so the plugin's `Options` decode exactly as a
/// built-in's would, unknown keys and "did you mean" included.
enum PluginOptions {
    /// The step's options as JSON (an empty object when the step has none).
    static func json(from node: YAMLNode?) -> JSONValue {
        guard let node else { return .object(JSONObject()) }
        return value(node)
    }

    private static func value(_ node: YAMLNode) -> JSONValue {
        switch node.content {
        case .scalar(let scalar):
            if scalar.isNull { return .null }
            if let flag = scalar.boolValue { return .bool(flag) }
            if let number = scalar.intValue { return .int(number) }
            if let number = scalar.doubleValue, number.isFinite { return .double(number) }
            return .string(scalar.value)
        case .sequence(let items):
            return .array(items.map(value))
        case .mapping(let pairs):
            var object = JSONObject()
            for pair in pairs { object[pair.key.scalar?.value ?? ""] = value(pair.value) }
            return .object(object)
        }
    }

    /// A YAML node that decodes like the YAML the JSON came from.
    static func node(from json: JSONValue, file: String) -> YAMLNode {
        let mark = YAMLMark(file: file, line: 1, column: 1)
        func make(_ content: YAMLNode.Content) -> YAMLNode {
            YAMLNode(content, mark: mark, tag: nil, expandedSize: 1)
        }
        switch json {
        case .null: return make(.scalar(YAMLScalar(value: "null", isPlain: true)))
        case .bool(let flag): return make(.scalar(YAMLScalar(value: flag ? "true" : "false", isPlain: true)))
        case .int(let number): return make(.scalar(YAMLScalar(value: String(number), isPlain: true)))
        case .double(let number): return make(.scalar(YAMLScalar(value: String(number), isPlain: true)))
        case .number(let text): return make(.scalar(YAMLScalar(value: text, isPlain: true)))
        case .string(let text): return make(.scalar(YAMLScalar(value: text, isPlain: false)))
        case .array(let items): return make(.sequence(items.map { node(from: $0, file: file) }))
        case .object(let object):
            return make(.mapping(object.map { key, item in
                YAMLPair(key: make(.scalar(YAMLScalar(value: key, isPlain: false))), value: node(from: item, file: file))
            }))
        }
    }

    /// Option help as the JSON array of the C ABI (`options_help`).
    static func helpJSON(_ options: [OptionHelp]) -> [UInt8] {
        var json = JSONWriter()
        json.value(.array(options.map { option in
            .object(["key": .string(option.key), "type": .string(option.type),
                     "default": .string(option.defaultValue), "summary": .string(option.summary)])
        }))
        return json.bytes
    }

    /// Option help read back from a plugin's JSON array; nil describes what is wrong.
    static func help(from json: JSONValue?) -> Result<[OptionHelp], OptionsHelpError> {
        guard let json, json != .null else { return .success([]) }
        guard let items = json.arrayValue else { return .failure(OptionsHelpError(message: "options help must be a JSON array, found \(json.typeDescription)")) }
        var result: [OptionHelp] = []
        for item in items {
            guard let key = item["key"]?.stringValue else {
                return .failure(OptionsHelpError(message: "every options help entry needs a string \"key\""))
            }
            result.append(OptionHelp(key, type: item["type"]?.stringValue ?? "", default: item["default"]?.stringValue ?? "",
                                     item["summary"]?.stringValue ?? ""))
        }
        return .success(result)
    }

    /// Examples as the JSON array of the C ABI (`examples`).
    static func examplesJSON(_ examples: [AnalyzerExample]) -> [UInt8] {
        var json = JSONWriter()
        json.value(.array(examples.map { example in
            .object(["note": .string(example.note), "text": .string(example.text), "options": .string(example.options),
                     "before": .array(example.before.map { .string($0) }), "expected": .string(example.expected),
                     "exact": .bool(example.exact)])
        }))
        return json.bytes
    }

    /// Examples read back from a plugin's JSON array.
    static func examples(from json: JSONValue?) -> Result<[AnalyzerExample], OptionsHelpError> {
        guard let json, json != .null else { return .success([]) }
        guard let items = json.arrayValue else { return .failure(OptionsHelpError(message: "examples must be a JSON array, found \(json.typeDescription)")) }
        var result: [AnalyzerExample] = []
        for item in items {
            guard let text = item["text"]?.stringValue, let expected = item["expected"]?.stringValue else {
                return .failure(OptionsHelpError(message: "every example needs string \"text\" and \"expected\""))
            }
            result.append(AnalyzerExample(item["note"]?.stringValue ?? "", text: text, options: item["options"]?.stringValue ?? "",
                                          before: item["before"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                                          expected: expected, exact: item["exact"] == .bool(true)))
        }
        return .success(result)
    }

    struct OptionsHelpError: Error {
        let message: String
    }
}
