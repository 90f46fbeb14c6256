/// Makes a document's mentions consistent and links short mentions to the fullest one.
///
/// - Titles in front of a person's name are not part of it.
/// - A name tagged as a person more often than as anything else is a person throughout.
/// - A single word that is the last (or first) word of a multi-word person name found in the
///   document is that person ("Biden" after "Joe Biden", "Zhao" after "Zhao Lijian"), even where
///   the tagger missed it or gave it another class.
/// - `canonical` points at the fullest mention of the same entity: for a person, the fullest
///   name of the same person (`PersonNames`), or for an all-capitals acronym the organisation whose
///   initials it spells ("EU" -> "European Union"), or the one organisation named in full
///   before whose name ends the same way ("the Post" -> "The Washington Post"); otherwise the
///   mention itself.
struct MentionLinker {
    let input: TaggingInput
    let bytes: [UInt8]

    func link(_ found: [Mention]) -> [Mention] {
        var mentions = addPersonAliases(to: found.map(withoutTitle))
        preferPersonReadings(&mentions)
        // Word keys of every mention, once: canonical names compare every pair of mentions.
        let words = mentions.map { keys(of: $0).map(\.key) }
        let people = PersonNames(mentions, input: input, bytes: bytes)
        for index in mentions.indices {
            mentions[index].canonical = mentions[index].coarse == .person
                ? people.canonicalIndex(of: index, in: mentions, words: words)
                : canonicalIndex(of: index, in: mentions, words: words)
        }
        return mentions
    }

    /// A person mention loses the titles in front of the name ("President Joe Biden" -> "Joe Biden").
    private func withoutTitle(_ mention: Mention) -> Mention {
        guard mention.coarse == .person, mention.forced == nil else { return mention }
        var trimmed = mention
        while trimmed.tokens.count > 1,
              BuiltinGazetteers.table.bits(of: input.tokens[trimmed.tokens.prefix(1)]) & GazetteerList.title.bit != 0 {
            trimmed.tokens = (trimmed.tokens.lowerBound + 1)..<trimmed.tokens.upperBound
        }
        return trimmed
    }

    private func keys(of mention: Mention) -> ArraySlice<TokenForm> { input.tokens[mention.tokens] }

    /// Person aliases: last and first words of multi-word person names (family names first for
    /// names like "Zhao Lijian" are covered by the first word).
    private func personAliases(_ mentions: [Mention]) -> [UInt64: Int] {
        var aliases: [UInt64: Int] = [:]
        var firstWords: [UInt64: Int] = [:]
        let shape = PersonNameShape(tokens: input.tokens, bytes: bytes)
        for (index, mention) in mentions.enumerated() where mention.coarse == .person && mention.forced == nil && mention.tokens.count >= 2 {
            // A headline ("Senator Says") or a ticker lends no words to anyone's name.
            // The family name, not a suffix, is the last word ("Robert Allen Jr.").
            guard let family = shape.familyName(of: mention.tokens) else { continue }
            // A word the document also writes in lower case ("region", "party") is no one's name.
            let words = (mention.tokens.lowerBound...family).filter { input.documentCase[$0] & 2 == 0 }.map { input.tokens[$0] }
                .filter { $0.hasLetter && $0.end - $0.start > 1 }
            guard let first = words.first, let last = words.last, first.key != last.key else { continue }
            if aliases[last.key] == nil { aliases[last.key] = index }
            if firstWords[first.key] == nil { firstWords[first.key] = index }
        }
        for (key, index) in firstWords where aliases[key] == nil { aliases[key] = index }
        return aliases
    }

    private func addPersonAliases(to found: [Mention]) -> [Mention] {
        let aliases = personAliases(found)
        guard !aliases.isEmpty else { return found }
        var mentions = found
        var covered = [Bool](repeating: false, count: input.tokens.count)
        for mention in mentions { for index in mention.tokens { covered[index] = true } }
        for index in mentions.indices where mentions[index].tokens.count == 1 && mentions[index].forced == nil {
            if aliases[input.tokens[mentions[index].tokens.lowerBound].key] != nil { mentions[index].coarse = .person }
        }
        for (index, token) in input.tokens.enumerated() where !covered[index] && token.isCapitalized && !token.isAllCaps {
            guard aliases[token.key] != nil, !isInsideLongerName(index) else { continue }
            mentions.append(Mention(tokens: index..<(index + 1), coarse: .person))
        }
        return mentions.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// A capitalised neighbour suggests the word is part of another name ("Biden Administration").
    private func isInsideLongerName(_ index: Int) -> Bool {
        let tokens = input.tokens
        let sentence = input.sentence(containing: index) ?? index..<(index + 1)
        if index > sentence.lowerBound, tokens[index - 1].isCapitalized, !tokens[index - 1].isAllCaps { return true }
        if index + 1 < sentence.upperBound, tokens[index + 1].isCapitalized { return true }
        return false
    }

    /// A name the document mostly tags as a person is a person everywhere in it ("Biden" read
    /// once as a place by its context, twice as a person).
    private func preferPersonReadings(_ mentions: inout [Mention]) {
        var votes: [UInt64: Int] = [:]
        for mention in mentions where mention.forced == nil {
            votes[PhraseTable.key(of: keys(of: mention)), default: 0] += mention.coarse == .person ? 1 : -1
        }
        for index in mentions.indices where mentions[index].forced == nil && mentions[index].coarse != .person {
            if votes[PhraseTable.key(of: keys(of: mentions[index])), default: 0] > 0 { mentions[index].coarse = .person }
        }
    }

    /// The canonical mention of an organisation or place; `words`: the word keys of each mention.
    private func canonicalIndex(of index: Int, in mentions: [Mention], words: [[UInt64]]) -> Int {
        let mention = mentions[index]
        if mention.coarse == .org, let longer = organisationEnding(like: index, in: mentions, words: words) { return longer }
        if mention.coarse == .org, mention.tokens.count == 1 {
            let token = input.tokens[mention.tokens.lowerBound]
            guard token.isAllCaps, token.end - token.start >= 2 else { return index }
            let letters = bytes[token.start..<token.end].filter { $0 >= 0x41 && $0 <= 0x5A }
            for (other, candidate) in mentions.enumerated() where candidate.coarse == .org && candidate.tokens.count >= 2 {
                let initials = keys(of: candidate).filter { $0.isCapitalized }.map { bytes[$0.start] }
                if initials.count == letters.count && initials.elementsEqual(letters) { return other }
            }
        }
        return index
    }

    private static let the = FeatureHash.string("the")

    /// A later short name of an organisation mentioned in full before: "the Post" after "The
    /// Washington Post". Only when exactly one earlier organisation name ends with the same words.
    private func organisationEnding(like index: Int, in mentions: [Mention], words allWords: [[UInt64]]) -> Int? {
        var words = allWords[index][...]
        if words.first == MentionLinker.the { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        var found: Int?
        var fullNames = Set<UInt64>()
        for (other, candidate) in mentions[..<index].enumerated() where candidate.coarse == .org {
            var candidateWords = allWords[other][...]
            if candidateWords.first == MentionLinker.the { candidateWords.removeFirst() }
            guard candidateWords.count > words.count, candidateWords.suffix(words.count).elementsEqual(words) else { continue }
            fullNames.insert(PhraseTable.key(of: input.tokens[candidate.tokens]))
            if found == nil { found = other }
        }
        return fullNames.count == 1 ? found : nil
    }

    static func contains(_ haystack: [UInt64], _ needle: [UInt64]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }
}
