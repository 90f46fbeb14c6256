import GlossBoilerplate
import GlossEntities
import GlossKit
import GlossQuotes
import GlossSentiment

/// Every analyzer compiled into `gloss`, in the order `gloss analyzers` lists them (the order
/// they usually run in a pipeline).
/// Adding a built-in analyzer = one new module under Sources/Analyzers/ plus one line here.
public enum BuiltinAnalyzers {
    public static let all: [AnalyzerDescriptor] = [
        AnalyzerDescriptor(BoilerplateAnalyzer.self),
        AnalyzerDescriptor(SentencesAnalyzer.self),
        AnalyzerDescriptor(EntitiesAnalyzer.self),
        AnalyzerDescriptor(QuotesAnalyzer.self),
        AnalyzerDescriptor(SentimentAnalyzer.self),
    ]

    /// A registry holding the built-ins.
    public static var registry: AnalyzerRegistry { AnalyzerRegistry(all) }
}
