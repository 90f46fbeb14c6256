import Foundation
import GlossTestSupport
import Testing

/// Size extremes, end to end: one very large document and very many tiny ones; records out =
/// documents in, in input order. Skipped under sanitizers, which make them take many minutes.
@Suite("Volume", .serialized, .disabled(if: GlossBinary.underSanitizer, "too slow under a sanitizer"))
struct VolumeTests {
    @Test func fiftyMegabyteDocument() throws {
        let workspace = try Workspace()
        let sentence = "The minister said on Tuesday that the talks would continue next week. "
        let count = 50_000_000 / sentence.utf8.count
        let text = String(repeating: sentence, count: count)
        let input = try workspace.write(#"{"id": "huge", "text": ""# + text + "\"}\n", to: "huge.jsonl")
        let result = try workspace.run([input])
        #expect(result.status == 0)
        // One 70 MB line: checked by its parts rather than parsed whole.
        let lines = result.stdoutBytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty)
        let record = lines[0]
        let head = Data(#"{"id":"huge","text":""#.utf8) + Data(text.utf8)
        #expect(record.starts(with: head))
        let tail = Data(#"{"start":\#(text.utf8.count - sentence.utf8.count),"end":\#(text.utf8.count - 1)}]}"#.utf8)
        #expect(record.suffix(tail.count) == tail)
        #expect(record.count(where: { $0 == UInt8(ascii: "{") }) == count + 1)
    }

    @Test func hundredThousandTinyDocuments() throws {
        let workspace = try Workspace()
        var input = ""
        input.reserveCapacity(4_000_000)
        for index in 0..<100_000 { input += #"{"id": "\#(index)", "text": "Hi."}"# + "\n" }
        let path = try workspace.write(input, to: "tiny.jsonl")
        let result = try workspace.run([path], ["--jobs", "4"])
        #expect(result.status == 0)
        let lines = result.lines
        #expect(lines.count == 100_000)
        let inOrder = lines.enumerated().allSatisfy { index, line in
            line == #"{"id":"\#(index)","text":"Hi.","sentences":[{"start":0,"end":3}]}"#
        }
        #expect(inOrder)
        #expect(result.stderr.hasPrefix("gloss: 100000 documents, 0 errors,"))
    }
}
