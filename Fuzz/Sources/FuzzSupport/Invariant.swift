import GlossKit

/// A property that must hold for every input. A violated invariant stops the process with a
/// message, which libFuzzer reports as a crash and saves the input for.
public enum Invariant {
    public static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("invariant violated: \(message())") }
    }

    /// Whether `offset` is a UTF-8 scalar boundary of `bytes` (the end counts as one).
    public static func isScalarBoundary(_ offset: Int, in bytes: [UInt8]) -> Bool {
        offset == bytes.count || (offset >= 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
    }

    /// A span lies inside `bytes`, is not reversed, and starts and ends on scalar boundaries.
    public static func requireValid(_ span: Span, in bytes: [UInt8], _ what: @autoclosure () -> String) {
        require(span.start >= 0 && span.start <= span.end && span.end <= bytes.count,
                "\(what()) \(span) is outside the text (\(bytes.count) bytes)")
        require(isScalarBoundary(span.start, in: bytes) && isScalarBoundary(span.end, in: bytes),
                "\(what()) \(span) does not fall on UTF-8 scalar boundaries")
    }

    /// Spans are valid, non-empty, in text order and do not overlap.
    public static func requireOrderedDisjoint(_ spans: [Span], in bytes: [UInt8], _ what: String) {
        var previousEnd = 0
        for (index, span) in spans.enumerated() {
            requireValid(span, in: bytes, "\(what)[\(index)]")
            require(!span.isEmpty, "\(what)[\(index)] \(span) is empty")
            require(span.start >= previousEnd, "\(what)[\(index)] \(span) overlaps or precedes the one before (ending at \(previousEnd))")
            previousEnd = span.end
        }
    }

    /// Whether `inner` lies inside `outer`.
    public static func contains(_ outer: Span, _ inner: Span) -> Bool {
        outer.start <= inner.start && inner.end <= outer.end
    }

    /// Whether a sorted list of disjoint spans has one that contains `span` (binary search).
    public static func sortedSpans(_ spans: [Span], haveOneContaining span: Span) -> Bool {
        var low = 0
        var high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].end < span.end { low = mid + 1 } else { high = mid }
        }
        return low < spans.count && contains(spans[low], span)
    }
}
