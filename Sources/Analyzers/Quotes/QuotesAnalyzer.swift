import GlossKit

/// The `quotes` analyzer: direct quotations with their speakers.
///
/// Finds quotations in curly or straight double marks (single marks nested inside stay part of
/// the quotation; apostrophes are never marks; texts with no double mark at all are read with
/// single marks, British style), including quotations over several sentences and the news
/// convention for several paragraphs. Unbalanced marks are recovered locally and never
/// fail a document. Each quotation is attributed from the patterns of news writing (`“…,” X said`,
/// `said X`, `X said: “…”`, `X said the following:`, `according to X`, continuation quotes), and
/// its speaker resolved: the entity's canonical name when the entities step ran earlier, the name
/// as written otherwise; pronouns and role phrases ("the spokesman") go back to an earlier name.
public struct QuotesAnalyzer: Analyzer {
    public struct Options: Decodable, Sendable {
        /// Quotations shorter than this many words are kept only when attributed (scare quotes, titles).
        public var minWords: Int
        /// Keep quotations of at least `minWords` words that have no speech cue.
        public var includeUnattributed: Bool
        /// Resolve "he said" to the most recent fitting person.
        public var resolvePronouns: Bool
        /// Read two straight single marks ('') as a double quotation mark (archive transcriptions).
        public var apostrophePairs: Bool

        enum CodingKeys: String, CodingKey {
            case minWords = "min-words"
            case includeUnattributed = "include-unattributed"
            case resolvePronouns = "resolve-pronouns"
            case apostrophePairs = "apostrophe-pairs"
        }

        public init(minWords: Int = 4, includeUnattributed: Bool = true, resolvePronouns: Bool = true,
                    apostrophePairs: Bool = false) {
            self.minWords = minWords
            self.includeUnattributed = includeUnattributed
            self.resolvePronouns = resolvePronouns
            self.apostrophePairs = apostrophePairs
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            minWords = try container.decodeIfPresent(Int.self, forKey: .minWords) ?? 4
            includeUnattributed = try container.decodeIfPresent(Bool.self, forKey: .includeUnattributed) ?? true
            resolvePronouns = try container.decodeIfPresent(Bool.self, forKey: .resolvePronouns) ?? true
            apostrophePairs = try container.decodeIfPresent(Bool.self, forKey: .apostrophePairs) ?? false
        }
    }

    public static let name = "quotes"
    public static let summary = "Find direct quotations with their speakers and speech cues"

    public static let optionsHelp: [OptionHelp] = [
        OptionHelp("min-words", type: "integer", default: "4",
                   "Quotations with fewer words count only when a speech cue attributes them; shorter unattributed ones are scare quotes or titles"),
        OptionHelp("include-unattributed", type: "boolean", default: "true",
                   "Also report quotations of at least min-words words that no speech cue attributes (speaker null)"),
        OptionHelp("resolve-pronouns", type: "boolean", default: "true",
                   "Resolve a pronoun speaker (\"he said\") to the most recent fitting person; otherwise speaker is null"),
        OptionHelp("apostrophe-pairs", type: "boolean", default: "false",
                   "Read two straight single marks ('') as a double quotation mark, as some news archives write them"),
    ]

    public static var examples: [AnalyzerExample] { QuotesExamples.all }

    private let reader: QuotationReader

    public init(options: Options) throws {
        guard options.minWords >= 1 else {
            throw AnalyzerSetupError("min-words must be at least 1, got \(options.minWords)", option: "min-words")
        }
        reader = QuotationReader(minWords: options.minWords, includeUnattributed: options.includeUnattributed,
                                 resolvePronouns: options.resolvePronouns, apostrophePairs: options.apostrophePairs)
    }

    public func analyze(_ document: inout Document) {
        document.quotes = reader.read(&document)
    }
}
