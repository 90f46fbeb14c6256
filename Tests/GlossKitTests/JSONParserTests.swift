import Testing
@testable import GlossKit

@Suite("JSON parser")
struct JSONParserTests {
    func failure(_ text: String) -> String? {
        do {
            _ = try JSONParser.parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func parsesObjectsKeepingKeyOrder() throws {
        let value = try JSONParser.parse(#"{"z": 1, "a": [true, null, 2.5, "x\u00e9\ud83d\ude42"], "m": {"k": -3}}"#)
        let object = try #require(value.objectValue)
        #expect(object.keys == ["z", "a", "m"])
        #expect(value["a"] == .array([.bool(true), .null, .double(2.5), .string("xé🙂")]))
        #expect(value["m"]?["k"] == .int(-3))
    }

    /// A record's `meta` must pass through unchanged: numbers that neither Int nor a finite
    /// Double can hold are kept as written, not rounded or turned into null.
    @Test func keepsNumbersBeyondIntAndDoubleAsWritten() throws {
        let text = #"{"big":123456789012345678901234567890,"neg":-9223372036854775809,"huge":1e400,"tiny":-2.5E-400,"max":9223372036854775807,"pi":3.25}"#
        let value = try JSONParser.parse(text)
        #expect(value["big"] == .number("123456789012345678901234567890"))
        #expect(value["neg"] == .number("-9223372036854775809"))
        #expect(value["huge"] == .number("1e400"))
        #expect(value["tiny"] == .number("-2.5E-400"))
        #expect(value["max"] == .int(Int.max))
        #expect(try JSONParser.parse("[0.0, -0e5]") == .array([.double(0), .double(-0.0)]))
        #expect(value["pi"] == .double(3.25))
        #expect(value["big"]?.typeDescription == "a number")
        var writer = JSONWriter()
        writer.value(value)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"big":123456789012345678901234567890,"neg":-9223372036854775809,"huge":1e400,"tiny":-2.5E-400,"max":9223372036854775807,"pi":3.25}"#)
    }

    /// An integer id beyond Int is kept as written; a number that is not an integer is no id.
    @Test func numericIdsMustBeIntegers() {
        func read(_ line: String) -> InputItem.Payload {
            DocumentReader.item(Array(line.utf8)[...], file: "ids.jsonl", line: 1, terminated: true).payload
        }
        if case .document(let document) = read(#"{"id": 123456789012345678901234567890, "text": "Rates rose."}"#) {
            #expect(document.id == "123456789012345678901234567890")
        } else {
            Issue.record("a big integer id was refused")
        }
        for id in ["1e400", "1.5", "-2.5E-400"] {
            guard case .unreadable(_, let message) = read(#"{"id": \#(id), "text": "Rates rose."}"#) else {
                Issue.record("id \(id) was accepted")
                continue
            }
            #expect(message == "\"id\" must be a string, found a number")
        }
    }

    @Test func reportsColumns() {
        #expect(failure(#"{"id": "a", "text": }"#) == "column 21: unexpected character '}'")
        #expect(failure(#"{"id": "a""#) == "column 11: unexpected end of input")
        #expect(failure(#"{"id": "a"} x"#) == "column 13: unexpected data after the JSON value")
        #expect(failure(#"{"a": 1, "a": 2}"#) == "column 10: duplicate key \"a\"")
        #expect(failure(#"["\x"]"#) == "column 3: invalid escape sequence")
        #expect(failure("[01]") == "column 2: leading zero in number")
        #expect(failure(#"["\ud800"]"#) == "column 9: unpaired surrogate in \\u escape")
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse([0x22, 0xC3, 0x28, 0x22]) }
    }

    @Test func limitsNesting() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(failure(deep)?.contains("nesting deeper than 512 levels") == true)
    }

    @Test func utf8Validation() {
        #expect(UTF8Validation.firstInvalidByte(in: Array("héllo 🙂".utf8)) == nil)
        #expect(UTF8Validation.firstInvalidByte(in: [0x61, 0xED, 0xA0, 0x80]) == 1)  // surrogate
        #expect(UTF8Validation.firstInvalidByte(in: [0x61, 0xC0, 0xAF]) == 1)  // overlong
        #expect(UTF8Validation.firstInvalidByte(in: [0x61, 0xE2, 0x82]) == 1)  // truncated
    }
}
