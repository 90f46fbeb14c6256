/// The page's stylesheet, inlined so the report is one file that needs no network.
///
/// Colours are an aid only: entity labels are written after each mention, quotes are underlined
/// and followed by their speaker, sentence scores are printed, and chart fills differ by pattern.
enum ReportStyle {
    static let css = """
    :root { color-scheme: light; --ink: #1d2330; --muted: #5b6474; --rule: #d5d9e0; --paper: #ffffff;
      --neg: #b3362c; --neg-bg: #f6d5d1; --pos: #2f7d3a; --pos-bg: #d4ecd6; --neu: #7a8290; --neu-bg: #e6e8ec;
      --bar: #3c6e9f; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
      color: var(--ink); background: #f4f5f7; }
    header.page, main { max-width: 1080px; margin: 0 auto; padding: 0 24px; }
    header.page { padding-top: 24px; }
    h1 { font-size: 26px; margin: 0 0 4px; }
    h2 { font-size: 20px; margin: 32px 0 12px; border-bottom: 2px solid var(--rule); padding-bottom: 4px; }
    h3 { font-size: 16px; margin: 20px 0 8px; }
    h4 { font-size: 14px; margin: 0 0 6px; }
    .muted, .subtitle { color: var(--muted); }
    nav.toc ul { display: flex; flex-wrap: wrap; gap: 4px 18px; list-style: none; padding: 0; margin: 8px 0 0; }
    section.panel, article.document { background: var(--paper); border: 1px solid var(--rule); border-radius: 6px;
      padding: 16px 20px; margin: 0 0 16px; }
    dl.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 12px; margin: 0; }
    dl.figures div { border-left: 3px solid var(--bar); padding-left: 10px; }
    dl.figures dt { color: var(--muted); font-size: 13px; }
    dl.figures dd { margin: 0; font-size: 22px; font-weight: 600; }
    .warning { background: #fff4d6; border: 1px solid #e0b84a; border-radius: 4px; padding: 8px 12px; }
    table { border-collapse: collapse; margin: 8px 0; font-size: 14px; }
    th, td { text-align: left; padding: 4px 10px; border-bottom: 1px solid var(--rule); vertical-align: top; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    figure.chart { margin: 12px 0 20px; }
    figure.chart svg { max-width: 100%; height: auto; }
    section.panel > h2 { margin-top: 0; }
    figure.chart figcaption { font-weight: 600; margin-bottom: 4px; }
    svg text { font: 12px system-ui, "DejaVu Sans", sans-serif; fill: var(--ink); }
    svg text.tick { fill: var(--muted); font-size: 11px; }
    svg .axis { stroke: var(--ink); stroke-width: 1; }
    svg .grid { stroke: var(--rule); stroke-width: 1; stroke-dasharray: 3 3; }
    .bar-fill { fill: var(--bar); }
    .fill-positive { fill: var(--pos); }
    .fill-negative { fill: url(#pattern-negative); stroke: var(--neg); stroke-width: 1; }
    .fill-neutral { fill: url(#pattern-neutral); stroke: var(--neu); stroke-width: 1; }
    .fill-negative-bg { fill: var(--neg-bg); }
    .fill-neutral-bg { fill: var(--neu-bg); }
    .hatch { stroke: var(--neg); stroke-width: 3; }
    .dot { fill: var(--neu); }
    svg.defs { position: absolute; }
    .legend { font-size: 13px; color: var(--muted); }
    .swatch svg { vertical-align: -2px; }
    .grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 0 24px; }
    .reading { display: grid; grid-template-columns: minmax(0, 1fr) 240px; gap: 20px; }
    .reading .text { white-space: pre-wrap; line-height: 1.9; font-size: 16px; overflow-wrap: anywhere; }
    aside.margin { border-left: 2px solid var(--rule); padding-left: 12px; font-size: 13px; }
    aside.margin ol { padding-left: 18px; margin: 0; }
    aside.margin del, a.cut del { color: var(--neg); text-decoration-thickness: 2px; }
    a.cut { font-size: 12px; text-decoration: none; margin: 0 2px; }
    .facts { color: var(--muted); margin: 0 0 10px; }
    .sentence.tint-pos2 { background: #bfe3c4; } .sentence.tint-pos1 { background: #e3f3e5; }
    .sentence.tint-neg2 { background: #f2c3bd; } .sentence.tint-neg1 { background: #f9e1de; }
    sup.score { font-size: 10px; color: var(--muted); margin: 0 3px 0 1px; font-variant-numeric: tabular-nums; }
    .quote { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px;
      text-decoration-color: #6a4c93; }
    .speaker-tag { font-size: 12px; font-style: italic; color: #6a4c93; margin: 0 4px; }
    .speaker-mention { outline: 1px dashed #6a4c93; outline-offset: 1px; }
    .entity { border-radius: 3px; padding: 1px 2px; border-bottom: 2px solid; }
    .ent-label { font-size: 10px; font-weight: 700; letter-spacing: .03em; margin: 0 3px 0 1px; padding: 0 3px;
      border-radius: 2px; background: var(--ink); color: #fff; vertical-align: 1px; }
    .ent-PERSON { background: #fde2b8; border-color: #c77b00; }
    .ent-ORG { background: #d6e4ff; border-color: #2f5fb3; }
    .ent-GPE { background: #d9f2e3; border-color: #23875a; }
    .ent-LOC { background: #e9e0f7; border-color: #7048a8; }
    .ent-NORP { background: #fbdbe8; border-color: #b3386b; }
    .ent-MISC { background: #e8e8e8; border-color: #6b6b6b; }
    ul.entity-legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 13px; }
    @media print { body { background: #fff; } .reading { grid-template-columns: 1fr; } }
    """
}
