/// How sure a rule is that a paragraph is boilerplate.
enum FindingStrength: Sendable {
    /// Remove wherever the paragraph stands.
    case strong
    /// Remove only in the header or footer zone (before the first or after the last paragraph
    /// of plain story text); in the middle of a story the same words are kept.
    case edge
    /// Remove only in the footer zone: a closing question to the reader is a prompt, the same
    /// question as a headline is the story's.
    case footer
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
        if paragraph.words <= 12, text.containsAny(Lexicon.errorSignatures) { return Finding(reason: .errorPage, strength: .strong) }
        if isDateline(paragraph) { return Finding(reason: .byline, strength: .edge) }
        // "Note: This article is satire." A labelled notice, even where "Note:" would mark an editor's note.
        if paragraph.words <= 60, text.beginsWithAny(Lexicon.noticeLabels), text.count(of: Lexicon.legalPhrases) >= 1 {
            return Finding(reason: .disclaimer, strength: .strong)
        }
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
        // Calls to action and notices in reported speech are the story's.
        let speech = reportsSpeech(paragraph)
        let families: [(ParagraphProfile) -> Finding?] = speech
            ? [advertisementFinding, creditFinding, relatedFinding, authorFinding, chromeFinding]
            : [shareFinding, commentFinding, advertisementFinding, creditFinding, relatedFinding,
               subscribeFinding, authorFinding, disclaimerFinding, chromeFinding]
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
        guard paragraph.words <= ctaWordLimit else { return nil }
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
        guard paragraph.words <= ctaWordLimit else { return nil }
        let text = paragraph.unquoted
        if text.containsAny(Lexicon.commentPhrases) { return ctaFinding(.commentPrompt, paragraph) }
        if paragraph.words <= 40, text.containsAny(Lexicon.discussionPhrases) {
            return Finding(reason: .commentPrompt, strength: .footer)
        }
        if text.anySentenceBegins(withAny: Lexicon.commentImperatives) { return ctaFinding(.commentPrompt, paragraph) }
        if paragraph.words <= 20, paragraph.finalMark == UInt8(ascii: "?"), text.beginsWithAny(Lexicon.readerQuestions) {
            return Finding(reason: .commentPrompt, strength: .footer)
        }
        return nil
    }

    static func advertisementFinding(_ paragraph: ParagraphProfile) -> Finding? {
        let text = paragraph.text
        if text.beginsWithAny(Lexicon.advertisementOpenings) { return Finding(reason: .advertisement, strength: .strong) }
        if paragraph.words <= 6, !paragraph.endsWithFullStop, text.beginsWithAny(Lexicon.advertisementHeadings) {
            return Finding(reason: .advertisement, strength: .strong)
        }
        if paragraph.words <= 5, text.containsAny(Lexicon.advertisementPhrases) {
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
        // "Source: Breitbart" credits a name; "Source: Trump to name Pence as running mate" is a headline.
        if text.beginsWithAny(Lexicon.sourceLabels), paragraph.words > 6, paragraph.domains + paragraph.urls == 0 { return nil }
        if paragraph.words <= 40, text.beginsWithAny(Lexicon.sourceCreditOpenings) || text.contains("appeared first on") {
            return Finding(reason: .sourceCredit, strength: .strong)
        }
        // "This article (...) was originally published on Example and is republished here."
        if paragraph.words <= 50, text.containsAny(Lexicon.republicationPhrases), text.containsAny(Lexicon.republicationObjects) {
            return Finding(reason: .sourceCredit, strength: .strong)
        }
        // "Source", "Via Fox News": a short credit line without a sentence's full stop.
        if paragraph.words <= 6, !paragraph.endsWithFullStop, text.isExactlyAny(Lexicon.sourceLabels) || text.begins(with: "via") {
            return Finding(reason: .sourceCredit, strength: text.begins(with: "via") ? .edge : .strong)
        }
        return nil
    }

    static func relatedFinding(_ paragraph: ParagraphProfile) -> Finding? {
        // A link title has no closing full stop; "More: the governor also vetoed ..." is a sentence.
        if paragraph.words <= 25, !paragraph.endsWithFullStop || paragraph.words <= 5, paragraph.text.beginsWithAny(Lexicon.relatedOpenings) {
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
        guard paragraph.words <= ctaWordLimit else { return nil }
        let text = paragraph.unquoted
        if text.containsAny(Lexicon.subscribePhrases) { return ctaFinding(.subscribeCall, paragraph) }
        if text.anySentenceBegins(withAny: Lexicon.subscribeImperatives) {
            return ctaFinding(.subscribeCall, paragraph)
        }
        if text.anySentenceBegins(withAny: Lexicon.subscribeVerb), text.containsAny(Lexicon.subscriptionObjects) {
            return ctaFinding(.subscribeCall, paragraph)
        }
        return nil
    }

    /// Bylines, author bios and contact lines.
    static func authorFinding(_ paragraph: ParagraphProfile) -> Finding? {
        let text = paragraph.unquoted
        if paragraph.words <= 6, text.isExactlyAny(Lexicon.bioHeadings) { return Finding(reason: .authorBio, strength: .strong) }
        if paragraph.words <= 30, text.containsAny(Lexicon.contactPhrases)
            || (!reportsSpeech(paragraph) && text.anySentenceBegins(withAny: Lexicon.contactImperatives)) {
            return Finding(reason: .authorBio, strength: .strong)
        }
        // "Reporting by Jane Doe; Editing by John Roe": names, or no sentence's full stop.
        if paragraph.words <= 15, text.beginsWithAny(Lexicon.bylineOpenings),
           !paragraph.endsWithFullStop || text.bytes.first == UInt8(ascii: "(") || paragraph.capitalisedWords + 3 >= paragraph.words {
            return Finding(reason: .byline, strength: .strong)
        }
        if paragraph.words <= 20, text.containsAny(Lexicon.contributionCredits) { return Finding(reason: .byline, strength: .strong) }
        if isByline(paragraph) { return Finding(reason: .byline, strength: .edge) }
        guard paragraph.words <= 150 else { return nil }
        let roles = text.count(of: Lexicon.bioRoles)
        let contacts = text.count(of: Lexicon.bioContacts)
        let links = paragraph.emails + paragraph.urls
        if (roles >= 1 && opensWithName(paragraph)) || roles + contacts >= 2 || (contacts >= 1 && links > 0) {
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
        if text.beginsWithAny(Lexicon.disclaimerOpenings), legal >= 2 || (paragraph.words <= 20 && isCopyrightLine(text)) {
            return Finding(reason: .disclaimer, strength: .strong)
        }
        let selfReference = paragraph.unquoted.containsAny(Lexicon.siteSelfReferences)
        if paragraph.words <= 40, paragraph.unquoted.containsAny(Lexicon.satireNotices) {
            return Finding(reason: .disclaimer, strength: .edge)
        }
        if legal >= 3 || (legal >= 2 && selfReference) || (legal >= 1 && paragraph.emails > 0) {
            return Finding(reason: .disclaimer, strength: .edge)
        }
        return nil
    }

    /// Menus, loaders, taxonomy fields, notices about the site itself.
    static func chromeFinding(_ paragraph: ParagraphProfile) -> Finding? {
        guard paragraph.words <= 60 else { return nil }
        let text = paragraph.text
        // A label, not a heading or a sentence: no single full stop at the end ("Loading..." is a label).
        let isLabel = !paragraph.endsWithFullStop || text.bytes.suffix(3).elementsEqual("...".utf8)
        if paragraph.words <= 5, isLabel {
            if text.isExactlyAny(Lexicon.commentLabels) {
                return Finding(reason: .commentPrompt, strength: .strong)
            }
            if text.isExactlyAny(Lexicon.chromeLabels) { return Finding(reason: .siteChrome, strength: .strong) }
        }
        if paragraph.words <= 12, isLabelBar(text, of: Lexicon.chromeLabels) { return Finding(reason: .siteChrome, strength: .strong) }
        if paragraph.words <= 20, !paragraph.endsWithFullStop, text.beginsWithAny(Lexicon.taxonomyOpenings) {
            return Finding(reason: .siteChrome, strength: .strong)
        }
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
}
