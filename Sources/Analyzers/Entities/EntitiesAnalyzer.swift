import Foundation
import GlossKit

/// The `entities` analyzer: people, organisations, places, groups and other names, found by a
/// statistical sequence tagger (an averaged perceptron over BILOU tags with rich lexical,
/// shape, gazetteer and document-level features), then made consistent within the document and
/// linked to the fullest mention of each entity.
public struct EntitiesAnalyzer: Analyzer {
    public struct Options: Decodable, Sendable {
        /// A model file written by `gloss train entities`; nil for the built-in model.
        public var model: String?
        /// Labels to keep; nil for all.
        public var labels: [String]?
        public var gazetteers: [GazetteerOption]

        public init(model: String? = nil, labels: [String]? = nil, gazetteers: [GazetteerOption] = []) {
            self.model = model
            self.labels = labels
            self.gazetteers = gazetteers
        }

        enum CodingKeys: String, CodingKey {
            case model
            case labels
            case gazetteers
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            model = try container.decodeIfPresent(String.self, forKey: .model)
            labels = try container.decodeIfPresent([String].self, forKey: .labels)
            gazetteers = try container.decodeIfPresent([GazetteerOption].self, forKey: .gazetteers) ?? []
        }
    }

    /// A user name list: one name per line; every capitalised occurrence gets `label`.
    public struct GazetteerOption: Decodable, Sendable {
        public var file: String
        public var label: String

        public init(file: String, label: String) {
            self.file = file
            self.label = label
        }

        enum CodingKeys: String, CodingKey {
            case file
            case label
        }
    }

    public static let name = "entities"
    public static let summary = "Named entities (PERSON, ORG, GPE, LOC, NORP, MISC) with canonical names, by a trained tagger"

    public static let optionsHelp: [OptionHelp] = [
        OptionHelp("model", type: "path", default: "built-in",
                   "A model file written by `gloss train entities` to use instead of the built-in one"),
        OptionHelp("labels", type: "list of labels", default: "all",
                   "Labels to keep, from PERSON, ORG, GPE, LOC, NORP, MISC"),
        OptionHelp("gazetteers", type: "list of {file, label}", default: "none",
                   "Name lists (UTF-8, one name per line, # for comments) whose capitalised occurrences are forced to the label; paths as given"),
    ]

    public static let examples: [AnalyzerExample] = EntitiesExamples.all

    let model: TaggerModel
    let keep: Set<EntityLabel>
    let forced: PhraseTable
    /// Labels of user gazetteer lists, by bit number in `forced`.
    let forcedLabels: [EntityLabel]

    public init(options: Options) throws {
        if let path = options.model {
            do {
                model = try ModelFile.load(path: path)
            } catch {
                throw AnalyzerSetupError("cannot load model \(path): \(error)", option: "model")
            }
        } else {
            model = try BuiltinModel.shared.get()
        }
        if let labels = options.labels {
            var keep = Set<EntityLabel>()
            for name in labels {
                guard let label = EntityLabel(rawValue: name) else {
                    throw AnalyzerSetupError("unknown label \"\(name)\" in labels (expected \(EntitiesAnalyzer.labelNames))", option: "labels")
                }
                keep.insert(label)
            }
            self.keep = keep
        } else {
            keep = Set(EntityLabel.allCases)
        }
        (forced, forcedLabels) = try EntitiesAnalyzer.userGazetteers(options.gazetteers)
    }

    static let labelNames = EntityLabel.allCases.map(\.rawValue).joined(separator: ", ")

    private static func userGazetteers(_ lists: [GazetteerOption]) throws -> (PhraseTable, [EntityLabel]) {
        guard lists.count <= 32 else {
            throw AnalyzerSetupError("at most 32 gazetteers may be given", option: "gazetteers")
        }
        var table = PhraseTable()
        var labels: [EntityLabel] = []
        for (number, list) in lists.enumerated() {
            guard let label = EntityLabel(rawValue: list.label) else {
                throw AnalyzerSetupError("gazetteer \(list.file): unknown label \"\(list.label)\" (expected \(labelNames))", option: "gazetteers")
            }
            guard let data = FileManager.default.contents(atPath: list.file) else {
                throw AnalyzerSetupError("gazetteer file \(list.file) cannot be read", option: "gazetteers")
            }
            table.insertLines(of: String(decoding: data, as: UTF8.self), bits: 1 << UInt32(number))
            labels.append(label)
        }
        return (table, labels)
    }

    public func analyze(_ document: inout Document) {
        let layer = document.textLayer()
        let input = TaggingInput(layer: layer)
        let tags = layer.bytes.withUnsafeBufferPointer { bytes in
            SequenceDecoder(extractor: FeatureExtractor(input: input, bytes: bytes, gazetteer: BuiltinGazetteers.table), runTimeConstraints: true)
                .decode(with: model)
        }
        var mentions = SequenceDecoder.mentions(in: tags).map { Mention(tokens: $0.range, coarse: $0.label) }
        mentions = applyUserGazetteers(to: mentions, input: input)
        mentions = MentionLinker(input: input, bytes: layer.bytes).link(mentions)

        let refiner = LabelRefiner(gazetteer: BuiltinGazetteers.table)
        func text(of mention: Mention) -> String {
            layer.string(Span(input.tokens[mention.tokens.lowerBound].start, input.tokens[mention.tokens.upperBound - 1].end))
        }
        var entities: [Entity] = []
        for mention in mentions {
            let label = refiner.label(of: mention, tokens: input.tokens)
            guard keep.contains(label) else { continue }
            let span = Span(input.tokens[mention.tokens.lowerBound].start, input.tokens[mention.tokens.upperBound - 1].end)
            entities.append(Entity(span: span, text: layer.string(span), label: label,
                                   canonical: text(of: mentions[mention.canonical])))
        }
        document.entities = entities
    }

    /// Names from user lists replace whatever the tagger found on the same tokens.
    private func applyUserGazetteers(to mentions: [Mention], input: TaggingInput) -> [Mention] {
        guard !forced.isEmpty else { return mentions }
        let matches = forced.longestMatches(in: input)
        guard !matches.isEmpty else { return mentions }
        var result = mentions.filter { mention in
            !matches.contains { $0.range.overlaps(mention.tokens) }
        }
        for match in matches {
            let label = forcedLabels[match.bits.trailingZeroBitCount]
            result.append(Mention(tokens: match.range, coarse: CoarseLabel(contractLabel: label), forced: label))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}

extension CoarseLabel {
    init(contractLabel: EntityLabel) {
        switch contractLabel {
        case .person: self = .person
        case .org: self = .org
        case .gpe, .loc: self = .loc
        case .norp, .misc: self = .misc
        }
    }
}

/// The model shipped in the package's resources, loaded once per process on first use.
enum BuiltinModel {
    static let shared: Result<TaggerModel, AnalyzerSetupError> = {
        guard let url = Bundle.module.url(forResource: "entities", withExtension: "model") else {
            return .failure(AnalyzerSetupError("the built-in entity model is missing from the package resources", option: "model"))
        }
        do {
            return .success(try ModelFile.load(path: url.path))
        } catch {
            return .failure(AnalyzerSetupError("the built-in entity model cannot be loaded: \(error)", option: "model"))
        }
    }()
}
