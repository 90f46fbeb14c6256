/// Valences for news and political writing, written for this project on the VADER scale
/// (-4 ... 4, the mean of human ratings). The VADER lexicon was rated on social media text and
/// misses much of the vocabulary of diplomacy, conflict and economics; each group below is
/// anchored on a VADER word of similar strength, named in its comment.
enum NewsLexicon {
    /// New entries and overrides, applied on top of the VADER lexicon.
    static let entries: [(String, Float)] = accusation + conflict + coercion + diplomacy
        + economy + disaster + governance + evaluation + editorial + neutralised

    /// Accusations of lying and bad faith (anchor: "smear" -1.5, "lies" -1.8, "fraud" -2.8).
    static let accusation: [(String, Float)] = [
        ("slander", -2.3), ("slanders", -2.3), ("slandered", -2.3), ("slanderous", -2.5),
        ("smears", -1.6), ("smeared", -1.6), ("smearing", -1.7), ("defame", -2.2),
        ("defamation", -2.2), ("defamatory", -2.3), ("baseless", -1.8), ("groundless", -1.8),
        ("unfounded", -1.5), ("fabricated", -2.0), ("fabrication", -2.0), ("fabrications", -2.0),
        ("disinformation", -2.0), ("misinformation", -1.6), ("propaganda", -1.6),
        ("hypocrisy", -2.0), ("hypocrite", -2.2), ("hypocrites", -2.2), ("lie", -1.8),
        ("lied", -2.0), ("lying", -2.1), ("deceit", -2.2), ("deceptive", -2.0),
        ("slur", -2.0), ("slurs", -2.0), ("vilify", -2.2), ("vilified", -2.0),
        ("demonize", -2.0), ("demonized", -2.0), ("scapegoat", -1.6), ("distort", -1.6),
        ("distorted", -1.6), ("distortion", -1.0), ("malicious", -2.6), ("sinister", -2.2),
        ("corruption", -2.6), ("corrupt", -2.6), ("bribery", -2.5), ("bribes", -2.2),
        ("embezzlement", -2.5), ("extortion", -2.7), ("blackmail", -2.6),
        ("allegations", -0.8), ("so-called", -0.8), ("farce", -1.9), ("absurd", -1.5),
        ("irresponsible", -1.9), ("unacceptable", -2.0), ("outrageous", -2.0),
    ]

    /// War and violence (anchor: "violence" -3.1, "killed" -3.5, "attack" -2.1).
    static let conflict: [(String, Float)] = [
        ("attacks", -2.1), ("attacking", -2.0), ("invasion", -2.6), ("invade", -2.4),
        ("invaded", -2.4), ("invading", -2.4), ("occupation", -1.2), ("aggressor", -2.3),
        ("belligerence", -2.0), ("belligerent", -2.0), ("hostile", -2.0), ("hostility", -2.0),
        ("hostilities", -2.0), ("provocation", -1.8), ("provocations", -1.8),
        ("provocative", -1.4), ("escalation", -1.5), ("escalate", -1.4), ("escalated", -1.4),
        ("militarization", -1.4), ("militarize", -1.3), ("crackdown", -2.0), ("suppression", -1.9),
        ("oppression", -2.6), ("persecution", -2.7), ("persecuted", -2.6), ("genocide", -3.6),
        ("atrocity", -3.3), ("atrocities", -3.3), ("massacre", -3.5), ("massacred", -3.5),
        ("bombing", -2.7), ("bombings", -2.7), ("bombed", -2.6), ("airstrike", -2.2),
        ("airstrikes", -2.2), ("shelling", -2.3), ("casualties", -2.4), ("wounded", -2.1),
        ("deaths", -2.7), ("dying", -2.6), ("shootings", -2.4),
        ("unrest", -1.6), ("insurgency", -1.8), ("insurgents", -1.4), ("extremist", -2.2),
        ("extremists", -2.2), ("extremism", -2.3), ("militants", -1.5), ("hostage", -2.3),
        ("hostages", -2.3), ("threatened", -2.0), ("threatening", -2.1), ("threatens", -2.0),
        ("intimidation", -2.1), ("intimidate", -2.0), ("brutal", -2.8), ("brutality", -2.9),
        ("ceasefire", 0.8), ("truce", 1.0),
    ]

    /// Pressure between states (anchor: "bullying" -2.9, "forced" -2.0, "repression" -1.6).
    static let coercion: [(String, Float)] = [
        ("hegemony", -1.8), ("hegemonic", -1.8), ("hegemonism", -2.0), ("coercion", -2.0),
        ("coercive", -1.9), ("coerce", -1.9), ("coerced", -1.9), ("sanctions", -1.2),
        ("sanctioned", -1.0), ("sanctioning", -1.1), ("embargo", -1.3), ("blockade", -1.5),
        ("interference", -1.5), ("meddling", -1.8), ("meddle", -1.7), ("bullied", -2.3),
        ("imperialism", -1.8), ("imperialist", -1.9), ("expansionism", -1.6),
        ("unilateralism", -1.2), ("protectionism", -1.1), ("containment", -0.6),
        ("interfere", -1.4), ("interfered", -1.4), ("infringe", -1.6), ("infringement", -1.5),
        ("encroachment", -1.5), ("retaliation", -1.6), ("retaliate", -1.5), ("retaliatory", -1.5),
        ("tariff", -0.5), ("tariffs", -0.5), ("espionage", -1.6), ("spying", -1.4),
        ("censorship", -1.8), ("censored", -1.5), ("detained", -1.6), ("detention", -1.5),
    ]

    /// Cooperation and agreement (anchor: "agreement" 2.2, "friendship" 1.9, "progress" 1.8).
    static let diplomacy: [(String, Float)] = [
        ("cooperation", 1.8), ("cooperate", 1.6), ("cooperative", 1.6), ("co-operation", 1.8),
        ("collaboration", 1.6), ("collaborate", 1.4), ("win-win", 2.4), ("breakthrough", 2.3),
        ("breakthroughs", 2.3), ("partnership", 1.5), ("partnerships", 1.4), ("mutual", 0.8),
        ("mutually", 0.8), ("dialogue", 0.6), ("reconciliation", 1.9), ("consensus", 1.2),
        ("stability", 1.4), ("prosperity", 2.4), ("resilience", 1.5), ("resilient", 1.5),
        ("milestone", 1.6), ("milestones", 1.5), ("achievement", 2.2), ("achievements", 2.1),
        ("landmark", 1.2), ("historic", 1.0), ("inclusive", 1.2), ("sustainable", 0.9),
        ("constructive", 1.6), ("fruitful", 2.0), ("pragmatic", 0.9), ("amicable", 1.9),
        ("goodwill", 2.0), ("solidarity", 1.6), ("rapprochement", 1.4), ("de-escalation", 1.2),
        ("cordial", 1.7), ("reassure", 1.3), ("reassured", 1.4), ("productive", 1.7),
        ("unproductive", -1.5), ("candid", 0.8), ("welcomed", 1.6), ("hailed", 1.7),
    ]

    /// Markets and the economy (anchor: "recession" -1.8, "gain" 2.4, "drop" -1.1).
    static let economy: [(String, Float)] = [
        ("recovery", 1.4), ("rebound", 1.1), ("rebounded", 1.1), ("surge", 0.9), ("surged", 0.9),
        ("soared", 1.2), ("slump", -1.6), ("slumped", -1.6), ("plunge", -1.8), ("plunged", -1.8),
        ("plummeted", -2.0), ("tumbled", -1.5), ("slowdown", -1.2), ("downturn", -1.6),
        ("stagnation", -1.5), ("layoffs", -1.9), ("bankruptcy", -2.4), ("inflation", -0.8),
        ("shortfall", -1.2), ("volatility", -0.8), ("austerity", -1.1), ("poverty", -2.3),
        ("affordable", 1.3), ("booming", 1.6), ("thriving", 2.2), ("innovation", 1.5),
        ("innovative", 1.7),
    ]

    /// Disasters and disease (anchor: "disaster" -3.1, "death" -2.9).
    static let disaster: [(String, Float)] = [
        ("famine", -3.0), ("drought", -1.9), ("flooding", -1.7), ("earthquake", -1.8),
        ("pandemic", -1.9), ("epidemic", -2.0), ("outbreak", -1.7), ("wildfire", -1.8),
        ("wildfires", -1.8), ("catastrophe", -3.2), ("humanitarian", 0.4), ("refugees", -0.6),
        ("victims", -2.2), ("tragedy", -2.9),
    ]

    /// Governance words (anchor: "illegal" -2.6, "violation" -2.2).
    static let governance: [(String, Float)] = [
        ("unlawful", -2.2), ("unconstitutional", -2.0), ("breach", -1.6), ("breaches", -1.6),
        ("indicted", -1.8), ("indictment", -1.6), ("convicted", -1.9), ("impeachment", -1.0),
        ("authoritarian", -1.9), ("dictator", -2.5), ("dictatorship", -2.5), ("regime", -0.8),
        ("transparency", 1.3), ("accountability", 1.1), ("democracy", 1.6), ("democratic", 0.3),
        ("reform", 0.9), ("reforms", 0.9), ("sovereignty", 0.6), ("rule-of-law", 1.2),
    ]

    /// Plain evaluative words that the VADER lexicon lacks, used in opinion writing of every
    /// kind (anchor: "defective" -1.9, "lousy" -2.5, "impressive" 2.3).
    static let evaluation: [(String, Float)] = [
        ("trash", -2.2), ("junk", -2.0), ("garbage", -2.2), ("nonexistent", -1.2), ("flaw", -1.6),
        ("flaws", -1.6), ("unreliable", -1.8), ("reliable", 1.4), ("overpriced", -1.6),
        ("mediocre", -1.5), ("shoddy", -2.0), ("flimsy", -1.4), ("sturdy", 1.2), ("durable", 1.2),
        ("clunky", -1.3), ("glitch", -1.2), ("glitches", -1.3), ("buggy", -1.6), ("unusable", -2.2),
        ("abysmal", -2.9), ("inept", -2.1), ("disgraceful", -2.4), ("exceptional", 2.6),
        ("subpar", -1.7), ("commendable", 2.1), ("malfunction", -1.7), ("intuitive", 1.2),
        ("seamless", 1.4), ("awe", 2.0), ("alarming", -1.6), ("concerning", -0.3), ("futility", -1.9),
    ]

    /// The vocabulary of editorials and op-eds: judgements of policy and conduct (anchor:
    /// "reckless" -1.7, "fiasco" -2.3, "undermines" -1.4, "wise" 2.1, "effective" 2.1).
    static let editorial: [(String, Float)] = [
        ("misguided", -1.7), ("laudable", 2.0), ("prudent", 1.5), ("erode", -1.4), ("eroded", -1.4),
        ("erosion", -1.2), ("bolster", 1.2), ("bolstered", 1.2), ("jeopardize", -1.8),
        ("jeopardizes", -1.8), ("jeopardized", -1.8), ("thwart", -1.2), ("squander", -1.9),
        ("squandered", -1.9), ("bloated", -1.4), ("draconian", -2.0), ("egregious", -2.3),
        ("callous", -2.3), ("hollow", -1.2), ("feckless", -2.0), ("incoherent", -1.6),
        ("sensible", 1.5), ("essential", 1.0), ("overdue", -0.6), ("timely", 1.0),
        ("shortsighted", -1.6), ("short-sighted", -1.6), ("myopic", -1.5), ("reasonable", 1.2),
        ("unreasonable", -1.5), ("fairness", 1.6), ("inhumane", -2.6), ("humane", 1.7),
        ("decent", 1.5), ("indecent", -1.8), ("manipulative", -1.9), ("complacency", -1.3),
        ("negligent", -1.9), ("negligence", -1.9), ("mismanagement", -1.9), ("bungled", -1.9),
        ("botched", -2.0), ("debacle", -2.3), ("quagmire", -1.9), ("stalemate", -1.2),
        ("gridlock", -1.3), ("impasse", -1.2), ("setback", -1.4), ("setbacks", -1.4),
        ("hurdle", -0.8), ("wasteful", -1.7), ("lucrative", 1.3), ("fragile", -0.9),
        ("precarious", -1.4), ("divisive", -1.5), ("polarizing", -1.2), ("polarized", -1.1),
        ("partisan", -0.6), ("bipartisan", 0.8), ("compromise", 0.6), ("compromised", -1.3),
        ("undermined", -1.4), ("undermining", -1.4),
    ]

    /// Words whose VADER valence comes from a sense that is rare in news, where they mostly
    /// name institutions or act as function words ("the Labour Party", "the United Nations",
    /// "the Justice Department", "national security", "free trade", "in the interest of").
    static let neutralised: [(String, Float)] = [
        ("party", 0.2), ("parties", 0.2), ("united", 0.3), ("justice", 0.8), ("security", 0.3),
        ("defense", 0), ("defence", 0), ("intelligence", 0.4), ("supreme", 0.3), ("grand", 0.4),
        ("interest", 0.4), ("interests", 0.2), ("share", 0.2), ("credit", 0.4), ("dear", 0.6),
        ("matter", 0), ("sentence", 0), ("charge", -0.4), ("charges", -0.8), ("top", 0.2),
        ("well", 0.6), ("please", 0.6), ("god", 0.5), ("fire", -0.8), ("fired", -1.5),
        ("strike", -0.8), ("support", 0.9), ("supports", 0.9), ("supported", 0.9),
        ("certainly", 0.6), ("clearly", 0.6), ("surely", 0.8), ("goods", 0), ("fines", -1.0),
        ("fined", -1.2), ("means", 0), ("approved", 1.0),
    ]
}
