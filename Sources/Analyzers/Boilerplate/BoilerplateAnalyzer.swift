import GlossKit

/// The `strip-boilerplate` analyzer: removes what the site and the scraper added around a story
/// (share bars, ads, credits, related links, bios, notices, error pages, template code) and
/// records each removed paragraph with its reason.
///
/// Each paragraph is judged by families of rules (`ParagraphClassifier`), then by its place in
/// the document (`DocumentLayout`): words that are boilerplate in a footer are kept in the middle
/// of a story. When in doubt it keeps: losing story text is the worse error.
public struct BoilerplateAnalyzer: Analyzer {
    public enum Mode: String, Sendable {
        /// Cut the boilerplate from `text`.
        case remove
        /// Leave `text` as it is and only report the spans in `removed`.
        case mark
    }

    /// Corpus mode: paragraphs that recur across documents of one source are removed.
    public struct RepeatOptions: Decodable, Sendable {
        /// A paragraph is boilerplate once this many documents of the source contained it.
        public var minDocuments: Int
        /// Most paragraph hashes kept in memory.
        public var maxEntries: Int

        public init(minDocuments: Int = 3, maxEntries: Int = 200_000) {
            self.minDocuments = minDocuments
            self.maxEntries = maxEntries
        }

        enum CodingKeys: String, CodingKey {
            case minDocuments = "min-documents"
            case maxEntries = "max-entries"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            minDocuments = try container.decodeIfPresent(Int.self, forKey: .minDocuments) ?? 3
            maxEntries = try container.decodeIfPresent(Int.self, forKey: .maxEntries) ?? 200_000
        }
    }

    public struct Options: Decodable, Sendable {
        public var mode: Mode
        /// Extra regular expressions: a paragraph matching one is removed (reason `pattern`).
        public var patterns: [String]
        /// Regular expressions: a paragraph matching one is always kept.
        public var keep: [String]
        /// Corpus mode; nil (the default) leaves it off.
        public var learnRepeats: RepeatOptions?

        public init(mode: Mode = .remove, patterns: [String] = [], keep: [String] = [], learnRepeats: RepeatOptions? = nil) {
            self.mode = mode
            self.patterns = patterns
            self.keep = keep
            self.learnRepeats = learnRepeats
        }

        enum CodingKeys: String, CodingKey {
            case mode, patterns, keep
            case learnRepeats = "learn-repeats"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let modeName = try container.decodeIfPresent(String.self, forKey: .mode) ?? Mode.remove.rawValue
            guard let mode = Mode(rawValue: modeName) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .mode, in: container, debugDescription: "mode must be 'remove' or 'mark', not '\(modeName)'")
            }
            self.mode = mode
            patterns = try Options.decodePatterns(container, .patterns)
            keep = try Options.decodePatterns(container, .keep)
            learnRepeats = try container.decodeIfPresent(RepeatOptions.self, forKey: .learnRepeats)
        }

        /// Decodes a list of regular expressions, checking each one here so that a bad pattern's
        /// error points at its own line in the pipelines file.
        private static func decodePatterns(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> [String] {
            guard container.contains(key) else { return [] }
            var items = try container.nestedUnkeyedContainer(forKey: key)
            var patterns: [String] = []
            while !items.isAtEnd {
                let itemPath = items.codingPath + [PatternIndex(intValue: items.currentIndex)]
                let pattern = try items.decode(String.self)
                guard UserPatterns.compile(pattern) != nil else {
                    throw DecodingError.dataCorrupted(DecodingError.Context(
                        codingPath: itemPath, debugDescription: "'\(pattern)' is not a valid regular expression"))
                }
                if let problem = PatternSafety.problem(in: pattern) {
                    throw DecodingError.dataCorrupted(DecodingError.Context(
                        codingPath: itemPath, debugDescription: "'\(pattern)' is refused: \(problem)"))
                }
                patterns.append(pattern)
            }
            return patterns
        }
    }

    public static let name = "strip-boilerplate"
    public static let summary = "Remove share bars, ads, credits, related links, bios, disclaimers and other site boilerplate"
    public static let rewritesText = true

    private let mode: Mode
    private let removePatterns: UserPatterns
    private let keepPatterns: UserPatterns
    private let memory: RepeatMemory?

    public init(options: Options) throws {
        mode = options.mode
        removePatterns = try UserPatterns(options.patterns, option: "patterns")
        keepPatterns = try UserPatterns(options.keep, option: "keep")
        if let repeats = options.learnRepeats {
            guard repeats.minDocuments >= 2 else {
                throw AnalyzerSetupError("learn-repeats: min-documents must be at least 2, got \(repeats.minDocuments)", option: "learn-repeats")
            }
            guard repeats.maxEntries >= 1_000 else {
                throw AnalyzerSetupError("learn-repeats: max-entries must be at least 1000, got \(repeats.maxEntries)", option: "learn-repeats")
            }
            memory = RepeatMemory(minDocuments: repeats.minDocuments, capacity: repeats.maxEntries)
        } else {
            memory = nil
        }
    }

    public func analyze(_ document: inout Document) {
        let layer = document.textLayer()
        let spans = layer.paragraphs
        let profiles = spans.map { ParagraphProfile(span: $0, bytes: layer.bytes) }
        var verdicts = DocumentLayout(paragraphs: profiles).verdicts()
        if let memory {
            let source = document.meta["source"]?.stringValue ?? ""
            applyRepeats(memory.observe(source: source, paragraphs: profiles.map(\.text.bytes)), profiles, &verdicts)
        }
        if !removePatterns.isEmpty {
            for index in spans.indices where verdicts[index] == nil && removePatterns.matches(layer.string(spans[index])) {
                verdicts[index] = .pattern
            }
        }
        if !keepPatterns.isEmpty {
            for index in spans.indices where verdicts[index] != nil && keepPatterns.matches(layer.string(spans[index])) {
                verdicts[index] = nil
            }
        }
        switch mode {
        case .mark:
            document.mark(ParagraphCuts.marks(paragraphs: spans, verdicts: verdicts))
        case .remove:
            let cuts = ParagraphCuts.cuts(paragraphs: spans, verdicts: verdicts, textLength: layer.bytes.count)
            // One call: touching cuts keep their own reasons (an empty list still records that
            // the step ran, as `removed: []`).
            document.remove(cuts)
        }
    }

    /// Marks paragraphs the memory has seen in enough documents of this source. Lines of one or
    /// two words ("Wow.") recur by chance and are not counted. A document made mostly of long
    /// repeated paragraphs is a copy of an earlier story, not a template: then only its short
    /// repeated paragraphs go.
    private func applyRepeats(_ seen: [Bool], _ profiles: [ParagraphProfile], _ verdicts: inout [BoilerplateReason?]) {
        let long = profiles.indices.filter { profiles[$0].words >= DocumentLayout.contentWords }
        let longRepeated = long.filter { seen[$0] }.count
        let copiedStory = !long.isEmpty && longRepeated * 2 >= long.count
        for index in profiles.indices where seen[index] && verdicts[index] == nil && profiles[index].words >= 3 {
            if copiedStory, profiles[index].words >= DocumentLayout.contentWords { continue }
            verdicts[index] = .repeated
        }
    }
}

/// An index into a sequence option, for error positions.
private struct PatternIndex: CodingKey {
    let intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { return nil }
}
