import GlossKit

/// Worked examples of the `entities` analyzer (documentation and tests).
enum EntitiesExamples {
    static let all: [AnalyzerExample] = []
}
