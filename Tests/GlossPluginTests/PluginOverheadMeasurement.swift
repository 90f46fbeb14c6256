import Foundation
import GlossKit
import GlossReadability
import GlossTestSupport
import Testing

/// Measures what the C ABI costs per document: the Readability analyzer run through its plugin
/// library (record written, parsed in the plugin, reply written and parsed) against the same
/// analyzer called directly. Prints figures; asserts nothing about time. Enabled with
/// GLOSS_MEASURE_PLUGIN_OVERHEAD=1, best in a release build:
///
///     GLOSS_MEASURE_PLUGIN_OVERHEAD=1 swift test -c release -Xswiftc -enable-testing --filter PluginOverhead
@Suite("Plugin overhead measurement")
struct PluginOverheadMeasurement {
    static let paragraph = """
    The city council voted on Tuesday to expand the tram network to the northern suburbs, ending \
    a two-year dispute over the route. “This is a good day for commuters,” said the transport \
    councillor, Maria Lopez, after the vote. Opponents said the €240 million plan would raise \
    local taxes and warned that construction could disrupt businesses along the avenue for years. \
    Work is expected to begin next spring.
    """

    @Test(.enabled(if: ProcessInfo.processInfo.environment["GLOSS_MEASURE_PLUGIN_OVERHEAD"] == "1"))
    func cAbiOverheadPerDocument() throws {
        let yaml = """
        version: 1
        plugins:
          - library: \(BuildFolder.library("GlossReadability"))
        pipelines:
          plugin:
            steps: [readability]
        """
        let pipeline = try PipelineFile.load(string: yaml, file: "measure.yaml", registry: AnalyzerRegistry()).pipeline(named: nil)
        let analyzer = try ReadabilityAnalyzer(options: .init())
        for paragraphs in [1, 8] {
            let text = Array(repeating: Self.paragraph, count: paragraphs).joined(separator: "\n\n")
            let documents = (0..<2_000).map { Document(id: "doc-\($0)", text: text, meta: ["source": .string("wire")]) }
            func seconds(_ body: (inout Document) throws -> Void) rethrows -> Double {
                let start = DispatchTime.now().uptimeNanoseconds
                for var document in documents { try body(&document) }
                return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            }
            _ = try seconds { try pipeline.run(&$0) }  // warm up
            let direct = seconds { analyzer.analyze(&$0) }
            let throughPlugin = try seconds { try pipeline.run(&$0) }
            let perDocument = (throughPlugin - direct) / Double(documents.count) * 1e6
            print("""
            plugin overhead, \(text.utf8.count) bytes per document: direct \(Self.micro(direct / Double(documents.count))) µs, \
            through the C ABI \(Self.micro(throughPlugin / Double(documents.count))) µs, overhead \(Self.micro(perDocument / 1e6)) µs per document \
            (\(Self.micro(perDocument / 1e6 / Double(text.utf8.count) * 1024)) µs per KB)
            """)
        }
    }

    static func micro(_ seconds: Double) -> String {
        String(Int((seconds * 1e7).rounded())).paddedMicro
    }
}

extension String {
    /// "123" tenths of a microsecond -> "12.3".
    fileprivate var paddedMicro: String {
        let digits = count < 2 ? String(repeating: "0", count: 2 - count) + self : self
        return digits.dropLast() + "." + digits.suffix(1)
    }
}
