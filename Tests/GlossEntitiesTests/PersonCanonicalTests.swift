import GlossKit
import Testing
@testable import GlossEntities

/// A person's canonical name is a name of the same person: written as a name, ending with the
/// mention's family name, and not contradicting its honorific.
extension MentionResolutionTests {
    @Test func aHeadlinePhraseIsNoCanonicalName() {
        let result = resolve("Marta Keller Says Budget Is Fair\n\nThe mayor, Marta Keller, defended the plan. Keller said cuts were needed.",
                             [("Marta Keller Says", .person), ("Marta Keller", .person), ("Keller", .person)])
        #expect(result.map(\.canonical) == ["Marta Keller Says", "Marta Keller", "Marta Keller"])
    }

    @Test func aPairingIsNoCanonicalName() {
        let result = resolve("Osborne vs. Patel: What to Watch\n\nDaniel Osborne and Priya Patel meet on Tuesday. Osborne leads.",
                             [("Osborne vs. Patel", .person), ("Daniel Osborne", .person), ("Priya Patel", .person), ("Osborne", .person)])
        #expect(result.last?.canonical == "Daniel Osborne")
    }

    @Test func aTickerAfterANameIsNoCanonicalName() {
        let result = resolve("Sen. Ruth Calder slammed the bank Ruth Calder.$KBX on Monday. Calder wants answers.",
                             [("Ruth Calder.$KBX", .person), ("Calder", .person)])
        #expect(result.last?.canonical == "Calder")
    }

    @Test func aCanonicalNameEndsWithTheFamilyName() {
        let result = resolve("Hartley Face Off\n\nGreg Hartley spoke on Monday. Hartley said the deal was done.",
                             [("Hartley Face", .person), ("Greg Hartley", .person), ("Hartley", .person)])
        #expect(result.last?.canonical == "Greg Hartley")
    }

    @Test func aFirstNameExtendsToFirstAndFamilyName() {
        let result = resolve("Lena Morales won the primary. Supporters chanted for Lena all night.",
                             [("Lena Morales", .person), ("Lena", .person)])
        #expect(result.last?.canonical == "Lena Morales")
    }

    @Test func namesWithParticlesInitialsAndSuffixesAreNames() {
        let result = resolve("Pieter van der Berg met Robert T. Allen Jr. and Omar al-Rashid. Berg, Allen and al-Rashid spoke.",
                             [("Pieter van der Berg", .person), ("Robert T. Allen Jr.", .person), ("Omar al-Rashid", .person),
                              ("Berg", .person), ("Allen", .person), ("al-Rashid", .person)])
        #expect(result.suffix(3).map(\.canonical) == ["Pieter van der Berg", "Robert T. Allen Jr.", "Omar al-Rashid"])
    }

    @Test func anHonorificOfTheOtherSexBlocksTheLink() {
        let result = resolve("Michael Brandt and his wife, Susan Brandt, voted early. Mrs. Brandt said the line was short. Mr. Brandt agreed.",
                             [("Michael Brandt", .person), ("Susan Brandt", .person), ("Brandt", .person), ("Brandt", .person)])
        #expect(result.suffix(2).map(\.canonical) == ["Susan Brandt", "Michael Brandt"])
    }

    @Test func aBareFamilyNameIsNotTheRelativeWhenSomeoneElseIsMr() {
        let result = resolve("Karen Whitfield campaigned in Ohio. Mr. Whitfield stayed in Washington. Governor Whitfield later joined her.",
                             [("Karen Whitfield", .person), ("Whitfield", .person), ("Whitfield", .person)])
        #expect(result.suffix(2).map(\.canonical) == ["Whitfield", "Whitfield"])
    }

    @Test func aSharedFamilyNameMeansThePersonNamedFirst() {
        let result = resolve("Paul Lindqvist opened the plant. His daughter Emma Lindqvist runs it. Emma Lindqvist said sales rose. Lindqvist smiled.",
                             [("Paul Lindqvist", .person), ("Emma Lindqvist", .person), ("Emma Lindqvist", .person), ("Lindqvist", .person)])
        #expect(result.last?.canonical == "Paul Lindqvist")
    }
}

extension MentionResolutionTests {
    @Test func aHeadlinePhraseLendsNoWordsAsNames() {
        let result = resolve("Crowds Cheer As Tom Becker Wins\n\nVoters lined up for hours. Wins like this are rare, an aide said.",
                             [("Tom Becker Wins", .person)])
        #expect(result.map(\.text) == ["Tom Becker Wins"])
    }

    @Test func aSuffixIsNoFamilyName() {
        let result = resolve("Robert T. Allen Jr. spoke first. Later that day, Allen left for Denver.", [("Robert T. Allen Jr.", .person)])
        #expect(result.map(\.text) == ["Robert T. Allen Jr.", "Allen"])
        #expect(result.last?.canonical == "Robert T. Allen Jr.")
    }
}

extension MentionResolutionTests {
    @Test func aFullNameLinksToTheSameNameWithAMiddleName() {
        let result = resolve("Dana Marie Kessler took the oath on Monday. Supporters of Dana Kessler cheered.",
                             [("Dana Marie Kessler", .person), ("Dana Kessler", .person)])
        #expect(result.last?.canonical == "Dana Marie Kessler")
    }

    @Test func aFullNameIsNotTheSameNameWithASuffix() {
        let result = resolve("Frank Osei Jr. runs the firm his father, Frank Osei, founded. Osei Jr. declined to comment.",
                             [("Frank Osei Jr.", .person), ("Frank Osei", .person), ("Osei Jr.", .person)])
        #expect(result.map(\.canonical) == ["Frank Osei Jr.", "Frank Osei", "Frank Osei Jr."])
    }
}

extension MentionResolutionTests {
    @Test func initialsWrittenTogetherAreNoFamilyName() {
        let result = resolve("The novelist J.R. Holloway signed copies in Leeds. Holloway stayed late.",
                             [("J.R. Holloway", .person), ("Holloway", .person)])
        #expect(result.last?.canonical == "J.R. Holloway")
    }
}

extension MentionResolutionTests {
    @Test func namesInScriptsWithoutCapitalsAreNames() {
        let result = resolve("A statement signed 王 小明 was posted online. Later 小明 deleted it.",
                             [("王 小明", .person), ("小明", .person)])
        #expect(result.last?.canonical == "王 小明")
    }
}

extension MentionResolutionTests {
    @Test func namesThatAreAlsoFunctionWordsAreNames() {
        let result = resolve("Prime Minister Theresa May met Will Ashby in London. May said the talks went well, and Will agreed.",
                             [("Theresa May", .person), ("Will Ashby", .person), ("May", .person), ("Will", .person)])
        #expect(result.suffix(2).map(\.canonical) == ["Theresa May", "Will Ashby"])
    }
}
