import GlossKit
@testable import GlossBoilerplate

/// Three paragraphs of plain story text that the fixtures put boilerplate around.
enum Story {
    static let opening = "The city council voted 7-2 on Tuesday to expand the bus network, adding four routes that will serve the east side of town starting in March."
    static let middle = "Council members who opposed the plan said the city could not afford the drivers, while supporters pointed to a study showing ridership would double within two years."
    static let closing = "The mayor is expected to sign the measure next week, and the transit agency said it would begin hiring drivers as soon as the funding is approved."

    enum Position: Sendable { case header, middle, footer }

    /// The story with `paragraph` placed first, between the story paragraphs, or last.
    static func with(_ paragraph: String, at position: Position) -> String {
        switch position {
        case .header: return [paragraph, opening, middle, closing].joined(separator: "\n\n")
        case .middle: return [opening, middle, paragraph, closing].joined(separator: "\n\n")
        case .footer: return [opening, middle, closing, paragraph].joined(separator: "\n\n")
        }
    }

    static var plain: String { [opening, middle, closing].joined(separator: "\n\n") }
}

/// Runs the analyzer on a text.
func strip(_ text: String, options: BoilerplateAnalyzer.Options = .init(), meta: JSONObject = JSONObject()) throws -> Document {
    var document = Document(id: "test", text: text, meta: meta)
    try BoilerplateAnalyzer(options: options).analyze(&document)
    return document
}

extension Document {
    /// The removed stretches of the input text, trimmed.
    var removedTexts: [String] {
        let bytes = Array(inputText.utf8)
        return (removed ?? []).map { String(decoding: bytes[$0.span.range], as: UTF8.self).trimmingWhitespace }
    }

    var removedReasons: [String] { (removed ?? []).map(\.reason) }
}

extension String {
    var trimmingWhitespace: String {
        var characters = Substring(self)
        while let first = characters.first, first.isWhitespace { characters.removeFirst() }
        while let last = characters.last, last.isWhitespace { characters.removeLast() }
        return String(characters)
    }
}
