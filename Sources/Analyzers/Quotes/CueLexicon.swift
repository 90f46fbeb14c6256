/// The words that attribute speech in news writing ("said", "tweeted", "according to"), with
/// their inflections, and the small word classes the attribution patterns skip over.
enum CueLexicon {
    /// How a cue word is used in a clause.
    enum Form: Sendable {
        /// Finite or bare form ("said", "says", "tell"): its subject is the speaker.
        case finite
        /// Present participle ("saying", "adding"): the speaker is the subject of the clause it hangs on.
        case participle
    }

    /// Speech and writing verbs, as base forms with their irregular forms; regular inflections
    /// (-s, -ed, -ing) are derived.
    private static let verbs: [String] = [
        "say said", "stated", "tell told", "announce", "muse", "predict", "dismiss", "retweet", "add", "write wrote written", "tweet", "insist", "warn", "ask", "answer",
        "reply replied replies", "respond", "explain", "note", "declare", "claim", "argue", "contend",
        "assert", "maintain", "suggest", "acknowledge", "admit admitted admitting", "concede", "confirm",
        "deny denied denies", "report", "recall", "remark", "comment", "observe", "continue",
        "repeat", "reiterate", "stress", "emphasize", "emphasise", "accuse", "charge", "complain",
        "criticize", "criticise", "describe", "call", "dub dubbed dubbing", "label labelled labelling",
        "brand", "praise", "urge", "vow", "pledge", "promise", "boast", "joke", "quip quipped quipping",
        "shout", "yell", "scream", "whisper", "mutter", "chant", "sing sang sung", "cry cried cries", "exclaim",
        "plead pleaded pled", "demand", "allege", "testify testified testifies", "tout", "blast", "slam slammed slamming",
        "mock", "lament", "agree", "disagree", "counter", "retort", "rebut rebutted rebutting", "post", "speak spoke",
        "recount", "inform", "assure", "caution", "concur concurred concurring", "opine", "proclaim",
        "protest", "wonder", "acclaim", "affirm", "blame", "condemn", "decry decried decries",
        "denounce", "question", "refer referred referring", "reveal", "scoff", "snap snapped snapping",
        "characterize",
        "characterise", "term", "deem", "quote", "cite", "conclude", "interject",
        "interrupt", "threaten", "implore", "beg begged begging", "pronounce",
        "believe", "think thought", "predict", "muse", "chide",
        "scold", "rip ripped ripping", "bash", "ridicule", "dismiss", "applaud", "bemoan",
        "recommend", "propose", "laud", "rate", "hail", "chastise", "liken", "compare", "exhort", "rule", "lambaste", "pan panned panning", "insult", "nickname",
    ]

    /// Nouns that attribute speech to a possessive name before them ("Trump’s claim that “…”").
    static let nounCues: Set<String> = [
        "claim", "claims", "statement", "statements", "remark", "remarks", "comment", "comments", "words",
        "assertion", "accusation", "description", "warning", "promise", "pledge", "tweet", "tweets",
        "message", "argument", "response", "reply", "answer", "speech", "declaration", "charge", "vow",
        "insistence", "suggestion", "characterization", "call", "plea", "message", "slogan", "catchphrase",
    ]

    /// Prepositions that start a phrase modifying a subject ("a member of the delegation in Anchorage").
    static let prepositions: Set<String> = [
        "in", "at", "from", "of", "for", "with", "on", "by", "to", "near", "inside", "outside", "within", "across",
    ]

    static let forms: [String: (lemma: String, form: Form)] = {
        var table: [String: (String, Form)] = [:]
        for entry in verbs {
            let parts = entry.split(separator: " ").map(String.init)
            let base = parts[0]
            for word in inflections(of: base) + parts.dropFirst() {
                table[word] = (base, word.hasSuffix("ing") && word != base ? .participle : .finite)
            }
        }
        return table
    }()

    /// The cue's lemma and form when `key` (a lower-cased word) is a speech verb.
    static func cue(_ key: String) -> (lemma: String, form: Form)? { forms[key] }

    private static func inflections(of base: String) -> [String] {
        var stem = base
        var result = [base]
        if base.hasSuffix("e") {
            stem = String(base.dropLast())
            result += [base + "s", base + "d", stem + "ing"]
        } else if base.hasSuffix("y"), let last = base.dropLast().last, !"aeiou".contains(last) {
            stem = String(base.dropLast())
            result += [stem + "ies", stem + "ied", base + "ing"]
        } else if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x") {
            result += [base + "es", base + "ed", base + "ing"]
        } else {
            result += [base + "s", base + "ed", base + "ing"]
        }
        return result
    }

    /// Words that stand between a subject and its verb without changing who speaks.
    static let verbModifiers: Set<String> = [
        "also", "then", "later", "has", "had", "have", "was", "is", "were", "are", "will", "would", "could",
        "may", "might", "can", "should", "once", "again", "further", "simply", "even", "still", "just",
        "not", "did", "does", "do", "never", "previously", "recently", "earlier", "reportedly",
        "allegedly", "repeatedly", "quickly", "immediately", "initially", "subsequently", "famously",
        "publicly", "privately", "angrily", "flatly", "first", "often", "since", "already", "now",
        "been", "be", "being", "being", "has", "so", "too", "last", "finally", "apparently", "only",
    ]

    /// Nouns that end in -ly like adverbs do.
    private static let lyNouns: Set<String> = [
        "family", "assembly", "supply", "reply", "rally", "ally", "anomaly", "monopoly", "bully", "belly",
        "jelly", "butterfly", "melancholy", "homily", "oligopoly", "italy", "july",
    ]

    /// An -ly adverb ("reportedly", "angrily"), not a noun like "family".
    static func isAdverb(_ key: String) -> Bool {
        key.hasSuffix("ly") && key.count > 4 && !lyNouns.contains(key)
    }

    static let pronouns: Set<String> = ["he", "she", "they", "i", "we", "it"]

    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "one",
        "another", "two", "three", "several", "some", "many", "other", "both", "each", "every", "no",
        "few", "more", "most", "any", "all", "such",
    ]

    /// Function words that are capitalised only because they start a sentence: never part of a name.
    static let capitalisedFunctionWords: Set<String> = [
        "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "from", "with", "by",
        "as", "of", "to", "after", "before", "during", "when", "while", "if", "though", "although",
        "because", "since", "meanwhile", "however", "still", "then", "now", "also", "this", "that",
        "these", "those", "there", "here", "it", "he", "she", "they", "we", "i", "you", "his", "her",
        "their", "our", "its", "my", "your", "asked", "speaking", "according", "separately", "later",
        "earlier", "last", "next", "on", "under", "about", "among", "what", "who", "which", "why",
        "how", "where", "yes", "no", "not", "even", "instead", "indeed", "finally", "first", "today",
        "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "mr", "mrs", "ms", "dr", "sir", "dear", "oh", "well", "both", "all", "every", "each",
        "many", "some", "most", "one", "two", "three", "like", "unlike", "despite", "without", "within",
        "through", "into", "over", "against", "following", "including", "regarding", "discussing",
        "writing", "appearing", "addressing", "responding", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "twenty", "thirty", "fifty", "hundred", "hundreds", "thousand", "thousands",
        "million", "millions", "several", "few", "dozens", "minutes", "hours", "days", "weeks", "months", "years",
    ]

    /// Titles and roles written before a name; stripped from the start of a speaker's name and
    /// remembered so that a later "the spokesman" can be linked back to the name.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "gov", "governor",
        "sen", "senator", "rep", "representative", "congressman", "congresswoman", "president", "vice",
        "secretary", "minister", "premier", "chancellor", "prime", "spokesman", "spokeswoman",
        "spokesperson", "director", "chairman", "chairwoman", "chair", "chief", "ceo", "officer",
        "ambassador", "envoy", "gen", "general", "col", "colonel", "lt", "capt", "captain", "sgt",
        "adm", "admiral", "judge", "justice", "attorney", "mayor", "king", "queen", "prince",
        "princess", "pope", "rev", "reverend", "father", "sister", "brother", "speaker", "leader",
        "commissioner", "councillor", "councilman", "councilwoman", "sheriff", "detective", "inspector",
        "superintendent", "host", "anchor", "correspondent", "editor", "analyst", "economist",
        "strategist", "adviser", "advisor", "aide", "manager", "founder", "head", "deputy", "assistant",
        "candidate", "nominee", "pollster", "lawyer", "attorney-general", "coach", "chancellor",
        "former", "acting", "interim", "senior", "junior", "st", "saint", "counsel", "official",
        "chairperson", "executive", "dni", "cfo", "coo", "cto",
    ]

    /// Words that make a capitalised name an organisation rather than a person.
    static let organisationWords: Set<String> = [
        "party", "committee", "department", "ministry", "news", "times", "post", "journal", "campaign",
        "university", "commission", "inc", "corp", "corporation", "company", "association", "council",
        "agency", "service", "office", "bureau", "network", "court", "congress", "senate", "house",
        "administration", "government", "foundation", "institute", "center", "centre", "group", "bank",
        "fund", "union", "federation", "league", "board", "authority", "police", "army", "force",
        "navy", "media", "press", "tribune", "herald", "daily", "reuters", "cnn", "fbi", "cia", "nbc",
        "abc", "cbs", "msnbc", "fox", "bbc", "ap", "upi", "politico", "club", "society", "organization",
        "organisation", "coalition", "alliance", "movement", "project", "trust", "magazine", "review",
        "channel", "television", "radio", "pac", "llc", "ltd", "gazette", "telegraph", "guardian",
        "economist", "observer", "chronicle", "globe", "reporter", "examiner",
    ]
}
