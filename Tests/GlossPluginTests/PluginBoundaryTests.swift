import GlossKit
@testable import GlossReadability
import GlossTestSupport
import Testing

/// The boundary itself, in process: a record crosses as JSON and comes back as the same
/// annotations, and an analyzer gives the same output through the C ABI as when called directly.
@Suite("Plugin boundary")
struct PluginBoundaryTests {
    static let text = "Angela Merkel sagte in Brüssel: “Wir schaffen das.” Die Börse reagierte ruhig."

    /// A document with every kind of annotation, offsets placed on multi-byte characters.
    static func annotated() -> Document {
        var document = Document(id: "merkel-1", text: text, meta: ["source": .string("wire")])
        func span(_ needle: String) -> Span {
            let bytes = Array(text.utf8)
            let target = Array(needle.utf8)
            let start = (0...(bytes.count - target.count)).first { Array(bytes[$0..<($0 + target.count)]) == target }!
            return Span(start, start + target.count)
        }
        document.sentences = [span("Angela Merkel sagte in Brüssel: “Wir schaffen das.”"), span("Die Börse reagierte ruhig.")]
        document.entities = [Entity(span: span("Angela Merkel"), text: "Angela Merkel", label: .person, canonical: "Angela Merkel"),
                             Entity(span: span("Brüssel"), text: "Brüssel", label: .gpe, canonical: "Brüssel")]
        document.quotes = [Quote(span: span("Wir schaffen das."), text: "Wir schaffen das.", speaker: "Angela Merkel",
                                 speakerSpan: span("Angela Merkel"), cue: "sagte")]
        document.sentiment = SentimentAnnotation(score: 0.25, sentences: [ScoredSpan(span: span("Die Börse reagierte ruhig."), score: 0.5)],
                                                 entities: [EntitySentiment(canonical: "Brüssel", score: 0.1, mentions: 1)])
        document.extensions["keywords"] = .array([.string("Börse")])
        return document
    }

    @Test func recordReaderRestoresWhatTheRecordWriterWrote() throws {
        let original = Self.annotated()
        let restored = try RecordReader.document(from: RecordWriter.record(for: original))
        #expect(restored.id == original.id)
        #expect(restored.text == original.text)
        #expect(restored.meta == original.meta)
        #expect(restored.sentences == original.sentences)
        #expect(restored.entities == original.entities)
        #expect(restored.quotes == original.quotes)
        #expect(restored.sentiment == original.sentiment)
        #expect(restored.extensions == original.extensions)
    }

    @Test func recordReaderRejectsOffsetsOutsideTheText() {
        #expect(throws: RecordReader.Failure.self) {
            try RecordReader.document(from: Array(#"{"id": "x", "text": "short", "sentences": [{"start": 0, "end": 99}]}"#.utf8))
        }
    }

    @Test func libraryAnalyzerMatchesTheSameAnalyzerCalledDirectly() throws {
        let yaml = """
        version: 1
        plugins:
          - library: \(BuildFolder.library("GlossReadability"))
        pipelines:
          plain:
            steps: [sentences, readability]
        """
        let registry = AnalyzerRegistry([AnalyzerDescriptor(SentencesAnalyzer.self)])
        let pipeline = try PipelineFile.load(string: yaml, file: "boundary.yaml", registry: registry).pipeline(named: nil)
        var throughPlugin = Self.annotated()
        try pipeline.run(&throughPlugin)
        var direct = Self.annotated()
        try ReadabilityAnalyzer(options: .init()).analyze(&direct)
        #expect(throughPlugin.extensions["readability"] != nil)
        #expect(throughPlugin.extensions["readability"] == direct.extensions["readability"])
        // Only the analyzer's own key comes back: earlier annotations are untouched.
        #expect(throughPlugin.entities == direct.entities)
        #expect(throughPlugin.extensions["keywords"] == direct.extensions["keywords"])
    }
}

/// The Readability plugin's own examples, run through the loaded library (the C ABI), exactly
/// as the generic test runs a built-in's examples.
@Suite("Plugin examples through the C ABI")
struct PluginExamplesTests {
    static func registry(in directory: TemporaryDirectory) throws -> AnalyzerRegistry {
        let yaml = "version: 1\nplugins:\n  - library: \(BuildFolder.library("GlossReadability"))\npipelines:\n  p:\n    steps: [readability]\n"
        return try PipelineFile.registry(path: directory.write(yaml, to: "p.yaml"),
                                         registry: AnalyzerRegistry([AnalyzerDescriptor(SentencesAnalyzer.self)]))
    }

    @Test func examplesCrossTheBoundaryAndHold() throws {
        let directory = try TemporaryDirectory(prefix: "gloss-plugin-test")
        let registry = try Self.registry(in: directory)
        let descriptor = try #require(registry["readability"])
        #expect(descriptor.examples.count == ReadabilityAnalyzer.examples.count)
        #expect(descriptor.origin.hasSuffix("libGlossReadability.so") || descriptor.origin.hasSuffix(".dylib"))
        for example in descriptor.examples {
            let problems = ExampleChecker.problems(in: example, of: "readability", registry: registry)
            #expect(problems.isEmpty, "\(example.note)\n\(problems.joined(separator: "\n"))")
        }
    }
}

/// The keywords command's own examples (sent in its handshake), run through the Python process.
@Suite("Command analyzer examples")
struct CommandExamplesTests {
    @Test func keywordsExamplesHold() throws {
        let yaml = """
        version: 1
        plugins:
          - command: [python3, \(PackageRoot.path)/Plugins/keywords/keywords.py]
            name: keywords
        pipelines:
          p:
            steps: [keywords]
        """
        let directory = try TemporaryDirectory(prefix: "gloss-plugin-test")
        let registry = try PipelineFile.registry(path: directory.write(yaml, to: "p.yaml"), registry: AnalyzerRegistry())
        let descriptor = try #require(registry["keywords"])
        #expect(descriptor.examples.count == 2)
        for example in descriptor.examples {
            let problems = ExampleChecker.problems(in: example, of: "keywords", registry: registry)
            #expect(problems.isEmpty, "\(example.note)\n\(problems.joined(separator: "\n"))")
        }
    }
}
