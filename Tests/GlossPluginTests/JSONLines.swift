import Foundation

/// Input documents for `gloss run`, as JSON Lines.
enum JSONLines {
    /// One `{"id": ..., "text": ...}` line per (id, text) pair.
    static func documents(_ documents: [(String, String)]) -> String {
        documents.map { id, text in
            let object: [String: String] = ["id": id, "text": text]
            let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }
}
