/// Multi-word expressions whose sentiment is not the sum of their words, written for this
/// project. A phrase's valence replaces those of its words; a valence of 0 cancels them, which
/// also takes away any rule role of its words ("not only" is not a negation, "at least" is not
/// the reversing "least").
enum Idioms {
    static let entries: [(String, Float)] = [
        // Function-word combinations that would otherwise trigger a rule.
        ("not only", 0), ("not just", 0), ("at least", 0), ("very least", 0), ("no doubt", 1.2),
        ("no wonder", 0), ("pretty much", 0), ("as well", 0), ("might as well", 0),
        ("like this", 0), ("like that", 0), ("never mind", 0),
        ("well-being", 1.6), ("so far", 0), ("so much as", 0), ("but also", 0),
        ("nothing but", 0), ("no matter", 0), ("not to mention", 0), ("can't help but", 0),
        ("cannot help but", 0), ("no less", 0), ("none other than", 0),
        // Everyday idioms.
        ("cut the mustard", 2.0), ("kiss of death", -1.5), ("hand to mouth", -2.0),
        ("yeah right", -2.0), ("the bomb", 3.0), ("bad ass", 1.5), ("the shit", 3.0),
        ("thumbs up", 1.8), ("thumbs down", -1.8), ("looking forward", 1.6), ("look forward", 1.5),
        ("over the moon", 2.7), ("down the drain", -1.8), ("waste of time", -2.3),
        ("waste of money", -2.3), ("piece of cake", 1.8), ("last straw", -1.8),
        ("worth it", 1.8), ("no luck", -1.5), ("can't wait", 2.2), ("cant wait", 2.2), ("cannot wait", 2.2),
        ("can not wait", 2.2), ("don't care", -1.4), ("dont care", -1.4),
        // Negated comparatives that mean the best possible.
        ("doesn't get any better", 3.0), ("don't get any better", 3.0), ("does not get any better", 3.0),
        ("couldn't be happier", 3.0), ("could not be happier", 3.0), ("couldn't be better", 3.0),
        ("could not be better", 3.0), ("can't go wrong", 2.0), ("cannot go wrong", 2.0),
        ("can't complain", 1.0), ("cannot complain", 1.0), ("thanks for nothing", -2.0),
        ("highly enough", 2.5),
        // News and opinion idioms.
        ("win win", 2.4), ("step in the right direction", 2.0), ("shot in the arm", 1.5),
        ("under fire", -1.5), ("at odds", -1.2), ("fell short", -1.5), ("falls short", -1.5),
        ("fall short", -1.5), ("paid off", 1.5), ("pays off", 1.5), ("cold war", -1.8),
        ("trade war", -1.9), ("level playing field", 1.0), ("in the red", -1.3),
        ("back to square one", -1.2), ("on the brink", -1.8), ("out of control", -1.9),
        ("double standard", -1.9), ("double standards", -1.9), ("zero-sum", -1.0),
        ("common ground", 1.5), ("good faith", 1.6), ("bad faith", -2.0), ("red line", -0.8),
        ("last resort", -0.8), ("turned a blind eye", -1.8), ("turn a blind eye", -1.8),
        ("wreak havoc", -2.5), ("wreaked havoc", -2.5), ("human rights", 0), ("free trade", 0.3),
        ("free speech", 0.8), ("united states", 0), ("united nations", 0), ("united kingdom", 0),
        ("security council", 0), ("national security", 0), ("justice department", 0),
        ("supreme court", 0), ("grand jury", 0), ("intelligence agency", 0),
        ("fake news", -1.8), ("hit hard", -1.5), ("hard-hit", -1.5),
        // Market reports.
        ("beat expectations", 1.6), ("beats expectations", 1.6), ("beating expectations", 1.6),
        ("beat estimates", 1.6), ("beats estimates", 1.6), ("beating estimates", 1.6),
        ("beat forecasts", 1.6), ("beating forecasts", 1.6), ("missed expectations", -1.4),
        ("missed estimates", -1.4), ("missed forecasts", -1.4),
        // Institutional and topical collocations whose words would otherwise carry valence.
        ("intellectual property", 0), ("fair trade", 0.5), ("health care", 0), ("child care", 0),
        ("social security", 0), ("public security", 0), ("state security", 0), ("security forces", 0),
        ("peace talks", 0.8), ("peace process", 0.8), ("liberation army", 0), ("free market", 0.5),
        ("interest rate", 0), ("interest rates", 0), ("credit card", 0), ("united front", 0.3),
    ]
}
