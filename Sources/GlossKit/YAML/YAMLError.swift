/// An error in a YAML file, printed as `file:line:column: key.path: message`.
public struct YAMLError: Error, Equatable, Sendable, CustomStringConvertible {
    public let mark: YAMLMark?
    /// Dotted key path with sequence indexes, e.g. `pipelines.news.steps[2].sentiment`; empty at
    /// the top level.
    public let path: String
    public let message: String
    /// For file-level problems without a position (unreadable file).
    public let file: String?

    public init(mark: YAMLMark?, path: String, message: String, file: String? = nil) {
        self.mark = mark
        self.path = path
        self.message = message
        self.file = file ?? mark?.file
    }

    public var description: String {
        var text = ""
        if let mark { text = "\(mark): " } else if let file { text = "\(file): " }
        if !path.isEmpty { text += "\(path): " }
        return text + message
    }
}

/// Builds key paths for messages: `pipelines` + `news` = `pipelines.news`, + index 2 = `[2]`.
public enum YAMLPath {
    public static func appending(_ path: String, key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    public static func appending(_ path: String, index: Int) -> String {
        "\(path)[\(index)]"
    }
}

/// "did you mean" suggestions for misspelt names and keys.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let limit = max(1, min(3, (max(target.count, best.name.count) + 1) / 3))
        return best.distance <= limit ? best.name : nil
    }

    /// `" (did you mean 'x'?)"` or an empty string.
    public static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Damerau-Levenshtein distance (adjacent transpositions count as one edit).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
