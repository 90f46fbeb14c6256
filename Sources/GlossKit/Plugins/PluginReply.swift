/// What a plugin analyzer (library or command) sends back for one document, and how it lands in
/// the document: the reply is a record object whose `id` must be the document's and whose key
/// named after the analyzer becomes `document.extensions[name]`. Every other key is ignored, so
/// a plugin cannot overwrite another step's annotations. A reply `{"id": ..., "error": ...}`
/// fails the document with the plugin's message.
enum PluginReply {
    /// A document the plugin could not analyze. `brokenProtocol` is set when the reply itself is
    /// unusable (not a JSON object, another document's id): a process that sent it is restarted.
    struct Failure: Error, CustomStringConvertible {
        let message: String
        let brokenProtocol: Bool
        var description: String { message }
    }

    static func apply(_ bytes: some Collection<UInt8>, to document: inout Document, analyzer name: String) throws(Failure) {
        func broken(_ message: String) -> Failure { Failure(message: message, brokenProtocol: true) }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw broken("garbled reply, not valid JSON (\(error)): \(excerpt(bytes))")
        }
        guard let reply = value.objectValue else {
            throw broken("garbled reply: expected a JSON object (the record), found \(value.typeDescription)")
        }
        if let error = reply["error"] {
            throw Failure(message: error["message"]?.stringValue ?? error.stringValue ?? "the analyzer reported an error", brokenProtocol: false)
        }
        guard let id = reply["id"]?.stringValue ?? reply["id"]?.intValue.map(String.init) else {
            throw broken("garbled reply: it has no \"id\"")
        }
        guard id == document.id else {
            throw broken("garbled reply: it is for document '\(id)', expected '\(document.id)'")
        }
        guard let output = reply[name] else {
            throw Failure(message: "the reply has no \"\(name)\" key (an analyzer's output goes under its own name)", brokenProtocol: false)
        }
        document.extensions[name] = output
    }

    /// The start of a bad reply, for the error message.
    static func excerpt(_ bytes: some Collection<UInt8>) -> String {
        let head = String(decoding: bytes.prefix(80), as: UTF8.self)
        return (bytes.count > 80 ? head + "…" : head).debugDescription
    }
}
