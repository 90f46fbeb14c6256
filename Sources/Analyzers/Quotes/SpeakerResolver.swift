import GlossKit

/// A speaker mention resolved to a name.
struct ResolvedSpeaker: Sendable {
    var name: String?
    /// The mention that identifies the speaker (the name, or the pronoun or role phrase).
    var span: Span?
}

/// Turns speaker mentions into names for one document: names through the entities step's
/// canonical names when it ran (otherwise as written), pronouns to the most recent fitting
/// subject or speaker before them, and role phrases ("the spokesman") to the name an earlier
/// mention gave that role ("Foreign Ministry spokesman Zhao Lijian").
///
/// Per-document state: built on the stack for each document, never shared.
struct SpeakerResolver {
    private struct Referent {
        var position: Int
        /// Nil for a speaker known only by a role phrase ("Russia’s leader"): a later "he" then
        /// stays unresolved rather than jumping to an older name.
        var name: String?
        var span: Span
        /// Nil when unsure (the entity step calls it an organisation, but nothing in the name
        /// says so): then it fits "he", "she", "it" and "they".
        var isOrganisation: Bool?
    }

    private struct RoleLink {
        var role: String
        var position: Int
        var name: String
        var span: Span
    }

    private typealias Gender = FirstNames.Gender

    private let entities: [Entity]
    /// What the text says about a name's gender (an honorific, a pronoun in the sentence the
    /// name is the subject of), so that "she said" does not go back to a man.
    private var genders: [String: Gender] = [:]
    private let usesEntities: Bool
    private let bytes: [UInt8]
    private var referents: [Referent] = []
    /// Words written capitalised somewhere other than at a sentence start: names. A lone
    /// capitalised word opening a sentence ("Spreading fear …", "Got that.") is a referent only
    /// when the text capitalises it elsewhere too, gives it a title, or a verb follows it.
    /// (A list: appended for every such word, searched only for the few lone names `note` checks.)
    var midSentenceCapitals: [String] = []
    private var roleLinks: [RoleLink] = []
    /// Each entity's canonical name and span, worked out on first use (`canonical(of:)`).
    private var canonicalNames: [(name: String, span: Span)?]

    /// How far back (in bytes) a pronoun looks for its referent.
    private static let pronounReach = 1500

    init(entities: [Entity]?, bytes: [UInt8]) {
        // Entities come from another step: keep only spans that fit the current text.
        let given = entities ?? []
        // The entities step writes them in text order and within the text: then no copy is needed.
        let fits = given.allSatisfy { $0.span.end <= bytes.count }
        let ordered = zip(given, given.dropFirst()).allSatisfy { !($1.span < $0.span) }
        self.entities = fits && ordered ? given : given.filter { $0.span.end <= bytes.count }.sorted { $0.span < $1.span }
        self.usesEntities = entities != nil
        self.bytes = bytes
        self.canonicalNames = Array(repeating: nil, count: self.entities.count)
    }

    /// Records the sentence subjects and titled names of one paragraph, so that later pronouns and
    /// role phrases can be resolved. Call for every paragraph, in text order, skipping quoted words.
    mutating func learn(from words: [Word], outside quoted: [Range<Int>], finder: AttributionFinder) {
        let parser = MentionParser(words: words)
        var index = 0
        var quotedIndex = 0
        var atSentenceStart = true
        while index < words.count {
            while quotedIndex < quoted.count, quoted[quotedIndex].upperBound <= index { quotedIndex += 1 }
            if quotedIndex < quoted.count, quoted[quotedIndex].contains(index) {
                index = quoted[quotedIndex].upperBound
                atSentenceStart = index < words.count && index > 0 && finder.endsSentence(index - 1)
                continue
            }
            let stop = quotedIndex < quoted.count ? quoted[quotedIndex].lowerBound : words.count
            let end = finder.sentenceEnd(from: index, upperBound: stop)
            if atSentenceStart, let subject = parser.clauseSubject(from: index, to: end) {
                if subject.kind == .name {
                    let next = parser.wordIndex(startingAt: subject.span.end)
                    let verb = next < words.count && words[next].kind == .word
                        && (words[next].isA(.verbModifier) || words[next].isA(.cue))
                    // Resolved once for both: the canonical name does not change within a document.
                    let resolved = canonical(of: subject)
                    note(subject, resolved: resolved, followedByVerb: verb)
                    learnGender(of: subject, name: resolved.name)
                } else if subject.isOwnedOrganisation {
                    noteSpeaker(name: text(subject.span), span: subject.span, isOrganisation: true)
                }
            }
            // Titled names anywhere in the sentence: "... spokesman Zhao Lijian ...".
            var probe = index
            while probe < end {
                if words[probe].kind == .word, words[probe].isCapitalized,
                   probe + 1 >= end || !words[probe + 1].isCapitalized,
                   let name = parser.nameRun(endingAt: probe, lowerBound: index), !name.roles.isEmpty {
                    let resolved = canonical(of: name)
                    for role in name.roles where !Self.qualifiers.contains(role) {
                        roleLinks.append(RoleLink(role: Self.expandedRole(role), position: name.span.start,
                                                  name: resolved.name, span: resolved.span))
                    }
                }
                probe += 1
            }
            index = max(end, index + 1)
            atSentenceStart = index < words.count && (finder.endsSentence(index - 1) || words[index - 1].isMark(":"))
        }
    }

    /// Records a resolved speaker as the most recent referent at its position.
    mutating func noteSpeaker(name: String?, span: Span, isOrganisation: Bool?) {
        let referent = Referent(position: span.start, name: name, span: span, isOrganisation: isOrganisation)
        let insertion = referents.lastIndex { $0.position <= span.start }.map { $0 + 1 } ?? 0
        referents.insert(referent, at: insertion)
    }

    /// Resolves a mention read at an attribution. (A resolved "he"/"she" teaches nothing about
    /// gender: one wrong resolution would then push later ones wrong too.)
    mutating func resolve(_ mention: Mention) -> ResolvedSpeaker {
        switch mention.kind {
        case .name:
            let resolved = canonical(of: mention)
            return ResolvedSpeaker(name: resolved.name, span: resolved.span)
        case .pronoun:
            guard mention.head != "i", mention.head != "we" else { return ResolvedSpeaker() }
            // "it added" / "they said" point back to an organisation, "he"/"she" to a person.
            let wantsOrganisation = mention.head == "they" || mention.head == "it"
            let wanted: Gender? = mention.head == "he" ? .male : mention.head == "she" ? .female : nil
            let candidate = referents.last {
                $0.position < mention.span.start && mention.span.start - $0.position <= Self.pronounReach
                    && ($0.isOrganisation == nil || $0.isOrganisation == wantsOrganisation)
                    && (wanted == nil || $0.name.flatMap { genders[$0] }.map { $0 == wanted } ?? true)
            }
            guard let candidate, let name = candidate.name else { return ResolvedSpeaker() }
            return ResolvedSpeaker(name: name, span: mention.span)
        case .nominal:
            if mention.isOwnedOrganisation {
                return ResolvedSpeaker(name: text(mention.span), span: mention.span)
            }
            if let link = roleLinks.last(where: { $0.role == mention.head && $0.position < mention.span.start }) {
                return ResolvedSpeaker(name: link.name, span: mention.span)
            }
            // "the commission" after "the Commission on Presidential Debates": an earlier
            // organisation whose name holds the head noun.
            if CueLexicon.organisationWords.contains(mention.head), let organisation = referents.last(where: {
                $0.position < mention.span.start && $0.isOrganisation != false
                    && ($0.name.map { Self.words(of: $0).contains(mention.head) } ?? false)
            }), let name = organisation.name {
                return ResolvedSpeaker(name: name, span: mention.span)
            }
            return ResolvedSpeaker()
        }
    }

    /// Abbreviated titles under the role noun a later mention uses ("Sen." -> "the senator").
    private static let roleNouns: [String: String] = [
        "sen": "senator", "gov": "governor", "rep": "representative", "gen": "general", "adm": "admiral",
        "col": "colonel", "capt": "captain", "lt": "lieutenant", "sgt": "sergeant", "prof": "professor",
        "dr": "doctor", "rev": "reverend", "spokeswoman": "spokeswoman", "spokesperson": "spokesperson",
    ]

    /// A canonical name without stray quotation marks or punctuation at its ends.
    private static func trimmed(_ name: String) -> String {
        let scalars = name.unicodeScalars
        guard let first = scalars.firstIndex(where: { UTF8Scalar.isLetterOrDigit($0.value) }),
              let last = scalars.lastIndex(where: { UTF8Scalar.isLetterOrDigit($0.value) || $0 == "." }) else { return "" }
        return String(scalars[first...last])
    }

    /// A person's name without the titles an entity step may have kept in it
    /// ("Foreign Affairs Director Yang Jiechi" -> "Yang Jiechi").
    private static func withoutTitles(_ name: String) -> String {
        var utf8Name = name
        if let fast = utf8Name.withUTF8({ asciiWithoutTitles($0) }) { return fast ?? name }
        let parts = name.split(separator: " ")
        guard let last = parts.indices.dropLast().last(where: {
            CueLexicon.titles.contains(parts[$0].lowercased().trimmingSuffix("."))
        }) else { return name }
        return parts[(last + 1)...].joined(separator: " ")
    }

    /// `withoutTitles` for an ASCII name, read on its bytes: nil when the name is not ASCII,
    /// .some(nil) when it has no title to strip.
    private static func asciiWithoutTitles(_ utf8: UnsafeBufferPointer<UInt8>) -> String?? {
        var parts: [Range<Int>] = []
        var index = 0
        while index < utf8.count {
            guard utf8[index] < 0x80 else { return nil }
            if utf8[index] == 0x20 {
                index += 1
                continue
            }
            let start = index
            while index < utf8.count, utf8[index] != 0x20 {
                guard utf8[index] < 0x80 else { return nil }
                index += 1
            }
            parts.append(start..<index)
        }
        guard let last = parts.indices.dropLast().last(where: { isTitle(utf8, parts[$0]) }) else { return .some(nil) }
        var result: [UInt8] = []
        for part in parts[(last + 1)...] {
            if !result.isEmpty { result.append(0x20) }
            result += utf8[part]
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// An ASCII word, lower-cased and without one trailing period, is a title.
    private static func isTitle(_ utf8: UnsafeBufferPointer<UInt8>, _ part: Range<Int>) -> Bool {
        guard part.count <= 32 else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var count = 0
            for byte in utf8[part] {
                buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                count += 1
            }
            if count > 0, buffer[count - 1] == UInt8(ascii: ".") { count -= 1 }
            return WordClass.of(UnsafeBufferPointer(rebasing: buffer[..<count])).contains(.title)
        }
    }

    /// The span without leading or trailing marks (an entity that took a quotation mark along).
    private func trimmedSpan(_ span: Span) -> Span {
        var start = span.start
        var end = span.end
        while start < end {
            let (scalar, length) = UTF8Scalar.decode(bytes, at: start)
            if UTF8Scalar.isLetterOrDigit(scalar) { break }
            start += length
        }
        while end > start {
            let previous = UTF8Scalar.previousStart(bytes, before: end)
            let scalar = UTF8Scalar.decode(bytes, at: previous).0
            if UTF8Scalar.isLetterOrDigit(scalar) || scalar == 0x2E { break }
            end = previous
        }
        return start < end ? Span(start, end) : span
    }

    private static func firstName(of name: String) -> String? {
        var utf8Name = name
        if let fast = utf8Name.withUTF8({ asciiFirstName($0) }) { return fast }
        let parts = name.split(separator: " ")
        guard parts.count >= 2 else { return nil }
        return parts[0].lowercased()
    }

    /// `firstName` for an ASCII name, read on its bytes: nil when the name is not ASCII,
    /// .some(nil) when it has a single word.
    private static func asciiFirstName(_ utf8: UnsafeBufferPointer<UInt8>) -> String?? {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var start = 0
        while start < utf8.count, utf8[start] == 0x20 { start += 1 }
        var end = start
        while end < utf8.count, utf8[end] != 0x20 { end += 1 }
        var next = end
        while next < utf8.count, utf8[next] == 0x20 { next += 1 }
        guard end > start, next < utf8.count else { return .some(nil) }
        let lowered = utf8[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        return String(decoding: lowered, as: UTF8.self)
    }

    /// Title words that qualify a role rather than name one ("former", "acting"): never linked.
    private static let qualifiers: Set<String> = ["former", "acting", "interim", "senior", "junior", "vice", "prime", "deputy"]

    private static func expandedRole(_ role: String) -> String { roleNouns[role] ?? role }

    private static func words(of name: String) -> [String] {
        name.lowercased().split { !$0.isLetter }.map(String.init)
    }

    /// Whether the resolved name is an organisation: from the entity label when entities ran,
    /// nil when the label and the name disagree (an ORG entity without an organisation word).
    func isOrganisation(_ mention: Mention) -> Bool? {
        guard let entity = entity(overlapping: mention.span) else { return mention.isOrganisation }
        switch entity.label {
        case .person: return false
        case .org: return mention.isOrganisation ? true : nil
        case .gpe, .norp, .loc, .misc: return true
        }
    }

    private mutating func learnGender(of subject: Mention, name: String) {
        guard genders[name] == nil, !subject.isOrganisation else { return }
        if subject.roles.contains(where: { ["mr", "sir", "lord", "king", "prince", "father", "brother"].contains($0) }) {
            genders[name] = .male
            return
        }
        if subject.roles.contains(where: { ["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister"].contains($0) }) {
            genders[name] = .female
            return
        }
        if let first = Self.firstName(of: name), let known = FirstNames.gender(of: first) {
            genders[name] = known
            return
        }
        // Pronouns elsewhere in the sentence are no evidence: "Trump attacked Clinton over her
        // emails" says nothing about Trump.
    }

    private mutating func note(_ mention: Mention, resolved: (name: String, span: Span), followedByVerb: Bool) {
        if !followedByVerb, mention.roles.isEmpty, entity(overlapping: mention.span) == nil,
           !bytes[mention.span.range].contains(0x20), !midSentenceCapitals.contains(mention.head) {
            return
        }
        noteSpeaker(name: resolved.name, span: resolved.span, isOrganisation: isOrganisation(mention))
    }

    /// The entity's canonical name for a name mention when entities ran; else the name as written.
    private mutating func canonical(of mention: Mention) -> (name: String, span: Span) {
        if let index = entityIndex(overlapping: mention.span),
           !(mention.cutFromPlace && entities[index].span.start < mention.span.start) {
            if canonicalNames[index] == nil { canonicalNames[index] = canonical(of: entities[index]) }
            if let known = canonicalNames[index], !known.name.isEmpty { return known }
        }
        return (text(mention.span), mention.span)
    }

    /// An entity's canonical name without stray marks and, for a person, titles; its span trimmed
    /// the same way.
    private func canonical(of entity: Entity) -> (name: String, span: Span) {
        var name = Self.trimmed(entity.canonical)
        var span = trimmedSpan(entity.span)
        if entity.label == .person {
            name = Self.withoutTitles(name)
            // Point at the name inside a titled mention too.
            let written = Self.withoutTitles(text(span))
            if !written.isEmpty, written.utf8.count < span.length, text(span).hasSuffix(written) {
                span = Span(span.end - written.utf8.count, span.end)
            }
        }
        return (name, span)
    }

    /// The best speaker-like entity inside a mention: a person, else an organisation, place or group.
    private func entity(overlapping span: Span) -> Entity? {
        entityIndex(overlapping: span).map { entities[$0] }
    }

    private func entityIndex(overlapping span: Span) -> Int? {
        guard usesEntities, !entities.isEmpty else { return nil }
        var low = 0
        var high = entities.count
        while low < high {
            let mid = (low + high) / 2
            if entities[mid].span.end <= span.start { low = mid + 1 } else { high = mid }
        }
        // Indices, not entity copies: each copy retains the entity's strings.
        var best: Int?
        var bestRank = 0
        var index = low
        while index < entities.count, entities[index].span.start < span.end {
            let entityRank = rank(entities[index].label)
            if entities[index].span.overlaps(span), entityRank > 0, entityRank >= bestRank {
                best = index
                bestRank = entityRank
            }
            index += 1
        }
        return best
    }

    private func rank(_ label: EntityLabel) -> Int {
        switch label {
        case .person: return 4
        case .org: return 3
        case .gpe: return 2
        case .norp: return 1
        case .loc, .misc: return 0
        }
    }

    private func text(_ span: Span) -> String {
        String(decoding: bytes[span.range], as: UTF8.self)
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
