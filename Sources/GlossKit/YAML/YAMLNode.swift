/// A position in a YAML file: 1-based line and column, as editors show them.
public struct YAMLMark: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// One node of a parsed YAML document. Every node keeps the position it was written at.
/// Aliases are expanded (the alias's target node is shared, with the target's position).
public struct YAMLNode: Sendable {
    public indirect enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        /// Pairs in document order, merge keys (`<<`) already applied.
        case mapping([YAMLPair])
    }

    public let content: Content
    public let mark: YAMLMark
    /// The explicit tag, if the node had one (`!!str`, `!custom`).
    public let tag: String?
    /// Number of nodes in this subtree with aliases counted as expanded (bounds alias bombs).
    let expandedSize: Int

    init(_ content: Content, mark: YAMLMark, tag: String?, expandedSize: Int) {
        self.content = content
        self.mark = mark
        self.tag = tag
        self.expandedSize = expandedSize
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let value) = content { return value }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The value for a scalar key in a mapping node.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar?.value == key }?.value
    }

    /// "a mapping", "a sequence", "a string 'abc'" — for error messages.
    public var kindDescription: String {
        switch content {
        case .mapping: return "a mapping"
        case .sequence: return "a sequence"
        case .scalar(let scalar):
            if scalar.isNull { return "null" }
            let shown = scalar.value.count > 40 ? String(scalar.value.prefix(40)) + "…" : scalar.value
            return "'\(shown)'"
        }
    }
}

/// A scalar's text and whether it was written plain (unquoted), which decides whether
/// `null`, `true` or `12` mean a null, a boolean or a number.
public struct YAMLScalar: Hashable, Sendable {
    public let value: String
    public let isPlain: Bool

    public init(value: String, isPlain: Bool) {
        self.value = value
        self.isPlain = isPlain
    }

    /// `~`, `null`, `Null`, `NULL` or nothing, written plain.
    public var isNull: Bool {
        isPlain && (value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL")
    }

    public var boolValue: Bool? {
        guard isPlain else { return nil }
        switch value {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    public var intValue: Int? {
        guard isPlain else { return nil }
        let digits = value.replacingUnderscores()
        if digits.hasPrefix("0x") { return Int(digits.dropFirst(2), radix: 16) }
        return Int(digits)
    }

    public var doubleValue: Double? {
        guard isPlain else { return nil }
        switch value {
        case ".inf", ".Inf", ".INF", "+.inf": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default:
            let digits = value.replacingUnderscores()
            guard let first = digits.first, first.isNumber || first == "-" || first == "+" || first == "." else { return nil }
            return Double(digits)
        }
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        contains("_") ? String(filter { $0 != "_" }) : self
    }
}

public struct YAMLPair: Sendable {
    public let key: YAMLNode
    public let value: YAMLNode
}
