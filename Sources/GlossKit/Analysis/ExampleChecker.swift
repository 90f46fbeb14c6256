/// Runs an analyzer's `examples` and compares the output records with what they expect.
/// One generic test calls this for every registered analyzer (the examples are the analyzer's
/// documentation and its tests at once).
public enum ExampleChecker {
    /// Problems found running `example` of the analyzer `name`; empty when the example holds.
    public static func problems(in example: AnalyzerExample, of name: String, registry: AnalyzerRegistry) -> [String] {
        var yaml = "version: 1\npipelines:\n  example:\n    steps:\n"
        for step in example.before { yaml += "      - \(step)\n" }
        yaml += example.options.isEmpty ? "      - \(name)\n" : "      - \(name): \(example.options)\n"
        let pipeline: Pipeline
        do {
            pipeline = try PipelineFile.load(string: yaml, file: "example", registry: registry).pipeline(named: "example")
        } catch {
            return ["cannot build the example's pipeline: \(error)"]
        }
        var document = Document(id: "example", text: example.text)
        do {
            try pipeline.run(&document)
        } catch {
            return ["the analyzer failed: \(error)"]
        }
        let actual: JSONValue
        let expected: JSONValue
        do {
            actual = try JSONParser.parse(RecordWriter.record(for: document))
            expected = try JSONParser.parse(example.expected)
        } catch {
            return ["the expected JSON is invalid: \(error)"]
        }
        var problems: [String] = []
        compare(expected, actual, path: "", exact: example.exact, problems: &problems)
        if !problems.isEmpty {
            problems.append("record: \(String(decoding: RecordWriter.record(for: document), as: UTF8.self))")
        }
        return problems
    }

    static func compare(_ expected: JSONValue, _ actual: JSONValue, path: String, exact: Bool, problems: inout [String]) {
        switch (expected, actual) {
        case (.object(let want), .object(let have)):
            for (key, value) in want {
                guard let found = have[key] else {
                    problems.append("\(path.isEmpty ? key : path + "." + key): missing")
                    continue
                }
                compare(value, found, path: path.isEmpty ? key : path + "." + key, exact: exact, problems: &problems)
            }
        case (.array(let want), .array(let have)):
            if exact && want.count != have.count {
                problems.append("\(path): expected \(want.count) items, found \(have.count)")
                return
            }
            // Each expected element must match a distinct actual element, in order.
            var next = 0
            for (index, item) in want.enumerated() {
                var matched = false
                while next < have.count {
                    var trial: [String] = []
                    compare(item, have[next], path: path, exact: exact, problems: &trial)
                    next += 1
                    if trial.isEmpty {
                        matched = true
                        break
                    }
                }
                if !matched {
                    problems.append("\(path)[\(index)]: no match for \(describe(item))")
                    return
                }
            }
        case (.string(let sign), _) where (sign == "<0" || sign == ">0") && actual.numberValue != nil:
            let number = actual.numberValue ?? 0
            if (sign == "<0" && number >= 0) || (sign == ">0" && number <= 0) {
                problems.append("\(path): expected \(sign), found \(number)")
            }
        case _ where expected.numberValue != nil && actual.numberValue != nil:
            if abs((expected.numberValue ?? 0) - (actual.numberValue ?? 0)) > 1e-6 {
                problems.append("\(path): expected \(describe(expected)), found \(describe(actual))")
            }
        default:
            if expected != actual {
                problems.append("\(path): expected \(describe(expected)), found \(describe(actual))")
            }
        }
    }

    static func describe(_ value: JSONValue) -> String {
        var writer = JSONWriter()
        writer.value(value)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
