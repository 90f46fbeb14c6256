import Foundation
import GlossKit
@testable import GlossEntities

/// A tiny hand-written training corpus. Entities are marked `[text|LABEL]` and turned into JSON
/// Lines records with code-point offsets, the format of the CoNLL files `gloss train` reads.
enum Fixtures {
    static let markedDocuments: [String] = [
        "[Angela Merkel|PER] met [Emmanuel Macron|PER] in [Paris|LOC] on Monday .\n[Merkel|PER] said the talks went well .",
        "The [European Commission|ORG] said on Thursday it would fine [Google|ORG] .\n[Brussels|LOC] wants new rules for [American|MISC] firms .",
        "[Reuters|ORG] reported that [Vladimir Putin|PER] flew to [Beijing|LOC] .\n[Putin|PER] met [Xi Jinping|PER] there .",
        "Shares of [Toyota|ORG] rose in [Tokyo|LOC] after the [Japanese|MISC] carmaker raised its forecast .",
        "[John Smith|PER] , a spokesman for the [United Nations|ORG] , said aid reached [Sudan|LOC] .",
        "[Germany|LOC] beat [France|LOC] 2-1 in the [World Cup|MISC] qualifier in [Berlin|LOC] .",
        "The [Federal Reserve|ORG] left rates unchanged , [Jerome Powell|PER] told reporters in [Washington|LOC] .",
        "[Maria Lopez|PER] joined [Banco Santander|ORG] in [Madrid|LOC] last year .",
    ]

    /// (text, entities with code-point offsets) from a marked string.
    static func unmark(_ marked: String) -> (text: String, entities: [(start: Int, end: Int, label: String)]) {
        var text = ""
        var entities: [(start: Int, end: Int, label: String)] = []
        var scalars = marked.unicodeScalars[...]
        var count = 0
        while let scalar = scalars.first {
            if scalar == "[", let bar = scalars.firstIndex(of: "|"), let close = scalars.firstIndex(of: "]") {
                let name = String(scalars[scalars.index(after: scalars.startIndex)..<bar])
                let label = String(scalars[scalars.index(after: bar)..<close])
                entities.append((count, count + name.unicodeScalars.count, label))
                text += name
                count += name.unicodeScalars.count
                scalars = scalars[scalars.index(after: close)...]
            } else {
                text.unicodeScalars.append(scalar)
                count += 1
                scalars = scalars.dropFirst()
            }
        }
        return (text, entities)
    }

    static func jsonLines(_ marked: [String]) -> String {
        marked.enumerated().map { number, document in
            let (text, entities) = unmark(document)
            let list = entities.map { #"{"start": \#($0.start), "end": \#($0.end), "label": "\#($0.label)"}"# }
            let escaped = text.replacingOccurrences(of: "\n", with: "\\n")
            return #"{"id": "doc-\#(number)", "text": "\#(escaped)", "entities": [\#(list.joined(separator: ", "))]}"#
        }.joined(separator: "\n") + "\n"
    }

    /// A fresh temporary directory for one test; the test removes it (`defer`) when done.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-entities-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, to url: URL) throws {
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Runs the analyzer on a text and returns (text, label, canonical) of each entity.
    static func entities(in text: String, analyzer: EntitiesAnalyzer) -> [(text: String, label: EntityLabel, canonical: String)] {
        var document = Document(id: "test", text: text)
        analyzer.analyze(&document)
        return (document.entities ?? []).map { ($0.text, $0.label, $0.canonical) }
    }
}
