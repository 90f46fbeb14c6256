import GlossKit

extension BoilerplateAnalyzer {
    public static let optionsHelp: [OptionHelp] = [
        OptionHelp("mode", type: "remove | mark", default: "remove",
                   "remove: cut boilerplate paragraphs from the text; mark: keep the text and only list them in `removed`"),
        OptionHelp("patterns", type: "list of regular expressions", default: "[]",
                   "a paragraph matching any of these is removed too (reason `pattern`)"),
        OptionHelp("keep", type: "list of regular expressions", default: "[]",
                   "a paragraph matching any of these is always kept, whatever the rules say"),
        OptionHelp("learn-repeats", type: "{min-documents: N, max-entries: N}", default: "off",
                   "corpus mode: a paragraph seen in N documents (default 3) of the same `meta.source` (or of the whole run when there is none) is removed as `repeated`; at most max-entries (default 200000) paragraph hashes are kept. Results then depend on document order"),
    ]

    public static let examples: [AnalyzerExample] = [
        AnalyzerExample(
            "A share bar above the story is cut with the blank line after it",
            text: "36.2k SHARES SHARE THIS STORY\n\nThe city council voted 7-2 on Tuesday to expand the bus network, adding four routes that will serve the east side starting in March.",
            expected: #"{"text": "The city council voted 7-2 on Tuesday to expand the bus network, adding four routes that will serve the east side starting in March.", "removed": [{"start": 0, "end": 31, "reason": "share-prompt"}]}"#,
            exact: true),
        AnalyzerExample(
            "Footer credit and comment prompt go; a story sentence about Facebook shares stays",
            text: "Officials said the photo was shared more than 10,000 times on Facebook before the company removed it on Monday.\n\nFeatured image via Jane Roe/Getty Images\n\nWhat do you think? Share your thoughts in the comments below!",
            expected: #"{"text": "Officials said the photo was shared more than 10,000 times on Facebook before the company removed it on Monday.", "removed": [{"start": 111, "end": 153, "reason": "image-credit"}, {"start": 153, "end": 216, "reason": "comment-prompt"}]}"#,
            exact: true),
        AnalyzerExample(
            "A RELATED: heading takes the link titles under it, not the story after them",
            text: "Lawmakers passed the voter ID bill on Wednesday after a long debate over how it would be paid for.\n\nRELATED:\n\nGovernor vows to veto voter ID bill\n\nThe governor has ten days to act on the measure, her office said.",
            expected: #"{"removed": [{"start": 100, "end": 147, "reason": "related-links"}]}"#,
            exact: true),
        AnalyzerExample(
            "mark mode keeps the text and lists the boilerplate paragraphs",
            text: "36.2k SHARES SHARE THIS STORY\n\nThe city council voted 7-2 on Tuesday to expand the bus network, adding four routes that will serve the east side starting in March.",
            options: "{mode: mark}",
            expected: #"{"text": "36.2k SHARES SHARE THIS STORY\n\nThe city council voted 7-2 on Tuesday to expand the bus network, adding four routes that will serve the east side starting in March.", "removed": [{"start": 0, "end": 29, "reason": "share-prompt"}]}"#,
            exact: true),
    ]
}
