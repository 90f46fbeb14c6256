/// Charts drawn as inline SVG, each inside a `<figure>` with a caption, a `<title>` and `<desc>`
/// for screen readers, and text labels and values on every bar, so no chart depends on colour:
/// negative, neutral and positive bars also differ by fill pattern (hatched, dotted, solid).
enum SVGChart {
    /// One bar of a bar chart.
    struct Bar {
        let label: String
        let value: Double
        /// The figure printed beside the bar ("12", "12 quotes · +0.21").
        let valueText: String
        /// Fill class: "bar-fill" (plain) or a sentiment class.
        var fill = "bar-fill"
    }

    static let width = 680.0
    static let labelWidth = 210.0
    static let rowHeight = 24.0

    /// The shared SVG patterns referenced by the charts; emitted once per page.
    static let patternDefinitions = """
    <svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>\
    <pattern id="pattern-negative" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
    <rect width="6" height="6" class="fill-negative-bg"/><line x1="0" y1="0" x2="0" y2="6" class="hatch"/></pattern>\
    <pattern id="pattern-neutral" width="5" height="5" patternUnits="userSpaceOnUse">\
    <rect width="5" height="5" class="fill-neutral-bg"/><circle cx="2.5" cy="2.5" r="1.1" class="dot"/></pattern>\
    </defs></svg>
    """

    /// A horizontal bar chart: one row per bar, label on the left, value on the right.
    /// `width` is the drawing's natural width; charts set side by side pass a narrower one so
    /// their text is not scaled down.
    static func bars(id: String, title: String, description: String, bars: [Bar], width: Double = width) -> String {
        let maximum = max(bars.map(\.value).max() ?? 0, 1e-9)
        let labelWidth = min(labelWidth, width * 0.4)
        // About 7 pixels a character at the label's font size, so a cut label never runs off the left.
        let labelLimit = Int((labelWidth - 10) / 7.2)
        let barArea = width - labelWidth - valueRoom(bars)
        let height = Double(bars.count) * rowHeight + 8
        var svg = open(id: id, title: title, description: spoken(description, bars), kind: "bars", items: bars.count,
                       height: height, width: width)
        for (index, bar) in bars.enumerated() {
            let y = 4 + Double(index) * rowHeight
            let length = max(bar.value / maximum * barArea, bar.value > 0 ? 1 : 0)
            svg += "<g class=\"bar\"><title>\(HTMLEscaping.escape(bar.label)): \(HTMLEscaping.escape(bar.valueText))</title>"
            svg += text(x: labelWidth - 8, y: y + 16, anchor: "end", css: "label",
                        HTMLEscaping.shortened(bar.label, limit: labelLimit))
            svg += "<rect class=\"\(bar.fill)\" x=\"\(fmt(labelWidth))\" y=\"\(fmt(y + 3))\" width=\"\(fmt(length))\" height=\"\(fmt(rowHeight - 6))\"/>"
            svg += text(x: labelWidth + length + 6, y: y + 16, anchor: "start", css: "value", bar.valueText)
            svg += "</g>"
        }
        return svg + close()
    }

    /// A diverging bar chart of scores in [-1, 1] around a zero axis.
    static func diverging(id: String, title: String, description: String, bars: [Bar]) -> String {
        let half = (width - labelWidth - valueRoom(bars) - 10) / 2
        let center = labelWidth + half
        let top = 22.0
        let height = top + Double(bars.count) * rowHeight + 8
        var svg = open(id: id, title: title, description: spoken(description, bars), kind: "diverging", items: bars.count,
                       height: height)
        for (value, label) in [(-1.0, "\u{2212}1"), (-0.5, "\u{2212}0.5"), (0, "0"), (0.5, "+0.5"), (1, "+1")] {
            let x = center + value * half
            svg += text(x: x, y: 14, anchor: "middle", css: "tick", label)
            svg += "<line class=\"\(value == 0 ? "axis" : "grid")\" x1=\"\(fmt(x))\" y1=\"18\" x2=\"\(fmt(x))\" y2=\"\(fmt(height - 4))\"/>"
        }
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * rowHeight
            let score = min(max(bar.value, -1), 1)
            let length = max(abs(score) * half, 1)
            let x = score < 0 ? center - length : center
            svg += "<g class=\"bar\"><title>\(HTMLEscaping.escape(bar.label)): \(HTMLEscaping.escape(bar.valueText))</title>"
            svg += text(x: labelWidth - 8, y: y + 16, anchor: "end", css: "label",
                        HTMLEscaping.shortened(bar.label, limit: Int((labelWidth - 10) / 7.2)))
            svg += "<rect class=\"\(sentimentFill(score))\" x=\"\(fmt(x))\" y=\"\(fmt(y + 3))\" width=\"\(fmt(length))\" height=\"\(fmt(rowHeight - 6))\"/>"
            svg += text(x: center + half + 10, y: y + 16, anchor: "start", css: "value", bar.valueText)
            svg += "</g>"
        }
        return svg + close()
    }

    /// A histogram of counts over equal bins of [-1, 1].
    static func histogram(id: String, title: String, description: String, counts: [Int]) -> String {
        let left = 56.0, right = width - 16, top = 18.0, bottom = 190.0
        let height = bottom + 44
        let maximum = max(counts.max() ?? 0, 1)
        let binWidth = (right - left) / Double(counts.count)
        let step = 2.0 / Double(counts.count)
        let listed = counts.enumerated().filter { $0.element > 0 }.map { index, count in
            Bar(label: "\(NumberText.score(-1 + Double(index) * step)) to \(NumberText.score(-1 + Double(index + 1) * step))",
                value: Double(count), valueText: NumberText.grouped(count))
        }
        var svg = open(id: id, title: title, description: spoken(description, listed), kind: "histogram", items: counts.count,
                       height: height)
        svg += "<line class=\"axis\" x1=\"\(fmt(left))\" y1=\"\(fmt(bottom))\" x2=\"\(fmt(right))\" y2=\"\(fmt(bottom))\"/>"
        svg += "<line class=\"axis\" x1=\"\(fmt(left))\" y1=\"\(fmt(top))\" x2=\"\(fmt(left))\" y2=\"\(fmt(bottom))\"/>"
        svg += text(x: left - 6, y: top + 4, anchor: "end", css: "tick", NumberText.grouped(maximum))
        svg += text(x: left - 6, y: bottom, anchor: "end", css: "tick", "0")
        svg += text(x: 14, y: (top + bottom) / 2, anchor: "middle", css: "tick",
                    "documents", transform: "rotate(-90 14 \(fmt((top + bottom) / 2)))")
        for (value, label) in [(-1.0, "\u{2212}1"), (-0.5, "\u{2212}0.5"), (0, "0"), (0.5, "+0.5"), (1, "+1")] {
            let x = left + (value + 1) / 2 * (right - left)
            svg += "<line class=\"axis\" x1=\"\(fmt(x))\" y1=\"\(fmt(bottom))\" x2=\"\(fmt(x))\" y2=\"\(fmt(bottom + 5))\"/>"
            svg += text(x: x, y: bottom + 18, anchor: "middle", css: "tick", label)
        }
        svg += text(x: (left + right) / 2, y: bottom + 38, anchor: "middle", css: "tick", "document sentiment score")
        for (index, count) in counts.enumerated() {
            let low = -1 + Double(index) * step
            let x = left + Double(index) * binWidth
            let barHeight = Double(count) / Double(maximum) * (bottom - top - 14)
            let range = "\(NumberText.score(low)) to \(NumberText.score(low + step))"
            svg += "<g class=\"bar\"><title>\(range): \(count) document\(count == 1 ? "" : "s")</title>"
            svg += "<rect class=\"\(sentimentFill(low + step / 2))\" x=\"\(fmt(x + 1))\" y=\"\(fmt(bottom - barHeight))\" width=\"\(fmt(binWidth - 2))\" height=\"\(fmt(barHeight))\"/>"
            if count > 0 {
                svg += text(x: x + binWidth / 2, y: bottom - barHeight - 4, anchor: "middle", css: "value", NumberText.grouped(count))
            }
            svg += "</g>"
        }
        return svg + close()
    }

    /// The legend that explains the sentiment fills in words, for readers who cannot tell colours.
    static let sentimentLegend = """
    <p class="legend"><span class="swatch"><svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" class="fill-negative"/></svg></span> negative (hatched) \
    <span class="swatch"><svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" class="fill-neutral"/></svg></span> neutral (dotted) \
    <span class="swatch"><svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" class="fill-positive"/></svg></span> positive (solid)</p>
    """

    /// The chart's description followed by its data, for screen readers (an SVG with role "img"
    /// is read as its title and description only).
    private static func spoken(_ description: String, _ bars: [Bar]) -> String {
        guard !bars.isEmpty else { return description }
        return description + " " + bars.map { "\($0.label): \($0.valueText)" }.joined(separator: "; ") + "."
    }

    /// Room kept right of the bars for the longest value text (about 6.6 pixels a character).
    private static func valueRoom(_ bars: [Bar]) -> Double {
        let longest = bars.map(\.valueText.count).max() ?? 0
        return min(max(Double(longest) * 6.6 + 14, 60), 280)
    }

    static func sentimentFill(_ score: Double) -> String {
        score > 0.05 ? "fill-positive" : score < -0.05 ? "fill-negative" : "fill-neutral"
    }

    private static func open(id: String, title: String, description: String, kind: String, items: Int, height: Double,
                             width: Double = width) -> String {
        let title = HTMLEscaping.escape(title)
        return "<figure class=\"chart\" id=\"\(id)\" data-chart=\"\(kind)\" data-items=\"\(items)\">"
            + "<figcaption>\(title)</figcaption>"
            + "<svg role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" width=\"\(fmt(width))\" height=\"\(fmt(height))\">"
            + "<title id=\"\(id)-title\">\(title)</title><desc id=\"\(id)-desc\">\(HTMLEscaping.escape(description))</desc>"
    }

    private static func close() -> String { "</svg></figure>" }

    private static func text(x: Double, y: Double, anchor: String, css: String, _ content: String, transform: String? = nil) -> String {
        let extra = transform.map { " transform=\"\($0)\"" } ?? ""
        return "<text class=\"\(css)\" x=\"\(fmt(x))\" y=\"\(fmt(y))\" text-anchor=\"\(anchor)\"\(extra)>\(HTMLEscaping.escape(content))</text>"
    }

    private static func fmt(_ value: Double) -> String { NumberText.coordinate(value) }
}
