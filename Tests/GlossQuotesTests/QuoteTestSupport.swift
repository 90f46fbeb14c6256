import GlossKit
@testable import GlossQuotes

/// Runs the `quotes` analyzer over a hand-written text.
func quotes(in text: String, entities: [Entity]? = nil, options: QuotesAnalyzer.Options = .init()) throws -> [Quote] {
    var document = Document(id: "test", text: text)
    document.entities = entities
    try QuotesAnalyzer(options: options).analyze(&document)
    return document.quotes ?? []
}

/// The UTF-8 span of the first occurrence of `needle` in `text` (at or after `from`).
func span(of needle: String, in text: String, from: Int = 0) -> Span {
    let bytes = Array(text.utf8)
    let target = Array(needle.utf8)
    var index = from
    while index + target.count <= bytes.count {
        if Array(bytes[index..<index + target.count]) == target { return Span(index, index + target.count) }
        index += 1
    }
    fatalError("\(needle) not in text")
}

/// A PERSON (or other) entity at the first occurrence of `mention`.
func entity(_ mention: String, in text: String, label: EntityLabel = .person, canonical: String? = nil, from: Int = 0) -> Entity {
    Entity(span: span(of: mention, in: text, from: from), text: mention, label: label, canonical: canonical ?? mention)
}
