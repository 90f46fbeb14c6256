/// The one protocol every analyzer conforms to, built-in or plugin.
///
/// An analyzer is built once per run from its step's YAML options (`init(options:)`) and then
/// shared by every worker thread, so it must be an immutable value: keep compiled patterns,
/// lexicons and models in `let` properties and all per-document state on the stack.
/// `analyze(_:)` is called once per document, on any thread, possibly concurrently.
public protocol Analyzer: Sendable {
    /// The step's options, decoded from the YAML mapping that follows the analyzer's name.
    /// A key the type does not ask for is an error ("unknown option ... did you mean ...").
    /// Decode optional keys with `decodeIfPresent` and apply defaults so `{}` is valid.
    associatedtype Options: Decodable & Sendable

    /// The name used in pipelines.yaml and in `gloss analyzers`.
    static var name: String { get }
    /// One line for `gloss analyzers`.
    static var summary: String { get }
    /// The options a user can set, for `gloss analyzers NAME` and pipelines.yaml docs.
    static var optionsHelp: [OptionHelp] { get }
    /// Worked examples: documentation (`gloss analyzers NAME`) and tests (one generic test runs
    /// every registered analyzer's examples).
    static var examples: [AnalyzerExample] { get }
    /// True for a step that rewrites `text` (boilerplate stripping). Rewriting steps must come
    /// before every annotating step in a pipeline; this is checked when the pipeline loads.
    static var rewritesText: Bool { get }

    /// Builds the analyzer; throw `AnalyzerSetupError` for bad option values (a missing file, a
    /// threshold out of range) so the error names the step's YAML position.
    init(options: Options) throws

    /// Adds this analyzer's annotations to the document (or rewrites its text).
    /// Throwing turns the document into an error record; the run goes on.
    func analyze(_ document: inout Document) throws
}

extension Analyzer {
    public static var rewritesText: Bool { false }
    public static var optionsHelp: [OptionHelp] { [] }
    public static var examples: [AnalyzerExample] { [] }
}

/// Documentation of one option of an analyzer.
public struct OptionHelp: Sendable, Hashable {
    /// The YAML key, e.g. `min-words`.
    public let key: String
    /// The expected value, e.g. `integer`, `remove | mark`, `path`.
    public let type: String
    /// The default as it would be written in YAML, e.g. `3`, `remove`, `none`.
    public let defaultValue: String
    public let summary: String

    public init(_ key: String, type: String, default defaultValue: String, _ summary: String) {
        self.key = key
        self.type = type
        self.defaultValue = defaultValue
        self.summary = summary
    }
}

/// An input text and what an analyzer must produce for it.
///
/// `expected` is JSON that the output record must CONTAIN: every key given must be present with a
/// matching value; arrays match when each expected element matches a distinct actual element in
/// order (extra actual elements are allowed unless `exact` is set); numbers match within 1e-6;
/// the string `"<0"` / `">0"` matches a negative / positive number. Offsets in `expected` are
/// Unicode code points, as in the record.
public struct AnalyzerExample: Sendable {
    public let text: String
    /// The step's options as a YAML flow mapping, e.g. `{mode: mark}`; empty for defaults.
    public let options: String
    /// Analyzers that run before this one in the example's pipeline (e.g. `["entities"]`).
    public let before: [String]
    public let expected: String
    /// When true, arrays in `expected` must have exactly the expected number of elements.
    public let exact: Bool
    /// What the example shows, for `gloss analyzers NAME`.
    public let note: String

    public init(_ note: String, text: String, options: String = "", before: [String] = [],
                expected: String, exact: Bool = false) {
        self.note = note
        self.text = text
        self.options = options
        self.before = before
        self.expected = expected
        self.exact = exact
    }
}

/// A problem with an analyzer's option values found while building it.
/// The pipeline loader adds the step's file, line and column.
public struct AnalyzerSetupError: Error, CustomStringConvertible, Sendable {
    public let message: String
    /// The option key at fault, when there is one (the error then points at that key).
    public let option: String?

    public init(_ message: String, option: String? = nil) {
        self.message = message
        self.option = option
    }

    public var description: String { message }
}

/// An analyzer's failure on one document; becomes the document's error record.
public struct AnalysisError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
