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
/// - A common word opening a sentence is no part of the person named after it ("Rival Hillary
///   Clinton"); a first name before an initial is ("Edwin G. Monroy"); marks glued to the end
///   of a name and an office before it are not ("Warren.$WFC", "Secretary of Defense Lloyd Austin").
/// - A name, a possessive and a facility word are one name ("Regent's Park"); a title tagged
///   on its own before a person is no name.
/// - Two listed names joined by "and" are two names ("European Union and Canada"), and so are
///   two people's names ("Obama and Clinton").
/// - A word made with a nation's combining form ("Sino-Japanese") names no place.
/// - A city that beats someone in a sentence with a score is its club ("Valencia beat Sevilla 3-1").
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
        mentions = splittingCoordinatedPeople(mentions)
        placesBeforeTitles(&mentions, listed: listed)
        mentions = withoutTitlesBeforePeople(mentions)
        mentions = withFirstNamesBeforeInitials(withoutCommonWordsBeforePeople(withoutGluedTails(mentions)))
        mentions = withoutOfficesBeforePeople(mentions)
        mentions = withPossessivePlaces(mentions)
        for index in mentions.indices where mentions[index].forced == nil {
            mentions[index].coarse = headWordClass(of: mentions[index])
        }
        placesNotNamedAsPeople(&mentions)
        clubsNamedAfterCities(&mentions)
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
    private static let structureWords = KeySet([
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

    /// Combining forms of nations ("Sino-", "Anglo-", "Franco-"): a word made with one names a
    /// relation between peoples, not a place or an organisation.
    private static let combiningForms = KeySet([
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

    // MARK: Sports

    private static let winsBefore = KeySet([
        "beat", "beats", "defeated", "defeats", "edged", "thrashed", "routed", "drew", "won", "lost", "held",
        "rallied", "cruised", "hammered", "downed", "overcame", "stunned",
    ].map { FeatureHash.string($0) })

    private static let winsAfter = KeySet([
        "beat", "beats", "defeated", "defeats", "edged", "thrashed", "routed", "against", "hammered", "downed",
        "overcame", "stunned", "to", "with", "over",
    ].map { FeatureHash.string($0) })

    /// A city that beats or loses to someone in a sentence with a score is its club
    /// ("Valencia beat Sevilla 3-1"), throughout the document; countries are left as places
    /// (national sides are LOC in CoNLL's conventions).
    private func clubsNamedAfterCities(_ mentions: inout [Mention]) {
        var scoreSentences = Set<Int>()
        for (number, sentence) in input.sentences.enumerated() where sentence.contains(where: isScore) {
            scoreSentences.insert(number)
        }
        guard !scoreSentences.isEmpty else { return }
        let tokens = input.tokens
        var clubs = Set<UInt64>()
        for index in mentions.indices where mentions[index].forced == nil && mentions[index].coarse == .loc {
            let range = mentions[index].tokens
            guard let number = input.sentences.firstIndex(where: { $0.contains(range.lowerBound) }),
                  scoreSentences.contains(number),
                  gazetteer.bits(of: tokens[range]) & (GazetteerList.country.bit | GazetteerList.place.bit | GazetteerList.province.bit) == 0 else { continue }
            let sentence = input.sentences[number]
            let before = range.lowerBound > sentence.lowerBound ? tokens[range.lowerBound - 1].lower : 0
            let after = range.upperBound < sentence.upperBound ? tokens[range.upperBound].lower : 0
            // "to" and "with" only after "lost" and "drew".
            let loose = before == MentionCorrections.to || before == MentionCorrections.with || before == MentionCorrections.over
            if MentionCorrections.winsBefore.contains(after)
                || (MentionCorrections.winsAfter.contains(before) && (!loose || range.lowerBound - 2 >= sentence.lowerBound
                    && MentionCorrections.winsBefore.contains(tokens[range.lowerBound - 2].lower))) {
                mentions[index].coarse = .org
                clubs.insert(PhraseTable.key(of: tokens[range]))
            }
        }
        // The club is the club throughout the report ("lifted Valencia to fourth").
        for index in mentions.indices where mentions[index].forced == nil && mentions[index].coarse == .loc
            && clubs.contains(PhraseTable.key(of: tokens[mentions[index].tokens])) {
            mentions[index].coarse = .org
        }
    }

    private static let with = FeatureHash.string("with")
    private static let over = FeatureHash.string("over")

    /// "3-1", "27-20": digits, a hyphen or dash, digits.
    private func isScore(_ index: Int) -> Bool {
        let token = input.tokens[index]
        guard token.flags.contains(.hasDigit), !token.hasLetter, token.end - token.start <= 7 else { return false }
        var digitsBefore = false
        var dash = false
        var digitsAfter = false
        for offset in token.start..<token.end {
            let byte = bytes[offset]
            if byte >= 0x30 && byte <= 0x39 {
                if dash { digitsAfter = true } else { digitsBefore = true }
            } else if byte == UInt8(ascii: "-") && digitsBefore && !dash {
                dash = true
            } else {
                return false
            }
        }
        return digitsAfter
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
