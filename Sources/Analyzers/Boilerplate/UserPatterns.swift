import Foundation
import GlossKit

/// Regular expressions from the step's `patterns` (remove) or `keep` option, compiled once when
/// the pipeline is built and matched against each paragraph's text. (`NSRegularExpression`
/// because Swift's `Regex` is not `Sendable`; only users who set these options pay for it.)
struct UserPatterns: Sendable {
    private let expressions: [NSRegularExpression]

    var isEmpty: Bool { expressions.isEmpty }

    /// Compiles every pattern; a pattern that does not compile is a setup error naming the option
    /// and the item, so the pipeline loader can point at the step's YAML.
    init(_ patterns: [String], option: String) throws(AnalyzerSetupError) {
        var compiled: [NSRegularExpression] = []
        for (index, pattern) in patterns.enumerated() {
            guard let expression = UserPatterns.compile(pattern) else {
                throw AnalyzerSetupError("\(option) item \(index + 1): '\(pattern)' is not a valid regular expression", option: option)
            }
            compiled.append(expression)
        }
        expressions = compiled
    }

    /// The compiled pattern, or nil when it is not a valid regular expression.
    static func compile(_ pattern: String) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: pattern)
    }

    /// True when some pattern matches somewhere in the paragraph.
    /// Only the first `PatternSafety.maximumSubjectLength` UTF-16 units of a paragraph are
    /// searched, which bounds the time any accepted pattern can take.
    func matches(_ paragraph: String) -> Bool {
        let length = min(paragraph.utf16.count, PatternSafety.maximumSubjectLength)
        let range = NSRange(location: 0, length: length)
        return expressions.contains { $0.firstMatch(in: paragraph, range: range) != nil }
    }
}
