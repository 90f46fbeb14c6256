import GlossKit

/// Reads the names in a Title Case headline through the article under it.
///
/// In "City Council Approves Harbor Bridge Repairs After Heated Debate" every word is
/// capitalised, so capitals say nothing about names and the tagger guesses; but a headline
/// names what its article names. A headline mention is kept when the article has the same name
/// (with the article's class), when the built-in lists know it, or when it is a word of a
/// person the article names in full ("Ortega" over "Luis Ortega"); otherwise the longest parts
/// of it the article names are kept, and the rest is dropped; names of the article that the
/// tagger missed in the headline are added. Only the document's first line is
/// read this way; headlines in capitals (wire style) and documents that are only a headline
/// are left to the tagger.
struct HeadlineMentions {
    let input: TaggingInput
    let bytes: [UInt8]
    let gazetteer: PhraseTable

    func filter(_ mentions: [Mention]) -> [Mention] {
        // Only the title: the first line with words (one or more sentences). Title Case lines
        // further down are as often tables, lists or datelines as subheadings.
        let title = titleLine()
        guard !title.isEmpty else { return mentions }
        let titleCase = input.sentences.indices.map { title.contains($0) }
        var segmentOf = [Int](repeating: 0, count: input.tokens.count)
        for (number, sentence) in input.sentences.enumerated() {
            for index in sentence { segmentOf[index] = number }
        }
        func inHeadline(_ mention: Mention) -> Bool { titleCase[segmentOf[mention.tokens.lowerBound]] }

        // The article's names (outside every headline), with votes for their classes.
        var bodyNames: [UInt64: [Int]] = [:]
        var personWords = Set<UInt64>()
        var bodyHasText = false
        for (number, sentence) in input.sentences.enumerated() where !titleCase[number] && !input.headline[number] && sentence.count >= 4 {
            bodyHasText = true
        }
        guard bodyHasText else { return mentions }
        for mention in mentions where !inHeadline(mention) && !input.headline[segmentOf[mention.tokens.lowerBound]] {
            bodyNames[PhraseTable.key(of: input.tokens[mention.tokens]), default: [0, 0, 0, 0]][Int(mention.coarse.rawValue)] += 1
            if mention.coarse == .person && mention.tokens.count >= 2 {
                for index in mention.tokens { personWords.insert(input.tokens[index].key) }
            }
        }
        func bodyLabel(_ range: Range<Int>) -> CoarseLabel? {
            if let votes = bodyNames[PhraseTable.key(of: input.tokens[range])],
               let best = votes.indices.max(by: { votes[$0] < votes[$1] }) {
                return CoarseLabel(rawValue: UInt8(best))
            }
            if range.count == 1 && personWords.contains(input.tokens[range.lowerBound].key) { return .person }
            return listedLabel(range)
        }

        var result: [Mention] = []
        for mention in mentions {
            guard inHeadline(mention), mention.forced == nil else { result.append(mention); continue }
            if let label = bodyLabel(mention.tokens) {
                result.append(Mention(tokens: mention.tokens, coarse: label))
            } else if gazetteer.bits(of: input.tokens[mention.tokens]) & ~GazetteerList.personName.bit != 0 {
                result.append(mention)
            } else {
                result.append(contentsOf: namedParts(of: mention.tokens, label: bodyLabel))
            }
        }
        // Names of the article the tagger missed in the headline ("Okafor" over "Emeka Okafor").
        var covered = [Bool](repeating: false, count: input.tokens.count)
        for mention in result { for index in mention.tokens { covered[index] = true } }
        for number in input.sentences.indices where titleCase[number] {
            var index = input.sentences[number].lowerBound
            while index < input.sentences[number].upperBound {
                guard !covered[index], input.tokens[index].isCapitalized else { index += 1; continue }
                var end = index
                while end < input.sentences[number].upperBound, !covered[end], input.tokens[end].isCapitalized { end += 1 }
                result.append(contentsOf: namedParts(of: index..<end, label: bodyLabel, whole: true))
                index = end
            }
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The longest non-overlapping parts of a headline mention (or, `whole`, of a run of
    /// capitalised words) that the article names.
    private func namedParts(of range: Range<Int>, label: (Range<Int>) -> CoarseLabel?, whole: Bool = false) -> [Mention] {
        let longest = whole ? range.count : range.count - 1
        guard longest >= 1 else { return [] }
        var parts: [Mention] = []
        var taken = [Bool](repeating: false, count: range.count)
        for length in stride(from: longest, through: 1, by: -1) {
            for start in range.lowerBound...(range.upperBound - length) {
                let part = start..<(start + length)
                guard !part.contains(where: { taken[$0 - range.lowerBound] }), let coarse = label(part) else { continue }
                parts.append(Mention(tokens: part, coarse: coarse))
                for index in part { taken[index - range.lowerBound] = true }
            }
        }
        return parts.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The class a name has in the built-in lists: places, organisations, peoples.
    private func listedLabel(_ range: Range<Int>) -> CoarseLabel? {
        let bits = gazetteer.bits(of: input.tokens[range])
        if bits & (GazetteerList.politicalBits | GazetteerList.place.bit) != 0 { return .loc }
        if bits & GazetteerList.organisation.bit != 0 { return .org }
        if bits & GazetteerList.groupBits != 0 { return .misc }
        return nil
    }

    /// The sentence numbers of the document's first line when it is written in Title Case (with
    /// some lower-case letters, so not in capitals), else none.
    private func titleLine() -> Range<Int> {
        guard let first = input.sentences.firstIndex(where: { $0.contains { input.tokens[$0].hasLetter } }) else { return 0..<0 }
        var end = first + 1
        while end < input.sentences.count, let previous = input.sentences[end - 1].last, let next = input.sentences[end].first,
              !bytes[input.tokens[previous].end..<input.tokens[next].start].contains(0x0A) {
            end += 1
        }
        let line = input.sentences[first].lowerBound..<input.sentences[end - 1].upperBound
        guard line.count >= 3, line.count <= 40 else { return 0..<0 }
        var hasLower = false
        for index in line {
            let token = input.tokens[index]
            for offset in token.start..<token.end where bytes[offset] >= 0x61 && bytes[offset] <= 0x7A { hasLower = true }
        }
        let last = bytes[input.tokens[line.upperBound - 1].end - 1]
        guard hasLower, last != UInt8(ascii: "."), last != UInt8(ascii: ","), last != UInt8(ascii: ";") else { return 0..<0 }
        return bytes.withUnsafeBufferPointer { buffer in
            TaggingInput.isTitleCase(input.tokens[line], bytes: buffer) ? first..<end : 0..<0
        }
    }
}
