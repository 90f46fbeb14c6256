import GlossKit

/// Corrections of the tagger's mentions that follow from what a name is made of, applied
/// before linking. The tagger learned from one newswire's conventions; real news from other
/// outlets brings names it reads wrongly in ways the name itself rules out:
///
/// - A head word decides the kind of name: "Norvex Semiconductor" is no person, "Marcy Street"
///   and "Administrative Region" are places, "First Baptist Church" is an institution, "First
///   Amendment" and "Davis Cup" are other names (MISC).
/// - A multi-word organisation the built-in lists know is one name ("International Committee
///   of the Red Cross"), not the pieces the tagger split it into.
/// - A political place directly followed by a person's name is two names ("envoy to
///   Washington Cui Tiankai"), and so is a name, a title and a person ("Springfield Mayor Tom
///   Reyes"); a listed place before a title is the place ("Texas Attorney General").
/// - A lone word that the built-in lists know as a country, state or city, tagged as a person
///   that the document never names in full, is the place ("its Denver hub").
/// - A name, a possessive and a facility word are one name ("Regent's Park"); a title tagged
///   on its own before a person is no name.
/// - Two listed names joined by "and" are two names ("European Union and Canada").
/// - A word made with a nation's combining form ("Sino-Japanese") names no place.
/// - A lone word that begins a company's name found in the document is that company
///   ("Norvex" after "Norvex Semiconductor").
struct MentionCorrections {
    let input: TaggingInput
    let bytes: [UInt8]
    let gazetteer: PhraseTable

    /// `listed`: the built-in gazetteer's `longestMatches(in: input)`.
    func correct(_ found: [Mention], listed: [(range: Range<Int>, bits: UInt32)]) -> [Mention] {
        var mentions = withKnownOrganisations(found, listed: listed)
        mentions = mentions.flatMap(splittingPlaceFromPerson).flatMap(splittingAtInnerTitle).flatMap(splittingListedPair)
        placesBeforeTitles(&mentions, listed: listed)
        mentions = withoutTitlesBeforePeople(mentions)
        mentions = withPossessivePlaces(mentions)
        for index in mentions.indices where mentions[index].forced == nil {
            mentions[index].coarse = headWordClass(of: mentions[index])
        }
        placesNotNamedAsPeople(&mentions)
        placesBeforeBased(&mentions)
        for index in mentions.indices where mentions[index].forced == nil
            && MentionCorrections.isCombinedName(input.tokens[mentions[index].tokens], bytes: bytes, gazetteer: gazetteer) {
            mentions[index].coarse = .misc
        }
        mentions = withDivisionNames(mentions)
        shortCompanyNames(&mentions)
        return mentions
    }

    // MARK: Head words

    /// Nouns whose names are places even when an organisation seems to be meant: roads, squares,
    /// bridges, arenas ("Center" is left out: many organisations are centres).
    private static let structureWords: Set<UInt64> = Set([
        "street", "road", "avenue", "boulevard", "lane", "drive", "square", "plaza", "highway", "freeway",
        "motorway", "expressway", "parkway", "bridge", "tunnel", "stadium", "arena",
    ].map { FeatureHash.string($0) })

    /// The coarse class the mention's last word calls for, or its own.
    func headWordClass(of mention: Mention) -> CoarseLabel {
        guard mention.tokens.count >= 2 else { return mention.coarse }
        let last = input.tokens[mention.tokens.upperBound - 1]
        guard last.isCapitalized, let kind = HeadWordClass.of(last.key) else { return mention.coarse }
        // A name the lists know ("West Bank", "Soviet Union") keeps the tagger's reading.
        let known = gazetteer.bits(of: input.tokens[mention.tokens]) & ~GazetteerList.organisation.bit
        guard known == 0 else { return mention.coarse }
        let familyName = HeadWordClass.isAlsoFamilyName(last.key)
        switch (kind, mention.coarse) {
        case (.organisation, .person), (.organisation, .loc):
            return familyName ? mention.coarse : .org
        case (.institution, .person):
            return familyName ? mention.coarse : .org
        case (.facility, .person), (.division, .person):
            return familyName ? mention.coarse : .loc
        case (.facility, .org):
            return MentionCorrections.structureWords.contains(last.key) ? .loc : .org
        case (.event, .person), (.event, .org), (.event, .loc):
            return .misc
        case (.division, .org), (.division, .misc):
            // "Xinjiang Uyghur Autonomous Region": a listed place's division ("Hamilton School
            // District" stays an organisation).
            let place = gazetteer.bits(of: input.tokens[mention.tokens.prefix(1)]) & GazetteerList.politicalBits != 0
            return place ? .loc : mention.coarse
        default:
            return mention.coarse
        }
    }

    // MARK: Known organisations

    /// Multi-word organisations from the built-in lists replace the mentions inside them.
    private func withKnownOrganisations(_ found: [Mention], listed: [(range: Range<Int>, bits: UInt32)]) -> [Mention] {
        let names = listed.filter {
            $0.range.count >= 2 && $0.bits & GazetteerList.organisation.bit != 0
                && input.tokens[$0.range.upperBound - 1].isCapitalized
        }
        guard !names.isEmpty else { return found }
        var mentions = found
        for name in names {
            let overlapping = mentions.filter { $0.tokens.overlaps(name.range) }
            // A longer name around it (or one crossing it) is the tagger's better reading.
            guard overlapping.allSatisfy({ name.range.lowerBound <= $0.tokens.lowerBound
                && $0.tokens.upperBound <= name.range.upperBound && $0.forced == nil }),
                  overlapping.count != 1 || overlapping[0].tokens != name.range else { continue }
            mentions.removeAll { $0.tokens.overlaps(name.range) }
            mentions.append(Mention(tokens: name.range, coarse: .org))
        }
        return mentions.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    // MARK: Place, then person

    private static let to = FeatureHash.string("to")

    /// "Washington Cui Tiankai" -> "Washington" and "Cui Tiankai", when the words after the
    /// place look like a person's name: after "to" ("ambassador to"), or, in a name tagged as a
    /// person, two words starting with a known given name.
    private func splittingPlaceFromPerson(_ mention: Mention) -> [Mention] {
        let range = mention.tokens
        guard mention.forced == nil, range.count >= 3,
              gazetteer.bits(of: input.tokens[range]) == 0 else { return [mention] }
        let tokens = input.tokens
        for split in stride(from: range.upperBound - 2, to: range.lowerBound, by: -1) {
            guard gazetteer.bits(of: tokens[range.lowerBound..<split]) & GazetteerList.politicalBits != 0 else { continue }
            let rest = tokens[split..<range.upperBound]
            guard rest.allSatisfy({ $0.isCapitalized && !$0.isAllCaps && HeadWordClass.of($0.key) == nil }),
                  gazetteer.bits(of: rest.prefix(1)) & (GazetteerList.title.bit | GazetteerList.politicalBits) == 0 else { return [mention] }
            let afterTo = range.lowerBound > 0 && tokens[range.lowerBound - 1].lower == MentionCorrections.to
                && input.sentences.contains { $0.lowerBound < range.lowerBound && $0.contains(range.lowerBound) }
            // Or a tagged person whose words after the place start with a known name.
            let givenName = mention.coarse == .person && rest.count == 2
                && gazetteer.bits(of: rest.prefix(1)) & GazetteerList.personName.bit != 0
            guard afterTo || givenName else { return [mention] }
            return [Mention(tokens: range.lowerBound..<split, coarse: .loc),
                    Mention(tokens: split..<range.upperBound, coarse: .person)]
        }
        return [mention]
    }

    private static let and = FeatureHash.string("and")

    /// "European Union and Canada" read as one name: two listed names joined by "and" are two,
    /// unless the whole is listed ("Bosnia and Herzegovina").
    private func splittingListedPair(_ mention: Mention) -> [Mention] {
        let range = mention.tokens
        guard mention.forced == nil, range.count >= 3, gazetteer.bits(of: input.tokens[range]) == 0,
              let and = range.dropFirst().dropLast().first(where: { input.tokens[$0].lower == MentionCorrections.and }) else { return [mention] }
        let sides = [range.lowerBound..<and, (and + 1)..<range.upperBound]
        let labels = sides.map { listedLabel(input.tokens[$0]) }
        guard let left = labels[0], let right = labels[1] else { return [mention] }
        return [Mention(tokens: sides[0], coarse: left), Mention(tokens: sides[1], coarse: right)]
    }

    private func listedLabel(_ tokens: ArraySlice<TokenForm>) -> CoarseLabel? {
        let bits = gazetteer.bits(of: tokens)
        if bits & (GazetteerList.politicalBits | GazetteerList.place.bit) != 0 { return .loc }
        if bits & GazetteerList.organisation.bit != 0 { return .org }
        if bits & GazetteerList.groupBits != 0 { return .misc }
        return nil
    }

    // MARK: Titles

    private func isTitle(at index: Int) -> Bool {
        let tokens = input.tokens
        guard tokens[index].isCapitalized else { return false }
        if gazetteer.bits(of: tokens[index...index]) & GazetteerList.title.bit != 0 { return true }
        return index + 1 < tokens.count && gazetteer.bits(of: tokens[index...(index + 1)]) & GazetteerList.title.bit != 0
    }

    /// "Springfield Mayor Tom Reyes" read as one person: the place (or organisation, or group)
    /// before the title is a name of its own, the person starts at the title.
    private func splittingAtInnerTitle(_ mention: Mention) -> [Mention] {
        let range = mention.tokens
        guard mention.forced == nil, mention.coarse == .person, range.count >= 3 else { return [mention] }
        guard let title = (range.lowerBound + 1..<(range.upperBound - 1)).first(where: isTitle) else { return [mention] }
        let prefix = range.lowerBound..<title
        let bits = gazetteer.bits(of: input.tokens[prefix])
        let coarse: CoarseLabel = bits & GazetteerList.politicalBits != 0 ? .loc
            : bits & GazetteerList.groupBits != 0 ? .misc : .org
        return [Mention(tokens: prefix, coarse: coarse), Mention(tokens: title..<range.upperBound, coarse: .person)]
    }

    /// A listed country, state or city right before a title ("Texas Attorney General") is the
    /// place, whatever the tagger made of it, and even where it left it out at the start of a
    /// sentence ("Oregon Attorney General Dana Morrow said").
    private func placesBeforeTitles(_ mentions: inout [Mention], listed: [(range: Range<Int>, bits: UInt32)]) {
        for index in mentions.indices where mentions[index].forced == nil && mentions[index].coarse != .loc {
            let range = mentions[index].tokens
            guard range.upperBound < input.tokens.count, isTitle(at: range.upperBound),
                  gazetteer.bits(of: input.tokens[range]) & GazetteerList.politicalBits != 0 else { continue }
            mentions[index].coarse = .loc
        }
        var covered = [Bool](repeating: false, count: input.tokens.count)
        for mention in mentions { for index in mention.tokens { covered[index] = true } }
        for match in listed where match.bits & GazetteerList.politicalBits != 0 {
            let after = match.range.upperBound
            guard !match.range.contains(where: { covered[$0] }), after < input.tokens.count, isTitle(at: after),
                  mentions.contains(where: { $0.coarse == .person && $0.tokens.lowerBound > after && $0.tokens.lowerBound <= after + 3 }),
                  input.sentences.contains(where: { $0.contains(match.range.lowerBound) && $0.contains(after) }) else { continue }
            mentions.append(Mention(tokens: match.range, coarse: .loc))
        }
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// A title tagged as a name of its own right before a person ("Sheriff" in "Sheriff Todd
    /// Brackett said") is no name.
    private func withoutTitlesBeforePeople(_ mentions: [Mention]) -> [Mention] {
        var result: [Mention] = []
        for (number, mention) in mentions.enumerated() {
            let range = mention.tokens
            if mention.forced == nil, mention.coarse != .person, range.count <= 2, number + 1 < mentions.count,
               mentions[number + 1].coarse == .person, mentions[number + 1].tokens.lowerBound == range.upperBound,
               gazetteer.bits(of: input.tokens[range]) & GazetteerList.title.bit != 0,
               gazetteer.bits(of: input.tokens[range]) & ~GazetteerList.title.bit == 0 {
                continue
            }
            result.append(mention)
        }
        return result
    }

    // MARK: Places

    private static let possessive = FeatureHash.string("'s")

    /// "Regent's Park", "St Mary's Hospital": a name, a possessive and a facility or institution
    /// word are one name, however the tagger split them.
    private func withPossessivePlaces(_ found: [Mention]) -> [Mention] {
        let tokens = input.tokens
        var mentions = found
        var covering = [Int](repeating: -1, count: tokens.count)
        for (number, mention) in mentions.enumerated() { for index in mention.tokens { covering[index] = number } }
        var removed = Set<Int>()
        for apostrophe in tokens.indices.dropFirst() where tokens[apostrophe].key == MentionCorrections.possessive
            && apostrophe + 1 < tokens.count && tokens[apostrophe].start == tokens[apostrophe - 1].end {
            let head = apostrophe + 1
            guard tokens[head].isCapitalized, let kind = HeadWordClass.of(tokens[head].key),
                  kind == .facility || kind == .institution,
                  covering[apostrophe] == -1, input.sentences.contains(where: { $0.contains(apostrophe - 1) && $0.contains(head) }) else { continue }
            // The head stands alone or is a one-word mention; the owner is a mention or a capitalised word.
            if covering[head] != -1 && mentions[covering[head]].tokens.count != 1 { continue }
            let owner = covering[apostrophe - 1]
            guard owner != -1 ? mentions[owner].tokens.upperBound == apostrophe && mentions[owner].forced == nil
                              : tokens[apostrophe - 1].isCapitalized && !tokens[apostrophe - 1].isAllCaps else { continue }
            let start = owner != -1 ? mentions[owner].tokens.lowerBound : apostrophe - 1
            let merged = Mention(tokens: start..<(head + 1), coarse: kind == .facility ? .loc : .org)
            if covering[head] != -1 { removed.insert(covering[head]) }
            if owner != -1 {
                mentions[owner] = merged
            } else {
                mentions.append(merged)
            }
        }
        guard !removed.isEmpty || mentions.count != found.count else { return mentions }
        return mentions.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
            .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    private static let based = FeatureHash.string("-based")

    /// What comes before "-based" is where something is based: a place ("Santa Clara-based").
    private func placesBeforeBased(_ mentions: inout [Mention]) {
        for index in mentions.indices where mentions[index].forced == nil
            && (mentions[index].coarse == .person || mentions[index].coarse == .misc) {
            let end = mentions[index].tokens.upperBound
            guard end < input.tokens.count, input.tokens[end].key == MentionCorrections.based,
                  input.tokens[end].start == input.tokens[end - 1].end else { continue }
            mentions[index].coarse = .loc
        }
    }

    /// A place followed by capitalised words ending in an administrative division is one name:
    /// "Hong Kong Special Administrative Region", "Xinjiang Uyghur Autonomous Region".
    private func withDivisionNames(_ found: [Mention]) -> [Mention] {
        var mentions = found
        var index = 0
        while index < mentions.count {
            defer { index += 1 }
            guard mentions[index].coarse == .loc, mentions[index].forced == nil else { continue }
            let start = mentions[index].tokens.lowerBound
            var end = mentions[index].tokens.upperBound
            guard end < input.tokens.count, input.tokens[end].isCapitalized else { continue }
            let sentenceEnd = input.sentences.first { $0.contains(start) }?.upperBound ?? end
            var divisionEnd: Int?
            while end < sentenceEnd, end - mentions[index].tokens.upperBound < 4,
                  input.tokens[end].isCapitalized, !input.tokens[end].isAllCaps {
                end += 1
                if HeadWordClass.of(input.tokens[end - 1].key) == .division { divisionEnd = end }
            }
            guard let last = divisionEnd else { continue }
            let merged = start..<last
            // Mentions inside the longer name are part of it; one crossing its end keeps it apart.
            guard !mentions.contains(where: { $0.tokens.overlaps(merged) && $0.tokens.upperBound > last }) else { continue }
            mentions.removeAll { $0.tokens.overlaps(merged) && $0.tokens.lowerBound > start }
            mentions[index].tokens = merged
        }
        return mentions
    }

    /// Combining forms of nations ("Sino-", "Anglo-", "Franco-"): a word made with one names a
    /// relation between peoples, not a place or an organisation.
    private static let combiningForms: Set<UInt64> = Set([
        "sino", "anglo", "franco", "russo", "indo", "afro", "euro", "italo", "greco", "austro", "germano",
        "hispano", "judeo", "turco", "irano", "serbo", "nippo", "luso", "polono", "fenno", "swedo",
    ].map { FeatureHash.string($0) })

    /// "Sino-Japanese", "Anglo-Irish", "Sino-U.S." (however the tokenizer split it): a combining
    /// form, a hyphen, and a listed people or country ("Indo-Pacific" is a region).
    static func isCombinedName(_ tokens: ArraySlice<TokenForm>, bytes: [UInt8], gazetteer: PhraseTable) -> Bool {
        guard let first = tokens.first, let last = tokens.last, first.isCapitalized,
              let hyphen = bytes[first.start..<last.end].firstIndex(of: UInt8(ascii: "-")),
              hyphen + 1 < last.end, hyphen - first.start <= 6 else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            guard combiningForms.contains(FeatureHash.bytes(buffer, first.start..<hyphen, lowercased: true)) else { return false }
            let second = TokenForm(start: hyphen + 1, end: last.end, bytes: buffer)
            let peoples = GazetteerList.groupBits | GazetteerList.country.bit
            return gazetteer.bits(of: [second][...]) & peoples != 0
        }
    }

    // MARK: Lone words

    /// A one-word "person" that is a listed country, state or city, where no multi-word person
    /// in the document contains the word, is the place.
    private func placesNotNamedAsPeople(_ mentions: inout [Mention]) {
        var personWords = Set<UInt64>()
        for mention in mentions where mention.coarse == .person && mention.tokens.count >= 2 {
            for index in mention.tokens { personWords.insert(input.tokens[index].key) }
        }
        for index in mentions.indices where mentions[index].forced == nil && mentions[index].coarse == .person
            && mentions[index].tokens.count == 1 {
            let token = input.tokens[mentions[index].tokens.lowerBound]
            guard !personWords.contains(token.key),
                  gazetteer.bits(of: input.tokens[mentions[index].tokens]) & GazetteerList.politicalBits != 0,
                  gazetteer.bits(of: input.tokens[mentions[index].tokens]) & GazetteerList.personName.bit == 0 else { continue }
            mentions[index].coarse = .loc
        }
    }

    /// A one-word person or other name that begins an organisation named in full in the
    /// document, whose last word makes it an organisation ("Norvex Semiconductor"), is it.
    private func shortCompanyNames(_ mentions: inout [Mention]) {
        var firstWords: [UInt64: Int] = [:]
        for mention in mentions where mention.coarse == .org && mention.tokens.count >= 2 {
            let last = input.tokens[mention.tokens.upperBound - 1]
            guard let kind = HeadWordClass.of(last.key), kind == .organisation || kind == .institution else { continue }
            firstWords[input.tokens[mention.tokens.lowerBound].key, default: 0] += 1
        }
        guard !firstWords.isEmpty else { return }
        var personWords = Set<UInt64>()
        for mention in mentions where mention.coarse == .person && mention.tokens.count >= 2 {
            for index in mention.tokens { personWords.insert(input.tokens[index].key) }
        }
        for index in mentions.indices where mentions[index].forced == nil && mentions[index].tokens.count == 1
            && (mentions[index].coarse == .person || mentions[index].coarse == .misc) {
            let token = input.tokens[mentions[index].tokens.lowerBound]
            guard firstWords[token.key] != nil, !personWords.contains(token.key),
                  gazetteer.bits(of: input.tokens[mentions[index].tokens]) == 0 else { continue }
            mentions[index].coarse = .org
        }
    }
}
