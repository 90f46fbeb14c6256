/// The closed-class words the sentence rules react to: negators, intensity modifiers, contrast
/// and concession markers. Written for this project after the categories of Hutto & Gilbert
/// (2014); strengths are on the lexicon's valence scale.
enum GrammarWords {
    /// Words that reverse what follows in their clause. Contractions ending in "n't" are
    /// recognised by shape as well, so only the irregular and uncontracted forms are listed.
    static let negators = [
        "not", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "nor",
        "cannot", "without", "lack", "lacks", "lacked", "lacking",
        "aint", "arent", "cant", "couldnt", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent",
        "isnt", "mightnt", "mustnt", "neednt", "shant", "shouldnt", "wasnt", "werent", "wont",
        "wouldnt", "nope", "uh-uh", "rarely", "seldom",
    ]

    /// Intensity modifiers and their push on the next sentiment word. Boosters add in the
    /// direction of that word's valence; dampeners (negative) take away from it. Stronger
    /// adverbs ("utterly") push harder than mild ones ("quite").
    static let modifiers: [(String, Float)] = [
        ("absolutely", 0.35), ("amazingly", 0.3), ("awfully", 0.3), ("completely", 0.35),
        ("considerably", 0.25), ("decidedly", 0.3), ("deeply", 0.3), ("effing", 0.3),
        ("enormously", 0.35), ("entirely", 0.3), ("especially", 0.25), ("exceptionally", 0.35),
        ("extremely", 0.35), ("fabulously", 0.3), ("freaking", 0.3), ("fricking", 0.3),
        ("frickin", 0.3), ("friggin", 0.3), ("fully", 0.25), ("fucking", 0.35), ("greatly", 0.3),
        ("hella", 0.3), ("highly", 0.3), ("hugely", 0.35), ("incredibly", 0.35),
        ("intensely", 0.35), ("majorly", 0.3), ("more", 0.25), ("most", 0.3),
        ("particularly", 0.25), ("purely", 0.25), ("quite", 0.2), ("really", 0.3),
        ("remarkably", 0.3), ("so", 0.3), ("substantially", 0.25), ("thoroughly", 0.3),
        ("too", 0.25), ("totally", 0.3), ("tremendously", 0.35), ("uber", 0.3),
        ("unbelievably", 0.35), ("unusually", 0.3), ("utterly", 0.35), ("very", 0.3),
        ("super", 0.3), ("truly", 0.3), ("real", 0.2), ("such", 0.2), ("damn", 0.25),
        // News and opinion intensifiers.
        ("sharply", 0.3), ("severely", 0.3), ("gravely", 0.35), ("seriously", 0.3),
        ("bitterly", 0.35), ("fiercely", 0.3), ("vehemently", 0.35), ("strongly", 0.3),
        ("firmly", 0.2), ("profoundly", 0.35), ("wildly", 0.3),
        ("increasingly", 0.2), ("widely", 0.15), ("massively", 0.35), ("dramatically", 0.3),
        ("significantly", 0.25), ("heavily", 0.25), ("grossly", 0.35), ("blatantly", 0.35),
        ("flagrantly", 0.35), ("openly", 0.15),
        // Magnitude adjectives: "a huge mistake", "the greatest threat" (their own valence
        // counts only before a word of the same sign, "a great success").
        ("great", 0.3), ("greatest", 0.35), ("greater", 0.25), ("huge", 0.3), ("enormous", 0.35),
        ("tremendous", 0.35), ("massive", 0.3), ("big", 0.2), ("biggest", 0.3), ("total", 0.25),
        ("complete", 0.25), ("absolute", 0.3), ("utter", 0.35), ("sheer", 0.3), ("serious", 0.25),
        ("strong", 0.2), ("deep", 0.25), ("grave", 0.3), ("major", 0.2), ("surprise", 0.15),
        // Epistemic adverbs: "clearly wrong" is more wrong; alone they keep their own valence.
        ("certainly", 0.2), ("surely", 0.2), ("definitely", 0.25), ("clearly", 0.2),
        ("obviously", 0.2),
        // Dampeners.
        ("almost", -0.3), ("barely", -0.35), ("hardly", -0.35), ("scarcely", -0.35),
        ("kinda", -0.3), ("kindof", -0.3), ("kind-of", -0.3), ("sorta", -0.3), ("sortof", -0.3),
        ("sort-of", -0.3), ("less", -0.3), ("little", -0.25), ("marginally", -0.3),
        ("occasionally", -0.25), ("partly", -0.3), ("partially", -0.3), ("slightly", -0.3),
        ("somewhat", -0.3), ("fairly", -0.2), ("relatively", -0.2), ("mildly", -0.3),
        ("modestly", -0.25), ("rather", -0.15), ("moderately", -0.25), ("reasonably", -0.15),
        ("a-bit", -0.25),
        // "pretty good" is a little more than "good", and "pretty" then is no compliment.
        ("pretty", 0.15),
    ]

    /// Words after which the rest of the sentence carries the point: "X, but Y".
    static let contrasts = ["but", "however", "nevertheless", "nonetheless"]

    /// Concessive words: their own clause is conceded ("although X", "despite X").
    static let concessions = ["although", "though", "despite", "notwithstanding", "whereas", "albeit"]

    /// After these, "like" compares ("looks like", "something like") instead of expressing
    /// liking, so it carries no sentiment.
    static let comparisonCues = [
        "look", "looks", "looked", "looking", "feel", "feels", "felt", "feeling", "seem", "seems",
        "seemed", "sound", "sounds", "sounded", "smell", "smells", "taste", "tastes", "act", "acts",
        "acted", "just", "exactly", "much", "more", "less", "something", "nothing", "anything",
        "things", "stuff", "is", "was", "are", "were", "be", "been", "being", "it's", "i'm",
        "he's", "she's", "that's", "we're", "you're", "they're", "works", "worked", "work", "almost",
        "treat", "treated", "in", "or", "and", "people", "places", "someone", "somebody",
    ]

    /// After these, "like" is the verb ("I like", "would like", "really like").
    static let likeSubjects = [
        "i", "you", "we", "they", "u", "ya", "would", "i'd", "we'd", "you'd", "they'd", "do", "does",
        "did", "really", "also", "still", "totally", "definitely", "to", "don't", "didn't",
        "doesn't", "dont", "didnt", "doesnt", "who", "kinda", "actually", "truly", "might", "will",
        "should", "could", "may", "gonna", "'d", "i'll", "you'll", "we'll", "they'll", "he'll",
        "she'll", "he", "she", "always", "must", "certainly", "probably", "surely", "particularly",
    ]

    /// Determiners and quantifiers: "like the", "like many" compare.
    static let determiners = [
        "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our",
        "their", "many", "most", "some", "all", "any", "every", "each", "other", "such",
    ]
}
