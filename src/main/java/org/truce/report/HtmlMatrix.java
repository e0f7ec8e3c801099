package org.truce.report;

import org.truce.check.Finding;
import org.truce.check.ReadingInForce;
import org.truce.check.Status;
import org.truce.report.ReportView.ClauseReadings;
import org.truce.report.ReportView.PauseDay;
import org.truce.report.ReportView.TermRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.truce.report.Escape.html;
import static org.truce.report.Escape.isolated;
import static org.truce.report.HtmlReport.badge;
import static org.truce.report.HtmlReport.css;

/**
 * The HTML report's matrix of findings (days × terms), with its choice of one reading per clause reported more than one
 * way (radio buttons and CSS, no script), and the section that lists each such clause's readings.
 */
final class HtmlMatrix {

    private HtmlMatrix() {
    }

    static void matrix(StringBuilder s, ReportView v, String ns) {
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
            // A finding over several days: a row of its own, one cell spanning the days it covers.
            for (Finding f : row.periods()) {
                s.append("<tr class=\"term period\"><th class=\"term\" scope=\"row\">").append(html(row.clause())).append(' ')
                        .append(html(row.heading())).append("<br><small>over ").append(html(f.date().toString())).append(" to ")
                        .append(html(f.to().toString())).append("</small></th>");
                int span = 0;
                for (PauseDay d : v.days()) {
                    if (d.date().isBefore(f.date()) || d.date().isAfter(f.to())) {
                        if (span > 0) {
                            periodCell(s, f, ns, span);
                            span = 0;
                        }
                        s.append("<td class=\"none\"></td>");
                    } else {
                        span++;
                    }
                }
                if (span > 0) {
                    periodCell(s, f, ns, span);
                }
                s.append("</tr>\n");
            }
        }
        s.append("</tbody>\n</table>\n");
        if (!choices.isEmpty()) {
            s.append("</div>\n");
        }
    }

    /** A status in a cell of the matrix, linked to its finding, with {@code title} on hover; {@code label} is HTML. */
    private static void periodCell(StringBuilder s, Finding f, String ns, int span) {
        s.append("<td class=\"cell\" colspan=\"").append(span).append("\">");
        cellLink(s, f, ns, f.status(), f.summary(), statusLabel(f));
        s.append("</td>");
    }

    static void cellLink(StringBuilder s, Finding f, String ns, Status st, String title, String label) {
        s.append("<a class=\"st ").append(css(st)).append("\" href=\"#").append(Escape.anchor(ns + "f-", f.id())).append("\" title=\"")
                .append(html(title)).append("\">").append(ReportView.symbol(st)).append(' ').append(label).append("</a>");
    }

    /** A finding's status as HTML: {@code CONTESTED} with {@code (readings)} below it where the status depends on the reading. */
    static String statusLabel(Finding f) {
        String label = ReportView.status(f);
        int paren = label.indexOf(" (");
        // equivalent mutant: paren < 0 vs <= 0: a status label never starts with " (", so paren is never 0.
        return paren < 0 ? label : label.substring(0, paren) + "<br><small>" + html(label.substring(paren + 1)) + "</small>";
    }

    /** One radio button of the choice of reading {@code k} (0: all readings combined) of the clause numbered {@code g}. */
    static void pick(StringBuilder s, String ns, int g, int k, boolean checked, String label, String title) {
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
    static String choiceStyle(List<ReportView> views) {
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
     * Each clause reported more than one way, with its readings in force: what each says, who holds it, its sources in
     * the clause index, the numbers it sets, and how many findings have each status under it.
     */
    static void readings(StringBuilder s, ReportView v, String ns) {
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
}
