import GlossBuiltins
import GlossKit

/// Loads arbitrary bytes as YAML, decodes the tree into option-like types and as a pipelines
/// file of the built-in analyzers. Every failure must be a `YAMLError` with a usable message.
public enum YAMLFuzzing {
    /// Option-like types covering what analyzers decode: scalars of every kind, lists, maps and
    /// nested mappings, with kebab-case keys.
    struct Options: Decodable {
        var name: String?
        var count: Int?
        var ratio: Double?
        var enabled: Bool?
        var words: [String]?
        var weights: [String: Double]?
        var child: Child?

        enum CodingKeys: String, CodingKey {
            case name, count, ratio, enabled, words, weights, child
        }
    }

    struct Child: Decodable {
        var minWords: Int?
        var labels: [[String]]?
        enum CodingKeys: String, CodingKey {
            case minWords = "min-words"
            case labels
        }
    }

    static let registry = BuiltinAnalyzers.registry

    public static func run(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        let root: YAMLNode?
        do {
            root = try YAMLLoader.load(bytes: bytes, file: "fuzz.yaml")
        } catch {
            requireUsable(error)
            return
        }
        let decoder = YAMLDecoder(keyNoun: "option")
        expectYAMLError { () throws(YAMLError) in _ = try decoder.decode(Options.self, from: root, path: "", file: "fuzz.yaml") }
        expectYAMLError { () throws(YAMLError) in _ = try decoder.decode([String: Options].self, from: root, path: "", file: "fuzz.yaml") }
        expectYAMLError { () throws(YAMLError) in _ = try decoder.decode([Child].self, from: root, path: "", file: "fuzz.yaml") }
        // The loader accepted the bytes, so they are UTF-8.
        let text = String(decoding: bytes, as: UTF8.self)
        do {
            let file = try PipelineFile.load(string: text, file: "fuzz.yaml", registry: registry)
            for pipeline in file.pipelines { _ = try? file.pipeline(named: pipeline.name) }
            _ = try? file.pipeline(named: nil)
        } catch {
            requireUsable(error)
        }
    }

    static func expectYAMLError(_ body: () throws(YAMLError) -> Void) {
        do { try body() } catch { requireUsable(error) }
    }

    static func requireUsable(_ error: YAMLError) {
        Invariant.require(!error.message.isEmpty, "a YAML error has no message")
        Invariant.require(error.description.hasPrefix("fuzz.yaml"), "a YAML error does not name the file: \(error.description)")
        if let mark = error.mark {
            Invariant.require(mark.line >= 1 && mark.column >= 1, "a YAML error has position \(mark)")
        }
    }
}
