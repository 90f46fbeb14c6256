import GlossKit

/// Common given names whose bearers in news are nearly always of one sex, and the honorifics
/// that say a sex. Written for the project and deliberately short: names given to both sexes
/// (Terry, Kelly, Jordan, Jean, Leslie, Robin) are left out, so a missing name only ever lets a
/// link through, never blocks the right one. Used to keep "Mr. Obama" from "Michelle Obama".
enum GivenNames {
    enum Sex: Sendable { case male, female }

    /// The sex a given name's key (`TokenForm.key`) says, if the list knows it.
    static func sex(ofName key: UInt64) -> Sex? {
        if male.contains(key) { return .male }
        if female.contains(key) { return .female }
        return nil
    }

    /// The sex an honorific's key says ("mr", "mrs", "ms"); titles such as "Sen." say none.
    static func sex(ofHonorific key: UInt64) -> Sex? {
        if maleHonorifics.contains(key) { return .male }
        if femaleHonorifics.contains(key) { return .female }
        return nil
    }

    /// Whether the key is a given name the lists know: one with a sex, or one that is also an
    /// everyday word ("Faith", "Chase", "June"), which a capital at a sentence start leaves open.
    static func isGivenName(_ key: UInt64) -> Bool {
        sex(ofName: key) != nil || wordNames.contains(key)
    }

    /// Given names that are also common words, of either sex.
    private static let wordNames = KeySet([
        "faith", "grace", "hope", "joy", "summer", "autumn", "april", "june", "dawn", "crystal", "iris", "ivy",
        "rose", "lily", "holly", "ruby", "pearl", "jade", "amber", "destiny", "misty", "sky", "star", "brook",
        "chase", "hunter", "art", "guy", "rocky", "duke", "earl", "buck", "chip", "bud", "rusty", "woody",
        "frank", "pat", "rich", "drew", "don", "gene", "dean", "ray", "price", "carter", "cash", "sandy",
        "dale", "glen", "cliff", "lance", "max", "miles", "norm", "sue", "rob", "jack", "mark", "bill", "will",
        "chris", "ali", "terry", "kelly", "jordan", "jean", "robin", "leslie", "dana", "alex", "sam",
    ].map { FeatureHash.string($0) })

    private static let maleHonorifics = KeySet(["mr", "mr.", "mister", "sir", "lord", "messrs", "messrs."]
        .map { FeatureHash.string($0) })
    private static let femaleHonorifics = KeySet(["mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "dame", "lady", "mme", "mme."]
        .map { FeatureHash.string($0) })

    private static let male = KeySet([
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "stephen", "paul", "andrew",
        "kenneth", "kevin", "brian", "bryan", "george", "timothy", "ronald", "edward", "jason", "jeffrey",
        "ryan", "jacob", "gary", "eric", "jonathan", "larry", "justin", "scott", "benjamin", "samuel",
        "gregory", "frank", "alexander", "raymond", "patrick", "jack", "dennis", "jerry", "aaron", "jose",
        "adam", "henry", "douglas", "peter", "walter", "harold", "keith", "roger", "gerald", "carl",
        "sean", "arthur", "lawrence", "bruce", "albert", "alan", "juan", "wayne", "roy", "ralph",
        "eugene", "vincent", "russell", "louis", "bobby", "philip", "phil", "johnny", "bernie", "barack",
        "mike", "mitch", "ted", "chuck", "bill", "jim", "tom", "tim", "bob", "dick", "rudy", "newt",
        "marco", "jeb", "joe", "ben", "rick", "steve", "dan", "dave", "tony", "harry", "ed",
        "mitt", "rand", "hank", "howard", "martin", "hugh", "ian", "nigel", "boris", "vladimir",
        "sergei", "dmitry", "mohammed", "muhammad", "ahmed", "hassan", "emmanuel", "francois", "jacques",
        "pierre", "jean-claude", "hans", "klaus", "wolfgang", "giuseppe", "luigi", "carlos", "luis", "miguel",
        "pedro", "manuel", "antonio", "fernando", "xavier", "hiroshi", "narendra", "rahul", "recep",
    ].map { FeatureHash.string($0) })

    private static let female = KeySet([
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "dorothy", "kimberly", "emily", "donna",
        "michelle", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon", "cynthia",
        "amy", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine",
        "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane",
        "virginia", "julie", "joyce", "victoria", "olivia", "christina", "lauren", "joan", "evelyn",
        "judith", "megan", "cheryl", "hannah", "martha", "jacqueline", "gloria", "teresa", "ann",
        "sara", "frances", "kathryn", "janice", "abigail", "alice", "judy", "sophia",
        "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella", "theresa", "diana",
        "natalie", "brittany", "charlotte", "marie", "kayla", "lori", "hillary", "melania", "ivanka",
        "nikki", "elaine", "kamala", "kellyanne", "ursula",
        "huma", "valerie", "susanne", "jill", "sonia", "elena", "condoleezza",
        "madeleine", "kirsten", "tammy", "heidi", "claire", "debbie", "dianne",
        "nina", "tulsi", "ilhan", "alexandria", "liz", "katie", "kate", "jane", "meghan", "oprah", "beyonce",
    ].map { FeatureHash.string($0) })
}
