import Testing
@testable import GlossKit

/// The paragraph strings of a text.
func paragraphStrings(_ text: String) -> [String] {
    let layer = TextLayer(text: text)
    return layer.paragraphs.map { layer.string($0) }
}

@Suite struct ParagraphSplitterTests {
    @Test func blankLinesSeparateBlocks() {
        let text = "WASHINGTON — The Senate voted.\nThe bill now goes to the House.\n\nShare this article\n\n\nRead more: Budget talks"
        #expect(paragraphStrings(text) == [
            "WASHINGTON — The Senate voted.\nThe bill now goes to the House.",
            "Share this article",
            "Read more: Budget talks",
        ])
    }

    @Test func whitespaceOnlyLinesAreBlank() {
        #expect(paragraphStrings("First block.\n \t\u{A0}\nSecond block.\n\u{3000}\r\nThird.")
            == ["First block.", "Second block.", "Third."])
    }

    @Test func singleLinesWhenThereIsNoBlankLine() {
        #expect(paragraphStrings("Senate Passes Budget\nBy Jane Doe\nThe Senate voted on Friday.")
            == ["Senate Passes Budget", "By Jane Doe", "The Senate voted on Friday."])
        // Blank lines only before the first or after the last line do not make blocks.
        #expect(paragraphStrings("\n\nHeadline\nBody text.\n\n") == ["Headline", "Body text."])
    }

    @Test func paragraphsAreTrimmed() {
        let text = "  \u{A0}Lead paragraph. \r\n\r\n\tSecond one.\u{2003}\n"
        let layer = TextLayer(text: text)
        #expect(layer.paragraphs.map { layer.string($0) } == ["Lead paragraph.", "Second one."])
        #expect(layer.paragraphs == [Span(4, 19), Span(25, 36)])
    }

    @Test func emptyAndBlankTexts() {
        #expect(paragraphStrings("") == [])
        #expect(paragraphStrings("\n \n\t\n") == [])
        #expect(paragraphStrings("One line") == ["One line"])
    }

    @Test func offsetsOnCJKAndEmojiText() {
        let layer = TextLayer(text: "東京 🌸\n\nCafé")
        #expect(layer.paragraphs == [Span(0, 11), Span(13, 18)])
    }

    @Test func workOnRawBytes() {
        #expect(ParagraphSplitter.paragraphs(in: Array("a\n\nb".utf8)) == [Span(0, 1), Span(3, 4)])
        // Ill-formed UTF-8 is not whitespace and never traps.
        #expect(ParagraphSplitter.paragraphs(in: [0xFF, 0x0A, 0x0A, 0xE2, 0x80]) == [Span(0, 1), Span(3, 5)])
    }
}
