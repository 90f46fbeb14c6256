/// Decodes `Decodable` values (analyzer options) from a `YAMLNode`.
///
/// Errors are `YAMLError`s naming the node's position and key path. A mapping key that the
/// decoded type never asks for is an error ("unknown option 'treshold' (did you mean
/// 'threshold'?)"), so a typo in a pipelines file never passes silently.
public struct YAMLDecoder {
    /// The word used for mapping keys in messages: "option" for analyzer options, "key" elsewhere.
    public var keyNoun: String

    public init(keyNoun: String = "option") {
        self.keyNoun = keyNoun
    }

    /// Decodes `type` from `node`; `path` is the node's key path (e.g. `pipelines.news.steps[2].sentiment`).
    /// A nil node (a step written without options) decodes like an empty mapping.
    public func decode<T: Decodable>(_ type: T.Type, from node: YAMLNode?, path: String, file: String) throws(YAMLError) -> T {
        let context = DecodingContext(keyNoun: keyNoun, basePath: path)
        let start = node ?? YAMLNode(.mapping([]), mark: YAMLMark(file: file, line: 1, column: 1), tag: nil, expandedSize: 1)
        do {
            let value = try T(from: NodeDecoder(node: start, context: context, codingPath: []))
            if start.mapping != nil, !context.hasTracker(at: start.mark) {
                // The type read no keyed container (it takes no options): every key is unknown.
                _ = context.tracker(for: start, path: path)
            }
            if let unknown = context.firstUnknownKey() { throw unknown }
            return value
        } catch let error as YAMLError {
            throw error
        } catch let error as AnalyzerSetupError {
            throw YAMLError(mark: start.mark, path: path, message: error.message)
        } catch let DecodingError.dataCorrupted(info) {
            let (node, _) = Self.node(at: info.codingPath, from: start)
            throw YAMLError(mark: node.mark, path: context.path(info.codingPath), message: info.debugDescription)
        } catch {
            throw YAMLError(mark: start.mark, path: path, message: "\(error)")
        }
    }
}

extension YAMLDecoder {
    /// The deepest node reached by following `codingPath` from `root`.
    static func node(at codingPath: [any CodingKey], from root: YAMLNode) -> (YAMLNode, Int) {
        var node = root
        var depth = 0
        for key in codingPath {
            if let index = key.intValue, let items = node.sequence, index < items.count {
                node = items[index]
            } else if let value = node[key.stringValue] {
                node = value
            } else {
                break
            }
            depth += 1
        }
        return (node, depth)
    }
}

/// Shared state of one decode: the key path prefix and which keys each mapping was asked for.
private final class DecodingContext {
    let keyNoun: String
    let basePath: String
    private var trackers: [KeyTracker] = []

    init(keyNoun: String, basePath: String) {
        self.keyNoun = keyNoun
        self.basePath = basePath
    }

    func path(_ codingPath: [any CodingKey]) -> String {
        var result = basePath
        for key in codingPath {
            if let index = key.intValue { result = YAMLPath.appending(result, index: index) } else {
                result = YAMLPath.appending(result, key: key.stringValue)
            }
        }
        return result
    }

    func tracker(for node: YAMLNode, path: String) -> KeyTracker {
        let tracker = KeyTracker(node: node, path: path)
        trackers.append(tracker)
        return tracker
    }

    func hasTracker(at mark: YAMLMark) -> Bool {
        trackers.contains { $0.node.mark == mark }
    }

    /// The first key, in file order, that no decoding container asked for.
    func firstUnknownKey() -> YAMLError? {
        var unknown: [(pair: YAMLPair, tracker: KeyTracker)] = []
        for tracker in trackers where !tracker.acceptsAll {
            for pair in tracker.node.mapping ?? [] where !tracker.asked.contains(pair.key.scalar?.value ?? "") {
                unknown.append((pair, tracker))
            }
        }
        guard let (pair, tracker) = unknown.min(by: {
            ($0.pair.key.mark.line, $0.pair.key.mark.column) < ($1.pair.key.mark.line, $1.pair.key.mark.column)
        }) else { return nil }
        let name = pair.key.scalar?.value ?? pair.key.kindDescription
        let present = Set((tracker.node.mapping ?? []).compactMap { $0.key.scalar?.value })
        let hint = Suggestion.hint(for: name, among: tracker.askedInOrder.filter { !present.contains($0) })
        let none = tracker.askedInOrder.isEmpty ? " (this step takes no options)" : ""
        return YAMLError(mark: pair.key.mark, path: tracker.path, message: "unknown \(keyNoun) '\(name)'\(hint.isEmpty ? none : hint)")
    }
}

private final class KeyTracker {
    let node: YAMLNode
    let path: String
    var asked: Set<String> = []
    var askedInOrder: [String] = []
    var acceptsAll = false

    init(node: YAMLNode, path: String) {
        self.node = node
        self.path = path
    }

    func ask(_ key: String) {
        if asked.insert(key).inserted { askedInOrder.append(key) }
    }
}

private struct NodeDecoder: Decoder {
    let node: YAMLNode
    let context: DecodingContext
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    var path: String { context.path(codingPath) }

    func mismatch(_ expected: String) -> YAMLError {
        YAMLError(mark: node.mark, path: path, message: "expected \(expected), found \(node.kindDescription)")
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        if let scalar = node.scalar, scalar.isNull {
            let empty = YAMLNode(.mapping([]), mark: node.mark, tag: nil, expandedSize: 1)
            return KeyedDecodingContainer(MappingContainer<Key>(decoder: NodeDecoder(node: empty, context: context, codingPath: codingPath)))
        }
        guard node.mapping != nil else { throw mismatch("a mapping") }
        return KeyedDecodingContainer(MappingContainer<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard let items = node.sequence else { throw mismatch("a list") }
        return SequenceContainer(decoder: self, items: items)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        ScalarContainer(decoder: self)
    }
}

private struct MappingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoder
    let pairs: [String: YAMLPair]
    let tracker: KeyTracker

    init(decoder: NodeDecoder) {
        self.decoder = decoder
        var pairs: [String: YAMLPair] = [:]
        for pair in decoder.node.mapping ?? [] {
            if let name = pair.key.scalar?.value { pairs[name] = pair }
        }
        self.pairs = pairs
        self.tracker = decoder.context.tracker(for: decoder.node, path: decoder.path)
    }

    var codingPath: [any CodingKey] { decoder.codingPath }

    var allKeys: [Key] {
        tracker.acceptsAll = true
        return (decoder.node.mapping ?? []).compactMap { $0.key.scalar.flatMap { Key(stringValue: $0.value) } }
    }

    func contains(_ key: Key) -> Bool {
        tracker.ask(key.stringValue)
        return pairs[key.stringValue] != nil
    }

    private func child(_ key: Key) throws -> NodeDecoder {
        tracker.ask(key.stringValue)
        guard let pair = pairs[key.stringValue] else {
            throw YAMLError(mark: decoder.node.mark, path: decoder.path,
                            message: "missing required \(decoder.context.keyNoun) '\(key.stringValue)'")
        }
        return NodeDecoder(node: pair.value, context: decoder.context, codingPath: codingPath + [key])
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        tracker.ask(key.stringValue)
        guard let pair = pairs[key.stringValue] else { return true }
        return pair.value.scalar?.isNull ?? false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: child(key))
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        tracker.ask(key.stringValue)
        guard let pair = pairs[key.stringValue], !(pair.value.scalar?.isNull ?? false) else { return nil }
        return try T(from: NodeDecoder(node: pair.value, context: decoder.context, codingPath: codingPath + [key]))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}

private struct IndexKey: CodingKey {
    let intValue: Int?
    let stringValue: String
    init(_ index: Int) { intValue = index; stringValue = "\(index)" }
    init?(intValue: Int) { self.init(intValue) }
    init?(stringValue: String) { return nil }
}

private struct SequenceContainer: UnkeyedDecodingContainer {
    let decoder: NodeDecoder
    let items: [YAMLNode]
    var currentIndex = 0

    init(decoder: NodeDecoder, items: [YAMLNode]) {
        self.decoder = decoder
        self.items = items
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> NodeDecoder {
        guard !isAtEnd else {
            throw YAMLError(mark: decoder.node.mark, path: decoder.path, message: "expected more items in the list")
        }
        defer { currentIndex += 1 }
        return NodeDecoder(node: items[currentIndex], context: decoder.context, codingPath: codingPath + [IndexKey(currentIndex)])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, items[currentIndex].scalar?.isNull ?? false else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: next())
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try next() }
}

private struct ScalarContainer: SingleValueDecodingContainer {
    let decoder: NodeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    private func scalar(_ expected: String) throws -> YAMLScalar {
        guard let scalar = decoder.node.scalar else { throw decoder.mismatch(expected) }
        return scalar
    }

    func decodeNil() -> Bool { decoder.node.scalar?.isNull ?? false }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard let value = try scalar("a boolean (true or false)").boolValue else { throw decoder.mismatch("a boolean (true or false)") }
        return value
    }

    func decode(_ type: String.Type) throws -> String {
        let value = try scalar("a string")
        if value.isNull { throw decoder.mismatch("a string") }
        return value.value
    }

    func decode(_ type: Double.Type) throws -> Double {
        guard let value = try scalar("a number").doubleValue else { throw decoder.mismatch("a number") }
        return value
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    func decode(_ type: Int.Type) throws -> Int {
        guard let value = try scalar("an integer").intValue else { throw decoder.mismatch("an integer") }
        return value
    }

    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard let value = T(exactly: try decode(Int.self)) else {
            throw decoder.mismatch("an integer between \(T.min) and \(T.max)")
        }
        return value
    }

    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: decoder)
    }
}

extension YAMLError {
    /// An error about a value, for `Decodable` initialisers that validate what they decoded
    /// (e.g. an enum-like string): `throw YAMLError.invalidValue(in: decoder, "expected remove or mark")`.
    public static func invalidValue(in decoder: any Decoder, _ message: String) -> any Error {
        if let node = decoder as? NodeDecoderProtocol {
            return YAMLError(mark: node.yamlMark, path: node.yamlPath, message: message)
        }
        return DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath, debugDescription: message))
    }
}

/// Lets option types raise errors at the position of the value being decoded.
protocol NodeDecoderProtocol {
    var yamlMark: YAMLMark { get }
    var yamlPath: String { get }
}

extension NodeDecoder: NodeDecoderProtocol {
    var yamlMark: YAMLMark { node.mark }
    var yamlPath: String { path }
}
