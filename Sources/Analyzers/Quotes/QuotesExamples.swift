import GlossKit

/// Worked examples of the `quotes` analyzer: documentation for `gloss analyzers quotes` and
/// tests run by the generic examples test. Offsets are Unicode code points.
enum QuotesExamples {
    static let all: [AnalyzerExample] = [
        AnalyzerExample(
            "Speaker after the quotation",
            text: "“We will not back down,” Mayor Ana Ortiz said on Monday.",
            expected: #"{"quotes": [{"start": 1, "end": 23, "text": "We will not back down,", "speaker": "Ana Ortiz", "speaker_start": 31, "speaker_end": 40, "cue": "said"}]}"#,
            exact: true),
        AnalyzerExample(
            "Inverted attribution; titles and roles are not part of the name",
            text: "“Prices will keep rising,” said Central Bank governor Erik Dahl.",
            expected: #"{"quotes": [{"start": 1, "end": 25, "speaker": "Erik Dahl", "speaker_start": 54, "speaker_end": 63, "cue": "said"}]}"#,
            exact: true),
        AnalyzerExample(
            "A lead-in ending in a colon attributes the quotation paragraphs after it",
            text: "Spokesman Li Wen said the following:\n\n“The talks were frank and useful.”\n\n“We will meet again.”",
            expected: #"{"quotes": [{"start": 39, "end": 71, "speaker": "Li Wen", "speaker_start": 10, "speaker_end": 16}, {"start": 75, "end": 94, "speaker": "Li Wen"}]}"#,
            exact: true),
        AnalyzerExample(
            "A pronoun resolves to the most recent person; speaker_start/end locate the pronoun",
            text: "Judge Maria Santos opened the hearing.\n\n“This court will not be rushed,” she said.",
            expected: #"{"quotes": [{"start": 41, "end": 71, "speaker": "Maria Santos", "speaker_start": 73, "speaker_end": 76, "cue": "said"}]}"#,
            exact: true),
        AnalyzerExample(
            "A short scare quote is not a quotation; an unnamed source gives a null speaker",
            text: "The so-called “megaphone diplomacy” worried investors. “We have no plan to cut rates, none at all,” an official said.",
            expected: #"{"quotes": [{"start": 56, "end": 98, "speaker": null, "speaker_start": null, "cue": "said"}]}"#,
            exact: true),
    ]
}
