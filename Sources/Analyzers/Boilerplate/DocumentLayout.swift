/// Decides which paragraphs of one document are boilerplate from the per-paragraph findings and
/// their places in the document: header and footer zones, lists after a "RELATED:" heading,
/// whole error pages, short leftovers inside a footer block, paragraphs printed twice.
struct DocumentLayout {
    let paragraphs: [ParagraphProfile]
    let findings: [Finding?]

    /// Story text: no rule fired and long enough to be prose rather than a label.
    static let contentWords = 20

    init(paragraphs: [ParagraphProfile]) {
        self.paragraphs = paragraphs
        var findings = paragraphs.map(ParagraphClassifier.finding(for:))
        // A headline opens the text: "Join The Fight? Veterans Divided" is a title, not a call.
        if let first = paragraphs.first, let finding = findings[0], DocumentLayout.isHeadline(first),
           [.subscribeCall, .commentPrompt].contains(finding.reason) {
            findings[0] = nil
        }
        self.findings = findings
    }

    /// Title Case, a few words, no closing full stop.
    static func isHeadline(_ paragraph: ParagraphProfile) -> Bool {
        paragraph.words >= 4 && paragraph.words <= 20 && !paragraph.endsWithFullStop
            && paragraph.capitalisedWords * 10 >= paragraph.words * 7
    }

    /// The reason each paragraph is boilerplate, or nil for content.
    func verdicts() -> [BoilerplateReason?] {
        let count = paragraphs.count
        guard count > 0 else { return [] }
        if let errorPage = wholeErrorPage() { return errorPage }

        let confident = paragraphs.indices.filter { isStoryText($0) }
        let headerEnd = confident.first ?? count
        let footerStart = (confident.last ?? -1) + 1
        var verdicts = [BoilerplateReason?](repeating: nil, count: count)
        for index in 0..<count {
            guard let finding = findings[index] else { continue }
            let applies = switch finding.strength {
            case .strong: true
            case .edge: index < headerEnd || index >= footerStart
            case .footer: index >= footerStart
            }
            if applies { verdicts[index] = finding.reason }
        }
        markRelatedLists(&verdicts)
        markBioAfterHeading(&verdicts)
        markRepeats(&verdicts)
        fillFooterGaps(&verdicts, footerStart: footerStart)
        return verdicts
    }

    private func isStoryText(_ index: Int) -> Bool {
        findings[index] == nil && paragraphs[index].words >= DocumentLayout.contentWords
    }

    /// A document that is an error page ("404 Not Found", "The server can not find the requested
    /// page") with no story text at all is removed whole.
    private func wholeErrorPage() -> [BoilerplateReason?]? {
        var signals = 0
        var words = 0
        for (index, paragraph) in paragraphs.enumerated() {
            words += paragraph.words
            if isStoryText(index) { return nil }
            if paragraph.words <= 30, paragraph.text.containsAny(BoilerplateLexicon.errorPhrases) { signals += 1 }
        }
        let strongSignal = paragraphs.contains { $0.words <= 12 && $0.text.containsAny(BoilerplateLexicon.errorSignatures) }
        guard words <= 150, strongSignal || signals >= 2 else { return nil }
        return Array(repeating: .errorPage, count: paragraphs.count)
    }

    /// Headline-like paragraphs after a related-links or promotion heading ("RELATED:", "You May
    /// Also Like") are the links it introduces.
    private func markRelatedLists(_ verdicts: inout [BoilerplateReason?]) {
        var index = 0
        while index < paragraphs.count {
            defer { index += 1 }
            let heading = paragraphs[index]
            guard let reason = verdicts[index], heading.endsWithColon || heading.words <= 6,
                  reason == .relatedLinks || (reason == .advertisement && heading.text.beginsWithAny(BoilerplateLexicon.promotionListHeadings))
            else { continue }
            var next = index + 1
            while next < paragraphs.count, next - index <= 25, verdicts[next] == nil || verdicts[next] == reason,
                  isLinkTitle(paragraphs[next]) {
                verdicts[next] = reason
                next += 1
            }
            index = next - 1
        }
    }

    /// The paragraph under an "About the author" heading is the bio.
    private func markBioAfterHeading(_ verdicts: inout [BoilerplateReason?]) {
        for index in paragraphs.indices.dropLast() where verdicts[index] == .authorBio && verdicts[index + 1] == nil {
            let heading = paragraphs[index]
            if heading.words <= 6, heading.text.beginsWithAny(BoilerplateLexicon.bioHeadings), paragraphs[index + 1].words <= 150 {
                verdicts[index + 1] = .authorBio
            }
        }
    }

    /// A story title as link lists show it: short, one line, no closing full stop.
    private func isLinkTitle(_ paragraph: ParagraphProfile) -> Bool {
        paragraph.words >= 2 && paragraph.words <= 25 && paragraph.lines <= 2 && !paragraph.endsWithFullStop
            && !paragraph.endsWithColon && !paragraph.isEmbeddedTweet && paragraph.text.sentenceStarts.count <= 1
    }

    /// A sentence-long paragraph printed again in one document is an inserted copy (a widget, a
    /// pull quote), not more story text: later copies go, the first stays, so a pull quote never
    /// costs the story its sentence. Short repeated lines (table headings, a speaker's label) are
    /// left alone.
    private func markRepeats(_ verdicts: inout [BoilerplateReason?]) {
        var printed = Set<UInt64>()
        for (index, paragraph) in paragraphs.enumerated() where paragraph.words >= 8 {
            let isCopy = !printed.insert(RepeatMemory.hash(paragraph.text.bytes, seed: 0)).inserted
            if isCopy, verdicts[index] == nil { verdicts[index] = .repeated }
        }
    }

    /// Inside the footer, up to three short list-like paragraphs between removed ones belong to
    /// the same block (a bio's book list between a contact line and a "become a member" call).
    /// Only blocks that carry lists (bios, bylines, credits, link lists, notices) take them, and
    /// never a sentence that ends with a full stop: "She will be missed." after an ad stays.
    private func fillFooterGaps(_ verdicts: inout [BoilerplateReason?], footerStart: Int) {
        let listBlocks: Set<BoilerplateReason> = [.authorBio, .byline, .sourceCredit, .relatedLinks, .disclaimer]
        func isListLine(_ paragraph: ParagraphProfile) -> Bool {
            paragraph.words <= 20 && (!paragraph.endsWithFullStop || paragraph.words <= 4)
        }
        var index = footerStart
        while index < paragraphs.count {
            guard verdicts[index] == nil, index > 0, let before = verdicts[index - 1], listBlocks.contains(before) else {
                index += 1
                continue
            }
            var end = index
            while end < paragraphs.count, verdicts[end] == nil, isListLine(paragraphs[end]), end - index < 3 { end += 1 }
            if end < paragraphs.count, end > index, verdicts[end] != nil {
                for gap in index..<end { verdicts[gap] = before }
            }
            index = max(end, index + 1)
        }
    }
}
