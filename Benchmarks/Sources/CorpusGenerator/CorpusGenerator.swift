/// Generates a deterministic corpus of news-style articles for benchmarks: the same seed gives
/// the same bytes on every machine, so figures need no external data and can be compared.
///
/// Articles mix what real scraped news carries: a headline, share/subscribe boilerplate at the
/// head and foot, paragraphs of reporting with named people, places and organisations, direct
/// quotes with speech verbs, curly and straight quotation marks, numbers and abbreviations.
public struct CorpusGenerator {
    private var state: UInt64

    public init(seed: UInt64 = 42) {
        state = seed &+ 0x9E37_79B9_7F4A_7C15
    }

    /// SplitMix64: small, fast and identical on every platform.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func pick<T>(_ items: [T]) -> T {
        items[Int(next() % UInt64(items.count))]
    }

    private mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }

    static let people = ["Maria Alvarez", "James Whitfield", "Li Wei", "Amara Okonkwo", "Sergei Volkov",
                         "Priya Nair", "Thomas Becker", "Fatima Haddad", "Daniel Kim", "Elena Rossi",
                         "Kwame Mensah", "Sophie Laurent", "Ahmed Karimi", "Hannah Schultz", "Diego Moreno"]
    static let roles = ["Foreign Minister", "Senator", "Mayor", "Governor", "spokesperson", "Chief Executive",
                        "Finance Minister", "Police Chief", "Professor", "union leader"]
    static let places = ["Washington", "Beijing", "Brussels", "Nairobi", "São Paulo", "Berlin", "Texas",
                         "Ontario", "Lagos", "Mumbai", "Geneva", "Kyiv", "Tokyo", "Mexico City", "Sydney"]
    static let organisations = ["the United Nations", "the State Department", "the European Commission",
                                "the World Health Organization", "Reuters", "the Federal Reserve",
                                "the Ministry of Defence", "Greenpeace", "the World Bank", "NATO"]
    static let topics = ["the trade agreement", "the new climate policy", "rising food prices", "the border dispute",
                         "the election results", "the vaccine rollout", "the budget deficit", "the port strike",
                         "the drought", "the corruption inquiry"]
    static let verbs = ["said", "told reporters", "added", "warned", "insisted", "wrote on Twitter", "argued"]
    static let judgements = ["a serious threat to our economy", "a breakthrough for cooperation",
                             "deeply disappointing", "the best outcome we could have hoped for",
                             "an attack on working families", "a baseless accusation", "good news for everyone",
                             "not acceptable under any circumstances"]
    static let fillers = [
        "Officials met for three hours on Tuesday but did not agree on a timetable.",
        "The figures, published on Dec. 3, showed a 4.2% rise compared with last year.",
        "Critics said the plan would cost at least $1.5 billion over five years.",
        "Analysts expect talks to resume next month, according to people familiar with the matter.",
        "Protesters gathered outside the parliament building, some carrying handmade signs.",
        "The U.S. delegation arrived late after flights were delayed by storms.",
        "Local media reported that dozens of families had already left the area.",
        "Markets fell sharply in early trading before recovering most of their losses.",
    ]
    static let headBoilerplate = ["5.2k SHARES   SHARE THIS STORY", "Advertisement", "Listen to this article",
                                  "Sign up for our daily newsletter"]
    static let footBoilerplate = ["Share your thoughts in the comments below!",
                                  "Featured image via Wikimedia Commons",
                                  "The views expressed in this article are solely those of the author.",
                                  "Please support independent journalism. Donate today.",
                                  "RELATED:\nFive things to know about the summit\nWhy markets are nervous"]

    /// One article of roughly `words` words.
    public mutating func article(words: Int = 600) -> String {
        let topic = pick(Self.topics)
        var paragraphs: [String] = ["\(pick(Self.people).split(separator: " ").last!) Speaks Out on \(topic)"]
        if chance(60) { paragraphs.append(pick(Self.headBoilerplate)) }
        var count = 0
        var speaker = pick(Self.people)
        while count < words {
            var paragraph: String
            switch next() % 4 {
            case 0:
                speaker = pick(Self.people)
                let open = chance(70) ? ("“", "”") : ("\"", "\"")
                paragraph = "\(open.0)This is \(pick(Self.judgements)),\(open.1) \(pick(Self.roles)) \(speaker) \(pick(Self.verbs)) in \(pick(Self.places)). \(pick(Self.fillers))"
            case 1:
                paragraph = "\(pick(Self.fillers)) \(speaker) met representatives of \(pick(Self.organisations)) to discuss \(topic). \(pick(Self.fillers))"
            case 2:
                paragraph = "According to \(pick(Self.organisations)), \(topic) will affect millions of people in \(pick(Self.places)) and \(pick(Self.places)). \(pick(Self.fillers)) “We will not give up,” she added."
            default:
                paragraph = "\(pick(Self.fillers)) \(pick(Self.fillers)) Mr. \(speaker.split(separator: " ").last!) did not respond to a request for comment."
            }
            count += paragraph.split(separator: " ").count
            paragraphs.append(paragraph)
        }
        if chance(70) { paragraphs.append(pick(Self.footBoilerplate)) }
        return paragraphs.joined(separator: "\n\n")
    }

    /// A JSON Lines record `{"id", "source", "text"}` for article number `index`.
    public mutating func record(index: Int, words: Int = 600) -> String {
        let text = article(words: words)
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        let source = ["wire.example", "daily.example", "blog.example"][index % 3]
        return "{\"id\":\"bench-\(index)\",\"source\":\"\(source)\",\"text\":\"\(escaped)\"}"
    }
}
