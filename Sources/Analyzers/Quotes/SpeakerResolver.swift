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
        /// For an unresolved "he" or "she": a later pronoun of the other gender looks past it.
        var gender: Gender?
    }

    private struct RoleLink {
        var role: String
        var position: Int
        var name: String
        var span: Span
    }

    private typealias Gender = FirstNames.Gender

    private let names: EntityNames
    /// What the text says about a name's gender (an honorific, a pronoun in the sentence the
    /// name is the subject of), so that "she said" does not go back to a man.
    private var genders: [String: Gender] = [:]
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
        self.names = EntityNames(entities: entities, bytes: bytes)
        self.bytes = bytes
        self.canonicalNames = Array(repeating: nil, count: names.entities.count)
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

    /// Records a resolved speaker as the most recent referent at its position; `gender` for a
    /// pronoun that stayed unresolved.
    mutating func noteSpeaker(name: String?, span: Span, isOrganisation: Bool?, gender: FirstNames.Gender? = nil) {
        let referent = Referent(position: span.start, name: name, span: span, isOrganisation: isOrganisation, gender: gender)
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
            let wanted = mention.pronounGender
            let candidate = referents.last {
                $0.position < mention.span.start && mention.span.start - $0.position <= Self.pronounReach
                    && ($0.isOrganisation == nil || $0.isOrganisation == wantsOrganisation)
                    && (wanted == nil || ($0.gender ?? $0.name.flatMap { genders[$0] }).map { $0 == wanted } ?? true)
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

    /// Title words that qualify a role rather than name one ("former", "acting"): never linked.
    private static let qualifiers: Set<String> = ["former", "acting", "interim", "senior", "junior", "vice", "prime", "deputy"]

    private static func expandedRole(_ role: String) -> String { roleNouns[role] ?? role }

    private static func words(of name: String) -> [String] {
        name.lowercased().split { !$0.isLetter }.map(String.init)
    }

    /// Whether the resolved name is an organisation: from the entity label when entities ran,
    /// nil when the label and the name disagree (an ORG entity without an organisation word).
    func isOrganisation(_ mention: Mention) -> Bool? {
        guard let label = names.label(overlapping: mention.span) else { return mention.isOrganisation }
        switch label {
        case .person: return false
        case .org: return mention.isOrganisation ? true : nil
        case .gpe, .norp, .loc, .misc: return true
        }
    }

    private mutating func learnGender(of subject: Mention, name: String) {
        guard genders[name] == nil, !subject.isOrganisation else { return }
        if let said = subject.roles.lazy.compactMap(FirstNames.gender(ofHonorific:)).first {
            genders[name] = said
            return
        }
        if let known = FirstNames.gender(ofName: name) {
            genders[name] = known
            return
        }
        // Pronouns elsewhere in the sentence are no evidence: "Trump attacked Clinton over her
        // emails" says nothing about Trump.
    }

    private mutating func note(_ mention: Mention, resolved: (name: String, span: Span), followedByVerb: Bool) {
        if !followedByVerb, mention.roles.isEmpty, names.index(overlapping: mention.span) == nil,
           !bytes[mention.span.range].contains(0x20), !midSentenceCapitals.contains(mention.head) {
            return
        }
        noteSpeaker(name: resolved.name, span: resolved.span, isOrganisation: isOrganisation(mention))
    }

    /// The entity's canonical name for a name mention when entities ran (see `EntityNames` for
    /// when it is trusted); else the name as written.
    private mutating func canonical(of mention: Mention) -> (name: String, span: Span) {
        if let index = names.index(overlapping: mention.span), !entityCutsName(names.entities[index].span, of: mention) {
            if canonicalNames[index] == nil { canonicalNames[index] = names.speakerName(of: index) }
            if let known = canonicalNames[index], !known.name.isEmpty { return known }
        }
        return (text(mention.span), mention.span)
    }

    /// The entity marks another stretch than the name as written: it runs a place cut off the
    /// front into the name ("envoy to Washington Cui Tiankai"), or covers only part of an
    /// organisation's name ("Commission" or "Presidential Debates" in "Commission on Presidential
    /// Debates", a person "Clinton" in "Clinton Foundation").
    private func entityCutsName(_ entity: Span, of mention: Mention) -> Bool {
        if mention.cutFromPlace, entity.start < mention.span.start { return true }
        return mention.isOrganisation && !entity.contains(mention.span)
    }

    private func text(_ span: Span) -> String {
        String(decoding: bytes[span.range], as: UTF8.self)
    }
}
