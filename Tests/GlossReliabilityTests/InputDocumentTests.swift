import Foundation
import GlossTestSupport
import Testing

/// Bad input documents, end to end: every input line or file yields exactly one record (an error
/// record when it cannot be read), with the exact message and exit status 1.
/// Already covered in Tests/GlossCLITests: invalid UTF-8 in a `.txt` file, a torn last line and a
/// missing final newline on standard input, an array line, a missing or numeric "text".
@Suite("Bad input documents")
struct InputDocumentTests {
    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func invalidUTF8LinesAreErrorRecordsNamingTheColumn() throws {
        let workspace = try Workspace()
        var input = bytes(#"{"id": "ok-1", "text": "Fine."}"# + "\n")
        input += bytes(#"{"id": "a", "text": "bad "#) + [0xFF] + bytes("\"}\n")          // not a UTF-8 byte
        input += bytes(#"{"id": "b", "text": ""#) + [0xC0, 0x80] + bytes("\"}\n")        // overlong NUL
        input += bytes(#"{"id": "c", "text": ""#) + [0xED, 0xA0, 0x80] + bytes("\"}\n")  // encoded surrogate
        input += bytes(#"{"id": "d", "text": "cut "#) + [0xE2, 0x80] + bytes("\"}\n")    // truncated sequence
        input += bytes(#"{"id": "ok-2", "text": "Fine again."}"# + "\n")
        let path = try workspace.write(input, to: "utf8.jsonl")
        let result = try workspace.run([path])
        #expect(result.status == 1)
        #expect(result.ids == ["ok-1", nil, nil, nil, nil, "ok-2"])
        #expect(result.errorMessages == [nil, "invalid UTF-8 at column 26", "invalid UTF-8 at column 22",
                                         "invalid UTF-8 at column 22", "invalid UTF-8 at column 26", nil])
        #expect(result.records.map { ($0["error"] as? [String: Any])?["line"] as? Int } == [nil, 2, 3, 4, 5, nil])
        #expect(result.stderr.hasPrefix("gloss: 6 documents, 4 errors,"))
    }

    @Test func nulBytes() throws {
        let workspace = try Workspace()
        var input = bytes(#"{"id": "raw", "text": "a"#) + [0x00] + bytes("b\"}\n")       // raw NUL in a string
        input += [0x00] + bytes("\n")                                                      // a NUL line
        input += bytes(#"{"id": "escaped", "text": "before \u0000 after. Next."}"# + "\n") // legal JSON
        let jsonl = try workspace.write(input, to: "nul.jsonl")
        let text = try workspace.write(bytes("Raw NUL ") + [0x00] + bytes(" inside. A second sentence."), to: "nul.txt")
        let result = try workspace.run([jsonl, text])
        #expect(result.status == 1)
        #expect(result.ids == [nil, nil, "escaped", "nul"])
        #expect(result.errorMessages == ["invalid JSON at column 25: unescaped control character in string",
                                         "invalid JSON at column 1: unexpected character byte 0x0", nil, nil])
        #expect(result.records[2]["text"] as? String == "before \u{0} after. Next.")
        #expect(result.records[3]["text"] as? String == "Raw NUL \u{0} inside. A second sentence.")
        #expect((result.records[3]["sentences"] as? [Any])?.count == 2)
    }

    @Test func emptyFiles() throws {
        let workspace = try Workspace()
        let emptyLines = try workspace.write("", to: "empty.jsonl")
        let blankLines = try workspace.write("\n  \n\t\n\r\n", to: "blank.jsonl")
        let emptyText = try workspace.write("", to: "empty.txt")
        let result = try workspace.run([emptyLines, blankLines, emptyText])
        #expect(result.status == 0)
        #expect(result.lines == [#"{"id":"empty","text":"","sentences":[]}"#])
        #expect(result.stderr.hasPrefix("gloss: 1 document, 0 errors"))
    }

    @Test
    func byteOrderMarkOnlyFileIsEmpty() throws {
        let workspace = try Workspace()
        let bomOnly = try workspace.write([0xEF, 0xBB, 0xBF], to: "bom.jsonl")
        let bomLine = try workspace.write([0xEF, 0xBB, 0xBF, 0x0A], to: "bom-line.jsonl")
        let result = try workspace.run([bomOnly, bomLine])
        #expect(result.status == 0)
        #expect(result.lines.isEmpty)
    }

    /// Found by the json-lines fuzz target: a first line holding only a byte-order mark is a
    /// blank line, and the documents after it each get their record.
    @Test func byteOrderMarkAloneOnTheFirstLineIsABlankLine() throws {
        let workspace = try Workspace()
        let file = try workspace.write([0xEF, 0xBB, 0xBF, 0x0A] + bytes("{\"id\": \"a\", \"text\": \"One.\"}\n[1, 2]\n"), to: "bom-first.jsonl")
        let result = try workspace.run([file])
        #expect(result.status == 1)
        #expect(result.ids == ["a", nil])
        #expect(result.errorMessages == [nil, "expected a JSON object with \"id\" and \"text\", found an array"])
    }

    @Test func lineEndingsAndAFileWithoutFinalNewline() throws {
        let workspace = try Workspace()
        let crlf = try workspace.write("{\"id\": \"a\", \"text\": \"One.\"}\r\n{\"id\": \"b\", \"text\": \"Two.\"}\r\n\r\n{\"id\": \"c\", \"text\": \"Three.\"}", to: "crlf.jsonl")
        let bom = try workspace.write([0xEF, 0xBB, 0xBF] + bytes("{\"id\": \"d\", \"text\": \"Four.\"}\n\r"), to: "bom.jsonl")
        let result = try workspace.run([crlf, bom])
        #expect(result.status == 0)
        #expect(result.ids == ["a", "b", "c", "d"])
        #expect(result.records.map { $0["text"] as? String } == ["One.", "Two.", "Three.", "Four."])
    }

    @Test func fileTornInsideACharacterIsAnErrorRecord() throws {
        let workspace = try Workspace()
        let path = try workspace.write(bytes("{\"id\": \"a\", \"text\": \"Whole.\"}\n{\"id\": \"b\", \"text\": \"caf") + [0xC3], to: "torn.jsonl")
        let result = try workspace.run([path])
        #expect(result.status == 1)
        #expect(result.ids == ["a", nil])
        #expect(result.errorMessages == [nil, "invalid UTF-8 at column 25"])
    }

    @Test func jsonThatIsNotAnObject() throws {
        let workspace = try Workspace()
        let path = try workspace.write("\"just a string\"\n42\nnull\ntrue\n{\"id\": \"ok\", \"text\": \"Fine.\"}\n", to: "kinds.jsonl")
        let result = try workspace.run([path])
        #expect(result.status == 1)
        #expect(result.ids == [nil, nil, nil, nil, "ok"])
        let expected = ["a string", "a number", "null", "a boolean"].map { "expected a JSON object with \"id\" and \"text\", found \($0)" }
        #expect(result.errorMessages == expected + [nil])
    }

    @Test func missingOrNonStringIdAndText() throws {
        let workspace = try Workspace()
        let path = try workspace.write("""
        {"text": "No id at all."}
        {"id": null, "text": "Null id."}
        {"id": 1.5, "text": "Fractional id."}
        {"id": ["a"], "text": "Array id."}
        {"id": {"k": 1}, "text": "Object id."}
        {"id": false, "text": "Boolean id."}
        {"id": "t1", "text": null}
        {"id": "t2", "text": ["a", "b"]}
        {"id": "t3", "text": {"body": "x"}}
        {"id": "", "text": ""}

        """, to: "fields.jsonl")
        let result = try workspace.run([path])
        #expect(result.status == 1)
        #expect(result.ids == [nil, nil, nil, nil, nil, nil, "t1", "t2", "t3", ""])
        #expect(result.errorMessages == [
            "missing \"id\"",
            "\"id\" must be a string, found null",
            "\"id\" must be a string, found a number",
            "\"id\" must be a string, found an array",
            "\"id\" must be a string, found an object",
            "\"id\" must be a string, found a boolean",
            "\"text\" must be a string, found null",
            "\"text\" must be a string, found an array",
            "\"text\" must be a string, found an object",
            nil,
        ])
    }

    @Test func duplicateIdsAreKeptAndDuplicateKeysRefused() throws {
        let workspace = try Workspace()
        let path = try workspace.write("""
        {"id": "same", "text": "First."}
        {"id": "same", "text": "Second."}
        {"id": "a", "id": "b", "text": "Two ids in one object."}
        {"id": "same", "text": "Third."}

        """, to: "duplicates.jsonl")
        let result = try workspace.run([path], ["--jobs", "3"])
        #expect(result.status == 1)
        #expect(result.ids == ["same", "same", nil, "same"])
        #expect(result.records.map { $0["text"] as? String } == ["First.", "Second.", nil, "Third."])
        #expect(result.errorMessages[2] == "invalid JSON at column 13: duplicate key \"id\"")
    }

    @Test func deeplyNestedJSONIsBoundedNotAStackOverflow() throws {
        let workspace = try Workspace()
        func line(_ id: String, depth: Int) -> String {
            "{\"id\": \"\(id)\", \"text\": \"Deep.\", \"meta\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}\n"
        }
        let path = try workspace.write(line("ok", depth: 510) + line("too-deep", depth: 513) + line("hostile", depth: 200_000), to: "deep.jsonl")
        let result = try workspace.run([path])
        #expect(!result.crashed)
        #expect(result.status == 1)
        #expect(result.ids == ["ok", nil, nil])
        #expect(result.errorMessages == [nil, "invalid JSON at column 556: nesting deeper than 512 levels",
                                         "invalid JSON at column 555: nesting deeper than 512 levels"])
    }

    @Test
    func truncatedGzipIsAnError() throws {
        let workspace = try Workspace()
        // A gzip member whose one stored deflate block holds two whole lines and is not the last
        // block: the file ends where the rest of the stream should be.
        let lines = bytes("{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n")
        let length = UInt16(lines.count)
        let header: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF]
        let block: [UInt8] = [0x00, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
        let path = try workspace.write(header + block + lines, to: "cut.jsonl.gz")
        let result = try workspace.run([path])
        #expect(result.status == 1)
        #expect(result.ids == ["a", "b"])
        #expect(result.stderr.contains("\(path): corrupt gzip data: unexpected end of file"))
    }

    /// A directory holding a link back to its parent: every file must be read once. Today the
    /// walk follows the link until the kernel refuses (40 levels), so one file yields 41 records;
    /// with two such links the walk is exponential and gloss never starts.
    @Test
    func symbolicLinkCyclesInAnInputDirectory() throws {
        let workspace = try Workspace()
        let sub = workspace.file("corpus/sub")
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
        try workspace.write("One story. Two sentences.", to: "corpus/sub/story.txt")
        try FileManager.default.createSymbolicLink(atPath: sub + "/up", withDestinationPath: "..")
        let once = try workspace.run([workspace.file("corpus")])
        #expect(once.status == 0)
        #expect(once.ids == ["story"])
        try FileManager.default.createSymbolicLink(atPath: sub + "/up-again", withDestinationPath: "..")
        let twice = try GlossBinary.run(["run", "--quiet", "--config", workspace.file("pipelines.yaml"), workspace.file("corpus")],
                                        in: workspace.path, deadline: 60)
        #expect(!twice.timedOut)
        #expect(twice.ids == ["story"])
    }
}
