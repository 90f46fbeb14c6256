/// The lexicon lists that rules search anywhere in a paragraph (`containsAny`, `count(of:)`),
/// compiled into one trie: a paragraph is walked once for all of them (`PhraseHits`) instead of
/// once per list, which was most of the analyzer's time.
///
/// Each list owns a range of slots, one per phrase in list order, so a list's answer is the bits
/// of its range: the same phrase in two lists (or twice in one) sets every slot it has, and a
/// count stays the number of the list's entries that occur, as a scan of the list would count.
struct LexiconIndex: Sendable {
    static let shared = LexiconIndex(lists: BoilerplateLexicon.searchedLists, tallies: ParagraphProfile.addressMarks)

    /// Trie alphabet: each byte that occurs in some phrase has a class from 1; 0 ends a walk.
    private let byteClass: [UInt8]
    private let classCount: Int
    /// `next[node * classCount + class]`: the child node times two, plus one when a phrase ends
    /// there; 0 for none (the root is never a child). Nodes are numbered breadth first, so the
    /// short prefixes most walks stay in share a few cache lines.
    private let next: [UInt16]
    /// Slots of the phrase ending at each node: `slots[slotStart[node]..<slotStart[node + 1]]`.
    private let slotStart: [Int32]
    private let slots: [Int32]
    let slotCount: Int
    /// Counted phrases ending at each node: `tallied[tallyStart[node]..<tallyStart[node + 1]]`.
    private let tallyStart: [Int32]
    private let tallied: [Int32]
    /// The group of each counted phrase.
    private let tallyGroup: [Int]
    let tallyGroupCount: Int
    /// Open addressing by list fingerprint: (fingerprint, first slot), first slot -1 when empty.
    private let listTable: [(fingerprint: UInt64, base: Int)]

    /// `tallies`: groups of phrases whose every occurrence is counted, as
    /// `FoldedText.occurrences(of:)` counts them (each phrase's matches left to right, a match
    /// never overlapping the previous match of the same phrase).
    init(lists: [PhraseSet], tallies: [[Phrase]]) {
        var bases: [(PhraseSet, Int)] = []
        var total = 0
        for list in lists {
            if let known = bases.first(where: { $0.0.fingerprint == list.fingerprint }) {
                // Equal lists share slots; different lists must never share a fingerprint.
                precondition(known.0.phrases.map(\.bytes) == list.phrases.map(\.bytes), "lexicon list fingerprint collision")
                continue
            }
            bases.append((list, total))
            total += list.phrases.count
        }
        slotCount = total

        var byteClass = [UInt8](repeating: 0, count: 256)
        var classes = 1
        var tallyPhrases: [Phrase] = []
        var tallyGroup: [Int] = []
        for (group, members) in tallies.enumerated() {
            for phrase in members where !phrase.bytes.isEmpty {
                tallyPhrases.append(phrase)
                tallyGroup.append(group)
            }
        }
        self.tallyGroup = tallyGroup
        tallyGroupCount = tallies.count
        for phrases in bases.map(\.0.phrases) + [tallyPhrases] {
            for phrase in phrases {
                for byte in phrase.bytes where byteClass[Int(byte)] == 0 {
                    byteClass[Int(byte)] = UInt8(classes)
                    classes += 1
                }
            }
        }
        precondition(classes <= 256, "lexicon alphabet too large")
        self.byteClass = byteClass
        classCount = classes

        var next = [Int32](repeating: 0, count: classes)
        var nodeSlots: [[Int32]] = [[]]
        var nodeTallies: [[Int32]] = [[]]
        func insert(_ phrase: Phrase) -> Int {
            var node = 0
            for byte in phrase.bytes {
                let edge = node * classes + Int(byteClass[Int(byte)])
                if next[edge] == 0 {
                    next[edge] = Int32(nodeSlots.count)
                    nodeSlots.append([])
                    nodeTallies.append([])
                    next.append(contentsOf: repeatElement(0, count: classes))
                }
                node = Int(next[edge])
            }
            return node
        }
        for (list, base) in bases {
            for (offset, phrase) in list.phrases.enumerated() where !phrase.bytes.isEmpty {
                nodeSlots[insert(phrase)].append(Int32(base + offset))
            }
        }
        for (index, phrase) in tallyPhrases.enumerated() {
            nodeTallies[insert(phrase)].append(Int32(index))
        }
        // Breadth-first numbering: the order in which a queue from the root meets the nodes.
        var order = [0]
        var head = 0
        while head < order.count {
            let node = order[head]
            head += 1
            for byteClass in 1..<classes where next[node * classes + byteClass] != 0 {
                order.append(Int(next[node * classes + byteClass]))
            }
        }
        var renamed = [Int](repeating: 0, count: order.count)
        for (newNode, oldNode) in order.enumerated() { renamed[oldNode] = newNode }
        precondition(order.count * 2 < Int(UInt16.max), "lexicon trie too large")
        // Mark phrase ends in the edges, so the walk looks up slots only where a phrase ends.
        var edges = [UInt16](repeating: 0, count: order.count * classes)
        for (newNode, oldNode) in order.enumerated() {
            for byteClass in 1..<classes {
                let child = Int(next[oldNode * classes + byteClass])
                guard child != 0 else { continue }
                let endsPhrase = !nodeSlots[child].isEmpty || !nodeTallies[child].isEmpty
                edges[newNode * classes + byteClass] = UInt16(renamed[child] * 2 + (endsPhrase ? 1 : 0))
            }
        }
        self.next = edges
        (slotStart, slots) = LexiconIndex.flatten(order.map { nodeSlots[$0] })
        (tallyStart, tallied) = LexiconIndex.flatten(order.map { nodeTallies[$0] })

        var size = 16
        while size < bases.count * 4 { size *= 2 }
        var table = [(fingerprint: UInt64, base: Int)](repeating: (0, -1), count: size)
        for (list, base) in bases {
            var position = Int(truncatingIfNeeded: list.fingerprint) & (size - 1)
            while table[position].base >= 0 { position = (position + 1) & (size - 1) }
            table[position] = (list.fingerprint, base)
        }
        listTable = table
    }

    private static func flatten(_ lists: [[Int32]]) -> (starts: [Int32], items: [Int32]) {
        var starts: [Int32] = [0]
        var items: [Int32] = []
        for list in lists {
            items.append(contentsOf: list)
            starts.append(Int32(items.count))
        }
        return (starts, items)
    }

    /// The first slot of a list, or nil when the list is not indexed (then callers scan).
    func base(of list: PhraseSet) -> Int? {
        let mask = listTable.count - 1
        var position = Int(truncatingIfNeeded: list.fingerprint) & mask
        while true {
            let entry = listTable[position]
            if entry.base < 0 { return nil }
            if entry.fingerprint == list.fingerprint { return entry.base }
            position = (position + 1) & mask
        }
    }

    /// Every indexed phrase that occurs in the folded bytes with the word boundaries
    /// `FoldedText.matches` requires.
    func hits(in text: [UInt8]) -> PhraseHits {
        var words = [UInt64](repeating: 0, count: (slotCount + 63) / 64)
        var counts = [Int](repeating: 0, count: tallyGroupCount)
        // Where each counted phrase may match next: past its previous match.
        var nextAllowed = [Int](repeating: 0, count: tallyGroup.count)
        words.withUnsafeMutableBufferPointer { found in
            counts.withUnsafeMutableBufferPointer { counts in
                nextAllowed.withUnsafeMutableBufferPointer { nextAllowed in
                    text.withUnsafeBufferPointer { bytes in
                        byteClass.withUnsafeBufferPointer { byteClass in
                            next.withUnsafeBufferPointer { next in
                                slotStart.withUnsafeBufferPointer { slotStart in
                                    slots.withUnsafeBufferPointer { slots in
                                        tallyStart.withUnsafeBufferPointer { tallyStart in
                                            tallied.withUnsafeBufferPointer { tallied in
                                                tallyGroup.withUnsafeBufferPointer { tallyGroup in
                                                    let trie = Trie(
                                                        byteClass: byteClass, classCount: classCount, next: next,
                                                        slotStart: slotStart, slots: slots, tallyStart: tallyStart,
                                                        tallied: tallied, tallyGroup: tallyGroup)
                                                    trie.walk(bytes, found: found, counts: counts, nextAllowed: nextAllowed)
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return PhraseHits(words: words, tallies: counts)
    }

    /// The index's tables as plain buffers for the walk, which touches them for every byte.
    private struct Trie {
        let byteClass: UnsafeBufferPointer<UInt8>
        let classCount: Int
        let next: UnsafeBufferPointer<UInt16>
        let slotStart: UnsafeBufferPointer<Int32>
        let slots: UnsafeBufferPointer<Int32>
        let tallyStart: UnsafeBufferPointer<Int32>
        let tallied: UnsafeBufferPointer<Int32>
        let tallyGroup: UnsafeBufferPointer<Int>

        func walk(_ bytes: UnsafeBufferPointer<UInt8>, found: UnsafeMutableBufferPointer<UInt64>,
                  counts: UnsafeMutableBufferPointer<Int>, nextAllowed: UnsafeMutableBufferPointer<Int>) {
            let count = bytes.count
            var previousIsWord = false
            for start in 0..<count {
                let isWord = FoldedText.isWordByte(bytes[start])
                // A phrase starting with a letter cannot begin inside a word, and one starting
                // with a symbol cannot sit on a letter.
                if previousIsWord && isWord { continue }
                previousIsWord = isWord
                var node = 0
                var index = start
                while index < count {
                    let byteClass = Int(byteClass[Int(bytes[index])])
                    if byteClass == 0 { break }
                    let edge = Int(next[node &* classCount &+ byteClass])
                    if edge == 0 { break }
                    node = edge >> 1
                    index += 1
                    if edge & 1 == 0 { continue }
                    guard LexiconIndex.endsAtBoundary(bytes, index) else { continue }
                    for position in Int(slotStart[node])..<Int(slotStart[node + 1]) {
                        let slot = Int(slots[position])
                        found[slot >> 6] |= 1 << UInt64(slot & 63)
                    }
                    for position in Int(tallyStart[node])..<Int(tallyStart[node + 1]) {
                        let phrase = Int(tallied[position])
                        guard start >= nextAllowed[phrase] else { continue }
                        counts[tallyGroup[phrase]] += 1
                        nextAllowed[phrase] = index
                    }
                }
            }
        }
    }

    /// The end rule of `FoldedText.matches` for a phrase whose last byte is `bytes[after - 1]`.
    private static func endsAtBoundary(_ bytes: UnsafeBufferPointer<UInt8>, _ after: Int) -> Bool {
        guard FoldedText.isWordByte(bytes[after - 1]), after < bytes.count else { return true }
        if FoldedText.isWordByte(bytes[after]) { return false }
        if bytes[after] == UInt8(ascii: "-"), after + 1 < bytes.count, FoldedText.isWordByte(bytes[after + 1]) { return false }
        return true
    }
}

/// Which indexed lexicon phrases occur in one folded text: a bit per slot of `LexiconIndex`.
struct PhraseHits: Sendable {
    let words: [UInt64]
    /// Occurrences of each tally group's phrases.
    let tallies: [Int]

    /// The number of slots set in `base..<base + count` (1 at most when `stopAtFirst`).
    func count(from base: Int, count: Int, stopAtFirst: Bool) -> Int {
        var total = 0
        var slot = base
        let end = base + count
        while slot < end {
            let word = slot >> 6
            let low = slot & 63
            let take = min(64 - low, end - slot)
            let mask: UInt64 = take == 64 ? ~0 : ((1 << UInt64(take)) - 1) << UInt64(low)
            let set = (words[word] & mask).nonzeroBitCount
            if set > 0, stopAtFirst { return 1 }
            total += set
            slot += take
        }
        return total
    }
}

extension BoilerplateLexicon {
    /// Lists that rules search anywhere in a paragraph; lists only matched at a position
    /// (openings, labels) stay out of the trie. A list missing here is still answered, by a scan.
    static let searchedLists: [PhraseSet] = [
        errorSignatures, legalPhrases, socialNetworkPlaces, editorialPhrases, sharePhrases, followInvitations,
        commentPhrases, discussionPhrases, advertisementPhrases, imageCreditPhrases, republicationPhrases,
        republicationObjects, subscribePhrases, subscriptionObjects, contactPhrases, contributionCredits,
        bioRoles, bioContacts, siteSelfReferences, satireNotices, navigationPhrases, readerAddress,
        platformPhrases, pageCounterPhrases, webTechPhrases, speechVerbs, codeTokens, errorPhrases, monthNames,
        ShapeMarks.at, ShapeMarks.comPath, ShapeMarks.orgPath, ShapeMarks.appearedFirst, ShapeMarks.tweetPicture,
        ShapeMarks.tweetHandle,
    ]
}
