/// Escaping of untrusted text (document text, ids, speakers, reasons, file names) for HTML and SVG.
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'` so the result is safe as element content and inside a
    /// quoted attribute. Control characters other than tab, line feed and carriage return, which
    /// HTML does not allow, become U+FFFD.
    public static func escape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        append(text.unicodeScalars, to: &result)
        return String(result)
    }

    /// Escapes a run of scalars onto `output` (used for slices of a document's text).
    public static func append(_ scalars: some Sequence<Unicode.Scalar>, to output: inout String.UnicodeScalarView) {
        for scalar in scalars {
            switch scalar {
            case "&": output.append(contentsOf: "&amp;".unicodeScalars)
            case "<": output.append(contentsOf: "&lt;".unicodeScalars)
            case ">": output.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": output.append(contentsOf: "&quot;".unicodeScalars)
            case "'": output.append(contentsOf: "&#39;".unicodeScalars)
            case "\t", "\n", "\r": output.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value)
                    || value & 0xFFFE == 0xFFFE {
                    output.append("\u{FFFD}")
                } else {
                    output.append(scalar)
                }
            }
        }
    }

    /// A string usable as (part of) an HTML id and URL fragment: ASCII letters, digits, `-` and
    /// `_` kept, anything else written as `.` plus its hex value so distinct ids stay distinct.
    public static func identifier(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": result.unicodeScalars.append(scalar)
            default: result += "." + String(scalar.value, radix: 16)
            }
        }
        return result
    }

    /// Shortens a label for a chart to at most `limit` characters, ending in "…" when cut.
    public static func shortened(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(max(limit - 1, 1))) + "…"
    }
}
