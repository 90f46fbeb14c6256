@testable import GlossKit

/// A rewriting analyzer for tests: removes every paragraph that starts with a marker word.
struct DropMarkedParagraphs: Analyzer {
    struct Options: Decodable, Sendable {
        var marker = "SHARE"
        enum CodingKeys: String, CodingKey { case marker }
        init() {}
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            marker = try container.decodeIfPresent(String.self, forKey: .marker) ?? marker
        }
    }

    static let name = "drop-marked"
    static let summary = "Test analyzer: drop paragraphs starting with a marker"
    static let rewritesText = true
    let marker: String

    init(options: Options) throws {
        guard !options.marker.isEmpty else { throw AnalyzerSetupError("marker must not be empty", option: "marker") }
        marker = options.marker
    }

    func analyze(_ document: inout Document) {
        let layer = document.textLayer()
        let cuts = layer.paragraphs.filter { layer.string($0).hasPrefix(marker) }.map { RemovedSpan(span: $0, reason: "share-prompt") }
        document.remove(cuts)
    }
}

/// An annotating analyzer for tests: fails on documents that contain a trigger word.
struct FailOnTrigger: Analyzer {
    struct Options: Decodable, Sendable {
        var trigger = "BOOM"
        var threshold = 0.5
        enum CodingKeys: String, CodingKey { case trigger, threshold }
        init() {}
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            trigger = try container.decodeIfPresent(String.self, forKey: .trigger) ?? trigger
            threshold = try container.decodeIfPresent(Double.self, forKey: .threshold) ?? threshold
        }
    }

    static let name = "fail-on-trigger"
    static let summary = "Test analyzer: fail when the text contains a trigger"
    let trigger: String

    init(options: Options) { trigger = options.trigger }

    func analyze(_ document: inout Document) throws {
        if document.text.contains(trigger) { throw AnalysisError("found \(trigger)") }
        document.sentences = document.textLayer().sentences
    }
}

let testRegistry = AnalyzerRegistry([
    AnalyzerDescriptor(DropMarkedParagraphs.self),
    AnalyzerDescriptor(FailOnTrigger.self),
    AnalyzerDescriptor(SentencesAnalyzer.self),
])
