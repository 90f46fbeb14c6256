/// One text document travelling through a pipeline: its id, its text, the metadata it came with,
/// and the annotations analyzers add.
///
/// A `Document` is a value: each worker thread owns the document it processes, so analyzers mutate
/// it freely through `inout` without locks. Offsets in annotations are UTF-8 byte offsets into the
/// current `text`, except `removed`, which points into the input text.
public struct Document: Sendable {
    /// The document id from the input (`id` field, or the file name for `.txt` inputs).
    public let id: String
    /// The text as it arrived, before any rewriting step.
    public let inputText: String
    /// The current text: the input text minus whatever rewriting steps removed.
    public private(set) var text: String
    /// Every input field other than `id` and `text`, in input order; written back under `meta`.
    public var meta: JSONObject

    /// Spans of the input text that rewriting steps removed; nil when no rewriting step ran.
    public private(set) var removed: [RemovedSpan]?
    /// Sentence annotation (set by the `sentences` analyzer); nil when it did not run.
    public var sentences: [Span]?
    public var entities: [Entity]?
    public var quotes: [Quote]?
    public var sentiment: SentimentAnnotation?
    /// Top-level keys added by analyzers outside the built-in contract (plugins), in order.
    public var extensions: JSONObject

    private var layerCache: TextLayer?
    /// Input-text spans actually cut from `text` (marked-only spans are not), sorted.
    private var cuts: [Span] = []

    public init(id: String, text: String, meta: JSONObject = JSONObject()) {
        self.id = id
        self.inputText = text
        self.text = text
        self.meta = meta
        self.extensions = JSONObject()
    }

    /// Tokens, sentences and paragraphs of the current text, computed once on first use and shared
    /// by every analyzer that runs afterwards (recomputed only if a rewriting step changes the text).
    public mutating func textLayer() -> TextLayer {
        if let layer = layerCache { return layer }
        let layer = TextLayer(text: text)
        layerCache = layer
        return layer
    }

    /// The text of a span of the current text.
    public func substring(_ span: Span) -> String {
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: span.start)
        let to = utf8.index(from, offsetBy: span.length)
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }
}

extension Document {
    /// Removes spans of the CURRENT text (a rewriting step's result) and records them, mapped to
    /// input-text coordinates, in `removed`. Spans may be given in any order; overlapping spans
    /// are merged (the first reason wins); spans that only touch stay separate records. Spans must fall on UTF-8 character boundaries.
    public mutating func remove(_ spans: [RemovedSpan]) {
        var records = removed ?? []
        defer { removed = records.sorted { $0.span < $1.span } }
        let requested = spans.filter { !$0.span.isEmpty }.sorted { $0.span < $1.span }
        guard !requested.isEmpty else { return }

        var merged: [RemovedSpan] = []
        for cut in requested {
            if var last = merged.last, cut.span.start < last.span.end {
                last.span.end = max(last.span.end, cut.span.end)
                merged[merged.count - 1] = last
            } else {
                merged.append(cut)
            }
        }
        let bytes = Array(text.utf8)
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var position = 0
        var newCuts: [Span] = []
        for cut in merged {
            kept.append(contentsOf: bytes[position..<cut.span.start])
            position = cut.span.end
            let span = inputSpan(of: cut.span)
            newCuts.append(span)
            records.append(RemovedSpan(span: span, reason: cut.reason))
        }
        cuts = (cuts + newCuts).sorted()
        kept.append(contentsOf: bytes[position...])
        text = String(decoding: kept, as: UTF8.self)
        layerCache = nil
    }

    /// Records spans of the CURRENT text as removable without cutting them (a rewriting step's
    /// "mark" mode): `removed` lists them in input-text coordinates and `text` stays as it is.
    public mutating func mark(_ spans: [RemovedSpan]) {
        var records = removed ?? []
        for cut in spans where !cut.span.isEmpty {
            records.append(RemovedSpan(span: inputSpan(of: cut.span), reason: cut.reason))
        }
        removed = records.sorted { $0.span < $1.span }
    }

    /// Maps a span of the current text to the input text, through the cuts made before.
    private func inputSpan(of span: Span) -> Span {
        func map(_ offset: Int, isEnd: Bool) -> Int {
            var result = offset
            for cut in cuts {
                if cut.start < result || (!isEnd && cut.start == result) {
                    result += cut.length
                } else {
                    break
                }
            }
            return result
        }
        let start = map(span.start, isEnd: false)
        return Span(start, max(start, map(span.end, isEnd: true)))
    }
}
