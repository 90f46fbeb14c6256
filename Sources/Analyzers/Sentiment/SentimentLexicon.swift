import Foundation
import GlossKit

/// The word table the scorer reads: the bundled VADER lexicon, the project's news lexicon and
/// idioms, the grammar words, and optionally a user's lexicon file on top.
enum SentimentLexicon {
    /// The built-in table, loaded once per process; an error when the bundled lexicon cannot
    /// be read, so that a broken installation fails loudly instead of scoring everything 0.
    static let builtIn: Result<WordTable, AnalyzerSetupError> = {
        guard let url = Bundle.module.url(forResource: "vader_lexicon", withExtension: "tsv"),
              let data = try? Data(contentsOf: url) else {
            return .failure(AnalyzerSetupError("the bundled sentiment lexicon (vader_lexicon.tsv) is missing"))
        }
        var table = WordTable()
        do {
            for (word, valence) in try parseEntries(Array(data), file: "vader_lexicon.tsv") {
                setValence(word, valence, in: &table)
            }
        } catch let error as AnalyzerSetupError {
            return .failure(error)
        } catch {
            return .failure(AnalyzerSetupError("\(error)"))
        }
        for (word, valence) in NewsLexicon.entries { setValence(Array(word.utf8), valence, in: &table) }
        for (phrase, valence) in Idioms.entries { setValence(Array(phrase.utf8), valence, in: &table) }
        addGrammarWords(to: &table)
        return .success(table)
    }()

    /// The built-in table with the entries of a user's lexicon file added or overriding.
    static func table(addingFile path: String) throws -> WordTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AnalyzerSetupError("cannot read lexicon file '\(path)'", option: "lexicon")
        }
        var table = try builtIn.get()
        for (word, valence) in try parseEntries(Array(data), file: path) {
            setValence(word, valence, in: &table)
        }
        return table
    }

    /// Parses "word<TAB>valence[<TAB>anything]" lines; blank lines and lines starting with "#"
    /// are skipped. Words are lowercased except emoticons (entries with no letter-only shape).
    /// A malformed line is an error naming the file and line.
    static func parseEntries(_ bytes: [UInt8], file: String) throws -> [([UInt8], Float)] {
        var entries: [([UInt8], Float)] = []
        var lineNumber = 0
        for rawLine in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine[...]
            if line.last == 0x0D { line = line.dropLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            let word = fields.first.map { trimSpaces($0) } ?? []
            let valueText = fields.count > 1 ? String(decoding: trimSpaces(fields[1]), as: UTF8.self) : ""
            guard fields.count >= 2, !word.isEmpty else {
                throw AnalyzerSetupError("\(file):\(lineNumber): expected 'word<TAB>valence'", option: "lexicon")
            }
            guard let valence = Float(valueText), valence.isFinite, abs(valence) <= 4 else {
                throw AnalyzerSetupError(
                    "\(file):\(lineNumber): valence '\(valueText)' is not a number in -4...4", option: "lexicon")
            }
            entries.append((lowercasedIfWord(word), valence))
        }
        return entries
    }

    private static func trimSpaces(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var slice = bytes
        while let first = slice.first, first == 0x20 { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 { slice = slice.dropLast() }
        return Array(slice)
    }

    /// Emoticons such as ":D" keep their case; words are matched lowercased.
    private static func lowercasedIfWord(_ word: [UInt8]) -> [UInt8] {
        let hasLetter = word.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        let isEmoticon = word.contains { $0 < 0x80 && !isLetter($0) && $0 != UInt8(ascii: "'")
            && $0 != UInt8(ascii: "-") && $0 != 0x20 }
        guard hasLetter, !isEmoticon else { return word }
        return word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x7A
    }

    private static func setValence(_ word: [UInt8], _ valence: Float, in table: inout WordTable) {
        table.update(word) {
            $0.valence = valence
            $0.hasValence = valence != 0
        }
        if let space = word.firstIndex(of: 0x20) {
            let words = word.count(where: { $0 == 0x20 }) + 1
            table.update(Array(word[..<space])) {
                $0.roles.insert(.phraseStart)
                if words < 8 { $0.phraseLengths |= UInt8(1 << words) }
            }
        }
    }

    private static func addGrammarWords(to table: inout WordTable) {
        for word in GrammarWords.negators { table.update(word) { $0.roles.insert(.negator) } }
        for (word, boost) in GrammarWords.modifiers { table.update(word) { $0.boost = boost } }
        for word in GrammarWords.contrasts { table.update(word) { $0.roles.insert(.contrast) } }
        for word in GrammarWords.concessions { table.update(word) { $0.roles.insert(.concession) } }
        for word in GrammarWords.likeSubjects { table.update(word) { $0.roles.insert(.likeSubject) } }
        for word in GrammarWords.determiners { table.update(word) { $0.roles.insert(.determiner) } }
        for word in GrammarWords.comparisonCues { table.update(word) { $0.roles.insert(.likeComparison) } }
        table.update("least") { $0.roles.insert(.least) }
        table.update("never") { $0.roles.insert(.never) }
        for word in ["so", "this", "such"] { table.update(word) { $0.roles.insert(.neverIntensifier) } }
        for word in ["kind", "sort"] { table.update(word) { $0.roles.insert(.hedgeNoun) } }
        table.update("of") { $0.roles.insert(.of) }
        table.update("like") { $0.roles.insert(.like) }
        for word in ["if", "unless", "whether"] { table.update(word) { $0.roles.insert(.conditional) } }
    }
}
