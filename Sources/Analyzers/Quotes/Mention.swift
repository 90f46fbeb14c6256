import GlossKit

/// A phrase that names, or points to, whoever speaks: "Zhao Lijian", "he", "the spokesman".
struct Mention: Sendable {
    enum Kind: Sendable {
        /// A capitalised name, titles and roles stripped ("Zhao Lijian", "The New York Times").
        case name
        /// he, she, they...
        case pronoun
        /// A common-noun phrase ("the spokesman", "the ad’s narrator"); `head` is its last noun.
        case nominal
    }

    var kind: Kind
    var span: Span
    /// Pronoun or head noun, lower-cased; the name's last word for names.
    var head: String
    /// The name looks like an organisation (a newspaper, party, ministry), not a person.
    var isOrganisation: Bool
    /// Titles and roles written right before a name ("spokesman", "gov"), lower-cased.
    var roles: [String]
    /// For a nominal with a possessive name in it ("Trump’s campaign"): true when the phrase is
    /// itself a usable speaker name (a campaign, office or government speaks for its owner).
    var isOwnedOrganisation: Bool = false
    /// The parse cut a place off the front of the name ("envoy to Washington Cui Tiankai"): an
    /// entity that runs the two together is not trusted over it.
    var cutFromPlace: Bool = false

    /// The gender a pronoun says ("he", "she"); nil for every other mention.
    var pronounGender: FirstNames.Gender? {
        guard kind == .pronoun else { return nil }
        return head == "he" ? .male : head == "she" ? .female : nil
    }
}

/// Reads mentions out of a paragraph's `Word`s around a cue word.
struct MentionParser {
    let words: [Word]

    /// Words a nominal's head may be that make "X’s <head>" a speaker in its own right.
    private static let ownedOrganisationHeads: Set<String> = [
        "campaign", "team", "office", "administration", "government", "ministry", "department", "embassy",
        "committee", "party", "spokesman", "spokeswoman", "spokesperson",
    ]

    /// Prepositions and conjunctions that end a subject phrase read rightwards.
    static let phraseEnders: Set<String> = [
        "in", "on", "at", "during", "after", "before", "to", "with", "from", "that", "and", "but", "when",
        "while", "as", "about", "who", "which", "via", "into", "over", "because", "if", "since", "by",
        "through", "of", "for", "than", "where", "told", "later", "earlier",
    ]

    /// The subject phrase that ends just before `index` (a cue verb), looking no further left than
    /// `lowerBound`: skips adverbs and auxiliaries, a parenthesis, and a comma-delimited
    /// appositive ("Clinton, the Democratic nominee, said").
    func subject(before index: Int, lowerBound: Int) -> Mention? {
        // "Rucker Culpepper, who runs …, said" / "Douglas Brinkley, a historian who …, recalled":
        // a comma-delimited relative clause or role phrase between the name and its verb.
        if index - 1 > lowerBound, words[index - 1].isMark(",") {
            var comma = index - 2
            while comma > lowerBound, index - comma < 30, !words[comma].isMark(","), !isQuoteMark(words[comma]) { comma -= 1 }
            if comma > lowerBound, words[comma].isMark(","), comma + 1 < index - 1 {
                let opener = words[comma + 1].key
                if ["who", "whose", "which", "a", "an", "the", "one", "another", "also"].contains(opener),
                   let outer = subject(before: comma, lowerBound: lowerBound), outer.kind == .name {
                    // Appositives can stack: "X, the attorney general of Utah, one of the states
                    // suing, said".
                    return outer
                }
            }
        }
        guard let found = nearestSubject(before: index, lowerBound: lowerBound) else { return nil }
        // "Scott Pruitt, the Republican attorney general of Oklahoma, said": prefer the name before
        // a role phrase set off by commas on both sides; a role phrase opening a new clause
        // ("…, the moderator should have asked") is the subject itself.
        let nominalEnd = wordIndex(startingAt: found.span.end)
        let enclosed = nominalEnd <= index && (nominalEnd...min(index, words.count - 1)).contains { words[$0].isMark(",") }
        if found.kind == .nominal, enclosed {
            let before = wordIndex(startingAt: found.span.start) - 1
            if before > lowerBound, words[before].isMark(",") {
                var end = before - 1
                skipLeft(&end, lowerBound: lowerBound)
                if let name = nameRun(endingAt: end, lowerBound: lowerBound) { return name }
            }
        }
        return found
    }

    private func nearestSubject(before index: Int, lowerBound: Int) -> Mention? {
        var end = index - 1
        skipLeft(&end, lowerBound: lowerBound)
        guard end >= lowerBound else { return nil }
        let word = words[end]
        if word.kind == .word, word.isA(.pronoun),
           !word.isCapitalized || end == lowerBound || isClauseStart(end) {
            return pronoun(word)
        }
        if let name = nameRun(endingAt: end, lowerBound: lowerBound) {
            // "a member of the delegation in Anchorage said": a name inside a prepositional
            // phrase modifies the subject; the subject comes before the phrase.
            var before = wordIndex(startingAt: name.span.start) - 1
            while before >= lowerBound, words[before].kind == .word, words[before].isA(.title)
                    || words[before].isMark(".") || words[before].isA(.determiner) {
                before -= 1
            }
            if before >= lowerBound, words[before].kind == .word, !words[before].isCapitalized,
               words[before].isA(.preposition) {
                guard let head = subject(before: before, lowerBound: lowerBound), head.kind != .pronoun else { return nil }
                // "Beijing’s envoy to Washington Cui Tiankai": a role, a place, then the role's holder.
                let first = wordIndex(startingAt: name.span.start)
                let last = wordIndex(startingAt: name.span.end) - 1
                if head.kind == .nominal, CueLexicon.titles.contains(head.head), last - first >= 2 {
                    var holder = name
                    holder.span = Span(words[last - 1].span.start, name.span.end)
                    holder.roles = [head.head]
                    holder.cutFromPlace = true
                    return holder
                }
                return head
            }
            return name
        }
        return nominal(endingAt: end, lowerBound: lowerBound)
    }

    private func pronoun(_ word: Word) -> Mention {
        Mention(kind: .pronoun, span: word.span, head: word.key, isOrganisation: word.hasKey("they"), roles: [])
    }

    /// The subject phrase that follows a cue at the start of an inverted attribution ("said Caddell",
    /// "said Foreign Ministry spokesman Zhao Lijian"), reading up to `upperBound`.
    func subject(after index: Int, upperBound: Int) -> Mention? {
        var end = index + 1
        guard end < upperBound else { return nil }
        let first = words[end]
        if first.kind == .word, first.isA(.pronoun) {
            return pronoun(first)
        }
        // Read to the end of the phrase, then take its last name.
        while end < upperBound, end - index <= 10 {
            let word = words[end]
            if word.kind == .mark, !word.isMark("."), !word.isMark("-"), !word.isMark("/") { break }
            if word.kind == .word, !word.isCapitalized, word.isA(.phraseEnder) {
                let next = end + 1
                // "Secretary of State John Kerry": "of" between capitalised words stays.
                if word.hasKey("of"), next < upperBound, words[next].isCapitalized, end > index + 1, words[end - 1].isCapitalized {
                    end += 1
                    continue
                }
                break
            }
            end += 1
        }
        var last = end - 1
        while last > index, words[last].kind == .mark { last -= 1 }
        guard last > index else { return nil }
        if let name = nameRun(endingAt: last, lowerBound: index + 1) { return name }
        if first.isA(.determiner) {
            return nominal(endingAt: last, lowerBound: index + 1)
        }
        return nil
    }

    /// The subject of the clause that starts at `start` ("In response on Thursday, China’s
    /// ... Director Yang Jiechi reportedly accused"): skips a leading adverbial phrase, then reads the
    /// noun phrase up to the verb.
    func clauseSubject(from start: Int, to limit: Int) -> Mention? {
        guard start < limit else { return nil }
        var begin = start
        let first = words[start]
        let leadsWithAdverbial = first.kind == .word
            && (!first.isCapitalized || first.isA(.capitalisedFunctionWord)
                || first.key.hasSuffix("ly") && start + 1 < limit && words[start + 1].isMark(","))
            && !first.isA(.pronoun) && !first.isA(.determiner)
        if leadsWithAdverbial {
            var probe = start
            while probe < min(limit, start + 12), !words[probe].isMark(",") { probe += 1 }
            if probe < limit, words[probe].isMark(",") { begin = probe + 1 }
        }
        guard begin < limit else { return nil }
        let head = words[begin]
        guard head.kind == .word else { return nil }
        if head.isA(.pronoun) {
            return pronoun(head)
        }
        guard head.isCapitalized || head.isA(.determiner) else { return nil }
        // "The family sent …": a determiner, a noun, then a verb we cannot name.
        if head.isA(.determiner), begin + 2 < limit, words[begin + 1].kind == .word,
           !words[begin + 1].isCapitalized, !words[begin + 1].isA(.title),
           !words[begin + 1].isA(.verbModifier),
           words[begin + 2].kind == .word, !words[begin + 2].isCapitalized, !words[begin + 2].isA(.title) {
            return nominal(endingAt: begin + 1, lowerBound: begin)
        }
        // Read the phrase up to its verb: the first lower-case word that is not a role or modifier
        // once a name has been seen, or an adverb/auxiliary.
        var end = begin
        var sawName = false
        while end < limit, end - begin < 12 {
            let word = words[end]
            if word.kind == .mark {
                if word.isMark(",") || word.isMark(":") || word.isMark(";") || word.isMark("(") || isQuoteMark(word) { break }
                end += 1
                continue
            }
            if word.isCapitalized {
                sawName = sawName || !word.isA(.capitalisedFunctionWord)
                end += 1
                continue
            }
            if word.isA(.cue) { break }
            // "The first lady", "the only candidate": adjectives here, not adverbs before a verb.
            if word.isA(.verbModifier), !["first", "last", "only", "once"].contains(word.key) { break }
            let connects = word.isA(.nameConnector)
                && end + 1 < limit && words[end + 1].isCapitalized
            if sawName, !connects, !word.isA(.title), !word.keyHasHyphen, !words[end - 1].isPossessive { break }
            end += 1
        }
        guard end > begin else { return nil }
        if let name = nameRun(endingAt: end - 1, lowerBound: begin) { return name }
        return nominal(endingAt: end - 1, lowerBound: begin)
    }

    /// A capitalised name whose last word is `end`, with titles and roles before it stripped
    /// and remembered in `roles`.
    func nameRun(endingAt end: Int, lowerBound: Int, allowPossessive: Bool = false) -> Mention? {
        guard end >= lowerBound, end < words.count else { return nil }
        let last = words[end]
        guard last.kind == .word, last.isCapitalized, allowPossessive || !last.isPossessive,
              !last.isA(.capitalisedFunctionWord) else { return nil }
        var start = end
        var index = end - 1
        while index >= lowerBound, end - index < 9 {
            let word = words[index]
            if word.kind == .word, word.isCapitalized,
               !word.isPossessive || index < end && ((index > lowerBound && words[index - 1].hasKey("the"))
                    || words[index + 1].isA(.organisationWord)) {
                // A possessive inside a name only after "the" or before an organisation word ("People’s Daily").
                start = index
            } else if word.isMark("."), index > lowerBound, words[index - 1].isCapitalized, words[index - 1].keyCount <= 4 {
                // "Gov." / "J." inside a name.
                index -= 1
                start = index
            } else if word.kind == .word, !word.isCapitalized, word.isA(.nameConnector),
                      index > lowerBound, words[index - 1].isCapitalized, !words[index - 1].isPossessive {
                start = index
            } else {
                break
            }
            index -= 1
        }
        // Drop sentence-initial function words and leading connectors; an honorific among them
        // ("Mr.") is still a role.
        var roles: [String] = []
        while start < end, words[start].kind != .word || words[start].isA(.capitalisedFunctionWord)
                || !words[start].isCapitalized {
            if words[start].kind == .word, words[start].isCapitalized, words[start].isA(.title) {
                roles.append(words[start].key)
            }
            start += 1
        }
        // Roles before the run: "spokesman Zhao Lijian", "nominee Gov. Mike Pence".
        var probe = start - 1
        while probe >= lowerBound, start - probe <= 3, words[probe].kind == .word, !words[probe].isCapitalized {
            if words[probe].isA(.title) { roles.append(words[probe].key) }
            probe -= 1
        }
        // Strip titles inside the run: the name starts after its last title word.
        var nameStart = start
        for position in start..<end where words[position].kind == .word && words[position].isA(.title) {
            roles.append(words[position].key)
            nameStart = position + 1
        }
        while nameStart < end, words[nameStart].kind == .mark || (words[nameStart].kind == .word && !words[nameStart].isCapitalized) {
            // "Secretary of State John Kerry": skip "of State".
            if words[nameStart].hasKey("of"), nameStart + 2 <= end { nameStart += 2 } else { nameStart += 1 }
        }
        var nameEnd = end
        // "Steve Knight of Missiongathering Christian Church", "Elijah Cummings of Maryland": a
        // person's name (two or more words, no organisation word) before "of" is the speaker.
        if let of = (nameStart...end).first(where: { words[$0].hasKey("of") }), of - nameStart >= 2,
           !(nameStart..<of).contains(where: { words[$0].isA(.organisationWord) || words[$0].kind != .word }) {
            nameEnd = of - 1
        }
        let span = Span(words[nameStart].span.start, words[nameEnd].stemEnd)
        let organisation = (nameStart...nameEnd).contains { words[$0].isA(.organisationWord) }
        return Mention(kind: .name, span: span, head: words[nameEnd].key, isOrganisation: organisation, roles: roles)
    }

    /// A common-noun phrase ending at `end`: lower-case words back to a determiner or a possessive
    /// name ("the ad’s narrator", "a campaign spokesman", "Trump’s campaign").
    func nominal(endingAt end: Int, lowerBound: Int) -> Mention? {
        guard end >= lowerBound, words[end].kind == .word, !words[end].isCapitalized,
              !words[end].isA(.pronoun), !words[end].isA(.determiner) else { return nil }
        var index = end - 1
        while index >= lowerBound, end - index <= 6 {
            let word = words[index]
            // "the former first lady and U.S. senator": an abbreviation's period stays inside.
            if word.isMark("."), index > lowerBound, words[index - 1].keyHasPeriod || words[index - 1].keyCount == 1 {
                index -= 1
                continue
            }
            guard word.kind == .word else { return nil }
            if word.isA(.determiner) {
                return Mention(kind: .nominal, span: Span(word.span.start, words[end].span.end), head: words[end].key,
                               isOrganisation: false, roles: [])
            }
            if word.isPossessive {
                var start = index
                while start > lowerBound, words[start - 1].kind == .word, words[start - 1].isCapitalized { start -= 1 }
                if start > lowerBound, words[start - 1].isA(.determiner) { start -= 1 }
                let owned = word.isCapitalized && Self.ownedOrganisationHeads.contains(words[end].key)
                return Mention(kind: .nominal, span: Span(words[start].span.start, words[end].span.end), head: words[end].key,
                               isOrganisation: owned, roles: [], isOwnedOrganisation: owned)
            }
            if word.isA(.verbModifier) || word.isA(.phraseEnder) || word.isA(.cue) {
                break
            }
            index -= 1
        }
        // A bare plural at a clause start: "Sources said", "officials said".
        if index + 1 == end, words[end].key.hasSuffix("s"), end == lowerBound || isClauseStart(end) {
            return Mention(kind: .nominal, span: words[end].span, head: words[end].key, isOrganisation: false, roles: [])
        }
        return nil
    }

    /// Moves `end` left over adverbs, auxiliaries, a parenthesis and a trailing comma.
    private func skipLeft(_ end: inout Int, lowerBound: Int) {
        while end >= lowerBound {
            let word = words[end]
            if word.kind == .word, !word.isCapitalized, word.isA(.verbModifier) || (word.isA(.endsInLy) && CueLexicon.isAdverb(word.key)) {
                end -= 1
            } else if word.isMark(")") {
                var open = end - 1
                while open >= lowerBound, !words[open].isMark("(") { open -= 1 }
                guard open >= lowerBound else { return }
                end = open - 1
            } else if word.isMark(",") {
                end -= 1
            } else if word.kind == .number, end > lowerBound, words[end - 1].isMark(",") {
                // "Quina Jones, 25, said"
                end -= 2
            } else if isPartyTag(end) {
                // "Mitch McConnell, R-Ky., said"
                end -= 1
                if end >= lowerBound, words[end].kind == .word { end -= 1 }
            } else {
                return
            }
        }
    }

    /// "R-Ky." / "D-Mo.": the word or the period after it.
    private func isPartyTag(_ index: Int) -> Bool {
        var word = words[index]
        if word.isMark("."), index > 0 { word = words[index - 1] }
        guard word.kind == .word, word.isCapitalized, word.keyCount >= 3 else { return false }
        let key = Array(word.key.utf8)
        return (key[0] == UInt8(ascii: "r") || key[0] == UInt8(ascii: "d") || key[0] == UInt8(ascii: "i")) && key[1] == UInt8(ascii: "-")
    }

    /// True when word `index` starts a sentence or clause (after . ! ? : ; or a quotation mark).
    func isClauseStart(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = words[index - 1]
        return previous.kind == .mark && (previous.isMark(".") || previous.isMark("!") || previous.isMark("?")
            || previous.isMark(":") || previous.isMark(";") || isQuoteMark(previous))
    }

    func isQuoteMark(_ word: Word) -> Bool {
        word.kind == .mark && (word.scalar == 0x22 || word.scalar == 0x201C || word.scalar == 0x201D || word.scalar == 0x201E)
    }

    func wordIndex(startingAt offset: Int) -> Int {
        var low = 0
        var high = words.count
        while low < high {
            let mid = (low + high) / 2
            if words[mid].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
