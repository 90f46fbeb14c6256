/// How sure a rule is that a paragraph is boilerplate.
enum FindingStrength: Sendable {
    /// Remove wherever the paragraph stands.
    case strong
    /// Remove only in the header or footer zone (before the first or after the last paragraph
    /// of plain story text); in the middle of a story the same words are kept.
    case edge
}

/// One rule's verdict on one paragraph.
struct Finding: Sendable {
    let reason: BoilerplateReason
    let strength: FindingStrength
}

/// Judges one paragraph on its own, family by family. Context (zones, "RELATED:" runs, whole
/// error pages, repeats) is applied afterwards by `DocumentLayout`.
enum ParagraphClassifier {
    typealias Lexicon = BoilerplateLexicon

    static func finding(for paragraph: ParagraphProfile) -> Finding? {
        let text = paragraph.text
        if let markup = markupFinding(paragraph) { return markup }
        if isDateline(paragraph) { return Finding(reason: .byline, strength: .edge) }
        // A follow line the scraper wrapped in quotation marks: "Follow Jane Doe on Twitter @jdoe."
        if paragraph.opensWithQuote, paragraph.words <= 15, text.contains("@"), text.begins(with: "follow"),
           text.containsAny(Lexicon.socialNetworkPlaces) {
            return Finding(reason: .sharePrompt, strength: .strong)
        }
        // The newsroom's own notes, quotes and tweets the story discusses are content.
        if text.beginsWithAny(Lexicon.editorialOpenings) || text.containsAny(Lexicon.editorialPhrases)
            || paragraph.isEmbeddedTweet || paragraph.opensWithQuote {
            return nil
        }
        let families: [(ParagraphProfile) -> Finding?] = [
            shareFinding, commentFinding, advertisementFinding, creditFinding, relatedFinding,
            subscribeFinding, authorFinding, disclaimerFinding, chromeFinding,
        ]
        for family in families {
            if let finding = family(paragraph) { return finding }
        }
        return nil
    }

    /// Template code, shortcodes, bare links and lines of punctuation.
    static func markupFinding(_ paragraph: ParagraphProfile) -> Finding? {
        let text = paragraph.text
        if paragraph.hasNoWords { return Finding(reason: .markup, strength: .strong) }
        // Code with hardly a word outside its tags and comments; a tweet the scraper left in
        // tags ("<tweet ...>The blue arrow is Warren.</tweet>") still has its words.
        if text.count(of: Lexicon.codeTokens) >= 2, wordsOutsideCode(text) * 5 < max(15, paragraph.words) {
            return Finding(reason: .markup, strength: .strong)
        }
        if text.bytes.first == UInt8(ascii: "["), text.bytes.last == UInt8(ascii: "]"),
           paragraph.urls > 0 || text.beginsWithAny(Lexicon.shortcodeNames) {
            return Finding(reason: .markup, strength: .strong)
        }
        if !text.bytes.contains(0x20), paragraph.urls > 0 || text.contains(".com/") || text.contains(".org/") {
            return Finding(reason: .markup, strength: .strong)
        }
        return nil
    }

    static func shareFinding(_ paragraph: ParagraphProfile) -> Finding? {
        let text = paragraph.unquoted
        if paragraph.words <= 30, hasEngagementCount(paragraph) { return Finding(reason: .sharePrompt, strength: .strong) }
        if paragraph.words <= 12, isShareBar(paragraph.text) { return Finding(reason: .sharePrompt, strength: .strong) }
        if text.containsAny(Lexicon.sharePhrases) || text.anySentenceBegins(withAny: Lexicon.shareImperatives) {
            return ctaFinding(.sharePrompt, paragraph)
        }
        // "Follow Jane Doe on Twitter at @jdoe", "You can follow him on Facebook".
        if paragraph.words <= 25, text.containsAny(Lexicon.socialNetworkPlaces),
           text.anySentenceBegins(withAny: Lexicon.followImperatives) || text.containsAny(Lexicon.followInvitations) {
            return Finding(reason: .sharePrompt, strength: .strong)
        }
        return nil
    }

    static func commentFinding(_ paragraph: ParagraphProfile) -> Finding? {
        let text = paragraph.unquoted
        if text.containsAny(Lexicon.commentPhrases) { return ctaFinding(.commentPrompt, paragraph) }
        if paragraph.words <= 40, text.containsAny(Lexicon.discussionPhrases) {
            return Finding(reason: .commentPrompt, strength: .edge)
        }
        if text.anySentenceBegins(withAny: Lexicon.commentImperatives) { return ctaFinding(.commentPrompt, paragraph) }
        if paragraph.words <= 20, paragraph.finalMark == UInt8(ascii: "?"), text.beginsWithAny(Lexicon.readerQuestions) {
            return Finding(reason: .commentPrompt, strength: .edge)
        }
        return nil
    }

    static func advertisementFinding(_ paragraph: ParagraphProfile) -> Finding? {
        let text = paragraph.text
        if text.beginsWithAny(Lexicon.advertisementOpenings) { return Finding(reason: .advertisement, strength: .strong) }
        if paragraph.words <= 8, text.containsAny(Lexicon.advertisementPhrases) {
            return Finding(reason: .advertisement, strength: .strong)
        }
        return nil
    }

    /// Image credits and stand-alone source credits.
    static func creditFinding(_ paragraph: ParagraphProfile) -> Finding? {
        let text = paragraph.text
        if paragraph.words <= 30, text.beginsWithAny(Lexicon.imageCreditOpenings) {
            return Finding(reason: .imageCredit, strength: .strong)
        }
        if paragraph.words <= 12, !paragraph.endsWithFullStop || paragraph.words <= 6, text.containsAny(Lexicon.imageCreditPhrases) {
            return Finding(reason: .imageCredit, strength: .strong)
        }
        if paragraph.words <= 80, endsWithPhotoCredit(text) { return Finding(reason: .imageCredit, strength: .strong) }
        if paragraph.words <= 40, text.beginsWithAny(Lexicon.sourceCreditOpenings) || text.contains("appeared first on") {
            return Finding(reason: .sourceCredit, strength: .strong)
        }
        // "Source", "Via Fox News": a short credit line without a sentence's full stop.
        if paragraph.words <= 6, !paragraph.endsWithFullStop, text.isExactlyAny(Lexicon.sourceLabels) || text.begins(with: "via") {
            return Finding(reason: .sourceCredit, strength: text.begins(with: "via") ? .edge : .strong)
        }
        return nil
    }

    static func relatedFinding(_ paragraph: ParagraphProfile) -> Finding? {
        if paragraph.words <= 25, paragraph.text.beginsWithAny(Lexicon.relatedOpenings) {
            return Finding(reason: .relatedLinks, strength: .strong)
        }
        // "[Trump campaign shakes up staff]": a bracketed story title between paragraphs.
        let bytes = paragraph.text.bytes
        if paragraph.words >= 3, paragraph.words <= 30, bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]"),
           !bytes.dropFirst().contains(UInt8(ascii: "[")) {
            return Finding(reason: .relatedLinks, strength: .strong)
        }
        // "Read the full report at example.com", "Watch more at example.com".
        if paragraph.words <= 15, paragraph.domains + paragraph.urls > 0, paragraph.text.beginsWithAny(Lexicon.linkPromotionVerbs) {
            return Finding(reason: .relatedLinks, strength: .strong)
        }
        return nil
    }

    static func subscribeFinding(_ paragraph: ParagraphProfile) -> Finding? {
        let text = paragraph.unquoted
        if text.containsAny(Lexicon.subscribePhrases) { return ctaFinding(.subscribeCall, paragraph) }
        if text.anySentenceBegins(withAny: Lexicon.subscribeImperatives) {
            return ctaFinding(.subscribeCall, paragraph)
        }
        return nil
    }

    /// Bylines, author bios and contact lines.
    static func authorFinding(_ paragraph: ParagraphProfile) -> Finding? {
        let text = paragraph.unquoted
        if paragraph.words <= 6, text.isExactlyAny(Lexicon.bioHeadings) { return Finding(reason: .authorBio, strength: .strong) }
        if paragraph.words <= 30, text.containsAny(Lexicon.contactPhrases) { return Finding(reason: .authorBio, strength: .strong) }
        if paragraph.words <= 15, text.beginsWithAny(Lexicon.bylineOpenings) {
            return Finding(reason: .byline, strength: .strong)
        }
        if paragraph.words <= 20, text.containsAny(Lexicon.contributionCredits) { return Finding(reason: .byline, strength: .strong) }
        if isByline(paragraph) { return Finding(reason: .byline, strength: .edge) }
        let roles = text.count(of: Lexicon.bioRoles)
        let contacts = text.count(of: Lexicon.bioContacts)
        let links = paragraph.emails + paragraph.urls
        if paragraph.words <= 150,
           (roles >= 1 && opensWithName(paragraph)) || roles + contacts >= 2 || (contacts >= 1 && links > 0) {
            return Finding(reason: .authorBio, strength: .edge)
        }
        if paragraph.words <= 15, links > 0 { return Finding(reason: .authorBio, strength: .edge) }
        return nil
    }

    static func disclaimerFinding(_ paragraph: ParagraphProfile) -> Finding? {
        let text = paragraph.text
        let legal = text.count(of: Lexicon.legalPhrases)
        if text.beginsWithAny(Lexicon.noticeOpenings) { return Finding(reason: .disclaimer, strength: .strong) }
        // "Copyright 2016 ...", "Disclaimer ...", "The views expressed ...": a notice when the
        // legal vocabulary follows; a story may begin a paragraph the same way.
        if text.beginsWithAny(Lexicon.disclaimerOpenings), legal >= 2 || (paragraph.words <= 20 && hasYear(text)) {
            return Finding(reason: .disclaimer, strength: .strong)
        }
        let selfReference = paragraph.unquoted.containsAny(Lexicon.siteSelfReferences)
        if legal >= 3 || (legal >= 2 && selfReference) || (legal >= 1 && paragraph.emails > 0) {
            return Finding(reason: .disclaimer, strength: .edge)
        }
        return nil
    }

    /// Menus, loaders, taxonomy fields, notices about the site itself.
    static func chromeFinding(_ paragraph: ParagraphProfile) -> Finding? {
        let text = paragraph.text
        // A label, not a heading or a sentence: no single full stop at the end ("Loading..." is a label).
        let isLabel = !paragraph.endsWithFullStop || text.bytes.suffix(3).elementsEqual("...".utf8)
        if paragraph.words <= 5, isLabel {
            if text.isExactlyAny(Lexicon.commentLabels) {
                return Finding(reason: .commentPrompt, strength: .strong)
            }
            if text.isExactlyAny(Lexicon.chromeLabels) { return Finding(reason: .siteChrome, strength: .strong) }
        }
        if paragraph.words <= 20, text.beginsWithAny(Lexicon.taxonomyOpenings) { return Finding(reason: .siteChrome, strength: .strong) }
        if isEmptyField(paragraph) { return Finding(reason: .siteChrome, strength: .strong) }
        if paragraph.words <= 15, isBreadcrumb(text) { return Finding(reason: .siteChrome, strength: .edge) }
        let navigation = paragraph.unquoted.count(of: Lexicon.navigationPhrases)
        let selfReference = paragraph.unquoted.containsAny(Lexicon.siteSelfReferences)
        if paragraph.words <= 60, navigation >= 3 { return Finding(reason: .siteChrome, strength: .strong) }
        if paragraph.words <= 60, navigation >= 2 || (navigation >= 1 && selfReference) {
            return Finding(reason: .siteChrome, strength: .edge)
        }
        // The site addressing its reader about itself ("anyone who believes a story on this website").
        if paragraph.words <= 40, selfReference, paragraph.unquoted.containsAny(Lexicon.readerAddress) {
            return Finding(reason: .siteChrome, strength: .edge)
        }
        if paragraph.words <= 60, paragraph.unquoted.containsAny(Lexicon.platformPhrases) {
            return Finding(reason: .siteChrome, strength: .strong)
        }
        if paragraph.words <= 25, paragraph.unquoted.containsAny(Lexicon.pageCounterPhrases) {
            return Finding(reason: .siteChrome, strength: .strong)
        }
        let webTech = paragraph.unquoted.count(of: Lexicon.webTechPhrases)
        if paragraph.words <= 40, webTech >= 3 { return Finding(reason: .siteChrome, strength: .strong) }
        if paragraph.words <= 40, webTech >= 2 || (webTech >= 1 && paragraph.unquoted.containsAny(Lexicon.readerAddress)) {
            return Finding(reason: .siteChrome, strength: .edge)
        }
        if isRepeatedTitle(paragraph) { return Finding(reason: .siteChrome, strength: .edge) }
        return nil
    }

    // MARK: Shapes

    /// A call to action is the whole point of a short paragraph; in a longer one it may close a
    /// story paragraph, so it only counts near the edges, and a long paragraph is story text.
    static func ctaFinding(_ reason: BoilerplateReason, _ paragraph: ParagraphProfile) -> Finding? {
        if paragraph.words <= 25 { return Finding(reason: reason, strength: .strong) }
        if paragraph.words <= 60 { return Finding(reason: reason, strength: .edge) }
        return nil
    }

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
        guard text.bytes.last != UInt8(ascii: ".") else { return false }
        var index = text.contentStart
        let end = text.bytes.count
        guard index < end else { return false }
        while index < end {
            guard let phrase = Lexicon.shareWidgetWords.match(in: text, at: index) else { return false }
            index += phrase.bytes.count
            while index < end, !FoldedText.isWordByte(text.bytes[index]) { index += 1 }
        }
        return true
    }

    /// "By Jane Doe", "By JANE DOE | Staff Writer": "by" and a few capitalised words.
    static func isByline(_ paragraph: ParagraphProfile) -> Bool {
        guard paragraph.words >= 2, paragraph.words <= 8, paragraph.text.begins(with: "by"),
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
        let text = paragraph.text
        for verb: Phrase in ["is a", "is an", "is the", "writes", "has written", "has been", "lives"] {
            guard let found = text.firstOccurrence(of: verb, from: 0), found < 40 else { continue }
            return true
        }
        return false
    }

    /// A four-digit year ("Copyright 2016", "© 2020").
    static func hasYear(_ text: FoldedText) -> Bool {
        var run = 0
        for byte in text.bytes {
            if byte >= 0x30 && byte <= 0x39 { run += 1 } else { if run == 4 { return true }; run = 0 }
        }
        return run == 4
    }

    /// "Home » Politics » Elections": menu items joined by separators.
    static func isBreadcrumb(_ text: FoldedText) -> Bool {
        let separators: [Phrase] = ["\u{BB}", "\u{203A}", " > ", " | "]
        var total = 0
        for separator in separators {
            var offset = 0
            while let found = text.firstOccurrence(of: separator, from: offset) {
                total += 1
                offset = found + separator.bytes.count
            }
        }
        return total >= 2
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
