import GlossKit

/// One entity mention while a document's entities are being resolved: its tokens, its class
/// from the tagger, and its canonical name once linked.
struct Mention {
    var tokens: Range<Int>
    var coarse: CoarseLabel
    /// Set by a user gazetteer: the label is forced and never revised.
    var forced: EntityLabel?
    /// Index (into the document's mentions) of the mention whose text is the canonical name.
    var canonical: Int

    init(tokens: Range<Int>, coarse: CoarseLabel, canonical: Int = -1, forced: EntityLabel? = nil) {
        self.tokens = tokens
        self.coarse = coarse
        self.canonical = canonical
        self.forced = forced
    }
}
