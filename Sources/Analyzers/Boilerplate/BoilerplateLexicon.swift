/// The vocabulary of site and scraper additions, one list per rule family. Phrases are matched on
/// folded text (lowercase, plain quotes) with word boundaries; see `FoldedText`.
///
/// The lists name what sites say to their readers (calls to action, credits, notices), never
/// outlets, so that they carry over to sites the analyzer has not seen.
enum BoilerplateLexicon {
    // MARK: Sharing and following

    /// Phrases that only a share widget or a share request uses.
    static let sharePhrases: PhraseSet = [
        "share this story", "share this article", "share this post", "share this page", "share this:",
        "share on facebook", "share on twitter", "share to facebook", "share to twitter",
        "click the share", "use the share buttons", "share buttons above", "share buttons below",
        "forward this article", "forward this email", "crosspost on", "cross-post this", "share if you",
        "share with your friends", "shares share", "like us on facebook", "follow us on", "like this page",
        "like our page", "like our facebook", "don't forget to share", "don't forget to like",
        "don't forget to follow", "share this article now", "click to share", "opens in new window",
        "share this with your", "please share this", "please like and share", "like and share",
        "sharing this article", "sharing this post", "sharing this story", "help spread the word",
    ]

    /// Sentence-initial imperatives asking the reader to share, like or follow.
    static let shareImperatives: PhraseSet = [
        "share this", "share it", "share if", "share on", "share with", "share now", "share via",
        "please share", "like this page", "like this post", "like this article", "like this story",
        "like us", "like our page", "like our facebook", "please like", "follow us", "follow me",
        "please follow", "retweet", "please retweet", "pin this", "and like this", "and share this",
        "spread the word", "tweet this", "email this", "print this",
    ]

    /// Where a reader is asked to follow someone.
    static let socialNetworkPlaces: PhraseSet = [
        "on twitter", "on facebook", "on instagram", "on telegram", "on gab", "on parler",
        "on youtube", "on truth social", "on tiktok", "on linkedin", "on gettr", "on rumble",
    ]

    static let followImperatives: PhraseSet = ["follow", "like us", "subscribe", "join us", "find us", "connect with"]

    static let followInvitations: PhraseSet = [
        "you can follow", "be sure to follow", "make sure to follow", "don't forget to follow",
        "follow him", "follow her", "follow them", "follow the author",
    ]

    /// Social networks and share-widget labels; a paragraph made only of these is a share bar.
    static let shareWidgetWords: PhraseSet = [
        "facebook", "twitter", "reddit", "google", "google+", "pinterest", "linkedin", "whatsapp",
        "tumblr", "email", "e-mail", "print", "telegram", "pocket", "stumbleupon", "flipboard",
        "messenger", "sms", "copy link", "more", "share", "tweet", "share this", "share on", "digg",
        "vk", "mix", "parler", "gab", "gettr", "truth social", "pin", "like", "follow", "youtube",
        "instagram", "rss", "subscribe", "print friendly", "pdf",
    ]

    // MARK: Comments

    static let commentPhrases: PhraseSet = [
        "share your thoughts", "leave a comment", "leave us a comment", "leave your comment",
        "leave your comments", "leave your thoughts", "let us know what you think",
        "let us know in the comments", "let us know your thoughts", "let us know what you thought",
        "tell us what you think", "tell us in the comments", "in the comments below",
        "in the comment section", "in the comments section", "comment below", "post your comments", "comments are closed", "leave a reply", "post a comment",
        "add a comment", "view comments", "show comments", "comment policy", "our comment",
        "to post a comment", "article commenting", "suspending commenting", "commenting is closed",
        "commenting has been disabled",
    ]

    /// Sentence-initial requests for the reader's opinion.
    static let commentImperatives: PhraseSet = ["comment on", "tell us", "let us know"]

    /// Invitations to discuss that a story may also report; only near the edges.
    static let discussionPhrases: PhraseSet = [
        "join the discussion", "join the conversation", "we want to hear from you", "sound off",
        "weigh in below", "have your say",
    ]

    /// Questions put to the reader at the end of a story; only a short closing question counts.
    static let readerQuestions: PhraseSet = [
        "what do you think", "do you think", "do you agree", "what are your thoughts",
        "do you believe", "what's your take", "how do you feel",
    ]

    // MARK: Subscriptions, donations, petitions

    static let subscribePhrases: PhraseSet = [
        "our newsletter", "delivered to your inbox", "in your inbox", "to your inbox",
        "unsubscribe at any time", "we respect your privacy", "support independent journalism",
        "reader-supported", "donate now", "add your name", "enter your email", "your email address",
        "free newsletter", "support our work", "please donate", "join our mailing list", "our mailing list",
        "download our app", "get our app", "subscribe to continue", "subscribers only",
        "already a subscriber", "subscribe to our", "become a member of our", "support our journalism",
        "notify me of", "required fields are marked", "thank you for subscribing", "invalid email",
        "we have more newsletters", "privacy notice", "by email subscribe",
    ]

    static let subscribeVerb: PhraseSet = ["subscribe", "please subscribe"]

    /// What a reader is asked to subscribe to; "Subscribe to the idea that ..." is not a call.
    static let subscriptionObjects: PhraseSet = [
        "newsletter", "newsletters", "email", "e-mail", "alerts", "channel", "podcast", "feed", "updates",
        "free", "rss", "mailing list", "digest", "briefing", "magazine", "membership",
    ]

    /// Sentence-initial imperatives of calls to act.
    static let subscribeImperatives: PhraseSet = [
        "subscribe now", "subscribe today", "subscribe for", "subscribe here", "subscribe and",
        "subscribe to our", "sign up", "join us", "join our", "join the", "donate", "add your name",
        "sign the petition", "sign our petition", "sign this petition", "become a member",
        "become a patron", "become a subscriber", "support us", "support our", "please support",
        "please donate", "click here", "click to", "click on", "tap here", "download our",
        "download the", "get our", "get the latest", "get breaking", "don't miss", "make a donation",
        "chip in", "help us", "enter your email", "register now", "register for", "don't forget to",
        "please consider", "consider supporting", "get a free", "get your free", "make sure to follow", "visit our", "check out our",
        "stay informed", "stay up to date", "get updates", "listen to our", "watch our", "click for more",
    ]

    // MARK: Advertising

    /// A paragraph that begins with one of these is an inserted advertisement or promotion.
    static let advertisementOpenings: PhraseSet = [
        "advertisement -", "advertisement:", "advertisement story continues", "ad -", "ad:",
        "sponsored content", "sponsored:", "sponsored links", "sponsored stories", "promoted content",
        "promoted stories", "promoted links", "paid content", "paid post", "popular video",
        "recommended video", "trending video", "story continues below", "article continues below",
        "continue reading below", "story continues after", "report this ad", "ads by", "adchoices",
        "ad choices", "special offer", "limited time offer", "exclusive offer", "shop now", "buy now",
    ]

    /// Headings of promotion boxes; a sentence may begin the same way ("We recommend that ..."),
    /// so only a short line without a full stop counts.
    static let advertisementHeadings: PhraseSet = [
        "you may also like", "you might also like", "you may like", "you might like",
        "from around the web", "around the web", "we recommend", "recommended for you", "recommended by",
        "featured video",
    ]

    /// Headings of promoted-link boxes; the titles under them are promotions too.
    static let promotionListHeadings: PhraseSet = [
        "you may also like", "you might also like", "you may like", "recommended", "from around the web",
        "around the web", "we recommend", "more from", "promoted stories", "promoted links",
        "sponsored stories", "sponsored links", "popular", "trending", "most popular",
    ]

    /// Short paragraphs containing these are advertisement slots.
    static let advertisementPhrases: PhraseSet = [
        "advertisement", "continues below", "continues after advertisement", "story continues",
        "sponsored", "advertising", "ad blocker", "adblock",
    ]
}
