import Testing
@testable import GlossKit

/// Options shaped like a real analyzer's.
struct SampleOptions: Decodable, Equatable {
    enum Mode: String, Decodable { case remove, mark }
    var threshold: Double = 0.5
    var minWords: Int = 3
    var mode: Mode = .remove
    var labels: [String] = []
    var verbose = false

    enum CodingKeys: String, CodingKey {
        case threshold, minWords = "min-words", mode, labels, verbose
    }

    init() {}

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        threshold = try container.decodeIfPresent(Double.self, forKey: .threshold) ?? threshold
        minWords = try container.decodeIfPresent(Int.self, forKey: .minWords) ?? minWords
        mode = try container.decodeIfPresent(Mode.self, forKey: .mode) ?? mode
        labels = try container.decodeIfPresent([String].self, forKey: .labels) ?? labels
        verbose = try container.decodeIfPresent(Bool.self, forKey: .verbose) ?? verbose
    }
}

struct RequiredOptions: Decodable {
    var file: String
}

@Suite("YAML decoding")
struct YAMLDecoderTests {
    let path = "pipelines.news.steps[2].sample"

    func decode<T: Decodable>(_ type: T.Type, _ text: String) throws(YAMLError) -> T {
        let node = try YAMLLoader.load(string: text, file: "pipelines.yaml")
        return try YAMLDecoder().decode(type, from: node, path: path, file: "pipelines.yaml")
    }

    func message<T: Decodable>(_ type: T.Type, _ text: String) -> String? {
        do {
            _ = try decode(type, text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func decodesValuesAndDefaults() throws {
        let options = try decode(SampleOptions.self, "threshold: 0.8\nmin-words: 5\nmode: mark\nlabels: [PERSON, ORG]\n")
        #expect(options.threshold == 0.8)
        #expect(options.minWords == 5)
        #expect(options.mode == .mark)
        #expect(options.labels == ["PERSON", "ORG"])
        #expect(options.verbose == false)
        #expect(try YAMLDecoder().decode(SampleOptions.self, from: nil, path: path, file: "p.yaml") == SampleOptions())
    }

    @Test func unknownOptionSuggestsTheClosestKey() {
        #expect(message(SampleOptions.self, "min-words: 2\ntreshold: 0.3\n")
                == "pipelines.yaml:2:1: pipelines.news.steps[2].sample: unknown option 'treshold' (did you mean 'threshold'?)")
    }

    @Test func unknownOptionWithoutCloseMatch() {
        #expect(message(SampleOptions.self, "colour: red\n") == "pipelines.yaml:1:1: pipelines.news.steps[2].sample: unknown option 'colour'")
    }

    @Test func wrongTypesNameWhatWasExpected() {
        #expect(message(SampleOptions.self, "min-words: many\n")
                == "pipelines.yaml:1:12: pipelines.news.steps[2].sample.min-words: expected an integer, found 'many'")
        #expect(message(SampleOptions.self, "verbose: 3\n")
                == "pipelines.yaml:1:10: pipelines.news.steps[2].sample.verbose: expected a boolean (true or false), found '3'")
        #expect(message(SampleOptions.self, "labels: PERSON\n")
                == "pipelines.yaml:1:9: pipelines.news.steps[2].sample.labels: expected a list, found 'PERSON'")
        #expect(message(SampleOptions.self, "labels: [PERSON, [ORG]]\n")
                == "pipelines.yaml:1:18: pipelines.news.steps[2].sample.labels[1]: expected a string, found a sequence")
        #expect(message(SampleOptions.self, "- a\n") == "pipelines.yaml:1:1: pipelines.news.steps[2].sample: expected a mapping, found a sequence")
    }

    @Test func invalidEnumValueNamesTheValue() {
        let text = message(SampleOptions.self, "mode: delete\n")
        #expect(text?.hasPrefix("pipelines.yaml:1:7: pipelines.news.steps[2].sample.mode: ") == true)
    }

    @Test func missingRequiredOption() {
        #expect(message(RequiredOptions.self, "{}") == "pipelines.yaml:1:1: pipelines.news.steps[2].sample: missing required option 'file'")
    }

    @Test func quotedNumbersAreStringsNotIntegers() {
        #expect(message(SampleOptions.self, "min-words: '4'\n")
                == "pipelines.yaml:1:12: pipelines.news.steps[2].sample.min-words: expected an integer, found '4'")
    }
}
