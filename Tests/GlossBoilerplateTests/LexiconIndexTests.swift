import Testing
@testable import GlossBoilerplate

/// The one-walk lexicon index must answer every list exactly as scanning the list would.
struct LexiconIndexTests {
    static let paragraphs: [String] = [
        "Share this story on Facebook and follow us on Twitter @citydesk. Leave a comment below!",
        "\u{201C}Join the fight,\u{201D} the senator said, adding that her follow-up bill would be filed Monday.",
        "Jane Doe is a staff writer. Contact her at jane.doe@example.org or visit www.example.com/about.",
        "Copyright 2016 Example Media. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        "Read more at https://example.com/story and http://example.org, or see example.co.uk and example.news.",
        "<div class=\"ad\">{{ ad_slot }}</div> var x = function() { return 1; }; /* tracking */",
        "The mayor, who spoke on Twitter (@mayor) on September 27, 2016, said the follow-on plan pic.twitter.com/abc was final.",
        "Home \u{BB} Politics \u{BB} Elections | News | Opinion | Video",
        "Advertisement \u{2013} Story continues below. Sponsored content from around the web.",
    ]

    @Test(arguments: paragraphs)
    func indexedAnswersMatchScans(_ paragraph: String) {
        let plain = FoldedText(Array(paragraph.utf8)[...])
        let indexed = plain.indexed()
        #expect(indexed.hits != nil)
        for list in BoilerplateLexicon.searchedLists {
            #expect(indexed.count(of: list) == plain.count(of: list))
            #expect(indexed.containsAny(list) == plain.containsAny(list))
        }
        let tallies = indexed.hits?.tallies ?? []
        #expect(tallies == ParagraphProfile.addressMarks.map { plain.occurrences(of: $0) })
    }

    @Test func countsRepeatedLinksAndDomains() {
        let text = FoldedText(Array("See www.example.com and www.example.org, then http://a.com/x.".utf8)[...]).indexed()
        #expect(text.hits?.tallies == [3, 0, 3])
    }
}
