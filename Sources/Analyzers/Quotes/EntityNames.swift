import GlossKit

/// The entities step's output as speaker resolution reads it: which entity a mention is, and the
/// name that entity gives the speaker.
///
/// The entity step links a mention to the longest name in the document that contains its words,
/// so its canonical name can be a longer phrase that merely holds the name (a headline, a ticker,
/// two people sharing a family name). The canonical name is the speaker's name only when it can
/// name the same one:
/// - it is written like a name: words, initials and hyphens, no symbols ("Warren.$WFC" is not);
/// - a person's canonical name ends with the mention's family name, or starts with a mention
///   that is a lone first name ("Donald Trump Is Right" or "Trump vs. Clinton" is not
///   "Donald Trump"; "Hillary" may be "Hillary Clinton");
/// - an organisation's or place's canonical name holds the mention's last word or spells it as
///   an acronym ("the Times" -> "New York Times", "DNC" -> "Democratic National Committee");
/// - no mention it stands for carries an honorific of the other sex than its first name
///   ("Mr. Obama" linked to "Michelle Obama": two people with one family name).
///
/// Otherwise the entity's name is the mention as written.
///
/// Per-document state: built on the stack for each document, never shared.
struct EntityNames {
    /// The entities, in text order, inside the text.
    let entities: [Entity]
    private let usesEntities: Bool
    private let bytes: [UInt8]
    /// Person canonical names that some short mention of them contradicts by its honorific.
    private let mergedPeople: Set<String>

    init(entities: [Entity]?, bytes: [UInt8]) {
        // Entities come from another step: keep only spans that fit the current text.
        let given = entities ?? []
        // The entities step writes them in text order and within the text: then no copy is needed.
        let fits = given.allSatisfy { $0.span.end <= bytes.count }
        let ordered = zip(given, given.dropFirst()).allSatisfy { !($1.span < $0.span) }
        self.entities = fits && ordered ? given : given.filter { $0.span.end <= bytes.count }.sorted { $0.span < $1.span }
        self.usesEntities = entities != nil
        self.bytes = bytes
        self.mergedPeople = Self.mergedPeople(in: self.entities, bytes: bytes)
    }

    /// The best speaker-like entity inside a span: a person, else an organisation, place or group.
    func index(overlapping span: Span) -> Int? {
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
            let entityRank = Self.rank(entities[index].label)
            if entities[index].span.overlaps(span), entityRank > 0, entityRank >= bestRank {
                best = index
                bestRank = entityRank
            }
            index += 1
        }
        return best
    }

    /// The entity's name for a speaker, without stray marks and, for a person, titles, and the
    /// span of the mention trimmed the same way: the canonical name where it fits the mention
    /// (see the type's rules), the mention as written otherwise.
    func speakerName(of index: Int) -> (name: String, span: Span) {
        let entity = entities[index]
        var span = WrittenName.trimmed(entity.span, in: bytes) ?? entity.span
        var written = text(span)
        if entity.label == .person {
            // Point at the name inside a titled mention too.
            let withoutTitles = WrittenName.withoutTitles(written)
            if !withoutTitles.isEmpty, withoutTitles.utf8.count < span.length, written.hasSuffix(withoutTitles) {
                span = Span(span.end - withoutTitles.utf8.count, span.end)
                written = withoutTitles
            }
        }
        var canonical = WrittenName.trimmed(entity.canonical)
        if entity.label == .person { canonical = WrittenName.withoutTitles(canonical) }
        guard canonical != written else { return (written, span) }
        let fits = entity.label == .person
            ? WrittenName.personCanonical(canonical, fits: written) && !mergedPeople.contains(entity.canonical)
            : WrittenName.organisationCanonical(canonical, fits: written)
        return (fits ? canonical : written, span)
    }

    /// The entity's label, when the span holds one.
    func label(overlapping span: Span) -> EntityLabel? {
        index(overlapping: span).map { entities[$0].label }
    }

    /// Canonical person names that one of their shorter mentions contradicts: the honorific
    /// before it ("Mr.", "Mrs.") says one sex, the canonical first name the other.
    private static func mergedPeople(in entities: [Entity], bytes: [UInt8]) -> Set<String> {
        var merged: Set<String> = []
        for entity in entities where entity.label == .person && entity.text != entity.canonical {
            guard let honorific = honorific(before: entity.span.start, in: bytes),
                  let said = FirstNames.gender(ofHonorific: honorific),
                  let named = FirstNames.gender(ofName: WrittenName.withoutTitles(WrittenName.trimmed(entity.canonical))),
                  said != named else { continue }
            merged.insert(entity.canonical)
        }
        return merged
    }

    /// The lower-cased ASCII word right before `offset`, past spaces and one period ("mr" in "Mr. Obama").
    private static func honorific(before offset: Int, in bytes: [UInt8]) -> String? {
        var end = offset
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        if end > 0, bytes[end - 1] == 0x2E { end -= 1 }
        var start = end
        while start > 0, end - start < 8, UTF8Scalar.isLetterOrDigit(UInt32(bytes[start - 1])), bytes[start - 1] < 0x80 { start -= 1 }
        guard start < end, end - start <= 8 else { return nil }
        return String(decoding: bytes[start..<end].map { $0 | 0x20 }, as: UTF8.self)
    }

    private static func rank(_ label: EntityLabel) -> Int {
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
