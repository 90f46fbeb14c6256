import Foundation
import GlossKit

/// A training or evaluation document: text with gold entity spans (JSON Lines records
/// `{"id", "text", "entities": [{"start", "end", "label"}]}`, offsets in code points), turned
/// into tagger input and one gold BILOU tag per token.
struct GoldDocument {
    let id: String
    let bytes: [UInt8]
    let input: TaggingInput
    let tags: [Tag]
    /// Gold entities as token ranges with their class.
    var mentions: [(range: Range<Int>, label: CoarseLabel)] { SequenceDecoder.mentions(in: tags) }

    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    init(id: String, text: String, entities: [(start: Int, end: Int, label: CoarseLabel)]) {
        self.id = id
        let layer = TextLayer(text: text)
        bytes = layer.bytes
        let input = TaggingInput(layer: layer)
        self.input = input
        let byteOffsets = GoldDocument.byteOffsets(of: text)
        var tags = [Tag](repeating: .outside, count: input.tokens.count)
        for entity in entities where entity.start < entity.end && entity.end < byteOffsets.count {
            let start = byteOffsets[entity.start]
            let end = byteOffsets[entity.end]
            let tokens = input.tokens
            let inside = tokens.indices.filter { tokens[$0].start >= start && tokens[$0].end <= end }
            guard let first = inside.first, let last = inside.last,
                  tags[first...last].allSatisfy(\.isOutside) else { continue }
            for (offset, tag) in Tag.tags(forEntityOf: last - first + 1, label: entity.label).enumerated() {
                tags[first + offset] = tag
            }
        }
        self.tags = tags
    }

    /// UTF-8 offset of every code point index, plus one past the end.
    static func byteOffsets(of text: String) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(text.utf8.count + 1)
        var byte = 0
        for scalar in text.unicodeScalars {
            offsets.append(byte)
            byte += UTF8.width(scalar)
        }
        offsets.append(byte)
        return offsets
    }

    /// Reads a JSON Lines file of gold documents.
    static func read(path: String) throws -> [GoldDocument] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(description: "cannot read \(path)")
        }
        var documents: [GoldDocument] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            let record: JSONValue
            do {
                record = try JSONParser.parse(Array(line))
            } catch {
                throw ReadError(description: "\(path):\(lineNumber): \(error)")
            }
            guard let text = record["text"]?.stringValue else {
                throw ReadError(description: "\(path):\(lineNumber): record has no \"text\" string")
            }
            var entities: [(start: Int, end: Int, label: CoarseLabel)] = []
            for entity in record["entities"]?.arrayValue ?? [] {
                guard let start = entity["start"]?.intValue, let end = entity["end"]?.intValue,
                      let name = entity["label"]?.stringValue else {
                    throw ReadError(description: "\(path):\(lineNumber): entity needs start, end and label")
                }
                guard let label = CoarseLabel(goldName: name) else {
                    throw ReadError(description: "\(path):\(lineNumber): unknown entity label \"\(name)\"")
                }
                entities.append((start, end, label))
            }
            let id = record["id"]?.stringValue ?? "line-\(lineNumber)"
            documents.append(GoldDocument(id: id, text: text, entities: entities))
        }
        return documents
    }
}
