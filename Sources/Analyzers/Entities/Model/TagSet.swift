/// The coarse entity classes the statistical tagger predicts (the CoNLL-2003 classes).
/// Contract labels (PERSON, GPE, NORP, ...) are derived from these afterwards.
enum CoarseLabel: UInt8, CaseIterable, Sendable {
    case person = 0
    case org = 1
    case loc = 2
    case misc = 3

    /// The name used in CoNLL gold data.
    var conllName: String {
        switch self {
        case .person: return "PER"
        case .org: return "ORG"
        case .loc: return "LOC"
        case .misc: return "MISC"
        }
    }

    /// Reads a gold label: CoNLL names or contract names (GPE/FAC count as LOC, NORP as MISC).
    init?(goldName: String) {
        switch goldName {
        case "PER", "PERSON": self = .person
        case "ORG": self = .org
        case "LOC", "GPE", "FAC": self = .loc
        case "MISC", "NORP": self = .misc
        default: return nil
        }
    }
}

/// A BILOU tag: where a token sits in an entity (Begin, Inside, Last, Unit) and the entity's class,
/// or Outside. Encoded as a small integer so weight rows are indexed directly.
struct Tag: Hashable, Sendable {
    enum Position: UInt8 { case begin = 0, inside = 1, last = 2, unit = 3 }

    /// 0 is Outside; 1 + label * 4 + position otherwise.
    let rawValue: UInt8

    static let count = 1 + CoarseLabel.allCases.count * 4
    /// Slots in a score buffer: `count` rounded up so a row loads as SIMD16 + SIMD4.
    static let stride = 20
    static let outside = Tag(rawValue: 0)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ position: Position, _ label: CoarseLabel) {
        rawValue = 1 + label.rawValue * 4 + position.rawValue
    }

    var isOutside: Bool { rawValue == 0 }
    /// This tag's bit in a tag set.
    var bit: UInt32 { 1 << UInt32(rawValue) }
    var label: CoarseLabel? { isOutside ? nil : CoarseLabel(rawValue: (rawValue - 1) / 4) }
    var position: Position? { isOutside ? nil : Position(rawValue: (rawValue - 1) % 4) }

    /// True when an entity is open after this tag (the next tag must continue it).
    var opensEntity: Bool { position == .begin || position == .inside }

    /// Whether `next` may follow this tag in a well-formed BILOU sequence.
    @inline(__always)
    func allows(_ next: Tag) -> Bool {
        Tag.successors[Int(rawValue)] & (1 << UInt32(next.rawValue)) != 0
    }

    /// Per tag, the bit set of tags that may follow it.
    static let successors: [UInt32] = (0..<UInt8(count)).map { raw in
        var bits: UInt32 = 0
        for next in 0..<UInt8(count) where Tag(rawValue: raw).computeAllows(Tag(rawValue: next)) { bits |= 1 << UInt32(next) }
        return bits
    }

    /// Tags a token without letters or digits may take: a quotation mark or a full stop can sit
    /// inside a name ("Douglas & Lomason", "U.S."), never begin or end one.
    static let insideOrOutside: UInt32 = (0..<UInt8(count)).reduce(0) { bits, raw in
        let tag = Tag(rawValue: raw)
        return tag.isOutside || tag.position == .inside ? bits | 1 << UInt32(raw) : bits
    }

    /// Tags that leave a name open (begin, inside), as a bit set.
    static let opening: UInt32 = (0..<UInt8(count)).reduce(0) { bits, raw in
        Tag(rawValue: raw).opensEntity ? bits | 1 << UInt32(raw) : bits
    }

    /// Tags that may end a sentence, as a bit set.
    static let enders: UInt32 = (0..<UInt8(count)).reduce(0) { bits, raw in
        Tag(rawValue: raw).canEndSentence ? bits | 1 << UInt32(raw) : bits
    }

    private func computeAllows(_ next: Tag) -> Bool {
        if opensEntity {
            return next.label == label && (next.position == .inside || next.position == .last)
        }
        return next.isOutside || next.position == .begin || next.position == .unit
    }

    /// Whether this tag may end a sentence (no entity left open).
    var canEndSentence: Bool { !opensEntity }

    static let all: [Tag] = (0..<UInt8(count)).map { Tag(rawValue: $0) }

    /// BILOU tags for an entity of `length` tokens.
    static func tags(forEntityOf length: Int, label: CoarseLabel) -> [Tag] {
        if length == 1 { return [Tag(.unit, label)] }
        return [Tag(.begin, label)] + Array(repeating: Tag(.inside, label), count: length - 2) + [Tag(.last, label)]
    }
}
