import GlossKit

/// The corrections of `MentionCorrections` that move where a person's name starts: a common
/// word that opens a sentence is no part of the name after it ("Rival Hillary Clinton", "Said
/// Ellis"), a first name before an initial is ("Edwin" in "Edwin G. Monroy"), and marks glued
/// to a name and an office before it are not ("Warren.$WFC", "Secretary of Defense Lloyd Austin").
extension MentionCorrections {
    /// A person mention at the start of a sentence loses its first word when that word is no
    /// name and the rest is: the document writes the word in lower case elsewhere (or it is a
    /// verb of speech), no list knows it as a name, no other person mention holds it, and the
    /// rest is written as a name whose family name another person mention of the document has.
    func withoutCommonWordsBeforePeople(_ found: [Mention]) -> [Mention] {
        let tokens = input.tokens
        return movingPersonBoundaries(found) { range, shape in
            let first = tokens[range.lowerBound]
            guard range.count >= 2, isSentenceStart(range.lowerBound), first.isCapitalized, !first.isAllCaps, !shape.isInitial(range.lowerBound),
                  input.documentCase[range.lowerBound] & 2 != 0 || PersonNameShape.notNames.contains(first.lower),
                  gazetteer.bits(of: tokens[range.prefix(1)]) & (GazetteerList.personName.bit | GazetteerList.title.bit) == 0,
                  !GivenNames.isGivenName(first.key),
                  let family = shape.familyName(of: (range.lowerBound + 1)..<range.upperBound) else { return nil }
            var holdsWord = false
            var knowsFamily = false
            for other in found where other.coarse == .person && !other.tokens.overlaps(range) {
                for position in other.tokens {
                    if tokens[position].key == first.key { holdsWord = true }
                    if tokens[position].key == tokens[family].key { knowsFamily = true }
                }
            }
            return knowsFamily && !holdsWord ? (range.lowerBound + 1)..<range.upperBound : nil
        }
    }

    /// A person mention that starts with an initial takes the capitalised word right before it
    /// when that word can be a first name: a listed name, or a word the document never writes
    /// in lower case that is no function word, title or verb ("Edwin G. Monroy").
    func withFirstNamesBeforeInitials(_ found: [Mention]) -> [Mention] {
        let tokens = input.tokens
        var covered = [Bool](repeating: false, count: tokens.count)
        for mention in found { for index in mention.tokens { covered[index] = true } }
        return movingPersonBoundaries(found) { range, shape in
            let before = range.lowerBound - 1
            guard before >= 0, shape.isInitial(range.lowerBound), !covered[before],
                  let sentence = input.sentence(containing: range.lowerBound), sentence.contains(before),
                  bytes[tokens[before].end..<tokens[range.lowerBound].start].elementsEqual([0x20]) else { return nil }
            let word = tokens[before]
            guard word.isCapitalized, !word.isAllCaps, !shape.isInitial(before),
                  shape.familyName(of: before..<(before + 1)) != nil,
                  gazetteer.bits(of: tokens[before...before]) & ~GazetteerList.personName.bit == 0 else { return nil }
            let listed = GivenNames.isGivenName(word.key)
                || gazetteer.bits(of: tokens[before...before]) & GazetteerList.personName.bit != 0
            return listed || input.documentCase[before] & 2 == 0 ? before..<range.upperBound : nil
        }
    }

    /// A person mention that is no name as a whole but a name up to marks glued to it ends
    /// there: "Elizabeth Warren.$WFC" (a ticker from a tweet), "Dana Ruiz/AP"; not where the
    /// name would end in capitals ("R-S.C.", a party and state).
    func withoutGluedTails(_ found: [Mention]) -> [Mention] {
        let tokens = input.tokens
        return movingPersonBoundaries(found) { range, shape in
            guard range.count >= 2, shape.familyName(of: range) == nil,
                  let cut = (range.lowerBound + 1..<range.upperBound).first(where: { position in
                      !tokens[position].hasLetter && tokens[position].start == tokens[position - 1].end
                          && !MentionCorrections.wordMarks.contains(bytes[tokens[position].start])
                  }),
                  let family = shape.familyName(of: range.lowerBound..<cut), !tokens[family].isAllCaps else { return nil }
            return range.lowerBound..<cut
        }
    }

    /// "Secretary of Defense Lloyd Austin", "Secretary of Homeland Security Jeh Johnson" (read
    /// as a person or as an organisation): the office after a title and "of" is no part of the
    /// person named after it, who starts at a listed given name, or is the last two words when
    /// the lists know the last as a name.
    func withoutOfficesBeforePeople(_ found: [Mention]) -> [Mention] {
        let tokens = input.tokens
        let shape = PersonNameShape(tokens: tokens, bytes: bytes)
        func isListedName(_ index: Int) -> Bool {
            GivenNames.isGivenName(tokens[index].key)
                || gazetteer.bits(of: tokens[index...index]) & GazetteerList.personName.bit != 0
        }
        var mentions = found
        for index in mentions.indices where mentions[index].forced == nil && mentions[index].coarse != .loc {
            let range = mentions[index].tokens
            guard range.count >= 3, range.lowerBound >= 2, tokens[range.lowerBound - 1].lower == MentionCorrections.of,
                  isTitle(at: range.lowerBound - 2) || range.lowerBound >= 3 && isTitle(at: range.lowerBound - 3),
                  range.allSatisfy({ tokens[$0].isCapitalized && !tokens[$0].isAllCaps }) else { continue }
            let first = (range.lowerBound + 1..<(range.upperBound - 1)).first(where: isListedName)
                ?? (isListedName(range.upperBound - 1) ? range.upperBound - 2 : nil)
            guard let start = first, let family = shape.familyName(of: start..<range.upperBound), family > start else { continue }
            mentions[index].tokens = start..<range.upperBound
            mentions[index].coarse = .person
        }
        return mentions
    }

    static let of = FeatureHash.string("of")

    /// Gives each person mention the tagger found the range `moved` returns for it (nil: as it is).
    private func movingPersonBoundaries(_ found: [Mention], _ moved: (Range<Int>, PersonNameShape) -> Range<Int>?) -> [Mention] {
        let shape = PersonNameShape(tokens: input.tokens, bytes: bytes)
        var mentions = found
        for index in mentions.indices where mentions[index].forced == nil && mentions[index].coarse == .person {
            if let range = moved(mentions[index].tokens, shape) { mentions[index].tokens = range }
        }
        return mentions
    }

    /// Marks that can join or end the words of a name or nickname ("Lyin' Ted", "Holtz-Eakin").
    private static let wordMarks: Set<UInt8> = [UInt8(ascii: "'"), UInt8(ascii: "-"), 0xE2]

    /// The first word of a sentence, or the first after an opening quotation mark or dash.
    private func isSentenceStart(_ index: Int) -> Bool {
        guard let sentence = input.sentence(containing: index) else { return false }
        return (sentence.lowerBound..<index).allSatisfy { !input.tokens[$0].hasLetter && !input.tokens[$0].flags.contains(.hasDigit) }
    }
}
