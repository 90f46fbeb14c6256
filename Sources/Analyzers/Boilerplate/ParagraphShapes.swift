/// The shapes rules look for beyond vocabulary: counts, share bars, bylines, datelines, code.
extension ParagraphClassifier {
    /// A call to action is the whole point of a short paragraph; in a longer one it may close a
    /// story paragraph, so it only counts near the edges, and a long paragraph is story text.
    static func ctaFinding(_ reason: BoilerplateReason, _ paragraph: ParagraphProfile) -> Finding? {
        if paragraph.words <= 25 { return Finding(reason: reason, strength: .strong) }
        if paragraph.words <= ctaWordLimit { return Finding(reason: reason, strength: .edge) }
        return nil
    }

    /// Longer paragraphs are never calls to action.
    static let ctaWordLimit = 60

    /// "36.2k SHARES", "7k shares", "1,204 Shares": a count next to an engagement word, in a
    /// short paragraph, with a k/m suffix or the word in capitals (widget style).
    static func hasEngagementCount(_ paragraph: ParagraphProfile) -> Bool {
        let bytes = paragraph.text.bytes
        let words: [Phrase] = ["shares", "share", "views", "comments", "likes", "reactions"]
        for word in words {
            var offset = 0
            while let found = paragraph.text.firstOccurrence(of: word, from: offset) {
                offset = found + word.bytes.count
                var index = found - 1
                guard index > 0, bytes[index] == 0x20 else { continue }
                index -= 1
                var suffix = false
                if bytes[index] == UInt8(ascii: "k") || bytes[index] == UInt8(ascii: "m") { suffix = true; index -= 1 }
                guard index >= 0, bytes[index] >= 0x30, bytes[index] <= 0x39 else { continue }
                if suffix || paragraph.isMostlyCapitals || paragraph.words <= 3 { return true }
            }
        }
        return false
    }

    /// Words outside HTML tags, template tags ("{% ... %}", "{{ ... }}") and comments.
    static func wordsOutsideCode(_ text: FoldedText) -> Int {
        let bytes = text.bytes
        let closers: [(open: [UInt8], close: [UInt8])] = [
            (Array("{%".utf8), Array("%}".utf8)), (Array("{{".utf8), Array("}}".utf8)),
            (Array("/*".utf8), Array("*/".utf8)), (Array("<".utf8), Array(">".utf8)),
        ]
        func starts(_ token: [UInt8], at index: Int) -> Bool {
            index + token.count <= bytes.count && bytes[index..<(index + token.count)].elementsEqual(token)
        }
        var words = 0
        var inWord = false
        var index = 0
        outer: while index < bytes.count {
            for pair in closers where starts(pair.open, at: index) {
                var end = index + pair.open.count
                while end < bytes.count, !starts(pair.close, at: end) { end += 1 }
                index = end + pair.close.count
                inWord = false
                continue outer
            }
            let isWord = FoldedText.isWordByte(bytes[index])
            if isWord, !inWord { words += 1 }
            inWord = isWord
            index += 1
        }
        return words
    }

    /// Only social-network names and share-widget labels ("Share this: Facebook", "Reddit"),
    /// without the full stop a sentence or a heading in a story would have.
    static func isShareBar(_ text: FoldedText) -> Bool {
        isLabelBar(text, of: Lexicon.shareWidgetWords)
    }

    /// Only labels from `labels`, one after another ("Newer Post Older Post Home"), without the
    /// full stop a sentence would end with.
    static func isLabelBar(_ text: FoldedText, of labels: PhraseSet) -> Bool {
        guard text.bytes.last != UInt8(ascii: ".") || text.bytes.suffix(3).elementsEqual("...".utf8) else { return false }
        var index = text.contentStart
        let end = text.bytes.count
        guard index < end else { return false }
        while index < end {
            guard let phrase = labels.match(in: text, at: index) else { return false }
            index += phrase.bytes.count
            while index < end, !FoldedText.isWordByte(text.bytes[index]) { index += 1 }
        }
        return true
    }

    /// "By Jane Doe", "By JANE DOE | Staff Writer": "by" and a few capitalised words.
    static func isByline(_ paragraph: ParagraphProfile) -> Bool {
        // "By The Numbers: ..." is a headline: a byline has no colon.
        guard paragraph.words >= 2, paragraph.words <= 8, paragraph.text.begins(with: "by"),
              !paragraph.text.bytes.contains(UInt8(ascii: ":")),
              !paragraph.endsWithFullStop || paragraph.words <= 4 else { return false }
        return paragraph.capitalisedWords >= paragraph.words - 1
    }

    /// A photo caption closes with its credit: "... in Washington. (AP Photo/Evan Vucci)".
    static func endsWithPhotoCredit(_ text: FoldedText) -> Bool {
        let bytes = text.bytes
        guard let close = bytes.lastIndex(of: UInt8(ascii: ")")), close >= bytes.count - 2,
              let open = bytes[..<close].lastIndex(of: UInt8(ascii: "(")), close - open < 80 else { return false }
        let credit = FoldedText(folded: Array(bytes[(open + 1)..<close]))
        return credit.beginsWithAny(Lexicon.imageCreditOpenings)
            || (credit.containsAny(Lexicon.imageCreditPhrases) && credit.bytes.contains(UInt8(ascii: "/")))
    }

    /// "Published: Sept. 28, 2016 9:12 AM EDT | Updated: ...": labels, dates and times only,
    /// with a label or a single month or weekday (a table heading has several).
    static func isDateline(_ paragraph: ParagraphProfile) -> Bool {
        guard paragraph.words >= 2, paragraph.words <= 16, paragraph.lines == 1 else { return false }
        let bytes = paragraph.text.bytes
        var index = 0
        var numbers = 0
        var labels = 0
        var calendarWords = 0
        while index < bytes.count {
            guard FoldedText.isWordByte(bytes[index]) else { index += 1; continue }
            var end = index
            while end < bytes.count, FoldedText.isWordByte(bytes[end]) { end += 1 }
            let word = Array(bytes[index..<end])
            index = end
            if let first = word.first, first >= 0x30, first <= 0x39 {
                numbers += 1  // "2016", "28th", "9"
            } else if Lexicon.datelineLabels.contains(word) {
                labels += 1
            } else if Lexicon.calendarWords.contains(word) {
                calendarWords += 1
            } else if !Lexicon.clockWords.contains(word) {
                return false
            }
        }
        return numbers > 0 && (labels > 0 || calendarWords == 1)
    }

    /// A bio opens with its subject's name: "Jane Doe is a ...", "Jane Doe writes ...".
    static func opensWithName(_ paragraph: ParagraphProfile) -> Bool {
        guard paragraph.opensWithName else { return false }
        for verb: Phrase in ["is a", "is an", "is the", "writes", "has written", "has been", "lives"] {
            guard let found = paragraph.text.firstOccurrence(of: verb, from: 0), found < 40 else { continue }
            return true
        }
        return false
    }

    /// Reported speech without quotation marks ("Join the fight, he told the crowd"): a call to
    /// action there is the story's, not the site's.
    static func reportsSpeech(_ paragraph: ParagraphProfile) -> Bool {
        paragraph.unquoted.containsAny(Lexicon.speechVerbs)
    }

    /// "Copyright 2016 ...", "Copyright © ...", "Copyright (c) ...": the word, then a year or a sign.
    /// A headline such as "Copyright Fight Over Rally Song" is not one.
    static func isCopyrightLine(_ text: FoldedText) -> Bool {
        guard text.begins(with: "copyright") else { return false }
        let after = text.contentStart + "copyright".utf8.count
        guard after + 1 < text.bytes.count, text.bytes[after] == 0x20 else { return false }
        let next = text.bytes[after + 1]
        return (next >= 0x30 && next <= 0x39) || next == UInt8(ascii: "(") || next == 0xC2
    }

    /// "Home » Politics » Elections": menu items joined by separators.
    static func isBreadcrumb(_ text: FoldedText) -> Bool {
        // Pipes also join a headline's parts ("Trump | Clinton | The Final Debate"): it takes more of them.
        text.occurrences(of: ["\u{BB}", "\u{203A}", " > "]) >= 2 || text.occurrences(of: [" | "]) >= 3
    }

    /// A label with no value: "Region: ,", "Tags: |".
    static func isEmptyField(_ paragraph: ParagraphProfile) -> Bool {
        let bytes = paragraph.text.bytes
        guard paragraph.words <= 3, let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon + 1 < bytes.count else { return false }
        let rest = bytes[(colon + 1)...]
        return !rest.contains(where: FoldedText.isWordByte) && rest.contains { $0 != 0x20 }
    }

    /// A heading printed twice by the scraper ("Seth Rich Seth Rich").
    static func isRepeatedTitle(_ paragraph: ParagraphProfile) -> Bool {
        let bytes = paragraph.text.bytes
        guard paragraph.words >= 2, paragraph.words <= 16, paragraph.words % 2 == 0, bytes.count % 2 == 1 else { return false }
        let half = bytes.count / 2
        return bytes[half] == 0x20 && bytes[..<half].elementsEqual(bytes[(half + 1)...])
    }
}
