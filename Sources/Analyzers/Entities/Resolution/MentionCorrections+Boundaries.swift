import GlossKit

/// The corrections of `MentionCorrections` that move a name's boundaries: splitting one
/// mention into two ("Washington Cui Tiankai", "Springfield Mayor Tom Reyes", "European Union
/// and Canada"), and joining pieces into one ("Regent's Park", "Hong Kong Special
/// Administrative Region").
extension MentionCorrections {
    // MARK: Place, then person

    static let to = FeatureHash.string("to")

    /// "Washington Cui Tiankai" -> "Washington" and "Cui Tiankai", when the words after the
    /// place look like a person's name: after "to" ("ambassador to"), or, in a name tagged as a
    /// person, two words starting with a known given name.
    func splittingPlaceFromPerson(_ mention: Mention) -> [Mention] {
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

    static let and = FeatureHash.string("and")

    /// "European Union and Canada" read as one name: two listed names joined by "and" are two,
    /// unless the whole is listed ("Bosnia and Herzegovina").
    func splittingListedPair(_ mention: Mention) -> [Mention] {
        let range = mention.tokens
        guard mention.forced == nil, range.count >= 3, gazetteer.bits(of: input.tokens[range]) == 0,
              let and = range.dropFirst().dropLast().first(where: { input.tokens[$0].lower == MentionCorrections.and }) else { return [mention] }
        let sides = [range.lowerBound..<and, (and + 1)..<range.upperBound]
        let labels = sides.map { listedLabel(input.tokens[$0]) }
        guard let left = labels[0], let right = labels[1] else { return [mention] }
        return [Mention(tokens: sides[0], coarse: left), Mention(tokens: sides[1], coarse: right)]
    }

    /// "Obama and Clinton" read as one person: two names joined by "and" are two people when
    /// each side is written as a name and is known as a name, from the built-in list of names or
    /// from a person the document names elsewhere.
    func splittingCoordinatedPeople(_ found: [Mention]) -> [Mention] {
        let tokens = input.tokens
        guard found.contains(where: { $0.coarse == .person && $0.tokens.count >= 3 }) else { return found }
        let shape = PersonNameShape(tokens: tokens, bytes: bytes)
        var result: [Mention] = []
        for mention in found {
            let range = mention.tokens
            guard mention.forced == nil, mention.coarse == .person, range.count >= 3,
                  let and = range.dropFirst().dropLast().first(where: { tokens[$0].lower == MentionCorrections.and }) else {
                result.append(mention)
                continue
            }
            // Words of the people named elsewhere in the document.
            var named = Set<UInt64>()
            for other in found where other.coarse == .person && !other.tokens.overlaps(range) {
                for index in other.tokens { named.insert(tokens[index].key) }
            }
            let sides = [range.lowerBound..<and, (and + 1)..<range.upperBound]
            let known = sides.allSatisfy { side in
                guard let family = shape.familyName(of: side) else { return false }
                let listed = side.contains { gazetteer.bits(of: tokens[$0...$0]) & GazetteerList.personName.bit != 0 }
                return listed || named.contains(tokens[family].key)
            }
            guard known else {
                result.append(mention)
                continue
            }
            result.append(Mention(tokens: sides[0], coarse: .person))
            result.append(Mention(tokens: sides[1], coarse: .person))
        }
        return result
    }

    func listedLabel(_ tokens: ArraySlice<TokenForm>) -> CoarseLabel? {
        let bits = gazetteer.bits(of: tokens)
        if bits & (GazetteerList.politicalBits | GazetteerList.place.bit) != 0 { return .loc }
        if bits & GazetteerList.organisation.bit != 0 { return .org }
        if bits & GazetteerList.groupBits != 0 { return .misc }
        return nil
    }

    // MARK: Titles

    func isTitle(at index: Int) -> Bool {
        let tokens = input.tokens
        guard tokens[index].isCapitalized else { return false }
        if gazetteer.bits(of: tokens[index...index]) & GazetteerList.title.bit != 0 { return true }
        return index + 1 < tokens.count && gazetteer.bits(of: tokens[index...(index + 1)]) & GazetteerList.title.bit != 0
    }

    /// "Springfield Mayor Tom Reyes" read as one person: the place (or organisation, or group)
    /// before the title is a name of its own, the person starts at the title.
    func splittingAtInnerTitle(_ mention: Mention) -> [Mention] {
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
    func placesBeforeTitles(_ mentions: inout [Mention], listed: [(range: Range<Int>, bits: UInt32)]) {
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
    func withoutTitlesBeforePeople(_ mentions: [Mention]) -> [Mention] {
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

    static let possessive = FeatureHash.string("'s")

    /// "Regent's Park", "St Mary's Hospital": a name, a possessive and a facility or institution
    /// word are one name, however the tagger split them.
    func withPossessivePlaces(_ found: [Mention]) -> [Mention] {
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

    static let based = FeatureHash.string("-based")

    /// What comes before "-based" is where something is based: a place ("Santa Clara-based").
    /// The whole place, too: capitalised words the tagger left out in front of it are part of
    /// it ("Santa" in "Santa Clara-based").
    func placesBeforeBased(_ mentions: inout [Mention]) {
        let tokens = input.tokens
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in mentions { for index in mention.tokens { covered[index] = true } }
        for index in mentions.indices where mentions[index].forced == nil {
            let end = mentions[index].tokens.upperBound
            guard end < tokens.count, tokens[end].key == MentionCorrections.based,
                  tokens[end].start == tokens[end - 1].end else { continue }
            if mentions[index].coarse == .person || mentions[index].coarse == .misc { mentions[index].coarse = .loc }
            guard mentions[index].coarse == .loc,
                  let sentence = input.sentences.first(where: { $0.contains(end - 1) }) else { continue }
            var start = mentions[index].tokens.lowerBound
            while start > sentence.lowerBound, mentions[index].tokens.upperBound - start < 4, !covered[start - 1],
                  tokens[start - 1].isCapitalized, !tokens[start - 1].isAllCaps,
                  !FunctionWords.keys.contains(tokens[start - 1].lower), !FunctionWords.calendar.contains(tokens[start - 1].lower),
                  !MentionCorrections.articles.contains(tokens[start - 1].lower) {
                start -= 1
            }
            mentions[index].tokens = start..<end
        }
        // A place the tagger missed altogether.
        for index in tokens.indices.dropFirst() where tokens[index].key == MentionCorrections.based
            && tokens[index].start == tokens[index - 1].end && !covered[index - 1] {
            guard let sentence = input.sentences.first(where: { $0.contains(index - 1) }) else { continue }
            var start = index
            while start > sentence.lowerBound, index - start < 3, !covered[start - 1],
                  tokens[start - 1].isCapitalized, !tokens[start - 1].isAllCaps,
                  !FunctionWords.keys.contains(tokens[start - 1].lower), !FunctionWords.calendar.contains(tokens[start - 1].lower),
                  !MentionCorrections.articles.contains(tokens[start - 1].lower) {
                start -= 1
            }
            if start < index { mentions.append(Mention(tokens: start..<index, coarse: .loc)) }
        }
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    static let articles = KeySet(["the", "a", "an"].map { FeatureHash.string($0) })

    /// A place followed by capitalised words ending in an administrative division is one name:
    /// "Hong Kong Special Administrative Region", "Xinjiang Uyghur Autonomous Region".
    func withDivisionNames(_ found: [Mention]) -> [Mention] {
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
}
