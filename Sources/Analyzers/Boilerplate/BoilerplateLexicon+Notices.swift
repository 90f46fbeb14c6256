/// Lexicon lists of credits, links, authors, notices, site chrome, error pages and the signals
/// that mark story text; see `BoilerplateLexicon`.
extension BoilerplateLexicon {
    // MARK: Credits

    static let imageCreditOpenings: PhraseSet = [
        "featured image", "feature image", "featured photo", "featured img", "image via", "image:",
        "images:", "image credit", "image credits", "image source", "photo:", "photos:",
        "photo credit", "photo credits", "photo by", "photo via", "photo source", "picture:",
        "pictured:", "screenshot via", "screenshot from", "screen capture", "screengrab",
        "screen grab", "video screenshot", "header image", "top image", "lead image", "cover image",
        "credit:", "credits:", "photograph:", "photograph by", "file photo", "ap photo", "reuters/",
        "image courtesy", "photo courtesy", "pictured above", "pictured:", "courtesy of", "main image",
        "front page image", "top photo", "image copyright", "image caption", "caption:", "embed from getty", "file - in this",
        "file- in this", "file photo -", "photo illustration", "illustration:", "illustration by",
        "graphic:",
    ]

    /// Agency and archive names that appear in photo credits.
    static let imageCreditPhrases: PhraseSet = [
        "getty images", "/getty", "getty/", "/ap", "ap photo", "shutterstock", "wikimedia commons",
        "creative commons", "flickr", "/reuters", "/afp", "afp/", "via youtube", "screen capture",
        "screenshot", "screengrab", "istock", "istockphoto", "public domain", "via twitter",
        "via facebook", "via instagram", "via wikimedia", "dreamstime", "alamy", "pixabay",
        "unsplash", "cc by", "cc-by",
    ]

    /// "Source: X", "h/t X", "Originally published at ..." standing alone.
    static let sourceCreditOpenings: PhraseSet = [
        "source:", "sources:", "source -", "source link", "source (", "via:", "h/t", "hat tip",
        "original story by", "original article by", "originally published", "originally appeared",
        "originally posted", "this article originally", "this article first", "this story originally",
        "this story first", "this post originally", "this post first", "this article was originally",
        "this article appeared", "this article was first", "republished with permission",
        "reprinted with permission", "republished from", "reprinted from", "cross-posted from",
        "crossposted from", "read the original", "first published", "published with permission",
        "article source:", "story source:", "sources include", "a version of this article appears",
        "a version of this story appears", "the post appeared first", "sources for this article",
        "a version of this", "originally posted to",
    ]

    // MARK: Related links

    /// Headings that introduce a list of links to other stories.
    static let relatedOpenings: PhraseSet = [
        "related:", "related articles", "related article", "related stories", "related story",
        "related posts", "related post", "related coverage", "related content", "related reading",
        "related news", "related links", "related video", "related videos", "read related",
        "read more:", "read more", "read also", "also read", "see also", "also see", "more:",
        "more on this", "more stories", "more coverage", "previous coverage", "earlier coverage",
        "full coverage", "recommended:", "recommended reading", "recommended stories",
        "further reading", "trending:", "trending now", "trending stories", "don't miss:",
        "must read", "must-read", "click here to read", "read the rest",
        "continue reading", "keep reading", "more from", "more news", "top stories", "popular posts",
        "most popular", "most read", "you may have missed",
        "what to read next", "next:", "previous:", "next article", "previous article",
        "next story", "previous story", "also on",
        "next post", "previous post", "see more", "more like this",
    ]

    /// Openings of a line that sends the reader to another page at a named site.
    static let linkPromotionVerbs: PhraseSet = [
        "watch more", "watch the full", "read the full", "read more at", "read it at", "more at",
        "visit", "go to", "see more at", "find out more", "learn more", "listen at", "listen to the full",
        "check out", "full story at", "full story:", "read the rest", "read the original",
    ]

    // MARK: Authors

    /// Labels that open a byline; a bare "By Jane Doe" is recognised by its shape.
    static let bylineOpenings: PhraseSet = [
        "posted by", "written by", "author:", "authors:", "authored by", "articles by", "posts by",
        "reporting by", "additional reporting by", "compiled by", "edited by", "editing by",
        "story by", "words by", "contributed by", "published by", "posted on", "published on",
        "updated on", "last updated", "staff writer", "staff report", "contributor:", "columnist:",
    ]

    /// A republication note: how the piece came here ...
    static let republicationPhrases: PhraseSet = [
        "originally published", "originally appeared", "first appeared", "first published", "republished",
        "reprinted", "cross-posted", "crossposted",
    ]

    /// ... and its reference to the piece or the permission.
    static let republicationObjects: PhraseSet = [
        "this article", "this story", "this post", "this piece", "this essay", "this op-ed",
        "republished here", "with permission", "creative commons", "under a",
    ]

    /// Agency and colleague credits that close wire stories.
    static let contributionCredits: PhraseSet = [
        "contributed to this report", "contributed to this story", "contributed to this article",
        "contributed reporting", "contributed additional reporting", "contributed to this post",
    ]

    static let bioHeadings: PhraseSet = [
        "about the author", "about the authors", "author bio", "about me", "about the writer",
        "about this author", "the author", "author's bio", "more about the author",
    ]

    /// What a bio says its subject does.
    static let bioRoles: PhraseSet = [
        "is a contributor", "is a regular contributor", "is a frequent contributor",
        "is a contributing", "is a writer", "is a freelance", "is a columnist", "is a journalist",
        "is a research associate", "is a senior fellow", "is a reporter", "is a correspondent",
        "is a blogger", "is an author", "is the author of", "is a staff writer", "is an independent journalist",
        "is an independent writer", "writes for", "writes about", "has written for", "contributing editor", "is a political commentator", "is a political analyst",
        "is a freelance writer", "is a guest author", "is a guest writer",
    ]

    /// How a bio says to reach or read its subject.
    static let bioContacts: PhraseSet = [
        "his new book", "her new book", "his latest book", "her latest book", "follow him on",
        "follow her on", "follow him at", "follow her at", "can be reached at", "can be reached",
        "can be contacted", "you can reach", "visit his", "visit her", "visit my", "his blog",
        "her blog", "my website", "my blog", "is available at", "his website is", "her website is",
        "email him", "email her", "find him on", "find her on",
    ]

    static let contactPhrases: PhraseSet = [
        "contact:", "contact at", "have a tip", "got a news tip", "for media inquiries", "media inquiries",
        "press inquiries", "media contact", "email:", "e-mail:", "send tips", "got a tip", "tips:",
        "reach us at", "visit my website", "visit our website", "phone:", "tel:", "fax:",
    ]

    /// Contact requests that a story may report ("did not contact us"): only as imperatives.
    static let contactImperatives: PhraseSet = [
        "contact us", "contact me", "email us", "email me", "write to us", "reach me", "reach us",
    ]

    // MARK: Legal notices

    /// A paragraph that opens with one of these is a notice, whatever follows.
    static let noticeOpenings: PhraseSet = [
        "disclaimer:", "disclaimer -", "\u{A9}", "(c) 19", "(c) 20", "all rights reserved",
        "this article is satire", "this is a satire", "satire:", "legal notice:", "terms of use:",
        "this material may not be", "this article may not be", "this story is satire",
        "this website is satire", "this site is satire", "fair use notice", "fair use:",
        "this site contains copyrighted", "this website contains copyrighted",
        "this article contains copyrighted", "this is a satirical", "this article is a work of",
        "this post may contain", "this article may contain", "this page may contain",
        "we use cookies",
    ]

    /// Labels that open a notice when legal vocabulary follows ("Notice: This article is satire").
    static let noticeLabels: PhraseSet = ["notice:", "note:", "warning:", "important:", "legal:", "attention:"]

    /// A site describing itself as satire or fiction.
    static let satireNotices: PhraseSet = [
        "is a satirical", "satirical website", "satire website", "parody website", "entertainment website",
        "satirical news", "for entertainment purposes only", "is satire", "work of satire", "work of fiction",
        "purely coincidental", "satirical nature", "fictional nature",
    ]

    /// Openings that begin notices and, less often, story paragraphs: a notice needs legal
    /// vocabulary after them.
    static let disclaimerOpenings: PhraseSet = [
        "disclaimer", "the views expressed", "views expressed", "the opinions expressed",
        "opinions expressed", "the views and opinions", "the opinions and views", "copyright",
        "legal notice", "terms of use", "terms of service", "privacy policy", "notice:",
        "the content of this", "the contents of this", "the information contained",
        "the information provided", "any views or opinions", "opinions are those", "note:",
        "content created by", "this article", "this website", "this site",
    ]

    /// Legal vocabulary; a notice has several of these, a story mentioning one has one.
    static let legalPhrases: PhraseSet = [
        "do not necessarily reflect", "does not necessarily reflect", "not necessarily",
        "sole responsibility", "solely those of", "solely the", "fair use", "copyrighted material",
        "copyright owner", "copyright holder", "all rights reserved", "satire", "satirical",
        "parody", "entertainment purposes", "not responsible for", "will not be responsible",
        "not be held responsible", "without permission", "without express", "rebroadcast",
        "redistributed", "terms of service", "privacy policy", "endorsed by", "endorsement",
        "views expressed", "opinions expressed", "for educational purposes", "research and educational",
        "prior written", "reproduced", "republish", "cross-post", "copyright", "liability",
        "accuracy of", "inaccurate or incorrect", "fictional", "fiction", "not to be taken",
        "legal advice", "financial advice", "medical advice", "affiliate", "commission",
        "those of the author", "of the author", "the author's own", "are their own", "are his own",
        "are her own", "contributors", "work of satire", "work of fiction", "do not reflect", "does not reflect",
        "do not represent", "official policy", "position of", "licensing", "syndication",
        "without charge", "use is subject to", "our terms", "personal consumption", "may not be distributed",
        "property of", "broadcast, rewritten", "rewritten or redistributed", "may not be published",
    ]

    // MARK: Site navigation and notices

    /// Paragraphs that are only one of these are menu items, widget labels or loaders.
    static let chromeLabels: PhraseSet = [
        "loading", "loading...", "menu", "search", "home", "skip to content", "skip to main content",
        "close", "toggle navigation", "advertisement", "advertisements", "sponsored", "print",
        "email", "share", "tweet", "next", "previous", "back to top", "log in", "login", "sign in",
        "sign up", "register", "subscribe", "newsletter", "listen", "play", "view gallery",
        "view slideshow", "enlarge this image", "toggle caption", "hide caption", "click to enlarge",
        "open in new window", "tags", "topics", "categories", "filed under", "related", "comments",
        "comment", "show comments", "view comments", "leave a comment", "read more", "continue reading",
        "more", "photo", "photos", "video", "videos", "watch video", "play video", "audio",
        "click here", "popular", "trending", "latest", "top stories", "breaking news", "ad",
        "report an error", "print article", "email article", "reprints", "permalink", "embed",
        "follow", "like", "share this", "facebook", "twitter", "image", "gallery", "slideshow",
        "0 comments", "no comments", "be the first to comment", "javascript is disabled",
        "next story", "previous story", "also on", "share this article", "print this article", "advertise",
        "thanks for reading", "thank you for reading", "post navigation", "skip to comments", "listen to this article", "get short url",
        "newer post", "older post", "newer posts", "older posts", "facebook comments", "disqus comments", "comments powered by disqus", "like this:", "like loading",
        "story highlights", "just watched", "must watch", "replay", "more videos", "view the discussion thread",
        "mobile alerts", "breaking news alerts", "sign up for alerts",
    ]

    /// Labels of taxonomy fields ("Tags: ...", "Region: ,").
    static let taxonomyOpenings: PhraseSet = [
        "tags:", "tag:", "topics:", "topic:", "categories:", "category:", "filed under", "posted in",
        "region:", "theme:", "section:", "keywords:", "labels:", "subjects:", "subject:", "posted under",
    ]

    /// Words about the site's own pages and menus.
    static let navigationPhrases: PhraseSet = [
        "drop down menu", "drop-down menu", "dropdown menu", "top banner", "home page", "homepage",
        "desktop version", "mobile version", "translate website", "sidebar", "navigation bar",
        "menu bar", "our app", "the app", "scroll down", "scroll up", "click on", "click the",
        "mobile app", "page refresh", "refresh the page",
    ]

    /// The site speaking of itself.
    static let siteSelfReferences: PhraseSet = [
        "this website", "this site", "our website", "our site", "this blog", "our blog",
        "our home page", "our homepage", "our page", "our facebook page",
        "our facebook", "our twitter", "our readers", "our newsletter", "our articles",
        "our youtube channel", "our youtube", "our channel", "our team", "our app", "our community",
        "our stories", "our content", "our reporting", "our website's", "our original content",
    ]

    /// Web machinery a reader of a story never needs to be told about.
    static let webTechPhrases: PhraseSet = [
        "javascript", "your browser", "cookies", "stylesheet", "this module", "css", "html",
        "ad blocker", "adblock", "whitelist", "plugin", "widget", "cache", "font family",
        "the template", "this template", "enable", "disable your", "media playback", "your device",
        "unsupported on",
    ]

    // MARK: Error pages

    static let errorPhrases: PhraseSet = [
        "404 not found", "not found", "page not found", "error 404", "404 error", "the requested page",
        "the requested url", "requested page", "this page doesn't exist", "this page does not exist",
        "page you are looking for", "page you were looking for", "page you requested",
        "403 forbidden", "forbidden", "access denied", "500 internal server error",
        "internal server error", "error screen", "webmaster", "bad gateway", "service unavailable",
        "checking your browser", "are you a robot", "captcha", "enable javascript and cookies",
        "server can not find", "server cannot find", "could not be found", "cannot be found",
        "no longer available", "has been removed", "page has moved", "(port 80)", "port 80",
        "can't be found", "oops!", "something went wrong", "permission to access", "on this server",
        "ddos protection", "ray id", "your browser will redirect", "please allow up to", "attention required",
        "one more step", "complete the security check", "security check to access", "please turn javascript on",
    ]

    /// Text of video, social and comment platforms that a scraper picked up with the page
    /// (Twitter's location prompt, a video player's messages).
    static let platformPhrases: PhraseSet = [
        "tweet with a location", "add location information to your tweets", "tweet location history",
        "add this tweet to your website", "embed this tweet", "copy link to tweet", "never miss a moment",
        "log in to twitter", "sign up for twitter", "when autoplay is enabled", "autoplay is enabled",
        "rating is available when the video has been rented", "this feature is not available right now",
        "the interactive transcript could not be loaded", "please try again later", "see more of",
        "log in or create an account", "to watch this video", "video will start in", "your video will begin",
        "bookmark the permalink", "this entry was posted", "like loading", "skip ad", "this video is unavailable", "this video is no longer available", "video unavailable",
    ]

    /// Phrases only an error page uses; one of them in a short paragraph is enough.
    static let errorSignatures: PhraseSet = [
        "404 not found", "page not found", "error 404", "404 error", "403 forbidden",
        "500 internal server error", "server can not find", "server cannot find", "the requested page",
        "the requested url", "error screen", "this page doesn't exist", "this page does not exist",
        "page you are looking for", "page you were looking for", "that page can't be found", "access denied",
        "ddos protection by", "checking your browser before accessing",
    ]

    // MARK: Content signals

    /// Openings that make a paragraph the newsroom's own words about the story: always content.
    static let editorialOpenings: PhraseSet = [
        "editor's note", "editors note", "editor's note:", "correction:", "correction", "clarification:",
        "update:", "updated:", "note:", "ed. note", "ed note",
    ]

    /// Words that attribute speech; a paragraph with one reports what someone said.
    static let speechVerbs: PhraseSet = [
        "said", "says", "told", "asked", "wrote", "tweeted", "texted", "urged", "pleaded", "added",
        "replied", "shouted", "declared", "insisted", "according to", "explained", "warned", "recalled",
        "joked", "chanted", "yelled", "announced",
    ]

    /// First words that are not names.
    static let pronounsAndArticles: Set<[UInt8]> = Set([
        "he", "she", "they", "it", "this", "that", "these", "those", "the", "a", "an", "we", "i", "his",
        "her", "their", "our", "its", "you", "my",
    ].map { Array($0.utf8) })

    /// Newsroom promises about the story itself ("We will update this story"): content.
    static let editorialPhrases: PhraseSet = [
        "developing story", "will update this", "will be updated", "has been updated",
        "keep you updated", "keep you posted", "we'll update", "we will update", "updated to reflect",
        "updated to include", "this story has been corrected", "an earlier version of this",
    ]

    /// Months and weekdays, as words of a dateline.
    static let calendarWords: Set<[UInt8]> = Set([
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    ].map { Array($0.utf8) })

    /// Clock and connecting words a dateline may hold.
    static let clockWords: Set<[UInt8]> = Set([
        "on", "at", "am", "pm", "a", "m", "p", "et", "edt", "est", "ct", "cdt", "cst", "pt", "pdt", "pst",
        "mt", "gmt", "utc", "bst", "cet", "time", "hours", "hour", "minutes", "days", "day", "min",
    ].map { Array($0.utf8) })

    /// Words that make a run of dates a dateline.
    static let datelineLabels: Set<[UInt8]> = Set(["published", "updated", "posted", "last", "date", "ago", "read"].map { Array($0.utf8) })

    /// Visit and view counters ("Visited 1,234 times, 5 visits today").
    static let pageCounterPhrases: PhraseSet = [
        "visits today", "views today", "times, 1 visits", "people are reading", "min read", "minute read",
    ]

    static let monthNames: PhraseSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
    ]

    /// Code that leaked from a template: a paragraph with several of these is markup.
    static let codeTokens: PhraseSet = [
        "{%", "%}", "{{", "}}", "/*", "*/", "<div", "<script", "</", "/>", "function(", "function (",
        "var ", "=\"", "\":", "px;", "});", "();", "<a href", "<img", "<p>", "<br", "&nbsp;", "#{",
        "px\"", "!important", "font-family", "background-color",
    ]

    /// Whole-paragraph comment widgets.
    static let commentLabels: PhraseSet = [
        "comments", "comment", "0 comments", "no comments", "show comments", "view comments",
    ]

    /// A credit line that is only the word.
    static let sourceLabels: PhraseSet = ["source", "sources", "via"]

    /// Words that address the reader.
    static let readerAddress: PhraseSet = ["you", "your", "anyone", "everyone"]

    /// Shortcode names in "[youtube ...]", "[embed]...[/embed]".
    static let shortcodeNames: PhraseSet = [
        "youtube", "embed", "caption", "video", "tweet", "gallery", "instagram", "facebook", "audio",
        "iframe", "vimeo", "soundcloud", "twitter", "/embed", "/caption",
    ]
}
