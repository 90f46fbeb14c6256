/// Why a paragraph was judged boilerplate: the `reason` of its `removed` record.
enum BoilerplateReason: String, Sendable, CaseIterable {
    /// Share counts and buttons, "share this", "like this page", lists of social networks.
    case sharePrompt = "share-prompt"
    /// "Advertisement - story continues below", sponsored and "popular video" inserts.
    case advertisement
    /// "Featured image via ...", photo credits.
    case imageCredit = "image-credit"
    /// "RELATED:", "Read more", "PREVIOUS COVERAGE" and the link titles that follow them.
    case relatedLinks = "related-links"
    /// "About the author", "X is a contributor to ...", author contact lines.
    case authorBio = "author-bio"
    /// "By Jane Doe", "Articles by: ...".
    case byline
    /// "Source: X", "h/t X", "Originally published at ..." standing alone.
    case sourceCredit = "source-credit"
    /// Legal, fair-use, copyright, "views expressed" and satire notices.
    case disclaimer
    /// Newsletter, donation, petition and membership calls.
    case subscribeCall = "subscribe-call"
    /// "Share your thoughts!", "Leave us a comment", "Comments".
    case commentPrompt = "comment-prompt"
    /// A whole "404 Not Found" or "access denied" page instead of an article.
    case errorPage = "error-page"
    /// Template code, shortcodes, bare links, rules of dashes: text that is not language.
    case markup
    /// Site navigation and notices: "Loading...", empty "Region: ," fields, translation menus.
    case siteChrome = "site-chrome"
    /// The same paragraph more than once in a document, or across documents of one source.
    case repeated
    /// A user's `patterns` option matched.
    case pattern
}
