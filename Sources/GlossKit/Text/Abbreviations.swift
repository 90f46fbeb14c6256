/// What a period after an abbreviation means for sentence splitting.
public enum AbbreviationKind: UInt8, Sendable {
    /// A title before a name ("Mr.", "Gov.", "Sen.") or a connective ("vs.", "e.g."): never ends
    /// a sentence.
    case title
    /// Kept with its period only before a number ("No. 5", "Fig. 3", "Vol. 2"); elsewhere the
    /// word and the period are separate tokens.
    case beforeNumber
    /// A month ("Dec. 19"): no sentence end before a number, otherwise like any period.
    case month
    /// A name suffix or a place/company abbreviation ("Inc.", "Jr.", "St.", "Calif."), and by
    /// extension dotted acronyms and initials: ends a sentence only before a clear sentence start.
    case suffix
    /// Usually sentence-final when followed by a capital ("etc."): like any period.
    case ordinary
}

/// Known news abbreviations, looked up on the bytes before the period without allocating.
public enum Abbreviations {
    /// The kind of the abbreviation spelled by `bytes` (without its period), or nil. Entries are
    /// case-sensitive, except that a lowercase entry also matches its capitalised spelling
    /// ("Etc.", "Vs.") and a capitalised entry its all-caps spelling in headlines ("ST.", "GOV.").
    public static func kind(of bytes: some Collection<UInt8>) -> AbbreviationKind? {
        guard let key = ASCIIKey(bytes) else { return nil }
        if let kind = table[key] { return kind }
        guard let first = bytes.first, isUppercase(first) else { return nil }
        if let lowered = ASCIIKey(bytes, casing: .lowercaseFirst), lowercaseEntries.contains(lowered) {
            return table[lowered]
        }
        guard bytes.count >= 2, bytes.allSatisfy({ !isASCIILetter($0) || isUppercase($0) }) else {
            return nil
        }
        if let lowered = ASCIIKey(bytes, casing: .lowercase), lowercaseEntries.contains(lowered) {
            return table[lowered]
        }
        if let capitalised = ASCIIKey(bytes, casing: .capitalise) { return table[capitalised] }
        return nil
    }

    static func kind(_ bytes: UTF8Bytes, _ start: Int, _ end: Int) -> AbbreviationKind? {
        kind(of: UnsafeBufferPointer(rebasing: bytes.base[start..<end]))
    }

    private static let titles = [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Profs", "Gov", "Govs", "Sen",
        "Sens", "Rep", "Reps", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Cdr", "Adm", "Maj",
        "Brig", "Cpl", "Pvt", "Spc", "Rev", "Msgr", "Hon", "Pres", "Supt", "Atty", "Insp", "Det",
        "Amb", "Sec", "Gens", "Lieut", "Mme", "Mlle", "Sra", "vs", "v", "cf", "viz", "e.g",
        "i.e", "approx",
    ]
    private static let beforeNumber = [
        "No", "Nos", "Fig", "Figs", "Vol", "Vols", "Art", "Ch", "pp", "Pt", "Sect", "Ex", "Rte",
        "ca", "est", "Ref",
    ]
    private static let months = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]
    private static let suffixes = [
        "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Jr", "Sr", "Esq", "Assn", "Dept", "Univ", "Inst",
        "Intl", "Mfg", "St", "Ste", "Ave", "Blvd", "Rd", "Hwy", "Mt", "Ft", "Pl", "Sq", "Dist",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
        "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev",
        "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
        "a.m", "p.m", "Ph.D", "al",
    ]
    private static let ordinary = ["etc"]

    private static let table: [ASCIIKey: AbbreviationKind] = {
        var table: [ASCIIKey: AbbreviationKind] = [:]
        let groups: [([String], AbbreviationKind)] = [
            (titles, .title), (beforeNumber, .beforeNumber), (months, .month),
            (suffixes, .suffix), (ordinary, .ordinary),
        ]
        for (words, kind) in groups {
            for word in words {
                if let key = ASCIIKey(Array(word.utf8)) { table[key] = kind }
            }
        }
        return table
    }()

    /// Lowercase entries whose capitalised spelling is the same abbreviation ("Vs.", but not
    /// "Al." for "al.").
    private static let lowercaseEntries: Set<ASCIIKey> = Set(
        (titles + ordinary)
            .filter { $0.first?.isLowercase == true }
            .compactMap { ASCIIKey(Array($0.utf8)) })
}

/// Up to 16 ASCII bytes packed into two integers: a hashable key made without allocating.
struct ASCIIKey: Hashable {
    private var high: UInt64 = 0
    private var low: UInt64 = 0

    enum Casing {
        case exact
        /// "Etc" -> "etc"
        case lowercaseFirst
        /// "GOV" -> "Gov"
        case capitalise
        /// "VS" -> "vs"
        case lowercase
    }

    init?(_ bytes: some Collection<UInt8>, casing: Casing = .exact) {
        guard !bytes.isEmpty, bytes.count <= 16 else { return nil }
        var position = 0
        for var byte in bytes {
            guard byte < 0x80, byte != 0 else { return nil }
            if isUppercase(byte) && (casing == .lowercase
                || (casing == .lowercaseFirst && position == 0) || (casing == .capitalise && position > 0)) {
                byte |= 0x20
            }
            if position < 8 {
                low |= UInt64(byte) << (8 * UInt64(position))
            } else {
                high |= UInt64(byte) << (8 * UInt64(position - 8))
            }
            position += 1
        }
    }
}
