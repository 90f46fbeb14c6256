import GlossKit
import Testing
@testable import GlossBoilerplate

/// What the cut leaves behind: offsets into the input, the output text, paragraph separators.
struct BoilerplateCutTests {
    static let messy = [
        "7k SHARES SHARE THIS STORY",
        "Advertisement - story continues below",
        Story.opening,
        "Advertisement - story continues below",
        "Riders told the council “the bus is how we get to work” — and asked for later service. 🚌",
        Story.closing,
        "Featured image via Jane Roe/Getty Images",
        "What do you think? Share your thoughts!",
    ].joined(separator: "\n\n") + "\n"

    @Test func removedOffsetsPointIntoTheInputText() throws {
        let document = try strip(Self.messy)
        #expect(document.removedTexts == [
            "7k SHARES SHARE THIS STORY", "Advertisement - story continues below",
            "Advertisement - story continues below", "Featured image via Jane Roe/Getty Images",
            "What do you think? Share your thoughts!",
        ])
        #expect(document.removedReasons == ["share-prompt", "advertisement", "advertisement", "image-credit", "comment-prompt"])
    }

    @Test func outputIsTheInputWithTheRemovedSpansCut() throws {
        let document = try strip(Self.messy)
        var kept: [UInt8] = []
        var position = 0
        let input = Array(Self.messy.utf8)
        for record in document.removed ?? [] {
            kept += input[position..<record.span.start]
            position = record.span.end
        }
        kept += input[position...]
        #expect(String(decoding: kept, as: UTF8.self) == document.text)
    }

    @Test func outputKeepsSingleParagraphSeparators() throws {
        let document = try strip(Self.messy)
        #expect(document.text == [
            Story.opening,
            "Riders told the council “the bus is how we get to work” — and asked for later service. 🚌",
            Story.closing,
        ].joined(separator: "\n\n") + "\n")
        #expect(!document.text.contains("\n\n\n"))
    }

    @Test func markModeLeavesTheTextAndListsTheParagraphs() throws {
        let document = try strip(Self.messy, options: .init(mode: .mark))
        #expect(document.text == Self.messy)
        #expect(document.removedTexts.count == 5)
        let bytes = Array(Self.messy.utf8)
        for record in document.removed ?? [] {
            let text = String(decoding: bytes[record.span.range], as: UTF8.self)
            #expect(text == text.trimmingWhitespace, "mark spans cover the paragraph only")
        }
    }

    @Test func linesAreParagraphsWhenTheTextHasNoBlankLine() throws {
        let text = "36.2k SHARES SHARE THIS STORY\n\(Story.opening)\n\(Story.closing)\nFeatured image via Jane Roe/Getty Images"
        let document = try strip(text)
        #expect(document.text == "\(Story.opening)\n\(Story.closing)")
        #expect(document.removedReasons == ["share-prompt", "image-credit"])
    }

    @Test(arguments: ["", "   \n\n  ", "\n"])
    func emptyTextsPassThrough(_ text: String) throws {
        let document = try strip(text)
        #expect(document.text == text)
        #expect(document.removed == [])
    }

    @Test func windowsLineEndingsKeepTheirSeparators() throws {
        let text = "36.2k SHARES SHARE THIS STORY\r\n\r\n\(Story.opening)\r\n\r\n\(Story.closing)\r\n"
        let document = try strip(text)
        #expect(document.removedReasons == ["share-prompt"])
        #expect(document.text == "\(Story.opening)\r\n\r\n\(Story.closing)\r\n")
    }

    @Test func manyCutsStillCutEverything() throws {
        let widgets = (0..<100).map { $0 % 2 == 0 ? "Advertisement" : "Loading..." }
        let text = ([Story.opening] + widgets + [Story.closing]).joined(separator: "\n\n")
        let document = try strip(text)
        #expect(document.text == Story.opening + "\n\n" + Story.closing)
        #expect(document.removedTexts.count == 100)
        #expect(Set(document.removedReasons).count == 2)
    }

    @Test func cleanStoryIsLeftAloneButTheStepIsRecorded() throws {
        let document = try strip(Story.plain)
        #expect(document.text == Story.plain)
        #expect(document.removed == [])
    }
}
