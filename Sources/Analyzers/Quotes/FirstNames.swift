/// Common first names with a clear gender, for agreeing "he"/"she" with a named person when
/// nothing in the text says more. Written for the project; deliberately short, and without names
/// given to both sexes (Terry, Kelly, Jordan, Jean, Andrea): a wrong gender keeps "she" from the
/// one person it can mean.
enum FirstNames {
    enum Gender: Sendable { case male, female }

    static func gender(of lowercasedFirstName: String) -> Gender? {
        if male.contains(lowercasedFirstName) { return .male }
        if female.contains(lowercasedFirstName) { return .female }
        return nil
    }

    /// The gender a lower-cased honorific or title gives the name after it ("mr", "queen").
    static func gender(ofHonorific honorific: String) -> Gender? {
        if ["mr", "sir", "lord", "king", "prince", "father", "brother"].contains(honorific) { return .male }
        if ["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister"].contains(honorific) { return .female }
        return nil
    }

    /// The gender of a full name's first word ("Anna Lindqvist"); nil for a single word.
    static func gender(ofName name: String) -> Gender? {
        firstName(of: name).flatMap(gender(of:))
    }

    private static func firstName(of name: String) -> String? {
        var utf8Name = name
        if let fast = utf8Name.withUTF8({ asciiFirstName($0) }) { return fast }
        let parts = name.split(separator: " ")
        guard parts.count >= 2 else { return nil }
        return parts[0].lowercased()
    }

    /// `firstName` for an ASCII name, read on its bytes: nil when the name is not ASCII,
    /// .some(nil) when it has a single word.
    private static func asciiFirstName(_ utf8: UnsafeBufferPointer<UInt8>) -> String?? {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var start = 0
        while start < utf8.count, utf8[start] == 0x20 { start += 1 }
        var end = start
        while end < utf8.count, utf8[end] != 0x20 { end += 1 }
        var next = end
        while next < utf8.count, utf8[next] == 0x20 { next += 1 }
        guard end > start, next < utf8.count else { return .some(nil) }
        let lowered = utf8[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        return String(decoding: lowered, as: UTF8.self)
    }

    private static let male: Set<String> = [
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan",
        "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
        "benjamin", "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack", "dennis",
        "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary", "peter", "kyle",
        "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl",
        "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "billy",
        "bruce", "albert", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy",
        "eugene", "vincent", "russell", "elijah", "louis", "bobby", "philip", "johnny", "bernie", "barack",
        "mike", "mitch", "ted", "chuck", "bill", "jim", "tom", "tim", "bob", "dick", "rudy", "newt", "marco",
        "rand", "hakeem", "vladimir", "xi", "emmanuel", "boris", "recep", "narendra", "angelo", "luis",
        "carlos", "pedro", "miguel", "ahmed", "mohammed", "muhammad", "omar", "hassan", "ivan",
        "dmitry", "sergei",
    ]

    private static let female: Set<String> = [
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
        "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura",
        "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "ann", "anne", "brenda", "pamela",
        "nicole", "emma", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn",
        "janet", "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia",
        "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "hannah",
        "martha", "jacqueline", "frances", "gloria", "teresa", "kathryn", "sara", "janice", "alice",
        "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly",
        "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte",
        "rose", "kayla", "hillary", "melania", "ivanka", "chelsea", "nikki", "kellyanne", "kamala",
        "condoleezza", "madeleine", "jacinda", "ursula", "claire", "loretta", "huma", "debbie", "tulsi",
        "kirsten", "susana", "marsha", "jeanne",
    ]
}
