import CYAML

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses YAML with libyaml into a `YAMLNode` tree.
///
/// Anchors and aliases are expanded by sharing the anchored subtree; the total expanded size is
/// bounded (`maximumExpandedNodes`) so a "billion laughs" file is refused quickly in bounded memory.
/// Merge keys (`<<`) are applied. Duplicate keys, nesting deeper than `maximumDepth` and multiple
/// documents are errors.
public enum YAMLLoader {
    /// Largest number of nodes a document may expand to through aliases.
    public static let maximumExpandedNodes = 100_000
    /// Deepest nesting of sequences and mappings accepted.
    public static let maximumDepth = 200

    /// Loads a file. `displayName` is the name used in messages (default: the path as given).
    /// Returns nil for a file with no document (empty or only comments).
    public static func load(file path: String, displayName: String? = nil) throws(YAMLError) -> YAMLNode? {
        let name = displayName ?? path
        let bytes = try readFile(path, name: name)
        return try load(bytes: bytes, file: name)
    }

    /// Loads YAML text; `file` names it in messages.
    public static func load(string: String, file: String) throws(YAMLError) -> YAMLNode? {
        try load(bytes: Array(string.utf8), file: file)
    }

    public static func load(bytes: [UInt8], file: String) throws(YAMLError) -> YAMLNode? {
        if let invalid = UTF8Validation.firstInvalidByte(in: bytes) {
            let (line, column) = position(of: invalid, in: bytes)
            throw YAMLError(mark: YAMLMark(file: file, line: line, column: column), path: "",
                            message: "invalid UTF-8 (byte 0x\(String(bytes[invalid], radix: 16, uppercase: true)))")
        }
        var builder = TreeBuilder(file: file)
        return try builder.parse(bytes)
    }

    static func readFile(_ path: String, name: String) throws(YAMLError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw YAMLError(mark: nil, path: "", message: "cannot read: \(errnoMessage())", file: name)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw YAMLError(mark: nil, path: "", message: "cannot read: is a directory", file: name)
        }
        guard let handle = fopen(path, "rbe") else {
            throw YAMLError(mark: nil, path: "", message: "cannot read: \(errnoMessage())", file: name)
        }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&chunk, 1, chunk.count, handle)
            if count > 0 { bytes.append(contentsOf: chunk[0..<count]) }
            if count < chunk.count {
                if ferror(handle) != 0 {
                    throw YAMLError(mark: nil, path: "", message: "cannot read: \(errnoMessage())", file: name)
                }
                break
            }
        }
        return bytes
    }

    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}

func errnoMessage() -> String {
    String(cString: strerror(errno)).lowercased()
}

/// Turns libyaml's event stream into nodes with an explicit stack (no recursion).
private struct TreeBuilder {
    let file: String

    private enum Frame {
        case sequence(items: [YAMLNode], mark: YAMLMark, tag: String?, anchor: String?, size: Int)
        case mapping(items: [YAMLNode], mark: YAMLMark, tag: String?, anchor: String?, size: Int)
    }

    private var stack: [Frame] = []
    private var anchors: [String: YAMLNode] = [:]
    private var root: YAMLNode?
    private var documents = 0

    init(file: String) {
        self.file = file
    }

    private func mark(_ raw: yaml_mark_t) -> YAMLMark {
        YAMLMark(file: file, line: Int(raw.line) + 1, column: Int(raw.column) + 1)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    mutating func parse(_ bytes: [UInt8]) throws(YAMLError) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(mark: nil, path: "", message: "cannot initialise the YAML parser", file: file)
        }
        defer { yaml_parser_delete(&parser) }
        return try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLError) -> YAMLNode? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw syntaxError(parser)
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                try handle(event)
            }
            return root
        }
    }

    private func syntaxError(_ parser: yaml_parser_t) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "syntax error"
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) {
            message = "\(problem) (\(context) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))"
        }
        return YAMLError(mark: mark(parser.problem_mark), path: "", message: "syntax error: " + message)
    }

    private mutating func handle(_ event: yaml_event_t) throws(YAMLError) {
        let start = mark(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw YAMLError(mark: start, path: "", message: "a second YAML document ('---') is not supported: put everything in one document")
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let tag = string(data.tag)
            let isPlain = data.style == YAML_PLAIN_SCALAR_STYLE && tag == nil
            let node = YAMLNode(.scalar(YAMLScalar(value: value, isPlain: isPlain)), mark: start, tag: tag, expandedSize: 1)
            try add(node, anchor: string(data.anchor))
        case YAML_ALIAS_EVENT:
            let name = string(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                throw YAMLError(mark: start, path: "", message: "unknown alias '*\(name)' (no anchor '&\(name)' before it)")
            }
            try add(target, anchor: nil)
        case YAML_SEQUENCE_START_EVENT:
            try checkDepth(start)
            let data = event.data.sequence_start
            stack.append(.sequence(items: [], mark: start, tag: string(data.tag), anchor: string(data.anchor), size: 1))
        case YAML_MAPPING_START_EVENT:
            try checkDepth(start)
            let data = event.data.mapping_start
            stack.append(.mapping(items: [], mark: start, tag: string(data.tag), anchor: string(data.anchor), size: 1))
        case YAML_SEQUENCE_END_EVENT:
            guard case .sequence(let items, let mark, let tag, let anchor, let size) = stack.removeLast() else { return }
            try add(YAMLNode(.sequence(items), mark: mark, tag: tag, expandedSize: size), anchor: anchor)
        case YAML_MAPPING_END_EVENT:
            guard case .mapping(let items, let mark, let tag, let anchor, let size) = stack.removeLast() else { return }
            let pairs = try mergedPairs(items)
            try add(YAMLNode(.mapping(pairs), mark: mark, tag: tag, expandedSize: size), anchor: anchor)
        default:
            break
        }
    }

    private func checkDepth(_ mark: YAMLMark) throws(YAMLError) {
        if stack.count >= YAMLLoader.maximumDepth {
            throw YAMLError(mark: mark, path: "", message: "nesting deeper than \(YAMLLoader.maximumDepth) levels")
        }
    }

    private mutating func add(_ node: YAMLNode, anchor: String?) throws(YAMLError) {
        if let anchor { anchors[anchor] = node }
        guard let top = stack.popLast() else {
            root = node
            return
        }
        let total: Int
        switch top {
        case .sequence(var items, let mark, let tag, let anchorName, let size):
            items.append(node)
            total = size + node.expandedSize
            stack.append(.sequence(items: items, mark: mark, tag: tag, anchor: anchorName, size: total))
        case .mapping(var items, let mark, let tag, let anchorName, let size):
            items.append(node)
            total = size + node.expandedSize
            stack.append(.mapping(items: items, mark: mark, tag: tag, anchor: anchorName, size: total))
        }
        if total > YAMLLoader.maximumExpandedNodes {
            throw YAMLError(mark: node.mark, path: "",
                            message: "aliases expand to more than \(YAMLLoader.maximumExpandedNodes) nodes; refusing to expand (a 'billion laughs' file?)")
        }
    }

    /// Pairs up keys and values, applies merge keys and rejects duplicate keys.
    private func mergedPairs(_ items: [YAMLNode]) throws(YAMLError) -> [YAMLPair] {
        var explicit: [YAMLPair] = []
        var merged: [YAMLPair] = []
        var seen: [String: YAMLMark] = [:]
        var index = 0
        while index + 1 < items.count {
            let key = items[index]
            let value = items[index + 1]
            index += 2
            if let scalar = key.scalar, scalar.isPlain, scalar.value == "<<" {
                let sources: [YAMLNode]
                switch value.content {
                case .mapping: sources = [value]
                case .sequence(let list): sources = list
                case .scalar:
                    throw YAMLError(mark: value.mark, path: "", message: "a merge key '<<' needs a mapping or a list of mappings, found \(value.kindDescription)")
                }
                for source in sources {
                    guard let pairs = source.mapping else {
                        throw YAMLError(mark: source.mark, path: "", message: "a merge key '<<' needs a mapping or a list of mappings, found \(source.kindDescription)")
                    }
                    merged.append(contentsOf: pairs)
                }
                continue
            }
            if let name = key.scalar?.value {
                if let first = seen[name] {
                    throw YAMLError(mark: key.mark, path: "", message: "duplicate key '\(name)' (first defined at line \(first.line), column \(first.column))")
                }
                seen[name] = key.mark
            }
            explicit.append(YAMLPair(key: key, value: value))
        }
        // Explicit keys win over merged ones; among merged mappings the first one wins.
        for pair in merged {
            guard let name = pair.key.scalar?.value, seen[name] == nil else { continue }
            seen[name] = pair.key.mark
            explicit.append(pair)
        }
        return explicit
    }
}
