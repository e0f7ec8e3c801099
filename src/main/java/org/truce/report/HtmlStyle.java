package org.truce.report;

/** The style sheet of the HTML report: one page, no file or font from elsewhere. */
final class HtmlStyle {

    private HtmlStyle() {
    }

    static final String STYLE = """
            :root { --ok:#1a7f37; --ok-bg:#dafbe1; --bad:#cf222e; --bad-bg:#ffebe9; --mixed:#9a6700; --mixed-bg:#fff8c5;
                    --none:#57606a; --none-bg:#eaeef2; --ink:#1f2328; --line:#d0d7de; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   color: var(--ink); margin: 0 auto; max-width: 1320px; padding: 16px 24px 48px; line-height: 1.45; }
            h1 { font-size: 1.6rem; margin: .2em 0; } h2 { font-size: 1.25rem; margin-top: 1.8em; border-bottom: 1px solid var(--line); }
            h3 { font-size: 1.02rem; margin: 1.2em 0 .3em; }
            .lede { color: #424a53; margin: .2em 0 .8em; max-width: 75em; }
            table { border-collapse: collapse; font-size: .92rem; }
            th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
            thead th { background: #f6f8fa; }
            table.matrix { width: 100%; } .matrix th.term { min-width: 12em; } .matrix .st { font-size: .78rem; padding: 1px 4px; }
            .matrix td.cell { text-align: center; white-space: nowrap; vertical-align: middle; } .matrix td.none { vertical-align: middle; }
            .matrix th.term small, .muted { color: #57606a; font-weight: normal; }
            .st { display: inline-block; border-radius: 4px; padding: 1px 6px; font-weight: 600; font-size: .85rem;
                  text-decoration: none; white-space: nowrap; border: 1px solid currentColor; }
            .s-compliant { color: var(--ok); background: var(--ok-bg); } .s-violated { color: var(--bad); background: var(--bad-bg); }
            .s-contested { color: var(--mixed); background: var(--mixed-bg); } .s-undetermined { color: var(--none); background: var(--none-bg); }
            .v-supported { color: var(--bad); background: var(--bad-bg); } .v-not_supported { color: var(--ok); background: var(--ok-bg); }
            .v-contested { color: var(--mixed); background: var(--mixed-bg); } .v-undetermined { color: var(--none); background: var(--none-bg); }
            td.none { color: #8c959f; text-align: center; } .st.self { color: #6639ba; background: #fbefff; font-weight: normal; }
            .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: .88rem; margin: .6em 0; }
            figure { margin: 1.2em 0; } figcaption { font-size: .9rem; color: #424a53; max-width: 75em; }
            figcaption strong { color: var(--ink); font-size: 1rem; }
            svg.chart { width: 100%; height: auto; max-width: 1100px; display: block; }
            svg .grid { stroke: #eaeef2; } svg .axis { stroke: #57606a; } svg .tick, svg .daynum { font-size: 11px; fill: #57606a; }
            svg .day { font-size: 13px; font-weight: 600; fill: #1f2328; } svg .value { font-size: 13px; font-weight: 600; fill: #1f2328; }
            svg .extension { fill: #f6f8fa; }
            svg .bar.plain { fill: #0969da; } svg .bar.meets { fill: #2da44e; } svg .bar.below { fill: #cf222e; }
            svg .bar.between { fill: #bf8700; }
            svg .required { stroke: #1f2328; stroke-width: 2; stroke-dasharray: 7 4; }
            svg .required-label { font-size: 11px; fill: #1f2328; paint-order: stroke; stroke: #fff; stroke-width: 3px; } svg .missing { font-size: 12px; fill: #6e7781; font-style: italic; }
            .key { display: inline-block; width: 12px; height: 12px; vertical-align: -1px; margin-right: 4px; }
            .finding { border-left: 4px solid var(--line); padding: 2px 12px; margin: 12px 0; }
            .finding.s-compliant, .finding.s-violated, .finding.s-contested, .finding.s-undetermined { background: none; color: inherit; }
            .finding.s-compliant { border-color: var(--ok); } .finding.s-violated { border-color: var(--bad); }
            .finding.s-contested { border-color: var(--mixed); } .finding.s-undetermined { border-color: var(--none); }
            blockquote { margin: .3em 0; padding: 2px 10px; border-left: 3px solid var(--line); color: #424a53; }
            ul.accounts { margin: .3em 0; padding-left: 1.2em; } .finding p { margin: .3em 0; }
            .sources td:nth-child(5) { max-width: 36em; } .sources td:nth-child(6) { word-break: break-all; max-width: 28em; }
            .what-if { border: 2px solid var(--bad); background: var(--bad-bg); border-radius: 6px; padding: 6px 14px; margin: .8em 0; }
            .what-if p { margin: .3em 0; } .what-if ul { margin: .2em 0 .4em; padding-left: 1.2em; }
            table.readings { margin: .4em 0; } table.readings td:nth-child(2) { max-width: 36em; } table.readings td:first-child { white-space: nowrap; }
            .by-reading { margin: .6em 0; } .by-reading > input { margin: 0 .25em 0 1em; vertical-align: -1px; }
            .by-reading > input:checked + label { font-weight: 600; text-decoration: underline; }
            .by-reading > .pick-clause { display: block; margin-top: .3em; font-weight: 600; font-size: .92rem; }
            .by-reading > label { font-size: .92rem; } .by-reading > table.matrix { margin-top: .6em; }
            .by-reading .rv { display: none; } .by-reading .rv.k0 { display: inline; } .by-reading .rv:not(.k0) .st { border-style: dashed; }
            .st small { font-weight: normal; }
            @media print { .finding { break-inside: avoid; } }
            """;
}
