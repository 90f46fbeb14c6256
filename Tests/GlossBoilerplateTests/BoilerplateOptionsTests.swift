import GlossKit
import Testing
@testable import GlossBoilerplate

/// `patterns`, `keep`, `learn-repeats`, option errors and the documented examples.
struct BoilerplateOptionsTests {
    static let registry = AnalyzerRegistry([AnalyzerDescriptor(BoilerplateAnalyzer.self)])

    @Test func extraPatternsRemoveMatchingParagraphs() throws {
        let sponsor = "This coverage is supported by the Springfield Transit Fund."
        let document = try strip(Story.with(sponsor, at: .footer), options: .init(patterns: ["^This coverage is supported by"]))
        #expect(document.removedTexts == [sponsor])
        #expect(document.removedReasons == ["pattern"])
    }

    @Test func keepPatternsWinOverTheRules() throws {
        let text = Story.with("Featured image via Jane Roe/Getty Images", at: .footer)
        let document = try strip(text, options: .init(keep: ["(?i)featured image"]))
        #expect(document.removed == [])
        #expect(document.text == text)
    }

    @Test func badPatternIsASetupErrorNamingTheOption() {
        #expect(throws: AnalyzerSetupError.self) {
            _ = try BoilerplateAnalyzer(options: .init(patterns: ["fine", "(unclosed"]))
        }
        do {
            _ = try BoilerplateAnalyzer(options: .init(keep: ["[z-a]"]))
            Issue.record("a bad keep pattern must not build")
        } catch let error as AnalyzerSetupError {
            #expect(error.option == "keep")
            #expect(error.message.contains("[z-a]"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func badPatternInYAMLPointsAtItsLine() {
        let yaml = """
        version: 1
        pipelines:
          clean:
            steps:
              - strip-boilerplate:
                  patterns:
                    - "^Sponsored"
                    - "(unclosed"
        """
        do {
            _ = try PipelineFile.load(string: yaml, file: "pipelines.yaml", registry: Self.registry)
            Issue.record("a bad pattern must not load")
        } catch {
            #expect(error.mark?.line == 8)
            #expect(error.message.contains("(unclosed"))
        }
    }

    @Test func unknownModeIsNamedAtItsLine() {
        let yaml = "version: 1\npipelines:\n  clean:\n    steps:\n      - strip-boilerplate: {mode: cut}\n"
        do {
            _ = try PipelineFile.load(string: yaml, file: "pipelines.yaml", registry: Self.registry)
            Issue.record("an unknown mode must not load")
        } catch {
            #expect(error.mark?.line == 5)
            #expect(error.message == "mode must be 'remove' or 'mark', not 'cut'")
        }
    }

    @Test func learnRepeatsRemovesParagraphsRecurringInOneSource() throws {
        let analyzer = try BoilerplateAnalyzer(options: .init(learnRepeats: .init(minDocuments: 3)))
        let tagline = "The Springfield Gazette has served readers across the county since 1901."
        let stories = [Story.opening, Story.middle, Story.closing]
        var reasons: [[String]] = []
        for (index, story) in stories.enumerated() {
            var document = Document(id: "\(index)", text: story + "\n\n" + tagline, meta: ["source": .string("gazette.example")])
            analyzer.analyze(&document)
            reasons.append(document.removedReasons)
        }
        #expect(reasons == [[], [], ["repeated"]])

        var other = Document(id: "other", text: Story.opening + "\n\n" + tagline, meta: ["source": .string("review.example")])
        analyzer.analyze(&other)
        #expect(other.removedReasons == [], "another source has its own counts")
    }

    @Test func learnRepeatsIsSafeAcrossThreads() async throws {
        let analyzer = try BoilerplateAnalyzer(options: .init(learnRepeats: .init(minDocuments: 3)))
        let tagline = "The Springfield Gazette has served readers across the county since 1901."
        let reasons = await withTaskGroup(of: [String].self) { group in
            for index in 0..<40 {
                group.addTask {
                    var document = Document(id: "\(index)", text: Story.opening + "\n\n" + tagline, meta: ["source": .string("gazette.example")])
                    analyzer.analyze(&document)
                    return document.removedReasons
                }
            }
            var all: [[String]] = []
            for await result in group { all.append(result) }
            return all
        }
        // Whatever the order, exactly the first two documents to arrive keep the tagline.
        #expect(reasons.filter { $0.isEmpty }.count == 2)
        #expect(reasons.filter { $0 == ["repeated"] }.count == 38)
    }

    @Test func learnRepeatsNeedsAtLeastTwoDocuments() {
        #expect(throws: AnalyzerSetupError.self) {
            _ = try BoilerplateAnalyzer(options: .init(learnRepeats: .init(minDocuments: 1)))
        }
    }

    @Test func repeatMemoryStaysWithinItsCapacity() {
        let memory = RepeatMemory(minDocuments: 2, capacity: 1_000)
        for document in 0..<50 {
            _ = memory.observe(source: "s", paragraphs: (0..<100).map { Array("paragraph \(document)-\($0)".utf8) })
        }
        #expect(memory.entryCount <= 1_000)
    }

    @Test(arguments: BoilerplateAnalyzer.examples.indices)
    func documentedExampleHolds(_ index: Int) throws {
        let example = BoilerplateAnalyzer.examples[index]
        let options = example.options.isEmpty ? "" : ": \(example.options)"
        let yaml = "version: 1\npipelines:\n  example:\n    steps:\n      - strip-boilerplate\(options)\n"
        let pipeline = try PipelineFile.load(string: yaml, file: "example.yaml", registry: Self.registry).pipeline(named: "example")
        var document = Document(id: "example", text: example.text)
        try pipeline.run(&document)
        let record = try JSONParser.parse(RecordWriter.record(for: document))
        let expected = try JSONParser.parse(example.expected)
        for (key, value) in expected.objectValue ?? JSONObject() {
            #expect(record[key] == value, "\(example.note): \(key)")
        }
    }
}
