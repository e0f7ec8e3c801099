package org.truce.report;

import org.truce.check.ClaimVerdict;
import org.truce.check.Finding;
import org.truce.check.ReadingInForce;
import org.truce.check.Report;
import org.truce.check.Status;
import org.truce.factset.Day;
import org.truce.factset.Extension;
import org.truce.factset.Source;
import org.truce.report.ReportView.Chart;
import org.truce.report.ReportView.ClauseReadings;
import org.truce.report.ReportView.PauseDay;
import org.truce.report.ReportView.TermRow;
import org.truce.rulebook.ClauseIndex;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static org.truce.report.Escape.html;
import static org.truce.report.Escape.isolated;

/**
 * One self-contained HTML page per run (README): the matrix of terms × pause days, charts drawn as inline SVG, every
 * finding with its clause and sourced accounts, the claims and the sources. No script, no fetched font or image: the
 * page opens offline, and its content-security policy forbids scripts and network loads as a second line of defence
 * behind the escaping of every text from the fact set. Fact-set text that holds right-to-left letters or bidi controls is
 * isolated in {@code <bdi>}, so it cannot reorder the words around it.
 *
 * <p>Where a clause was reported more than one way, the matrix offers a choice per clause: all readings combined (the
 * default, the findings as they stand), or one reading, whose statuses then fill that clause's row while every other
 * row stays as it is. The choice is made with radio buttons and style rules alone: no script is needed, and none runs.
 * The style rules the choice adds name only numbers the report makes up, never text from a file.
 */
public final class HtmlReport implements ReportWriter {

    private static final String STYLE = """
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
            td.none { color: #8c959f; text-align: center; }
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
            .sources td:nth-child(4) { max-width: 36em; } .sources td:nth-child(5) { word-break: break-all; max-width: 28em; }
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

    private final Function<String, ChartSource> charts;

    /** A page with no charts. */
    public HtmlReport() {
        this(agreement -> ChartSource.NONE);
    }

    /** A page whose charts for each report come from the chart source {@code charts} gives for its agreement id. */
    public HtmlReport(Function<String, ChartSource> charts) {
        this.charts = charts;
    }

    @Override
    public void write(List<Report> reports, Writer out) throws IOException {
        StringBuilder s = new StringBuilder();
        String title = reports.size() == 1 ? title(reports.get(0)) : "truce reports (" + reports.size() + " fact sets)";
        if (reports.stream().anyMatch(r -> !r.scenario().whatIf().isEmpty())) {
            title = "what-if: " + title;
        }
        List<ReportView> views = reports.stream().map(ReportView::of).toList();
        s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(html(title)).append("</title>\n<style>\n").append(STYLE).append(choiceStyle(views))
                .append("</style>\n</head>\n<body>\n");
        for (int i = 0; i < views.size(); i++) {
            report(s, views.get(i), reports.size() == 1 ? "" : "r" + (i + 1) + "-");
        }
        s.append("</body>\n</html>\n");
        out.write(s.toString());
    }

    private static String title(Report r) {
        return "truce report: " + (r.facts().title() == null ? r.facts().agreement() : r.facts().title());
    }

    private void report(StringBuilder s, ReportView v, String ns) {
        Report r = v.report();
        s.append("<section class=\"report\" id=\"").append(ns).append("report\">\n");
        s.append("<h1>").append(isolated(r.facts().title() == null ? r.facts().agreement() : r.facts().title())).append("</h1>\n");
        whatIf(s, r);
        s.append("<p class=\"lede\">Agreement <code>").append(html(r.facts().agreement())).append("</code>: ")
                .append(html(r.index().title())).append(". ").append(html(r.index().note())).append("</p>\n");
        s.append("<p class=\"lede\">Fact set: ").append(r.facts().sources().size()).append(" sources, ")
                .append(r.facts().days().size()).append(" days with reports, ").append(r.facts().extensions().size())
                .append(" extensions. Pause days: ").append(v.days().size());
        if (!v.days().isEmpty()) {
            s.append(", ").append(html(v.days().get(0).date().toString())).append(" to ")
                    .append(html(v.days().get(v.days().size() - 1).date().toString()));
        }
        s.append(". Parties: ").append(html(String.join(", ", r.index().parties()))).append(".</p>\n");
        Map<Status, Integer> counts = v.counts();
        s.append("<p><strong>").append(r.findings().size()).append(" findings:</strong> ");
        for (Status st : Status.values()) {
            s.append(badge(st, counts.get(st) + " " + st.name())).append(' ');
        }
        s.append("</p>\n");

        s.append("<h2>Terms × pause days</h2>\n");
        legend(s, !r.readings().isEmpty());
        matrix(s, v, ns);
        readings(s, v, ns);

        List<Chart> charts = this.charts.apply(r.facts().agreement()).charts(v);
        if (!charts.isEmpty()) {
            figures(s, charts);
        }

        s.append("<h2>Findings</h2>\n");
        for (Finding f : r.findings()) {
            finding(s, v, f, ns);
        }
        s.append("<h2>Claims</h2>\n");
        if (r.claims().isEmpty()) {
            s.append("<p class=\"muted\">The fact set records no claims.</p>\n");
        }
        for (ClaimVerdict c : ReportView.claimsByDate(r)) {
            claim(s, v, c, ns);
        }

        days(s, v, ns);
        if (!r.notes().isEmpty()) {
            s.append("<h2>Notes of the check</h2>\n<ul>\n");
            for (String n : r.notes()) {
                s.append("<li>").append(isolated(n)).append("</li>\n");
            }
            s.append("</ul>\n");
        }
        sources(s, v, ns);
        s.append("</section>\n");
    }

    private static void figures(StringBuilder s, List<Chart> charts) {
        s.append("<h2>The days in figures</h2>\n<p class=\"lede\">Figures as each source reported them. A day with no report shows")
                .append(" “no report”, never zero. Bars: <span class=\"key\" style=\"background:#2da44e\"></span>at or above the")
                .append(" required level · <span class=\"key\" style=\"background:#cf222e\"></span>below it ·")
                .append(" <span class=\"key\" style=\"background:#bf8700\"></span>between two levels (levels that differ by source or by reading) ·")
                .append(" <span class=\"key\" style=\"background:#0969da\"></span>no daily level. Shaded columns are extension days.")
                .append(" Hover over a bar for its source.</p>\n");
        for (Chart c : charts) {
            s.append("<figure>\n<figcaption><strong>").append(html(c.title())).append("</strong><br>").append(html(c.caption()))
                    .append("</figcaption>\n").append(SvgChart.svg(c)).append("\n</figure>\n");
        }
    }

    private static String badge(Status st, String text) {
        return "<span class=\"st " + css(st) + "\">" + ReportView.symbol(st) + " " + html(text) + "</span>";
    }

    private static String verdictBadge(org.truce.check.Verdict verdict) {
        return "<span class=\"st v-" + verdict.name().toLowerCase(Locale.ROOT) + "\">" + ReportView.symbol(verdict) + " " + verdict.name() + "</span>";
    }

    private static String css(Status st) {
        return "s-" + st.name().toLowerCase(Locale.ROOT);
    }

    private static void legend(StringBuilder s, boolean readings) {
        s.append("<div class=\"legend\">");
        for (Status st : Status.values()) {
            s.append("<span>").append(badge(st, st.name())).append(' ').append(html(ReportView.meaning(st))).append("</span>");
        }
        if (readings) {
            s.append("<span>").append(badge(Status.CONTESTED, "CONTESTED (readings)")).append(' ').append(html(ReportView.READINGS_MEANING))
                    .append(" (see <em>Readings</em> below)</span>");
        }
        s.append("<span><span class=\"st\" style=\"color:#8c959f\">—</span> no finding: the term does not apply that day")
                .append(" or needs a kind of report the fact set does not have</span></div>\n");
    }

    private static void matrix(StringBuilder s, ReportView v, String ns) {
        List<ClauseReadings> choices = v.clauseReadings().stream().filter(ClauseReadings::choice).toList();
        Map<String, Integer> groupOf = new HashMap<>();
        if (!choices.isEmpty()) {
            s.append("<div class=\"by-reading\">\n<p class=\"muted\">Show the matrix under a reading: a clause reported more than one way")
                    .append(" has a row whose cells can show all its readings combined (the findings as they stand) or its status")
                    .append(" under one reading (drawn with a dashed border); the rows of other clauses do not change.</p>\n");
            for (int g = 1; g <= choices.size(); g++) {
                ClauseReadings c = choices.get(g - 1);
                groupOf.put(c.clause(), g);
                s.append("<span class=\"pick-clause\">Clause ").append(html(c.clause())).append(' ').append(html(c.heading()))
                        .append(c.term() == null ? "" : " (" + html(c.term()) + ")").append(", read as:</span>\n");
                pick(s, ns, g, 0, true, "all readings (combined)", null);
                for (int k = 1; k <= c.readings().size(); k++) {
                    ReadingInForce reading = c.readings().get(k - 1);
                    pick(s, ns, g, k, false, reading.id(), reading.text() + " Held by " + String.join("; ", reading.heldBy()) + ".");
                }
            }
        }
        s.append("<table class=\"matrix\">\n<thead><tr><th>Term (clause, party bound)</th>");
        for (PauseDay d : v.days()) {
            s.append("<th class=\"day\" scope=\"col\">").append(html(d.label())).append("<br><small class=\"muted\">")
                    .append(html(d.numberLabel())).append("</small></th>");
        }
        s.append("</tr></thead>\n<tbody>\n");
        for (TermRow row : v.terms()) {
            s.append("<tr class=\"term\"><th class=\"term\" scope=\"row\">").append(html(row.clause())).append(' ')
                    .append(html(row.heading())).append("<br><small><code>").append(html(row.term())).append("</code> · ")
                    .append(html(row.party()));
            if (row.provenance() != null) {
                s.append(" · <span title=\"").append(html(ReportView.provenanceMeaning(row.provenance(), row.provenanceParty())))
                        .append("\">provenance: ").append(html(ReportView.provenanceLabel(row.provenance(), row.provenanceParty()))).append("</span>");
            }
            s.append("</small></th>");
            for (PauseDay d : v.days()) {
                List<Finding> cell = row.cells().getOrDefault(d.date(), List.of());
                if (cell.isEmpty()) {
                    s.append("<td class=\"none\" title=\"no finding\">—</td>");
                    continue;
                }
                s.append("<td class=\"cell\">");
                Integer g = groupOf.get(row.clause());
                for (int i = 0; i < cell.size(); i++) {
                    Finding f = cell.get(i);
                    String party = cell.size() > 1 ? " · " + html(f.party()) : "";
                    s.append(i == 0 ? "" : "<br>");
                    if (g == null) {
                        cellLink(s, f, ns, f.status(), f.summary(), statusLabel(f) + party);
                        continue;
                    }
                    s.append("<span class=\"rv g").append(g).append(" k0\">");
                    cellLink(s, f, ns, f.status(), f.summary(), statusLabel(f) + party);
                    s.append("</span>");
                    List<ReadingInForce> readings = choices.get(g - 1).readings();
                    for (int k = 1; k <= readings.size(); k++) {
                        String id = readings.get(k - 1).id();
                        Finding.ReadingStatus under = ReportView.under(f, id).orElse(null);
                        Status st = under == null ? f.status() : under.status();
                        String requirement = under == null || under.requirement() == null ? f.requirement() : under.requirement();
                        s.append("<span class=\"rv g").append(g).append(" k").append(k).append("\">");
                        cellLink(s, f, ns, st, "read as " + id + ": " + st.name() + "; requires " + requirement, st.name() + party);
                        s.append("</span>");
                    }
                }
                s.append("</td>");
            }
            s.append("</tr>\n");
        }
        s.append("</tbody>\n</table>\n");
        if (!choices.isEmpty()) {
            s.append("</div>\n");
        }
    }

    /** A status in a cell of the matrix, linked to its finding, with {@code title} on hover; {@code label} is HTML. */
    private static void cellLink(StringBuilder s, Finding f, String ns, Status st, String title, String label) {
        s.append("<a class=\"st ").append(css(st)).append("\" href=\"#").append(Escape.anchor(ns + "f-", f.id())).append("\" title=\"")
                .append(html(title)).append("\">").append(ReportView.symbol(st)).append(' ').append(label).append("</a>");
    }

    /** A finding's status as HTML: {@code CONTESTED} with {@code (readings)} below it where the status depends on the reading. */
    private static String statusLabel(Finding f) {
        String label = ReportView.status(f);
        int paren = label.indexOf(" (");
        return paren < 0 ? label : label.substring(0, paren) + "<br><small>" + html(label.substring(paren + 1)) + "</small>";
    }

    /** One radio button of the choice of reading {@code k} (0: all readings combined) of the clause numbered {@code g}. */
    private static void pick(StringBuilder s, String ns, int g, int k, boolean checked, String label, String title) {
        String id = ns + "pick-" + g + "-" + k;
        s.append("<input type=\"radio\" class=\"g").append(g).append(" k").append(k).append("\" name=\"").append(ns).append("pick-").append(g)
                .append("\" id=\"").append(id).append('"').append(checked ? " checked" : "").append("><label for=\"").append(id).append('"')
                .append(title == null ? "" : " title=\"" + html(title) + "\"").append('>')
                .append(k == 0 ? html(label) : "<code>" + isolated(label) + "</code>").append("</label>\n");
    }

    /**
     * The style rules of the choices of reading: for each clause number and reading number that a page has, the
     * checked reading hides the combined statuses of that clause's row and shows its own. Numbers only: no text from a
     * file reaches the style sheet.
     */
    private static String choiceStyle(List<ReportView> views) {
        int groups = 0;
        int readings = 0;
        for (ReportView v : views) {
            List<ClauseReadings> choices = v.clauseReadings().stream().filter(ClauseReadings::choice).toList();
            groups = Math.max(groups, choices.size());
            for (ClauseReadings c : choices) {
                readings = Math.max(readings, c.readings().size());
            }
        }
        StringBuilder css = new StringBuilder();
        for (int g = 1; g <= groups; g++) {
            for (int k = 1; k <= readings; k++) {
                String picked = ".by-reading > input.g" + g + ".k" + k + ":checked ~ table.matrix .rv.g" + g;
                css.append(picked).append(".k0 { display: none; } ").append(picked).append(".k").append(k).append(" { display: inline; }\n");
            }
        }
        return css.toString();
    }

    /**
     * A what-if run says so under the title, in a box, one line per change, so that it cannot pass for the analysis of
     * the agreement as reported; a run as reported shows nothing here.
     */
    private static void whatIf(StringBuilder s, Report r) {
        List<String> lines = r.scenario().whatIf();
        if (lines.isEmpty()) {
            return;
        }
        s.append("<div class=\"what-if\" role=\"note\">\n<p><strong>⚠ What-if run: not the analysis of the agreement as reported.</strong>")
                .append(" This run changed what was reported:</p>\n<ul>\n");
        for (String line : lines) {
            s.append("<li>").append(isolated(line)).append("</li>\n");
        }
        s.append("</ul>\n</div>\n");
    }

    /**
     * Each clause reported more than one way, with its readings in force: what each says, who holds it, its sources in
     * the clause index, the numbers it sets, and how many findings have each status under it.
     */
    private static void readings(StringBuilder s, ReportView v, String ns) {
        List<ClauseReadings> clauses = v.clauseReadings();
        if (clauses.isEmpty()) {
            return;
        }
        s.append("<h2 id=\"").append(ns).append("readings\">Readings</h2>\n<p class=\"lede\">A clause reported more than one way has readings.")
                .append(" Every reading in force is evaluated, side by side; none is the default. A finding whose status differs by")
                .append(" reading is CONTESTED (readings), and each finding below shows its status under each reading.</p>\n");
        for (ClauseReadings c : clauses) {
            s.append("<h3>Clause ").append(html(c.clause())).append(" — ").append(html(c.heading()))
                    .append(c.term() == null ? "" : " <span class=\"muted\">(" + html(c.term()) + ")</span>")
                    .append(c.choice() ? "" : " <span class=\"muted\">· one reading kept for this run</span>").append("</h3>\n");
            s.append("<table class=\"readings\">\n<thead><tr><th>Reading</th><th>What it says</th><th>Held by</th><th>Sources</th>")
                    .append("<th>Sets</th><th>Findings under it</th></tr></thead>\n<tbody>\n");
            for (ReadingInForce reading : c.readings()) {
                s.append("<tr id=\"").append(Escape.anchor(ns + "rd-", reading.clause() + "/" + reading.id())).append("\"><td><code>")
                        .append(isolated(reading.id())).append("</code></td><td>").append(isolated(reading.text())).append("</td><td>")
                        .append(isolated(String.join("; ", reading.heldBy()))).append("</td><td>")
                        .append(isolated(String.join(", ", reading.sources()))).append("</td><td>");
                List<String> sets = new ArrayList<>();
                reading.parameters().forEach((name, value) -> sets.add("<code>" + isolated(name) + "</code> = " + value));
                s.append(sets.isEmpty() ? "—" : String.join("<br>", sets)).append("</td><td>");
                Map<Status, Integer> counts = ReportView.countsUnder(v.report(), reading);
                if (counts.isEmpty()) {
                    s.append("<span class=\"muted\">no finding</span>");
                }
                counts.forEach((st, n) -> s.append(badge(st, n + " " + st.name())).append(' '));
                s.append("</td></tr>\n");
            }
            s.append("</tbody>\n</table>\n");
        }
    }

    private static void finding(StringBuilder s, ReportView v, Finding f, String ns) {
        s.append("<article class=\"finding ").append(css(f.status())).append("\" id=\"").append(Escape.anchor(ns + "f-", f.id()))
                .append("\">\n<h3>").append(badge(f.status(), ReportView.status(f))).append(' ').append(html(f.date().toString()))
                .append(" · ").append(html(f.term())).append(" <span class=\"muted\">(").append(html(f.id())).append(")</span></h3>\n");
        ClauseIndex.Clause clause = v.report().index().clause(f.clause()).orElse(null);
        s.append("<p><strong>Clause ").append(html(f.clause()));
        if (clause != null) {
            s.append(" — ").append(html(clause.heading()));
        }
        s.append("</strong>, as reported by ").append(html(String.join(", ", f.clauseReportedBy())));
        if (f.clauseProvenance() != null) {
            s.append("; <em>provenance: ").append(html(ReportView.provenance(f.clauseProvenance(), f.clauseProvenanceParty()))).append("</em>");
        } else if (f.clauseDisputed()) {
            s.append("; <em>").append(html(ReportView.provenanceMeaning("disputed", null))).append("</em>");
        }
        s.append(":</p>\n");
        if (clause != null) {
            s.append("<blockquote>").append(html(clause.text())).append("</blockquote>\n");
        }
        s.append("<p><strong>Party bound:</strong> ").append(html(f.party())).append("</p>\n");
        s.append("<p><strong>Summary:</strong> ").append(isolated(f.summary())).append("</p>\n");
        if (!f.readings().isEmpty()) {
            s.append("<p><strong>Status by reading</strong>");
            if (f.contestedByReadings()) {
                s.append(" (").append(html(ReportView.status(f))).append(": ").append(html(ReportView.contestedMeaning(f))).append(')');
            }
            s.append(":</p>\n<table class=\"readings\">\n<thead><tr><th>Reading</th><th>Status</th><th>Held by</th><th>Requires</th></tr></thead>\n<tbody>\n");
            for (Finding.ReadingStatus r : f.readings()) {
                s.append("<tr><td><a href=\"#").append(Escape.anchor(ns + "rd-", f.clause() + "/" + r.id())).append("\"><code>")
                        .append(isolated(r.id())).append("</code></a></td><td>").append(badge(r.status(), r.status().name())).append("</td><td>")
                        .append(isolated(String.join("; ", r.heldBy()))).append("</td><td>")
                        .append(r.requirement() == null ? "—" : isolated(r.requirement())).append("</td></tr>\n");
            }
            s.append("</tbody>\n</table>\n");
        }
        if (!f.defences().isEmpty()) {
            s.append("<p><strong>Defences</strong> raised by ").append(html(f.party()))
                    .append(" (its claims that answer this finding, which keeps its status):</p>\n<ul class=\"accounts\">\n");
            for (Finding.Defence d : f.defences()) {
                s.append("<li>").append(verdictBadge(d.verdict())).append(" <a href=\"#").append(Escape.anchor(ns + "c-", d.claim()))
                        .append("\">").append(isolated(d.claim())).append("</a>");
                v.claim(d.claim()).ifPresent(c -> s.append(": ").append(isolated(c.claim().statement())));
                s.append("</li>\n");
            }
            s.append("</ul>\n");
        }
        if (f.accounts().isEmpty()) {
            s.append("<p class=\"muted\">No account: nothing in this fact set could decide this term on this day.</p>\n");
        } else {
            s.append("<p><strong>Accounts</strong> (").append(f.accounts().size()).append("):</p>\n<ul class=\"accounts\">\n");
            for (Finding.Account a : f.accounts()) {
                s.append("<li>").append(badge(a.status(), a.status().name()))
                        .append(a.reading() == null ? "" : " <span class=\"muted\">read as</span> <code>" + isolated(a.reading()) + "</code>:")
                        .append(' ').append(isolated(a.detail()))
                        .append(" — <span class=\"muted\">according to</span> ").append(sourceLinks(v, a.sources(), ns)).append("</li>\n");
            }
            s.append("</ul>\n");
        }
        s.append("</article>\n");
    }

    private static String sourceLinks(ReportView v, List<String> ids, String ns) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            s.append(i == 0 ? "" : "; ");
            if (v.source(id).isPresent()) {
                s.append("<a href=\"#").append(Escape.anchor(ns + "src-", id)).append("\">").append(isolated(v.sourceName(id))).append("</a>");
            } else {
                s.append(isolated(id));
            }
        }
        return s.toString();
    }

    private static void claim(StringBuilder s, ReportView v, ClaimVerdict c, String ns) {
        var claim = c.claim();
        s.append("<article class=\"finding claim\" id=\"").append(Escape.anchor(ns + "c-", claim.id())).append("\">\n<h3>")
                .append(verdictBadge(c.verdict())).append(' ').append(isolated(claim.id())).append("</h3>\n");
        s.append("<p><strong>").append(isolated(claim.by())).append("</strong> against <strong>").append(isolated(claim.against()))
                .append("</strong>, about ").append(isolated(about(v.report(), claim.term()))).append(", on ")
                .append(html(String.join(", ", claim.dates().stream().sorted().map(LocalDate::toString).toList()))).append(":</p>\n");
        s.append("<blockquote>").append(isolated(claim.statement())).append("</blockquote>\n");
        s.append("<p class=\"muted\">Reported by ").append(sourceLinks(v, List.of(claim.source()), ns)).append("</p>\n");
        v.answeredBy(claim.id()).ifPresent(f -> s.append("<p><strong>Answers</strong>, as a defence: <a href=\"#")
                .append(Escape.anchor(ns + "f-", f.id())).append("\">").append(html(f.id())).append("</a> ")
                .append(badge(f.status(), ReportView.status(f))).append("</p>\n"));
        if (!c.findings().isEmpty()) {
            s.append("<p><strong>Rests on:</strong> ");
            for (int i = 0; i < c.findings().size(); i++) {
                String id = c.findings().get(i);
                Finding f = v.report().findings().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                s.append(i == 0 ? "" : " ").append("<a href=\"#").append(Escape.anchor(ns + "f-", id)).append("\">").append(html(id))
                        .append("</a>").append(f == null ? "" : " " + badge(f.status(), ReportView.status(f)));
            }
            s.append("</p>\n");
        }
        if (c.reason() != null) {
            s.append("<p><strong>Why:</strong> ").append(isolated(c.reason())).append("</p>\n");
        }
        s.append("</article>\n");
    }

    /** What a claim is about: the clause with its heading, or the term and its clause, or no clause. */
    static String about(Report r, String term) {
        if (term == null) {
            return "no clause of the agreement as reported";
        }
        return r.index().clause(term).map(cl -> "clause " + cl.id() + " (" + cl.heading() + ")")
                .or(() -> r.index().clauseOfTerm(term).map(cl -> term + ", clause " + cl.id() + " (" + cl.heading() + ")"))
                .orElse(term);
    }

    private static void days(StringBuilder s, ReportView v, String ns) {
        s.append("<h2>Extensions and notes of the days</h2>\n");
        List<Extension> extensions = v.extensions();
        if (!extensions.isEmpty()) {
            s.append("<ul>\n");
            for (Extension e : extensions) {
                s.append("<li>").append(e.days()).append(e.days() == 1 ? " day" : " days").append(" added, agreed ")
                        .append(html(e.agreedOn() != null ? e.agreedOn().toString() : String.valueOf(e.agreedAt())))
                        .append(" — ").append(sourceLinks(v, List.of(e.source()), ns));
                if (e.note() != null) {
                    s.append(": ").append(isolated(e.note()));
                }
                s.append("</li>\n");
            }
            s.append("</ul>\n");
        }
        Map<LocalDate, List<Day.DayNote>> notes = v.dayNotes();
        if (!notes.isEmpty()) {
            s.append("<ul>\n");
            for (var e : notes.entrySet()) {
                for (Day.DayNote n : e.getValue()) {
                    s.append("<li><strong>").append(html(e.getKey().toString())).append("</strong>: ").append(isolated(n.text()))
                            .append(" — ").append(sourceLinks(v, List.of(n.source()), ns)).append("</li>\n");
                }
            }
            s.append("</ul>\n");
        }
    }

    private static void sources(StringBuilder s, ReportView v, String ns) {
        s.append("<h2>Sources</h2>\n<table class=\"sources\">\n<thead><tr><th>Id</th><th>Publisher</th><th>Relays</th><th>Title</th>")
                .append("<th>Address</th><th>Published</th></tr></thead>\n<tbody>\n");
        for (Source src : v.sources()) {
            String href = Escape.linkable(src.url());
            s.append("<tr id=\"").append(Escape.anchor(ns + "src-", src.id())).append("\"><td><code>").append(isolated(src.id()))
                    .append("</code></td><td>").append(isolated(src.publisher())).append("</td><td>").append(isolated(src.attribution()))
                    .append("</td><td>").append(isolated(src.title())).append("</td><td>");
            if (href != null) {
                s.append("<a href=\"").append(html(href)).append("\" rel=\"noopener noreferrer\">").append(isolated(src.url().strip())).append("</a>");
            } else {
                s.append(isolated(src.url()));
            }
            s.append("</td><td>").append(src.published() == null ? "" : html(src.published().toString())).append("</td></tr>\n");
        }
        s.append("</tbody>\n</table>\n");
    }
}
