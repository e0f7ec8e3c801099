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
                .append("<title>").append(html(title)).append("</title>\n<style>\n").append(HtmlStyle.STYLE).append(HtmlMatrix.choiceStyle(views))
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
        if (r.scenario().asOf() != null) {
            s.append("<p class=\"what-if\" role=\"note\"><strong>").append(html(r.scenario().asOf().header())).append("</strong></p>\n");
        }
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
        legend(s, !r.readings().isEmpty(), ReportView.anySelfReported(r));
        HtmlMatrix.matrix(s, v, ns);
        HtmlMatrix.readings(s, v, ns);

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

    /** The badge of an account that rests only on the word of an interested party. */
    private static final String SELF_REPORTED_BADGE = "<span class=\"st self\" title=\"rests only on the word of an interested party\">"
            + ReportView.SELF_REPORTED + " self-reported</span>";

    static String badge(Status st, String text) {
        return "<span class=\"st " + css(st) + "\">" + ReportView.symbol(st) + " " + html(text) + "</span>";
    }

    private static String verdictBadge(org.truce.check.Verdict verdict) {
        return "<span class=\"st v-" + verdict.name().toLowerCase(Locale.ROOT) + "\">" + ReportView.symbol(verdict) + " " + verdict.name() + "</span>";
    }

    static String css(Status st) {
        return "s-" + st.name().toLowerCase(Locale.ROOT);
    }

    private static void legend(StringBuilder s, boolean readings, boolean selfReported) {
        s.append("<div class=\"legend\">");
        for (Status st : Status.values()) {
            s.append("<span>").append(badge(st, st.name())).append(' ').append(html(ReportView.meaning(st))).append("</span>");
        }
        if (readings) {
            s.append("<span>").append(badge(Status.CONTESTED, "CONTESTED (readings)")).append(' ').append(html(ReportView.READINGS_MEANING))
                    .append(" (see <em>Readings</em> below)</span>");
        }
        s.append("<span><span class=\"st\" style=\"color:#8c959f\">—</span> no finding: the term does not apply that day")
                .append(" or needs a kind of report the fact set does not have</span>");
        if (selfReported) {
            s.append("<span>").append(SELF_REPORTED_BADGE).append(" (beside an account): the account ").append(html(ReportView.SELF_REPORTED_MEANING))
                    .append("; <em>Speaks for</em> under <em>Sources</em> names the party a source relays</span>");
        }
        s.append("</div>\n");
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

    private static void finding(StringBuilder s, ReportView v, Finding f, String ns) {
        s.append("<article class=\"finding ").append(css(f.status())).append("\" id=\"").append(Escape.anchor(ns + "f-", f.id()))
                .append("\">\n<h3>").append(badge(f.status(), ReportView.status(f))).append(' ').append(html(ReportView.dates(f)))
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
            // Accounts that say the same thing are one item (the JSON report keeps each).
            for (AccountGroup g : AccountGroup.of(f)) {
                s.append("<li>").append(badge(g.status(), g.status().name()))
                        .append(g.reading() == null ? "" : " <span class=\"muted\">read as</span> <code>" + isolated(g.reading()) + "</code>:")
                        .append(' ').append(isolated(g.detail()))
                        .append(" — <span class=\"muted\">").append(g.according()).append("</span> ").append(sourceLinks(v, g.sources(), ns))
                        .append(g.selfReported() ? " " + SELF_REPORTED_BADGE : "").append("</li>\n");
            }
            s.append("</ul>\n");
        }
        if (!f.undecidedBy().isEmpty()) {
            s.append("<p><strong>Reports that decide nothing</strong> (").append(f.undecidedBy().size()).append("):</p>\n<ul class=\"accounts\">\n");
            for (Finding.Undecided u : f.undecidedBy()) {
                s.append("<li>").append(u.reading() == null ? "" : "<span class=\"muted\">read as</span> <code>" + isolated(u.reading()) + "</code>: ")
                        .append(isolated(u.why())).append(" — <span class=\"muted\">according to</span> ").append(sourceLinks(v, u.sources(), ns))
                        .append("</li>\n");
            }
            s.append("</ul>\n");
        }
        if (!f.notes().isEmpty()) {
            s.append("<p><strong>Notes of the day on this term</strong>, not counted (").append(f.notes().size()).append("):</p>\n<ul class=\"accounts\">\n");
            for (Finding.Note n : f.notes()) {
                s.append("<li>").append(isolated(n.text())).append(" — <span class=\"muted\">according to</span> ")
                        .append(sourceLinks(v, List.of(n.source()), ns)).append("</li>\n");
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
        s.append("<h2>Sources</h2>\n<table class=\"sources\">\n<thead><tr><th>Id</th><th>Publisher</th><th>Relays</th><th>Speaks for</th><th>Title</th>")
                .append("<th>Address</th><th>Published</th></tr></thead>\n<tbody>\n");
        for (Source src : v.sources()) {
            String href = Escape.linkable(src.url());
            s.append("<tr id=\"").append(Escape.anchor(ns + "src-", src.id())).append("\"><td><code>").append(isolated(src.id()))
                    .append("</code></td><td>").append(isolated(src.publisher())).append("</td><td>").append(isolated(src.attribution()))
                    .append("</td><td>").append(isolated(src.party())).append("</td><td>").append(isolated(src.title())).append("</td><td>");
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
