package dev.kartoteka.examples.report;

/** The report's style sheet, inlined in the page. Fonts are the reader's own sans-serif faces: nothing to download. */
final class Style {

    static final String CSS = """
            :root {
              --ink: #1f2733; --muted: #677285; --faint: #8a94a6; --line: #e3e6ec; --bg: #f4f5f8; --card: #ffffff;
              --blue: #2f6bd8; --orange: #e8792e;
            }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body {
              margin: 0; padding: 0 24px; background: var(--bg); color: var(--ink);
              font: 14px/1.45 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial,
                "Liberation Sans", "Noto Sans", system-ui, sans-serif;
              font-variant-numeric: tabular-nums;
            }
            .page { max-width: 1200px; margin: 0 auto; padding: 36px 0 48px; }
            .masthead { padding: 4px 2px 8px; }
            .eyebrow { margin: 0; color: var(--blue); font-size: 12px; font-weight: 600; letter-spacing: .08em;
              text-transform: uppercase; }
            h1 { margin: 6px 0 2px; font-size: 30px; line-height: 1.2; font-weight: 700; letter-spacing: -.01em; }
            .subtitle { margin: 0; color: var(--muted); font-size: 16px; }
            .asof { margin: 4px 0 0; color: var(--faint); font-size: 13px; }
            .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 14px;
              margin-top: 20px; }
            .tile { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px;
              border-top: 3px solid var(--blue); }
            .tile-label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .05em; }
            .tile-value { font-size: 24px; font-weight: 700; margin-top: 2px; white-space: nowrap; }
            .tile-note { color: var(--faint); font-size: 12px; }
            .row { display: grid; gap: 20px; margin-top: 20px; grid-template-columns: minmax(0, 1fr); }
            .row.split { grid-template-columns: minmax(0, 5fr) minmax(0, 7fr); }
            .row.halves { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
            .card { background: var(--card); border: 1px solid var(--line); border-radius: 12px;
              padding: 20px 24px 18px; min-width: 0; }
            h2 { margin: 0; font-size: 18px; line-height: 1.3; font-weight: 650; }
            h3 { margin: 14px 0 8px; font-size: 13px; font-weight: 600; color: var(--muted); }
            .pane > h3:first-child { margin-top: 0; }
            .lede { margin: 3px 0 16px; color: var(--muted); font-size: 13px; }
            .note { margin: 10px 0 0; color: var(--muted); font-size: 12.5px; }
            .empty { margin: 8px 0; padding: 18px; border: 1px dashed var(--line); border-radius: 8px;
              color: var(--faint); text-align: center; }
            .muted { color: var(--faint); }
            .pair { display: flex; gap: 30px; align-items: flex-start; }
            .pair > .pane { flex: 1 1 0; min-width: 0; }
            .pair.wide-left > .pane:first-child { flex: 0 0 640px; }
            svg.chart { display: block; max-width: 100%; height: auto; overflow: visible; }
            svg text { font-family: inherit; fill: var(--ink); }
            svg .label { font-size: 12.5px; }
            svg .value { font-size: 12.5px; fill: var(--muted); }
            svg .axis { font-size: 11.5px; fill: var(--muted); }
            svg .axis-title { font-size: 11.5px; fill: var(--muted); font-weight: 600; }
            svg .axis-rule { stroke: var(--line); stroke-width: 1; }
            svg .gridline { stroke: #edf0f3; stroke-width: 1; }
            svg .baseline { stroke: #c3c9d3; stroke-width: 1; }
            svg .track { fill: #f0f2f6; }
            svg .swatch { stroke: rgba(0,0,0,.08); stroke-width: 1; }
            svg .cell { stroke: none; }
            svg .cell-empty { fill: #fafbfc; stroke: #eef0f3; stroke-width: 1; }
            svg .cell-text { font-size: 13px; font-weight: 600; }
            svg .cell-sub { font-size: 10.5px; fill: rgba(31,39,51,.72); }
            svg .on-dark { fill: #ffffff; }
            svg .cell-sub.on-dark { fill: rgba(255,255,255,.85); }
            svg .muted { fill: var(--faint); }
            td.alive { white-space: nowrap; }
            svg .marker { stroke: var(--ink); stroke-width: 1.2; stroke-dasharray: 4 3; }
            svg .marker-label { font-size: 11.5px; font-weight: 600; }
            svg .series-actual { fill: none; stroke: var(--ink); stroke-width: 2.2; stroke-linejoin: round; }
            svg .series-predicted { fill: none; stroke: var(--blue); stroke-width: 2.2; stroke-dasharray: 6 4;
              stroke-linejoin: round; }
            svg .point-actual { fill: var(--ink); }
            svg .point-predicted { fill: #ffffff; stroke: var(--blue); stroke-width: 2; }
            table { width: 100%; border-collapse: collapse; font-size: 13px; }
            th { text-align: left; color: var(--muted); font-weight: 600; font-size: 11.5px; text-transform: uppercase;
              letter-spacing: .04em; padding: 0 8px 6px; border-bottom: 1px solid var(--line); }
            td { padding: 6px 8px; border-bottom: 1px solid #f0f2f5; vertical-align: middle; }
            tr:last-child td { border-bottom: none; }
            .num { text-align: right; white-space: nowrap; }
            td.name { font-weight: 500; overflow-wrap: anywhere; }
            .strong { font-weight: 650; }
            .meter { display: inline-block; width: 56px; height: 6px; border-radius: 3px; background: #e8ecf3;
              vertical-align: middle; margin-right: 6px; overflow: hidden; }
            .meter > span { display: block; height: 100%; background: var(--blue); border-radius: 3px; }
            .stats { display: flex; gap: 10px; margin-bottom: 14px; }
            .stat { flex: 1 1 0; background: #f7f8fb; border-radius: 8px; padding: 10px 12px; }
            .stat-value { font-size: 22px; font-weight: 700; white-space: nowrap; }
            .stat-label { color: var(--muted); font-size: 12px; }
            .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 10px 0 0; padding: 0;
              font-size: 12.5px; color: var(--ink); }
            .legend .sw { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 6px;
              vertical-align: -1px; }
            .clusters { list-style: none; margin: 0; padding: 0; }
            .clusters li { display: flex; justify-content: space-between; align-items: center; gap: 12px;
              padding: 7px 0; border-bottom: 1px solid #f0f2f5; }
            .clusters li:last-child { border-bottom: none; }
            .members { display: flex; flex-wrap: wrap; gap: 6px; }
            .chip { background: #eef3fd; color: #1d4aa3; border-radius: 999px; padding: 2px 10px; font-size: 12.5px;
              white-space: nowrap; }
            .why { color: var(--muted); font-size: 12px; text-align: right; }
            .rejects td:nth-child(2) { white-space: nowrap; color: var(--muted); }
            .foot { margin-top: 28px; color: var(--faint); font-size: 12px; text-align: center; }
            .foot p { margin: 2px 0; }
            @media (max-width: 900px) {
              .row.split, .row.halves { grid-template-columns: minmax(0, 1fr); }
              .pair { flex-direction: column; }
              .pair.wide-left > .pane:first-child { flex: 1 1 auto; }
            }
            """;

    private Style() {
    }
}
