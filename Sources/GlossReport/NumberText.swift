/// Numbers as the report prints them (fixed decimals, thousands separators, signed scores),
/// without locale surprises.
enum NumberText {
    /// `value` rounded to `digits` decimals: 0.4249 -> "0.42".
    static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard digits > 0 else { return sign + grouped(scaled) }
        let whole = scaled / Int(scale)
        var fraction = String(scaled % Int(scale))
        while fraction.count < digits { fraction = "0" + fraction }
        return sign + grouped(whole) + "." + fraction
    }

    /// An integer with thin thousands separators: 1234567 -> "1,234,567".
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "," }
            result.append(character)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// A sentiment score with its sign and a real minus sign: "+0.42", "−0.60", "0.00".
    static func score(_ value: Double) -> String {
        let text = fixed(abs(value), digits: 2)
        if text == "0.00" { return text }
        return (value < 0 ? "\u{2212}" : "+") + text
    }

    /// A count with its noun, singular or plural: "1 quote", "1,204 quotes".
    static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        grouped(value) + " " + (value == 1 ? singular : plural ?? singular + "s")
    }

    /// A share as a percentage: 0.1234 -> "12.3%".
    static func percent(_ share: Double) -> String {
        fixed(share * 100, digits: 1) + "%"
    }

    /// Bytes as megabytes with two decimals, or kilobytes below a megabyte.
    static func megabytes(_ bytes: Int) -> String {
        if bytes < 1_000_000 { return fixed(Double(bytes) / 1_000, digits: 1) + " kB" }
        return fixed(Double(bytes) / 1_000_000, digits: 2) + " MB"
    }

    /// A coordinate for SVG, one decimal.
    static func coordinate(_ value: Double) -> String {
        fixed(value, digits: 1)
    }
}
