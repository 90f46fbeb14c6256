import GlossKit
import Testing
@testable import GlossQuotes

/// Stray, unbalanced and mixed marks never fail a document, and every span stays valid.
@Suite("Robustness on malformed text")
struct RobustnessTests {
    private static let atoms = [
        "“", "”", "\"", "'", "’", "‘", "«", "»", "„", " ", " ", "\n", "\n\n", ".", ",", ":", "(", ")", "—", "―",
        "?", "said", "told", "he", "she", "the", "of", "Mr.", "Gov.", "Smith", "Ann", "Clinton’s", "Clintons’",
        "’90s", "according", "to", "adding", "following", "R-Ky.", "25", "é", "中文", "🙂", "\u{00A0}", "…", "=",
        "spokesman", "who",
    ]

    /// Deterministic pseudo-random texts (a linear congruential generator, so failures reproduce).
    private static func texts(count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            (0..<next(50)).map { _ in atoms[next(atoms.count)] + (next(2) == 0 ? " " : "") }.joined()
        }
    }

    @Test func spansStayInsideTheTextOnCharacterBoundaries() throws {
        for text in Self.texts(count: 600) {
            var document = Document(id: "fuzz", text: text)
            try QuotesAnalyzer(options: .init()).analyze(&document)
            let scalarStarts = Set(text.unicodeScalars.indices.map { text.utf8.distance(from: text.utf8.startIndex, to: $0) })
                .union([text.utf8.count])
            for quote in document.quotes ?? [] {
                #expect(quote.span.start < quote.span.end && quote.span.end <= text.utf8.count, "\(text.debugDescription)")
                #expect(scalarStarts.contains(quote.span.start) && scalarStarts.contains(quote.span.end), "\(text.debugDescription)")
                #expect(document.substring(quote.span) == quote.text)
                if let speaker = quote.speakerSpan {
                    #expect(speaker.end <= text.utf8.count && scalarStarts.contains(speaker.start) && scalarStarts.contains(speaker.end))
                }
            }
        }
    }

    @Test func aNoBreakSpaceBeforeAnUnclosedParagraphEndIsTrimmedWhole() throws {
        let text = "She said: “We will be back next year\u{00A0}\n\nThe end."
        let quote = try #require(try quotes(in: text).first)
        #expect(quote.text == "We will be back next year")
    }
}
