@testable import GlossKit

/// Feeds arbitrary bytes to the JSON parser and to the JSON Lines reader. Every non-blank line
/// must yield exactly one item (records out = documents in), and every record written from an
/// item must read back.
///
/// Each line goes through the reader's per-line step (`DocumentReader.item`) directly. The whole
/// reader (file, `LineReader`, blank lines, byte-order mark) runs on one input in 32 (chosen by
/// a checksum of the bytes, so the choice is the same every time an input runs): its
/// 1 MiB read buffer costs about a millisecond per input under AddressSanitizer, which would
/// otherwise cap the target at a few hundred runs a second.
public enum JSONLinesFuzzing {
    static let scratch = ScratchFile(suffix: ".jsonl")

    public static func run(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        checkParser(bytes)
        checkLines(bytes)
        if bytes.reduce(0, &+) % 32 == 0 { checkReader(bytes) }
    }

    /// Every line yields a document or an unreadable item whose records read back.
    static func checkLines(_ bytes: [UInt8]) {
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let terminated = index < lines.count - 1
            check(DocumentReader.item(line, file: "fuzz.jsonl", line: index + 1, terminated: terminated))
        }
    }

    static func check(_ item: InputItem) {
        switch item.payload {
        case .document(let document):
            RecordInvariants.check(RecordWriter.record(for: document), of: document)
        case .unreadable(let id, let message):
            Invariant.require(!message.isEmpty, "an unreadable line has no message")
            let record = RecordWriter.errorRecord(id: id, step: "read", message: message, file: item.file, line: item.line)
            RecordInvariants.checkError(record, id: id)
        }
    }

    /// A parsed value written back and parsed again gives the same bytes (writing is stable).
    static func checkParser(_ bytes: [UInt8]) {
        guard let value = try? JSONParser.parse(bytes) else { return }
        var first = JSONWriter()
        first.value(value)
        let again: JSONValue
        do {
            again = try JSONParser.parse(first.bytes)
        } catch {
            fatalError("invariant violated: written JSON does not parse (\(error)): \(String(decoding: first.bytes, as: UTF8.self))")
        }
        var second = JSONWriter()
        second.value(again)
        Invariant.require(first.bytes == second.bytes, "JSON written twice differs")
    }

    static func checkReader(_ bytes: [UInt8]) {
        scratch.write(bytes)
        let files: [InputFile]
        do {
            files = try InputResolver.resolve([scratch.path])
        } catch {
            fatalError("cannot resolve the scratch file: \(error)")
        }
        var items = 0
        do {
            try DocumentReader.read(files) { item in
                items += 1
                check(item)
                return true
            }
        } catch {
            fatalError("invariant violated: reading a regular file failed: \(error)")
        }
        let expected = nonBlankLines(bytes)
        Invariant.require(items == expected, "\(expected) non-blank lines yielded \(items) items")
    }

    /// Lines as the reader defines them: split on LF, one trailing CR dropped, a byte-order mark
    /// at the start of the file dropped, then lines of only spaces and tabs skipped (so a first
    /// line holding only a byte-order mark is blank).
    static func nonBlankLines(_ bytes: [UInt8]) -> Int {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        var count = 0
        for (index, raw) in lines.enumerated() {
            var line = raw
            if line.last == 0x0D { line = line.dropLast() }
            if index == 0, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { count += 1 }
        }
        return count
    }
}
