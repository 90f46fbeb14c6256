/// The `sentences` analyzer: exposes the text layer's sentence split in the record.
public struct SentencesAnalyzer: Analyzer {
    public struct Options: Decodable, Sendable {
        public init() {}
    }

    public static let name = "sentences"
    public static let summary = "Split the text into sentences (news-aware: abbreviations, initials, quotes, paragraphs)"

    public static let examples: [AnalyzerExample] = [
        AnalyzerExample(
            "Abbreviations and titles do not end a sentence",
            text: "Mr. Smith met Dr. Jones in Washington on Dec. 19. They talked for an hour.",
            expected: #"{"sentences": [{"start": 0, "end": 49}, {"start": 50, "end": 74}]}"#,
            exact: true),
    ]

    public init(options: Options) {}

    public func analyze(_ document: inout Document) {
        document.sentences = document.textLayer().sentences
    }
}
