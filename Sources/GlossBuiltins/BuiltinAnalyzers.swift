import GlossBoilerplate
import GlossKit

/// Every analyzer compiled into `gloss`, in the order `gloss analyzers` lists them.
/// Adding a built-in analyzer = one new module under Sources/Analyzers/ plus one line here.
public enum BuiltinAnalyzers {
    public static let all: [AnalyzerDescriptor] = [
        AnalyzerDescriptor(SentencesAnalyzer.self),
        AnalyzerDescriptor(BoilerplateAnalyzer.self),
    ]

    /// A registry holding the built-ins.
    public static var registry: AnalyzerRegistry { AnalyzerRegistry(all) }
}
