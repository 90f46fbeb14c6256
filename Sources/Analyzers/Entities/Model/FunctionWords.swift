/// Words that look like names when capitalised but do not begin one.
///
/// English closed-class words (prepositions, conjunctions, pronouns, auxiliaries) and common
/// sentence adverbs. Capitalised at the start of a sentence they look like names to the tagger
/// ("During Rosati's visit", "Instead Joubert kicked"), but they never begin one.
/// "The" and "A" are left out: they do begin some names ("The Hague", "A.C. Milan").
enum FunctionWords {
    static let keys = KeySet(words.map { FeatureHash.string($0) })

    private static let words = [
        "about", "above", "across", "after", "afterwards", "again", "against", "all", "almost", "along",
        "already", "also", "although", "always", "among", "amid", "an", "and", "another", "any",
        "anyone", "anything", "are", "around", "as", "at", "because", "been", "before", "behind",
        "being", "below", "beneath", "besides", "between", "beyond", "both", "but", "by", "can",
        "could", "despite", "did", "do", "does", "during", "each", "earlier", "either", "else",
        "even", "ever", "every", "everyone", "everything", "except", "few", "finally", "for", "from",
        "further", "had", "has", "have", "he", "her", "here", "hers", "him", "his",
        "how", "however", "i", "if", "in", "including", "indeed", "inside", "instead", "into",
        "is", "it", "its", "just", "last", "later", "least", "less", "like", "many",
        "may", "meanwhile", "might", "more", "moreover", "most", "much", "must", "my", "near",
        "neither", "never", "nevertheless", "no", "nobody", "none", "nor", "not", "nothing", "now",
        "obviously", "of", "off", "often", "on", "once", "only", "or", "other", "others",
        "otherwise", "our", "out", "outside", "over", "perhaps", "since", "so", "some", "someone",
        "something", "sometimes", "soon", "still", "such", "than", "that", "their", "them", "then",
        "there", "therefore", "these", "they", "this", "those", "though", "through", "throughout", "thus",
        "to", "today", "together", "too", "toward", "towards", "under", "unless", "unlike", "until",
        "up", "upon", "us", "very", "was", "we", "were", "what", "whatever", "when",
        "whenever", "where", "whereas", "whether", "which", "while", "who", "whom", "whose", "why",
        "will", "with", "within", "without", "would", "yes", "yesterday", "yet", "you", "your",
    ]

    /// Month and weekday names (not "May", also a name): capitalised anywhere, but they never
    /// begin or end a name in news ("Friday", "June 12").
    static let calendar = KeySet([
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ].map { FeatureHash.string($0) })
}
