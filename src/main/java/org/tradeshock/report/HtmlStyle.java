package org.tradeshock.report;

/** The inline stylesheet of the HTML report: system fonts only, sober colours, print rules. */
final class HtmlStyle {
  private HtmlStyle() {}

  static final String CSS =
      """
      :root { --ink: #1f2328; --muted: #5b6470; --rule: #d8dde3; --accent: #1f4e79;
              --bg-soft: #f5f7fa; --warn: #9a3412; --warn-bg: #fff7ed; --note-bg: #eff6ff; }
      * { box-sizing: border-box; }
      html { font-size: 16px; }
      body { margin: 0; color: var(--ink); background: #fff; line-height: 1.55;
             font-family: "Source Serif Pro", Georgia, "DejaVu Serif", "Times New Roman", serif; }
      header.top { position: sticky; top: 0; z-index: 10; background: #fff;
                   border-bottom: 2px solid var(--accent); }
      header.top .wrap { max-width: 1200px; margin: 0 auto; padding: 0.7rem 1.5rem; }
      header.top h1 { margin: 0; font-size: 1.45rem; line-height: 1.25; color: var(--accent);
                      font-family: system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
      header.top .subtitle { margin: 0.15rem 0 0; color: var(--muted); font-size: 0.95rem;
                             font-family: system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
      main { max-width: 1200px; margin: 0 auto; padding: 1rem 1.5rem 2rem; }
      nav.toc { background: var(--bg-soft); border: 1px solid var(--rule); border-radius: 6px;
                padding: 0.6rem 1.2rem; margin: 1rem 0 1.5rem;
                font-family: system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; font-size: 0.95rem; }
      nav.toc h2 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em;
                   color: var(--muted); margin: 0.3rem 0; border: 0; padding: 0; }
      nav.toc ol { margin: 0.2rem 0 0.4rem; padding-left: 1.4rem; columns: 2; column-gap: 2rem; }
      a { color: var(--accent); }
      section { scroll-margin-top: 5.5rem; }
      h2 { font-family: system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; font-size: 1.3rem;
           color: var(--ink); border-bottom: 1px solid var(--rule); padding-bottom: 0.25rem;
           margin: 2.2rem 0 0.9rem; }
      p, ul { max-width: 46rem; }
      code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.88em;
             background: var(--bg-soft); padding: 0.05em 0.3em; border-radius: 3px; }
      pre.equation { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.92rem;
                     background: var(--bg-soft); border-left: 3px solid var(--accent);
                     padding: 0.7rem 1rem; overflow-x: auto; max-width: 46rem; }
      aside.callout { border-left: 4px solid var(--accent); background: var(--note-bg);
                      padding: 0.6rem 1rem; margin: 1rem 0; max-width: 46rem; }
      aside.callout.warning { border-left-color: var(--warn); background: var(--warn-bg); }
      aside.callout .label { font-family: system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif;
                             font-weight: 700; margin-right: 0.3rem; }
      aside.callout.warning .label { color: var(--warn); }
      figure { margin: 1.5rem 0; break-inside: avoid; }
      figure img { display: block; max-width: 100%; height: auto; border: 1px solid var(--rule); }
      figcaption, caption { font-family: system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif;
                            font-size: 0.9rem; color: var(--muted); text-align: left; }
      figcaption { margin-top: 0.4rem; }
      .num-label { font-weight: 700; color: var(--ink); }
      .table-wrap { overflow-x: auto; }
      table { border-collapse: collapse; margin: 0.3rem 0; font-size: 0.93rem;
              font-family: system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
      caption { caption-side: top; padding-bottom: 0.4rem; }
      th, td { padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
      thead th { border-bottom: 2px solid var(--ink); text-align: left; font-weight: 600; }
      tbody tr:nth-child(even) { background: #fafbfc; }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      .num .qual { font-size: 0.82em; color: var(--muted); }
      tbody td:first-child { min-width: 9rem; }
      thead th.num { text-align: right; white-space: normal; }
      .table-note { font-size: 0.85rem; color: var(--muted); margin: 0.35rem 0 0; }
      .csv-link { font-size: 0.85rem; margin: 0.2rem 0 0;
                  font-family: system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
      footer { max-width: 1200px; margin: 0 auto; padding: 0.8rem 1.5rem 2rem; color: var(--muted);
               border-top: 1px solid var(--rule); font-size: 0.8rem;
               font-family: system-ui, "Segoe UI", "DejaVu Sans", Arial, sans-serif; }
      @media print {
        html { font-size: 11pt; }
        header.top { position: static; }
        nav.toc ol { columns: 1; }
        .csv-link { display: none; }
        a { color: inherit; text-decoration: none; }
        h2 { break-after: avoid; }
        table, aside.callout, pre.equation { break-inside: avoid; }
      }
      """;
}
