#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One unit of input: a document ready for the pipeline, or an input that could not be read
/// (which still yields a record: an error record naming the file and line).
public struct InputItem: Sendable {
    public enum Payload: Sendable {
        case document(Document)
        case unreadable(id: String?, message: String)
    }

    public let payload: Payload
    /// The input file's display name.
    public let file: String
    /// 1-based line number for JSON Lines input; nil for `.txt` files.
    public let line: Int?
    /// Size of the input in bytes (for throughput figures).
    public let byteCount: Int

    /// The document id, when the input had one.
    public var id: String? {
        switch payload {
        case .document(let document): return document.id
        case .unreadable(let id, _): return id
        }
    }
}

/// Reads documents from input files in order: `.txt` files whole, JSON Lines line by line
/// (blank lines skipped). Never holds more than one input line in memory.
public enum DocumentReader {
    /// Calls `body` for every input item in order until it returns false.
    public static func read(_ files: [InputFile], _ body: (InputItem) -> Bool) throws(InputError) {
        for file in files {
            let keepGoing: Bool
            switch file.format {
            case .text: keepGoing = try readText(file, body)
            case .jsonLines: keepGoing = try readLines(file, body)
            }
            if !keepGoing { return }
        }
    }

    static func readText(_ file: InputFile, _ body: (InputItem) -> Bool) throws(InputError) -> Bool {
        var bytes = try readWholeFile(file.path)
        let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
        let id = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let count = bytes.count
        if let bad = UTF8Validation.firstInvalidByte(in: bytes) {
            return body(InputItem(payload: .unreadable(id: id, message: "invalid UTF-8 at byte \(bad)"), file: file.displayName, line: nil, byteCount: count))
        }
        let document = Document(id: id, text: String(decoding: bytes, as: UTF8.self))
        return body(InputItem(payload: .document(document), file: file.displayName, line: nil, byteCount: count))
    }

    static func readLines(_ file: InputFile, _ body: (InputItem) -> Bool) throws(InputError) -> Bool {
        let reader = try LineReader(path: file.path)
        var lineNumber = 0
        while let (line, terminated) = try reader.next() {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            if !body(item(line, file: file.displayName, line: lineNumber, terminated: terminated)) { return false }
        }
        return true
    }

    /// Parses one JSON Lines record into a document, or describes why it cannot be one.
    static func item(_ line: ArraySlice<UInt8>, file: String, line number: Int, terminated: Bool) -> InputItem {
        func failure(_ id: String?, _ message: String) -> InputItem {
            InputItem(payload: .unreadable(id: id, message: message), file: file, line: number, byteCount: line.count)
        }
        if let bad = UTF8Validation.firstInvalidByte(in: line) {
            return failure(nil, "invalid UTF-8 at column \(bad - line.startIndex + 1)")
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            let torn = terminated ? "" : " (the last line has no newline: a truncated file?)"
            return failure(nil, "invalid JSON at \(error)\(torn)")
        }
        guard case .object(var object) = value else {
            return failure(nil, "expected a JSON object with \"id\" and \"text\", found \(value.typeDescription)")
        }
        let id: String
        switch object["id"] {
        case .string(let text)?: id = text
        case .int(let number)?: id = String(number)
        case .number(let text)? where text.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || ($0 >= 0x30 && $0 <= 0x39) }):
            id = text  // an integer beyond Int's range, kept as written
        case nil: return failure(nil, "missing \"id\"")
        case let other?: return failure(nil, "\"id\" must be a string, found \(other.typeDescription)")
        }
        guard let textValue = object["text"] else { return failure(id, "missing \"text\"") }
        guard case .string(let text) = textValue else {
            return failure(id, "\"text\" must be a string, found \(textValue.typeDescription)")
        }
        object["id"] = nil
        object["text"] = nil
        return InputItem(payload: .document(Document(id: id, text: text, meta: object)), file: file, line: number, byteCount: line.count)
    }
}
