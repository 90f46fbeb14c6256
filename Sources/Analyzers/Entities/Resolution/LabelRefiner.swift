import GlossKit

/// Turns the tagger's CoNLL classes into contract labels. Places split into GPE (countries,
/// states, cities: the built-in lists, or any place not recognisably geographic) and LOC
/// (continents, seas, rivers, mountains, regions); other names split into NORP (nationalities,
/// religions, political groups) and MISC.
struct LabelRefiner {
    let gazetteer: PhraseTable
    /// The document's text, for looking inside words; nil where only tokens are known.
    var bytes: [UInt8]? = nil

    /// Last words that make a place a geographic feature rather than a political unit.
    private static let geographicHeads = KeySet([
        "river", "sea", "ocean", "lake", "mountain", "mountains", "mount", "valley", "island", "islands",
        "gulf", "bay", "coast", "peninsula", "desert", "strait", "straits", "canal", "channel", "basin",
        "plain", "plains", "plateau", "hills", "forest", "delta", "glacier", "volcano", "reef", "cape",
        "street", "road", "avenue", "square", "airport", "park", "bridge", "border", "region", "heights",
        "range", "falls", "harbour", "harbor", "beach", "highway", "stadium",
    ].map { FeatureHash.string($0) })

    /// First words of a place name that make it a geographic feature ("Mount Everest", "Lake Tana").
    private static let geographicLeads = KeySet(["mount", "lake", "cape", "gulf", "sea", "strait", "bay"]
        .map { FeatureHash.string($0) })

    func label(of mention: Mention, tokens: [TokenForm]) -> EntityLabel {
        if let forced = mention.forced { return forced }
        switch mention.coarse {
        case .person: return .person
        case .org: return .org
        case .loc:
            let bits = gazetteer.bits(of: tokens[mention.tokens])
            if bits & GazetteerList.politicalBits != 0 { return .gpe }
            if bits & GazetteerList.place.bit != 0 { return .loc }
            // "Sonoma County", "Hong Kong Special Administrative Region": political units.
            if mention.tokens.count >= 2, HeadWordClass.of(tokens[mention.tokens.upperBound - 1].key) == .division,
               gazetteer.bits(of: tokens[mention.tokens.prefix(1)]) & GazetteerList.place.bit == 0 { return .gpe }
            let last = tokens[mention.tokens.upperBound - 1].key
            let first = tokens[mention.tokens.lowerBound].key
            if LabelRefiner.geographicHeads.contains(last) || LabelRefiner.geographicLeads.contains(first) { return .loc }
            // "City Hall", "First Baptist Church": buildings and institutions are no political unit.
            if mention.tokens.count >= 2, let kind = HeadWordClass.of(last), kind == .facility || kind == .institution { return .loc }
            return .gpe
        case .misc:
            if gazetteer.bits(of: tokens[mention.tokens]) & GazetteerList.groupBits != 0 { return .norp }
            // "Polish American", "Sunni Muslims": every word names a nationality or group.
            let everyWord = mention.tokens.allSatisfy { index in
                gazetteer.bits(of: tokens[index...index]) & GazetteerList.groupBits != 0
            }
            // "Sino-Japanese", "Anglo-Irish": peoples, in a combined form.
            if let bytes, MentionCorrections.isCombinedName(tokens[mention.tokens], bytes: bytes, gazetteer: gazetteer) {
                return .norp
            }
            return everyWord ? .norp : .misc
        }
    }
}
