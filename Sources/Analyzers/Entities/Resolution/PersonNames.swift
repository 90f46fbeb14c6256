import GlossKit

/// Links a person mention to the fullest name of the same person in the document.
///
/// The canonical name is a longer person mention that holds the mention's words (or, for a
/// full name, has its first and family name: "Hillary Clinton" -> "Hillary Rodham Clinton") and
/// - is written as a name (`PersonNameShape`: not "Donald Trump Is Right", "Trump vs. Clinton"),
/// - ends with the mention's family name ("Clinton" -> "Hillary Clinton"), or, for a lone
///   word that is no one's family name in the document, starts with it as "First Last"
///   ("Hillary" -> "Hillary Clinton", "Zhao" -> "Zhao Lijian"),
/// - and whose first name does not contradict an honorific before the mention ("Mr. Obama" is
///   not "Michelle Obama"; "Sen." says nothing).
/// A full name without a suffix is not linked to one with it ("Donald Trump", "Donald Trump Jr.").
/// Where several people share the family name, a name without a suffix is preferred, then
/// the person the document names in full first (a relative named later is named in full to
/// tell them apart), and of that person's names the longest. A bare family name is left
/// unlinked from a person whose sex contradicts an honorific the document uses with that family
/// name elsewhere when no one named in full fits that honorific ("President Obama" beside "Mr.
/// Obama" and "Michelle Obama" is not Michelle Obama).
struct PersonNames {
    let input: TaggingInput
    let shape: PersonNameShape
    /// Per mention: the token index of its family name when it is a person written as a name.
    let families: [Int?]
    /// Family-name keys of the multi-word names in the document.
    let familyKeys: Set<UInt64>
    /// Per mention named in full: the first token of the document's first full name of the same
    /// person (same first and family word, or words it holds: "Suu Kyi" in "Aung San Suu Kyi").
    let firstNamed: [Int]
    /// Family-name keys that the document uses with an honorific of a sex that none of the
    /// people named in full with that family name has.
    let unnamedPeople: [UInt64: GivenNames.Sex]

    init(_ mentions: [Mention], input: TaggingInput, bytes: [UInt8]) {
        self.input = input
        shape = PersonNameShape(tokens: input.tokens, bytes: bytes)
        let shape = self.shape
        families = mentions.map { $0.coarse == .person ? shape.familyName(of: $0.tokens) : nil }
        var familyKeys = Set<UInt64>()
        var people: [(index: Int, person: UInt64, words: [UInt64])] = []
        var namedSexes: [UInt64: Set<GivenNames.Sex>] = [:]
        for (index, mention) in mentions.enumerated() where mention.tokens.count >= 2 {
            guard let family = families[index], family > mention.tokens.lowerBound else { continue }
            let first = input.tokens[mention.tokens.lowerBound].key
            let familyKey = input.tokens[family].key
            familyKeys.insert(familyKey)
            people.append((index, PersonNames.personKey(first: first, family: familyKey), input.tokens[mention.tokens].map(\.key)))
            if let sex = GivenNames.sex(ofName: first) { namedSexes[familyKey, default: []].insert(sex) }
        }
        var unnamed: [UInt64: GivenNames.Sex] = [:]
        for (index, mention) in mentions.enumerated() where mention.coarse == .person && mention.tokens.count == 1 {
            guard let sex = PersonNames.honorificSex(before: mention.tokens.lowerBound, tokens: input.tokens) else { continue }
            let key = input.tokens[mention.tokens.lowerBound].key
            if families[index] != nil, namedSexes[key]?.contains(sex) != true { unnamed[key] = sex }
        }
        self.familyKeys = familyKeys
        var firstNamed = mentions.map(\.tokens.lowerBound)
        for name in people {
            for other in people where other.person == name.person || MentionLinker.contains(name.words, other.words) {
                firstNamed[name.index] = min(firstNamed[name.index], mentions[other.index].tokens.lowerBound)
            }
        }
        self.firstNamed = firstNamed
        unnamedPeople = unnamed
    }

    private static func personKey(first: UInt64, family: UInt64) -> UInt64 { FeatureHash.combine(first, family) }

    /// `words`: the word keys of each mention.
    func canonicalIndex(of index: Int, in mentions: [Mention], words: [[UInt64]]) -> Int {
        let mention = mentions[index]
        let tokens = input.tokens
        guard let family = families[index] ?? mention.tokens.last(where: { tokens[$0].hasLetter }) else { return index }
        let familyKey = tokens[family].key
        let honorific = PersonNames.honorificSex(before: mention.tokens.lowerBound, tokens: tokens)
        // Without an honorific of its own, the mention may be the person only ever called "Mr. X".
        let contested = honorific == nil && mention.tokens.count == 1 ? unnamedPeople[familyKey] : nil
        // A lone word that ends no full name in the document may be a first name.
        let firstNameOnly = mention.tokens.count == 1 && !familyKeys.contains(familyKey)
        // A first and a family name ("Hillary Clinton", not "Clinton" or "Trump Says").
        let fullName = families[index].map { $0 > mention.tokens.lowerBound } ?? false
        var best = index
        var bestRank = (0, Int.min, 0)
        for (other, candidate) in mentions.enumerated() where candidate.coarse == .person
            && candidate.tokens.count > mention.tokens.count {
            guard let candidateFamily = families[other] else { continue }
            let first = tokens[candidate.tokens.lowerBound]
            let suffixed = candidateFamily != candidate.tokens.upperBound - 1
            // "Hillary Clinton" is "Hillary Rodham Clinton": the same first and family name.
            let sameFirstAndFamily = fullName && first.key == tokens[mention.tokens.lowerBound].key
                && tokens[candidateFamily].key == familyKey && !suffixed
            guard sameFirstAndFamily || MentionLinker.contains(words[other], words[index]) else { continue }
            // "Donald Trump" is not "Donald Trump Jr.".
            if fullName && suffixed && family == mention.tokens.upperBound - 1 { continue }
            if tokens[candidateFamily].key != familyKey {
                // "Hillary" -> "Hillary Clinton", "Donald" -> "Donald J. Trump": first, initials, family.
                guard firstNameOnly, first.key == familyKey, candidateFamily > candidate.tokens.lowerBound,
                      (candidate.tokens.lowerBound + 1..<candidateFamily).allSatisfy({ !tokens[$0].hasLetter || shape.isInitial($0) })
                else { continue }
            }
            let named = GivenNames.sex(ofName: first.key)
            if let named, let sex = honorific ?? contested, named != sex { continue }
            // "Donald Trump Jr." is another person than "Donald Trump".
            let rank = (suffixed ? 0 : 1, -firstNamed[other], candidate.tokens.count)
            if rank > bestRank {
                best = other
                bestRank = rank
            }
        }
        return best
    }

    /// The sex an honorific right before the token says ("Mr. Obama", "Mrs Clinton").
    static func honorificSex(before start: Int, tokens: [TokenForm]) -> GivenNames.Sex? {
        var previous = start - 1
        // "Mr" "." where the period is a token of its own.
        if previous >= 1, tokens[previous].end - tokens[previous].start == 1, !tokens[previous].hasLetter,
           tokens[previous].start == tokens[previous - 1].end {
            previous -= 1
        }
        guard previous >= 0, tokens[previous].isCapitalized else { return nil }
        return GivenNames.sex(ofHonorific: tokens[previous].key)
    }
}
