import GlossKit

/// Worked examples of the `entities` analyzer (documentation and tests).
enum EntitiesExamples {
    static let all: [AnalyzerExample] = [
        AnalyzerExample(
            "People, organisations and places; a later short mention links to the full name",
            text: "Chinese Foreign Ministry spokesman Zhao Lijian said on Monday that Beijing would respond. Zhao did not give details.",
            expected: #"""
                {"entities": [
                  {"start": 0, "end": 7, "text": "Chinese", "label": "NORP", "canonical": "Chinese"},
                  {"start": 8, "end": 24, "text": "Foreign Ministry", "label": "ORG"},
                  {"start": 35, "end": 46, "text": "Zhao Lijian", "label": "PERSON", "canonical": "Zhao Lijian"},
                  {"start": 67, "end": 74, "text": "Beijing", "label": "GPE"},
                  {"start": 90, "end": 94, "text": "Zhao", "label": "PERSON", "canonical": "Zhao Lijian"}]}
                """#,
            exact: true),
        AnalyzerExample(
            "Possessives and curly apostrophes stay outside the name; an acronym links to its long form",
            text: "China’s Foreign Ministry said the European Union (EU) should stop meddling in Hong Kong.",
            expected: #"""
                {"entities": [
                  {"start": 0, "end": 5, "text": "China", "label": "GPE"},
                  {"start": 8, "end": 24, "text": "Foreign Ministry", "label": "ORG"},
                  {"start": 34, "end": 48, "text": "European Union", "label": "ORG"},
                  {"start": 50, "end": 52, "text": "EU", "label": "ORG", "canonical": "European Union"},
                  {"start": 78, "end": 87, "text": "Hong Kong", "label": "GPE"}]}
                """#,
            exact: true),
        AnalyzerExample(
            "Two people sharing a family name: an honorific says which one a short mention is",
            text: "Michelle Ortiz and her husband, Daniel Ortiz, ran the bakery for years. Mr. Ortiz said business was slow; Mrs. Ortiz disagreed.",
            options: "{labels: [PERSON]}",
            expected: #"""
                {"entities": [
                  {"start": 0, "end": 14, "text": "Michelle Ortiz", "canonical": "Michelle Ortiz"},
                  {"start": 32, "end": 44, "text": "Daniel Ortiz", "canonical": "Daniel Ortiz"},
                  {"start": 76, "end": 81, "text": "Ortiz", "canonical": "Daniel Ortiz"},
                  {"start": 111, "end": 116, "text": "Ortiz", "canonical": "Michelle Ortiz"}]}
                """#,
            exact: true),
        AnalyzerExample(
            "Keep only some labels",
            text: "President Joe Biden met German Chancellor Angela Merkel in Washington on Tuesday.",
            options: "{labels: [PERSON]}",
            expected: #"""
                {"entities": [
                  {"start": 10, "end": 19, "text": "Joe Biden", "label": "PERSON"},
                  {"start": 42, "end": 55, "text": "Angela Merkel", "label": "PERSON"}]}
                """#,
            exact: true),
    ]
}
