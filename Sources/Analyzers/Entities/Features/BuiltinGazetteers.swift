import Foundation

/// The name lists shipped with the analyzer (Resources/gazetteers), written for the project as
/// plain facts. They serve twice: as tagger features, and to refine the tagger's coarse classes
/// into contract labels (a LOC that is a country is a GPE, a MISC that is a nationality a NORP).
enum GazetteerList: Int, CaseIterable, Sendable {
    case country = 0
    case province
    case city
    case place
    case nationality
    case group
    case personName
    case title
    case organisation

    var fileName: String {
        switch self {
        case .country: return "countries"
        case .province: return "provinces"
        case .city: return "cities"
        case .place: return "places"
        case .nationality: return "nationalities"
        case .group: return "groups"
        case .personName: return "person-names"
        case .title: return "titles"
        case .organisation: return "organisations"
        }
    }

    var bit: UInt32 { 1 << UInt32(rawValue) }

    /// Countries, states and cities: geopolitical entities.
    static let politicalBits = GazetteerList.country.bit | GazetteerList.province.bit | GazetteerList.city.bit
    /// Nationalities, religions and political groups.
    static let groupBits = GazetteerList.nationality.bit | GazetteerList.group.bit
}

enum BuiltinGazetteers {
    /// All built-in lists in one table, loaded once per process.
    static let table: PhraseTable = {
        var table = PhraseTable()
        for list in GazetteerList.allCases {
            guard let url = Bundle.module.url(forResource: list.fileName, withExtension: "txt", subdirectory: "gazetteers"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else {
                // A missing resource is a packaging bug; tagging still works without the hints.
                continue
            }
            table.insertLines(of: text, bits: list.bit)
        }
        return table
    }()
}
