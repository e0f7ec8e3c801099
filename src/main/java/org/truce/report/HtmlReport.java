package org.truce.report;

import org.truce.check.ClaimVerdict;
import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.check.Status;
import org.truce.factset.Day;
import org.truce.factset.Extension;
import org.truce.factset.Source;
import org.truce.report.ReportView.Chart;
import org.truce.report.ReportView.PauseDay;
import org.truce.report.ReportView.TermRow;
import org.truce.rulebook.ClauseIndex;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
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
        s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(html(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        for (int i = 0; i < reports.size(); i++) {
            report(s, ReportView.of(reports.get(i)), reports.size() == 1 ? "" : "r" + (i + 1) + "-");
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
        legend(s);
        matrix(s, v, ns);

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
                .append(" <span class=\"key\" style=\"background:#bf8700\"></span>between two levels that differ by source ·")
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

    private static void legend(StringBuilder s) {
        s.append("<div class=\"legend\">");
        for (Status st : Status.values()) {
            s.append("<span>").append(badge(st, st.name())).append(' ').append(html(ReportView.meaning(st))).append("</span>");
        }
        s.append("<span><span class=\"st\" style=\"color:#8c959f\">—</span> no finding: the term does not apply that day")
                .append(" or needs a kind of report the fact set does not have</span></div>\n");
    }

    private static void matrix(StringBuilder s, ReportView v, String ns) {
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
                for (int i = 0; i < cell.size(); i++) {
                    Finding f = cell.get(i);
                    s.append(i == 0 ? "" : "<br>").append("<a class=\"st ").append(css(f.status())).append("\" href=\"#")
                            .append(Escape.anchor(ns + "f-", f.id())).append("\" title=\"").append(html(f.summary())).append("\">")
                            .append(ReportView.symbol(f.status())).append(' ').append(f.status().name())
                            .append(cell.size() > 1 ? " · " + html(f.party()) : "").append("</a>");
                }
                s.append("</td>");
            }
            s.append("</tr>\n");
        }
        s.append("</tbody>\n</table>\n");
    }

    private static void finding(StringBuilder s, ReportView v, Finding f, String ns) {
        s.append("<article class=\"finding ").append(css(f.status())).append("\" id=\"").append(Escape.anchor(ns + "f-", f.id()))
                .append("\">\n<h3>").append(badge(f.status(), f.status().name())).append(' ').append(html(f.date().toString()))
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
                s.append("<li>").append(badge(a.status(), a.status().name())).append(' ').append(isolated(a.detail()))
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
                .append(badge(f.status(), f.status().name())).append("</p>\n"));
        if (!c.findings().isEmpty()) {
            s.append("<p><strong>Rests on:</strong> ");
            for (int i = 0; i < c.findings().size(); i++) {
                String id = c.findings().get(i);
                Status st = v.report().findings().stream().filter(f -> f.id().equals(id)).map(Finding::status).findFirst().orElse(null);
                s.append(i == 0 ? "" : " ").append("<a href=\"#").append(Escape.anchor(ns + "f-", id)).append("\">").append(html(id))
                        .append("</a>").append(st == null ? "" : " " + badge(st, st.name()));
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
