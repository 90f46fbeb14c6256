/// Classes of the common nouns that end (or, for a few, begin) multi-word names and say what
/// kind of thing the name is, whatever the words in front: "Norvex Semiconductor" and
/// "Harlow Holdings" are companies, "Marcy Street" a street, "First Baptist Church" an
/// institution. The tagger gets the class as a feature, and mention resolution uses it to
/// overrule a class that cannot be right (a name ending in "Street" is never a person).
enum HeadWordClass: UInt8, Sendable {
    /// Companies, public bodies, parties, teams' clubs: the name is an organisation.
    case organisation = 1
    /// Institutions housed in a building (schools, churches, hospitals): an organisation in
    /// CoNLL's conventions, never a person or a political place.
    case institution
    /// Streets, roads, squares, bridges, buildings, halls, stadiums, airports: a place that is
    /// not a political unit.
    case facility
    /// Administrative divisions ("Region", "Province", "County"): a place, never a person.
    case division
    /// Laws, treaties, prizes, tournaments, wars: the name is another kind of name (MISC).
    case event

    /// Head words that are also common family names ("Jenna Park", "Charlotte Church", "Sally
    /// Field"): they hint, but never overrule a person reading by themselves.
    static func isAlsoFamilyName(_ key: UInt64) -> Bool {
        familyNames.contains(key)
    }

    private static let familyNames = KeySet([
        "park", "field", "close", "way", "place", "lane", "hall", "court", "church", "temple", "chapel",
        "bank", "market", "port", "tower", "bridge", "drive", "house", "trust", "guard", "union", "front",
        "gas", "oil", "rail", "co", "sa", "ag", "nv", "state", "dam", "league", "board", "fund",
        "service", "office", "police", "records", "pictures",
    ].map { FeatureHash.string($0) })

    /// The class of a case-folded word key (`TokenForm.key`), if it has one.
    @inline(__always)
    static func of(_ key: UInt64) -> HeadWordClass? {
        table[key].flatMap { HeadWordClass(rawValue: UInt8($0)) }
    }

    private static let table: KeyTable = {
        var table = KeyTable(capacity: 256)
        func add(_ words: [String], _ kind: HeadWordClass) {
            for word in words where table[FeatureHash.string(word)] == nil {
                table[FeatureHash.string(word)] = UInt32(kind.rawValue)
            }
        }
        add(organisationWords, .organisation)
        add(institutionWords, .institution)
        add(facilityWords, .facility)
        add(divisionWords, .division)
        add(eventWords, .event)
        return table
    }()

    private static let organisationWords = [
        // Company forms and industries.
        "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "llc", "plc", "ag", "sa",
        "gmbh", "nv", "company", "companies", "group", "holdings", "holding", "partners", "associates",
        "industries", "enterprises", "ventures", "capital", "investments", "securities", "bank", "bancorp",
        "insurance", "assurance", "financial", "fund", "trust", "semiconductor", "semiconductors",
        "technologies", "technology", "systems", "software", "electronics", "motors", "automotive",
        "airlines", "airline", "airways", "aviation", "aerospace", "pharmaceuticals", "pharma", "biotech",
        "therapeutics", "biosciences", "labs", "laboratories", "energy", "petroleum", "oil", "gas",
        "mining", "steel", "chemicals", "telecom", "communications", "networks", "media", "entertainment",
        "studios", "pictures", "records", "publishing", "foods", "brands", "stores", "retail", "logistics",
        "shipping", "railways", "railway", "rail", "exchange", "reit",
        // Public bodies, parties and associations.
        "council", "committee", "commission", "agency", "ministry", "department", "authority", "board",
        "bureau", "office", "service", "administration", "party", "parliament", "congress", "assembly",
        "senate", "court", "tribunal", "police", "army", "navy", "guard", "federation", "association",
        "union", "league", "society", "foundation", "institute", "organization", "organisation", "alliance",
        "coalition", "front", "movement", "club", "network", "forum", "cabinet",
    ]

    private static let institutionWords = [
        "university", "college", "school", "academy", "seminary", "church", "cathedral", "chapel", "mosque",
        "synagogue", "temple", "parish", "diocese", "hospital", "clinic", "museum", "library", "gallery",
        "zoo", "theatre", "theater", "orchestra", "choir",
    ]

    private static let facilityWords = [
        "street", "st.", "road", "rd.", "avenue", "ave.", "boulevard", "blvd.", "lane", "drive", "way",
        "place", "square", "plaza", "terrace", "crescent", "close", "highway", "freeway",
        "motorway", "expressway", "parkway", "turnpike", "interstate", "bridge", "tunnel", "hall", "building",
        "tower", "towers", "center", "centre", "stadium", "arena", "field", "park", "airport", "station",
        "terminal", "port", "harbour", "harbor", "pier", "dam", "mall", "market", "palace",
    ]

    private static let eventWords = [
        "amendment", "act", "treaty", "accord", "accords", "protocol", "charter", "doctrine", "prize", "award",
        "awards", "cup", "trophy", "championship", "championships", "olympics", "games", "open", "marathon",
        "tournament", "festival", "war",
    ]

    private static let divisionWords = [
        "region", "province", "prefecture", "county", "district", "territory", "territories", "oblast",
        "canton", "municipality", "borough", "township", "governorate", "emirate", "state", "republic",
    ]
}
