/// Checks user-supplied regular expressions (pipelines.yaml options) for the shape that makes
/// backtracking engines take exponential time: a repeated group that itself contains an
/// unbounded repetition, such as `(a+)+`, `(\w*)*` or `(x+y?){2,}`. Such patterns are refused
/// when the pipeline loads, with the reason; together with `maximumSubjectLength` (how much text
/// analyzers hand to a user pattern at once) this keeps one pathological pattern from stalling
/// a run.
public enum PatternSafety {
    /// Analyzers match user patterns against at most this many UTF-16 units of text at a time.
    public static let maximumSubjectLength = 10_000

    /// Why `pattern` is refused, or nil when it is acceptable.
    public static func problem(in pattern: String) -> String? {
        let characters = Array(pattern)
        // For each open group: does it contain an unbounded repetition?
        var groups: [Bool] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\", "[":
                // An escaped character or a class is one atom; its repetition counts like a letter's.
                let atomEnd = character == "[" ? skipClass(characters, from: index) : index + 2
                let (_, unbounded, next) = quantifier(characters, after: atomEnd)
                if unbounded, !groups.isEmpty { groups[groups.count - 1] = true }
                index = max(next, atomEnd)
                continue
            case "(":
                groups.append(false)
            case ")":
                let inner = groups.popLast() ?? false
                let (repeated, unbounded, next) = quantifier(characters, after: index + 1)
                if inner && repeated {
                    let end = min(characters.count, next)
                    let start = max(0, index - 20)
                    return "the repeated group ending at '\(String(characters[start..<end]))' contains an unbounded repetition (like (a+)+), which can take exponential time; rewrite it without nesting"
                }
                if (inner || unbounded), !groups.isEmpty { groups[groups.count - 1] = true }
                index = next
                continue
            default:
                let (_, unbounded, next) = quantifier(characters, after: index + 1)
                if unbounded, !groups.isEmpty { groups[groups.count - 1] = true }
                index = next
                continue
            }
            index += 1
        }
        return nil
    }

    /// The quantifier starting at `position`: whether it repeats more than once, whether it is
    /// unbounded, and the index after it.
    static func quantifier(_ characters: [Character], after position: Int) -> (repeated: Bool, unbounded: Bool, next: Int) {
        guard position < characters.count else { return (false, false, position) }
        var next = position + 1
        var result: (Bool, Bool)
        switch characters[position] {
        case "*", "+": result = (true, true)
        case "?": result = (false, false)
        case "{":
            guard let close = characters[position...].firstIndex(of: "}") else { return (false, false, position) }
            let body = String(characters[(position + 1)..<close])
            let parts = body.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count <= 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), !(parts.first?.isEmpty ?? true) else {
                return (false, false, position)
            }
            let maximum = parts.count == 2 ? Int(parts[1]) : Int(parts[0])
            result = (parts.count == 2 && parts[1].isEmpty ? true : (maximum ?? 0) > 1, parts.count == 2 && parts[1].isEmpty)
            next = close + 1
        default:
            return (false, false, position)
        }
        // Lazy or possessive suffix.
        if next < characters.count, characters[next] == "?" || characters[next] == "+" { next += 1 }
        return (result.0, result.1, next)
    }

    static func skipClass(_ characters: [Character], from start: Int) -> Int {
        var index = start + 1
        if index < characters.count, characters[index] == "^" { index += 1 }
        if index < characters.count, characters[index] == "]" { index += 1 }
        while index < characters.count, characters[index] != "]" {
            index += characters[index] == "\\" ? 2 : 1
        }
        return index + 1
    }
}
