import Foundation
import GlossTestSupport
import Testing

/// `gloss run` with a Swift plugin library and a Python command analyzer between built-in steps.
@Suite("Plugins, end to end")
struct PluginEndToEndTests {
    static let articles = [
        ("budget", "The finance minister presented the budget on Tuesday. Spending on hospitals will rise. "
            + "Opposition leaders said the budget ignores rural schools, and rural schools need money now."),
        ("zürich", "Zürich’s city council approved the tram extension. Residents of Höngg welcomed the tram extension."),
        ("short", "Markets closed higher."),
    ]

    static func pipelines(plugin library: String) -> String {
        """
        version: 1
        default: news
        plugins:
          - library: \(library)
          - command: [python3, \(PackageRoot.path)/Plugins/keywords/keywords.py]
            name: keywords
        pipelines:
          news:
            steps:
              - sentences
              - readability: {min-words: 5}
              - keywords: {top: 4}
              - sentences
        """
    }

    @Test func swiftLibraryAndPythonCommandRunBetweenBuiltins() throws {
        let directory = try TemporaryDirectory(prefix: "gloss-plugin-test", files: ["pipelines.yaml": Self.pipelines(plugin: BuildFolder.library("GlossReadability"))])
        let result = try directory.gloss(["run", "--jobs", "2"], stdin: JSONLines.documents(Self.articles))
        #expect(result.status == 0, "\(result.stderr)")
        let records = result.records
        #expect(records.map { $0["id"] as? String } == ["budget", "zürich", "short"])

        for record in records {
            #expect(record["error"] == nil)
            #expect(record["sentences"] is [Any])
            let text = try #require(record["text"] as? String)
            let scalars = Array(text.unicodeScalars)
            let keywords = try #require(record["keywords"] as? [[String: Any]])
            for keyword in keywords {
                // Offsets are code points into the output text, as for built-in analyzers.
                let start = try #require(keyword["start"] as? Int)
                let end = try #require(keyword["end"] as? Int)
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<end])
                #expect(String(view) == keyword["text"] as? String)
            }
        }

        let budget = try #require(records[0]["readability"] as? [String: Any])
        #expect(budget["words"] as? Int == 27)
        #expect(budget["sentences"] as? Int == 3)
        #expect((budget["flesch_reading_ease"] as? Double).map { (0...100).contains($0) } == true)
        let keywordTexts = (records[0]["keywords"] as? [[String: Any]])?.compactMap { $0["text"] as? String } ?? []
        #expect(keywordTexts.contains("rural schools"))
        #expect(((records[1]["keywords"] as? [[String: Any]]) ?? []).contains { ($0["text"] as? String) == "tram extension" })

        let short = try #require(records[2]["readability"] as? [String: Any])
        #expect(short["words"] as? Int == 3)
        #expect(short["flesch_reading_ease"] is NSNull, "min-words 5 leaves a three-word text unscored")
    }

    @Test func bareLibraryNameIsFoundThroughGlossPluginPath() throws {
        let directory = try TemporaryDirectory(prefix: "gloss-plugin-test", files: ["pipelines.yaml": Self.pipelines(plugin: "GlossReadability")])
        let result = try directory.gloss(["run"], stdin: JSONLines.documents([Self.articles[2]]),
                                         environment: ["GLOSS_PLUGIN_PATH": "/nonexistent:" + BuildFolder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.records.first?["readability"] != nil)
    }

    @Test func analyzersListsPluginAnalyzersWithTheirOptions() throws {
        let directory = try TemporaryDirectory(prefix: "gloss-plugin-test", files: ["pipelines.yaml": Self.pipelines(plugin: BuildFolder.library("GlossReadability"))])
        let list = try directory.gloss(["analyzers", "--config", "pipelines.yaml"], stdin: "")
        #expect(list.status == 0)
        let names = list.stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        #expect(names.contains("sentences") && names.contains("readability") && names.contains("keywords"))
        let manual = try directory.gloss(["analyzers", "keywords", "--config", "pipelines.yaml"], stdin: "")
        #expect(manual.stdout.contains("top: integer  (default: 10)"))
        let readability = try directory.gloss(["analyzers", "readability", "--config", "pipelines.yaml"], stdin: "")
        #expect(readability.stdout.contains("min-words: integer  (default: 1)"))
    }
}

/// A plugin written in C against Plugins/include/gloss_plugin.h (a test fixture).
@Suite("C plugin, end to end")
struct CPluginEndToEndTests {
    func pipelines(options: String) -> String {
        """
        version: 1
        plugins:
          - library: \(BuildFolder.library("GlossFixtureCPlugin"))
        pipelines:
          news:
            steps:
              - sentences
              - record-size: \(options)
        """
    }

    @Test func cTableIsLoadedAndCalled() throws {
        let directory = try TemporaryDirectory(prefix: "gloss-plugin-test", files: ["pipelines.yaml": pipelines(options: "{}")])
        let documents = [("plain", "Ministers met in Oslo."), ("with \"quotes\"", "Prices rose 3% in Köln.")]
        let result = try directory.gloss(["run", "--jobs", "2"], stdin: JSONLines.documents(documents))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.records.map { $0["id"] as? String } == ["plain", "with \"quotes\""])
        for record in result.records {
            let size = try #require(record["record-size"] as? Int)
            #expect(size > (record["text"] as? String ?? "").utf8.count)
        }
    }

    @Test func cCreateFailureIsReportedAtTheStep() throws {
        let directory = try TemporaryDirectory(prefix: "gloss-plugin-test", files: ["pipelines.yaml": pipelines(options: "{refuse: true}")])
        let result = try directory.gloss(["validate"], stdin: "")
        #expect(result.status == 2)
        #expect(result.stderr.contains("pipelines.yaml:8:31: pipelines.news.steps[1].record-size.refuse: plugin analyzer 'record-size' ("))
        #expect(result.stderr.contains("refused its options: this analyzer was asked to refuse"))
    }
}
