import GlossKit
import Testing
@testable import GlossBoilerplate

/// One fixture per rule family: the paragraph is removed with its reason and the story stays.
struct BoilerplateRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let paragraph: String
        let position: Story.Position
        let reason: String
        var testDescription: String { "\(reason): \(paragraph.prefix(40))" }
    }

    static let removals: [Case] = [
        Case(paragraph: "36.2k SHARES SHARE THIS STORY", position: .header, reason: "share-prompt"),
        Case(paragraph: "Share this: Facebook", position: .footer, reason: "share-prompt"),
        Case(paragraph: "Note to readers: please click the share buttons above or below. Forward this article to your email lists.", position: .footer, reason: "share-prompt"),
        Case(paragraph: "Follow Jane Doe on Twitter at @janedoe.", position: .footer, reason: "share-prompt"),
        Case(paragraph: "And LIKE this page for the latest city news!", position: .footer, reason: "share-prompt"),
        Case(paragraph: "Advertisement - story continues below", position: .middle, reason: "advertisement"),
        Case(paragraph: "Popular Video: This young singer was shocked when a star invited her on stage at his concert. A moment later her dream came true.", position: .middle, reason: "advertisement"),
        Case(paragraph: "Featured image via Jane Roe/Getty Images", position: .footer, reason: "image-credit"),
        Case(paragraph: "(AP Photo/John Roe)", position: .middle, reason: "image-credit"),
        Case(paragraph: "Riders wait for a bus on Main Street in Springfield on Monday, March 2, 2016. (AP Photo/John Roe)", position: .middle, reason: "image-credit"),
        Case(paragraph: "Tweet with a location. You can add location information to your Tweets, such as your city or precise location.", position: .footer, reason: "site-chrome"),
        Case(paragraph: "Source: Springfield Gazette", position: .footer, reason: "source-credit"),
        Case(paragraph: "h/t The Daily Planet", position: .footer, reason: "source-credit"),
        Case(paragraph: "This article was originally published at The Springfield Review.", position: .footer, reason: "source-credit"),
        Case(paragraph: "This article (Buses Are Back) was originally published on Example News and is republished here under a Creative Commons license.", position: .footer, reason: "source-credit"),
        Case(paragraph: "READ MORE: Council rejects bus fare increase", position: .middle, reason: "related-links"),
        Case(paragraph: "Jane Doe is a contributing editor at the Springfield Gazette and the author of two books on city politics.", position: .footer, reason: "author-bio"),
        Case(paragraph: "For media inquiries: press@example.org", position: .footer, reason: "author-bio"),
        Case(paragraph: "Articles by: Jane Doe", position: .footer, reason: "byline"),
        Case(paragraph: "By Jane Doe", position: .header, reason: "byline"),
        Case(paragraph: "Reporting by Jane Doe; Editing by John Roe", position: .footer, reason: "byline"),
        Case(paragraph: "Associated Press writer John Roe contributed to this report.", position: .footer, reason: "byline"),
        Case(paragraph: "Published: Sept. 28, 2016 9:12 AM EDT", position: .header, reason: "byline"),
        Case(paragraph: "The post Council Expands Bus Network appeared first on Springfield Review.", position: .footer, reason: "source-credit"),
        Case(paragraph: "Disclaimer: The views expressed in this article are solely those of the author and do not necessarily reflect the views of this website.", position: .footer, reason: "disclaimer"),
        Case(paragraph: "Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", position: .footer, reason: "disclaimer"),
        Case(paragraph: "Sign up for our newsletter to get the latest local news delivered to your inbox.", position: .footer, reason: "subscribe-call"),
        Case(paragraph: "Add your name to thousands demanding better bus service. SIGN THE PETITION!", position: .footer, reason: "subscribe-call"),
        Case(paragraph: "Become a Member of the Springfield Gazette", position: .footer, reason: "subscribe-call"),
        Case(paragraph: "Do you support the new bus routes? Share your thoughts in the comments below!", position: .footer, reason: "comment-prompt"),
        Case(paragraph: "What do you think of the plan?", position: .footer, reason: "comment-prompt"),
        Case(paragraph: "Comments", position: .footer, reason: "comment-prompt"),
        Case(paragraph: "{% set baseFontFamily = \"Open Sans\" %} /* Add the font family you wish to use. */", position: .header, reason: "markup"),
        Case(paragraph: "[youtube https://www.youtube.com/watch?v=abc123]", position: .middle, reason: "markup"),
        Case(paragraph: "-----------------------------", position: .middle, reason: "markup"),
        Case(paragraph: "Loading...", position: .footer, reason: "site-chrome"),
        Case(paragraph: "Region: ,", position: .header, reason: "site-chrome"),
        Case(paragraph: "Tags: transit, city council, buses", position: .footer, reason: "site-chrome"),
        Case(paragraph: "All our articles can be read in 20 languages by activating the “Translate Website” drop down menu on the top banner of our home page.", position: .header, reason: "site-chrome"),
        Case(paragraph: "Media playback is unsupported on your device", position: .middle, reason: "site-chrome"),
        Case(paragraph: "Oops! That page can't be found.", position: .footer, reason: "error-page"),
    ]

    @Test(arguments: removals)
    func removesBoilerplateFamily(_ fixture: Case) throws {
        let document = try strip(Story.with(fixture.paragraph, at: fixture.position))
        #expect(document.removedTexts == [fixture.paragraph])
        #expect(document.removedReasons == [fixture.reason])
        #expect(document.text == Story.plain)
    }

    /// Story text that looks like boilerplate in one way or another.
    static let keeps: [(String, Story.Position)] = [
        ("Officials said the photo of the vote was shared more than 10,000 times on Facebook before the page was taken down.", .middle),
        ("“Share this with everyone you know,” the mayor wrote on Twitter after the vote.", .footer),
        ("The mayor wrote on her campaign page: “Let us know what you think.”", .footer),
        ("The company added a disclaimer to its ads after complaints, a spokesman said.", .footer),
        ("Editor’s note: This story has been corrected to show that the vote was 7-2.", .header),
        ("Correction: An earlier version of this story misstated the number of new routes.", .footer),
        ("Watch the segment below:", .footer),
        ("Proud of our council tonight. pic.twitter.com/abc123 — Jane Doe (@janedoe) March 3, 2016", .middle),
        ("RIP to a great public servant.", .footer),
        ("BUSTED!", .footer),
        ("This is a developing story and will be updated.", .footer),
        ("Council Expands Bus Network", .header),
        ("By The Numbers: The New Bus Routes", .header),
        ("Join The Ride? Riders Divided Over New Routes", .header),
        ("Source: Mayor To Sign Bus Plan On Friday", .header),
        ("Advertisement Shows Mayor On A Crowded Bus", .header),
        ("Buses | Budget | The Final Vote", .header),
        ("Copyright Fight Over Transit Logo Heats Up in 2016", .header),
        ("By Tuesday, the council had enough votes to pass the plan.", .header),
        ("Sources say the mayor will sign the bill on Friday.", .footer),
        ("Please send your thoughts and prayers to the driver’s family.", .footer),
        ("UPDATE:", .footer),
        ("Like our neighbours across the river, the city has struggled to hire enough drivers.", .footer),
        ("Like many residents on Facebook, she said she would wait to see the new timetable.", .footer),
        ("The agency refused to share it with reporters before the vote.", .footer),
        ("Organisers urged residents to sign the petition and to spread the word about the hearing.", .middle),
        ("July 2016 June 2016 July 2015", .middle),
        ("The op-ed, originally published in the Springfield Review, argued that the routes were too expensive.", .footer),
        ("We recommend that riders check the new timetable before Monday, the agency said in a statement.", .middle),
        ("Police did not contact us before the raid, the family said.", .footer),
        ("Posted in 2014, the video was viewed more than a million times.", .middle),
        ("Join the fight, the mayor told the crowd outside city hall.", .footer),
        ("Tell us what you saw, the detective told witnesses.", .footer),
        ("Follow-up reports on Twitter suggested the crowd was larger.", .footer),
        ("She is the author of three books on city planning.", .footer),
        ("More: the governor also vetoed a spending bill.", .footer),
        ("This website was created by the campaign in 2015 to attack the mayor.", .footer),
        ("Reporting by the Springfield Review showed the claims were false.", .footer),
        ("Subscribe to the idea that buses are for everyone, and you get this plan.", .footer),
        ("Council members debated the plan for more than four hours on Tuesday night, hearing from dozens of residents who packed the chamber to speak for and against the new routes. Share this with your neighbours!", .middle),
    ]

    @Test(arguments: keeps)
    func keepsStoryText(_ paragraph: String, _ position: Story.Position) throws {
        let text = Story.with(paragraph, at: position)
        let document = try strip(text)
        #expect(document.removedTexts == [])
        #expect(document.text == text)
    }

    @Test func removesWholeErrorPage() throws {
        let text = "404 Not Found\n\nThe server can not find the requested page:\n\nexample.com/council-votes-on-buses (port 80)\n\nPlease forward this error screen to example.com's WebMaster."
        let document = try strip(text)
        #expect(Set(document.removedReasons) == ["error-page"])
        #expect(document.text == "")
    }

    @Test func relatedHeadingTakesTheLinkTitlesUnderIt() throws {
        let list = "PREVIOUS COVERAGE:\n\nCouncil delays vote on bus routes\n\nWhat the new routes mean for east side riders?\n\nTransit agency warns of driver shortage"
        let document = try strip(Story.plain + "\n\n" + list)
        #expect(document.removedReasons == ["related-links"])
        #expect(document.removedTexts == [list])
        #expect(document.text == Story.plain)
    }

    @Test func relatedListStopsAtTheStory() throws {
        let text = [Story.opening, "RELATED:", "Council delays vote on bus routes", Story.middle, Story.closing].joined(separator: "\n\n")
        let document = try strip(text)
        #expect(document.removedTexts == ["RELATED:\n\nCouncil delays vote on bus routes"])
        #expect(document.text == Story.plain)
    }

    @Test func footerBlockTakesTheShortLinesInsideIt() throws {
        let footer = [
            "Note to readers: please click the share buttons above or below.",
            "Jane Doe is a Research Associate of the Springfield Institute.",
            "Her two books are timely reading:",
            "“Riding the Bus: A City History”",
            "Become a Member of the Springfield Institute",
        ]
        let document = try strip(Story.plain + "\n\n" + footer.joined(separator: "\n\n"))
        #expect(document.text == Story.plain)
        #expect(document.removedReasons == ["share-prompt", "author-bio", "subscribe-call"])
    }

    @Test func shortLineAfterTheLastBoilerplateIsKept() throws {
        let text = Story.plain + "\n\nShare this on Facebook and let us know what you thought of the vote.\n\n*The Springfield Review has since corrected its story."
        let document = try strip(text)
        #expect(document.removedReasons == ["share-prompt"])
        #expect(document.text.hasSuffix("*The Springfield Review has since corrected its story."))
    }

    @Test func laterCopiesOfAParagraphAreRemoved() throws {
        let pullQuote = "Riders told the council the bus is how they get to work and to school."
        let text = [Story.opening, pullQuote, Story.middle, pullQuote, Story.closing].joined(separator: "\n\n")
        let document = try strip(text)
        #expect(document.removedReasons == ["repeated"])
        #expect(document.text == [Story.opening, pullQuote, Story.middle, Story.closing].joined(separator: "\n\n"))
    }

    @Test func questionToTheReaderIsAPromptOnlyAtTheEnd() throws {
        let question = "Do you think the new routes will help?"
        #expect(try strip(Story.with(question, at: .footer)).removedReasons == ["comment-prompt"])
        #expect(try strip(Story.with(question, at: .header)).removedReasons == [])
    }
}
