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
    ]
}
