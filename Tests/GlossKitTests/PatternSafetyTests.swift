import Testing
@testable import GlossKit

@Suite("User pattern safety")
struct PatternSafetyTests {
    @Test(arguments: ["(a+)+$", "(\\w*)*x", "((ab)+c?)+", "(x+y?){2,}", "(?:[a-z]+\\s?)*end", "(a|b+)*"])
    func nestedUnboundedRepetitionIsRefused(_ pattern: String) {
        #expect(PatternSafety.problem(in: pattern) != nil, "\(pattern) should be refused")
    }

    @Test(arguments: ["^Follow us on (Twitter|Facebook)", "Read more: .+$", "(ab){3}", "[(+)]+", "\\(a+\\)+", "(Photo: [^)]+)", "(\\d{1,3},)?\\d+ shares"])
    func ordinaryPatternsAreAccepted(_ pattern: String) {
        #expect(PatternSafety.problem(in: pattern) == nil, "\(pattern) should be accepted")
    }
}
