package org.truce.report;

import org.truce.check.ClaimVerdict;
import org.truce.check.Finding;
import org.truce.check.ReadingInForce;
import org.truce.check.Report;
import org.truce.check.Status;
import org.truce.factset.Day;
import org.truce.factset.Extension;
import org.truce.factset.Source;
import org.truce.report.ReportView.PauseDay;
import org.truce.report.ReportView.TermRow;
import org.truce.rulebook.ClauseIndex;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.truce.report.Escape.markdown;

/**
 * A GitHub-flavoured Markdown report per fact set (README), with the same content as the HTML report but the charts:
 * the matrix of terms × pause days, every finding with its clause and sourced accounts, the claims and the sources.
 * Text from the fact set is escaped so that it renders as text, never as HTML, links or table cells.
 */
public final class MarkdownReport implements ReportWriter {

    @Override
    public void write(List<Report> reports, Writer out) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < reports.size(); i++) {
            if (i > 0) {
                s.append("\n---\n\n");
            }
            report(s, ReportView.of(reports.get(i)));
        }
        out.write(s.toString());
    }

    private static void report(StringBuilder s, ReportView v) {
        Report r = v.report();
        s.append("# ").append(markdown(r.facts().title() == null ? r.facts().agreement() : r.facts().title())).append("\n\n");
        whatIf(s, r);
        if (r.scenario().asOf() != null) {
            s.append("> **").append(markdown(r.scenario().asOf().header())).append("**\n\n");
        }
        s.append("Agreement `").append(r.facts().agreement().replace("`", "")).append("`: ").append(markdown(r.index().title()))
                .append(". ").append(markdown(r.index().note())).append("\n\n");
        s.append("Fact set: ").append(r.facts().sources().size()).append(" sources, ").append(r.facts().days().size())
                .append(" days with reports, ").append(r.facts().extensions().size()).append(" extensions. Pause days: ")
                .append(v.days().size());
        if (!v.days().isEmpty()) {
            s.append(", ").append(v.days().get(0).date()).append(" to ").append(v.days().get(v.days().size() - 1).date());
        }
        s.append(". Parties: ").append(markdown(String.join(", ", r.index().parties()))).append(".\n\n");
        Map<Status, Integer> counts = v.counts();
        s.append("**").append(r.findings().size()).append(" findings:** ");
        boolean first = true;
        for (Status st : Status.values()) {
            s.append(first ? "" : " · ").append(ReportView.symbol(st)).append(' ').append(counts.get(st)).append(' ').append(st.name());
            first = false;
        }
        s.append("\n\n## Terms × pause days\n\n");
        for (Status st : Status.values()) {
            s.append("- ").append(ReportView.symbol(st)).append(" **").append(st.name()).append("**: ")
                    .append(ReportView.meaning(st)).append('\n');
        }
        if (!r.readings().isEmpty()) {
            s.append("- ± **CONTESTED (readings)**: ").append(ReportView.READINGS_MEANING).append(" (see *Readings* below)\n");
        }
        s.append("- — no finding: the term does not apply that day or needs a kind of report the fact set does not have\n");
        if (ReportView.anySelfReported(r)) {
            s.append("- ").append(ReportView.SELF_REPORTED).append(" **self-reported** (beside an account under *Findings*): the account ")
                    .append(ReportView.SELF_REPORTED_MEANING).append("; the column *Speaks for* of *Sources* names the party a source relays\n");
        }
        s.append('\n');
        matrix(s, v);
        readings(s, v);

        s.append("\n## Findings\n");
        for (Finding f : r.findings()) {
            finding(s, v, f);
        }
        s.append("\n## Claims\n");
        if (r.claims().isEmpty()) {
            s.append("\nThe fact set records no claims.\n");
        }
        for (ClaimVerdict c : ReportView.claimsByDate(r)) {
            claim(s, v, c);
        }
        days(s, v);
        if (!r.notes().isEmpty()) {
            s.append("\n## Notes of the check\n\n");
            r.notes().forEach(n -> s.append("- ").append(markdown(n)).append('\n'));
        }
        sources(s, v);
    }

    private static void matrix(StringBuilder s, ReportView v) {
        s.append("| Term (clause, party bound) |");
        for (PauseDay d : v.days()) {
            s.append(' ').append(d.label()).append(", ").append(d.numberLabel()).append(" |");
        }
        s.append("\n|---|");
        v.days().forEach(d -> s.append(":---:|"));
        s.append('\n');
        for (TermRow row : v.terms()) {
            s.append("| ").append(markdown(row.clause() + " " + row.heading())).append(" (").append(markdown(row.term()))
                    .append(", ").append(markdown(row.party()))
                    .append(row.provenance() == null ? "" : "; provenance: " + markdown(ReportView.provenanceLabel(row.provenance(), row.provenanceParty())))
                    .append(") |");
            for (PauseDay d : v.days()) {
                List<Finding> cell = row.cells().getOrDefault(d.date(), List.of());
                if (cell.isEmpty()) {
                    s.append(" — |");
                    continue;
                }
                for (int i = 0; i < cell.size(); i++) {
                    Finding f = cell.get(i);
                    s.append(i == 0 ? " " : "<br>").append(ReportView.symbol(f.status())).append(' ').append(ReportView.status(f))
                            .append(cell.size() > 1 ? " (" + markdown(f.party()) + ")" : "");
                }
                s.append(" |");
            }
            s.append('\n');
            // A finding over several days: a row of its own, its status in each day it covers.
            for (Finding f : row.periods()) {
                s.append("| ↳ over ").append(f.date()).append(" to ").append(f.to()).append(": ").append(markdown(row.clause() + " " + row.heading()))
                        .append(" (").append(markdown(f.id())).append(") |");
                for (PauseDay d : v.days()) {
                    boolean in = !d.date().isBefore(f.date()) && !d.date().isAfter(f.to());
                    s.append(in ? " " + ReportView.symbol(f.status()) + " " + ReportView.status(f) + " |" : " |");
                }
                s.append('\n');
            }
        }
    }

    private static void finding(StringBuilder s, ReportView v, Finding f) {
        s.append("\n### ").append(ReportView.symbol(f.status())).append(' ').append(ReportView.status(f)).append(" · ")
                .append(ReportView.dates(f)).append(" · ").append(markdown(f.term())).append(" (").append(markdown(f.id())).append(")\n\n");
        ClauseIndex.Clause clause = v.report().index().clause(f.clause()).orElse(null);
        s.append("- **Clause ").append(markdown(f.clause()));
        if (clause != null) {
            s.append(" — ").append(markdown(clause.heading()));
        }
        s.append("**, as reported by ").append(markdown(String.join(", ", f.clauseReportedBy())));
        if (f.clauseProvenance() != null) {
            s.append("; *provenance: ").append(markdown(ReportView.provenance(f.clauseProvenance(), f.clauseProvenanceParty()))).append('*');
        } else if (f.clauseDisputed()) {
            s.append("; *").append(ReportView.provenanceMeaning("disputed", null)).append('*');
        }
        if (clause != null) {
            s.append(": ").append(markdown(clause.text()));
        }
        s.append("\n- **Party bound:** ").append(markdown(f.party())).append('\n');
        s.append("- **Summary:** ").append(markdown(f.summary())).append('\n');
        byReading(s, f);
        if (!f.defences().isEmpty()) {
            s.append("- **Defences** raised by ").append(markdown(f.party()))
                    .append(" (its claims that answer this finding, which keeps its status):\n");
            for (Finding.Defence d : f.defences()) {
                s.append("  - ").append(ReportView.symbol(d.verdict())).append(' ').append(d.verdict().name()).append(": claim ")
                        .append(markdown(d.claim()));
                v.claim(d.claim()).ifPresent(c -> s.append(": ").append(markdown(c.claim().statement())));
                s.append('\n');
            }
        }
        if (f.accounts().isEmpty()) {
            s.append("- **Accounts:** none; nothing in this fact set could decide this term on this day\n");
        } else {
            s.append("- **Accounts** (").append(f.accounts().size()).append("):\n");
            // Accounts that say the same thing are one line (the JSON report keeps each).
            for (AccountGroup g : AccountGroup.of(f)) {
                s.append("  - ").append(ReportView.symbol(g.status())).append(' ').append(g.status().name())
                        .append(g.reading() == null ? "" : ", read as " + markdown(g.reading())).append(": ")
                        .append(markdown(g.detail())).append(", ").append(g.according()).append(' ').append(sourceNames(v, g.sources()))
                        .append(g.selfReported() ? " " + ReportView.SELF_REPORTED + " *self-reported*" : "").append('\n');
            }
        }
        if (!f.undecidedBy().isEmpty()) {
            s.append("- **Reports that decide nothing** (").append(f.undecidedBy().size()).append("):\n");
            for (Finding.Undecided u : f.undecidedBy()) {
                s.append("  - ").append(u.reading() == null ? "" : "read as " + markdown(u.reading()) + ": ")
                        .append(markdown(u.why())).append(", according to ").append(sourceNames(v, u.sources())).append('\n');
            }
        }
        if (!f.notes().isEmpty()) {
            s.append("- **Notes of the day on this term**, not counted (").append(f.notes().size()).append("):\n");
            for (Finding.Note n : f.notes()) {
                s.append("  - ").append(markdown(n.text())).append(" — according to ").append(sourceNames(v, List.of(n.source()))).append('\n');
            }
        }
    }

    /**
     * A what-if run says so under the title, one line per change, so that it cannot pass for the analysis of the
     * agreement as reported; a run as reported shows nothing here.
     */
    private static void whatIf(StringBuilder s, Report r) {
        List<String> lines = r.scenario().whatIf();
        if (lines.isEmpty()) {
            return;
        }
        s.append("> **⚠ What-if run: not the analysis of the agreement as reported.** This run changed what was reported:\n>\n");
        lines.forEach(line -> s.append("> - ").append(markdown(line)).append('\n'));
        s.append('\n');
    }

    /**
     * Each clause reported more than one way, with its readings in force: what each says, who holds it, its sources in
     * the clause index, the numbers it sets, and how many findings have each status under it.
     */
    private static void readings(StringBuilder s, ReportView v) {
        List<ReportView.ClauseReadings> clauses = v.clauseReadings();
        if (clauses.isEmpty()) {
            return;
        }
        s.append("\n## Readings\n\nA clause reported more than one way has readings. Every reading in force is evaluated, side by side;")
                .append(" none is the default. A finding whose status differs by reading is CONTESTED (readings), and each finding")
                .append(" below shows its status under each reading.\n");
        for (ReportView.ClauseReadings c : clauses) {
            s.append("\n**Clause ").append(markdown(c.clause())).append(" — ").append(markdown(c.heading())).append("**")
                    .append(c.term() == null ? "" : " (" + markdown(c.term()) + ")")
                    .append(c.choice() ? "" : ": one reading kept for this run").append("\n\n");
            s.append("| Reading | What it says | Held by | Sources | Sets | Findings under it |\n|---|---|---|---|---|---|\n");
            for (ReadingInForce reading : c.readings()) {
                StringBuilder counted = new StringBuilder();
                ReportView.countsUnder(v.report(), reading).forEach((st, n) -> counted.append(counted.isEmpty() ? "" : " · ")
                        .append(ReportView.symbol(st)).append(' ').append(n).append(' ').append(st.name()));
                s.append("| ").append(markdown(reading.id())).append(" | ").append(markdown(reading.text())).append(" | ")
                        .append(markdown(String.join("; ", reading.heldBy()))).append(" | ")
                        .append(markdown(String.join(", ", reading.sources()))).append(" | ")
                        .append(reading.parameters().isEmpty() ? "—" : markdown(String.join(", ", reading.parameters().entrySet().stream()
                                .map(e -> e.getKey() + " = " + e.getValue()).toList()))).append(" | ")
                        .append(counted.isEmpty() ? "no finding" : counted).append(" |\n");
            }
        }
    }

    /**
     * Under a finding whose clause has readings, its status under each reading, who holds the reading and what it
     * requires; a table cannot sit in a list item, so it follows the list of the finding's first lines.
     */
    private static void byReading(StringBuilder s, Finding f) {
        if (f.readings().isEmpty()) {
            return;
        }
        s.append("- **Status by reading**")
                .append(f.contestedByReadings() ? " (" + ReportView.status(f) + ": " + ReportView.contestedMeaning(f) + ")" : "")
                .append(":\n\n| Reading | Status | Held by | Requires |\n|---|---|---|---|\n");
        for (Finding.ReadingStatus r : f.readings()) {
            s.append("| ").append(markdown(r.id())).append(" | ").append(ReportView.symbol(r.status())).append(' ').append(r.status().name())
                    .append(" | ").append(markdown(String.join("; ", r.heldBy()))).append(" | ")
                    .append(r.requirement() == null ? "—" : markdown(r.requirement())).append(" |\n");
        }
        s.append('\n');
    }

    private static String sourceNames(ReportView v, List<String> ids) {
        return String.join("; ", ids.stream().map(id -> markdown(v.sourceName(id)) + " (" + markdown(id) + ")").toList());
    }

    private static void claim(StringBuilder s, ReportView v, ClaimVerdict c) {
        var claim = c.claim();
        s.append("\n### ").append(ReportView.symbol(c.verdict())).append(' ').append(c.verdict().name()).append(" · ")
                .append(markdown(claim.id())).append("\n\n");
        s.append("- **").append(markdown(claim.by())).append("** against **").append(markdown(claim.against())).append("**, about ")
                .append(markdown(HtmlReport.about(v.report(), claim.term()))).append(", on ")
                .append(String.join(", ", claim.dates().stream().sorted().map(LocalDate::toString).toList())).append('\n');
        s.append("- **Statement**, as reported by ").append(sourceNames(v, List.of(claim.source()))).append(": ")
                .append(markdown(claim.statement())).append('\n');
        v.answeredBy(claim.id()).ifPresent(f -> s.append("- **Answers**, as a defence: ").append(markdown(f.id())).append(" (")
                .append(ReportView.symbol(f.status())).append(' ').append(ReportView.status(f)).append(")\n"));
        if (!c.findings().isEmpty()) {
            s.append("- **Rests on:** ");
            for (int i = 0; i < c.findings().size(); i++) {
                String id = c.findings().get(i);
                Finding f = v.report().findings().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                s.append(i == 0 ? "" : ", ").append(markdown(id))
                        .append(f == null ? "" : " (" + ReportView.symbol(f.status()) + " " + ReportView.status(f) + ")");
            }
            s.append('\n');
        }
        if (c.reason() != null) {
            s.append("- **Why:** ").append(markdown(c.reason())).append('\n');
        }
    }

    private static void days(StringBuilder s, ReportView v) {
        s.append("\n## Extensions and notes of the days\n\n");
        for (Extension e : v.extensions()) {
            s.append("- ").append(e.days()).append(e.days() == 1 ? " day" : " days").append(" added, agreed ")
                    .append(markdown(e.agreedOn() != null ? e.agreedOn().toString() : String.valueOf(e.agreedAt())))
                    .append(", according to ").append(sourceNames(v, List.of(e.source())))
                    .append(e.note() == null ? "" : ": " + markdown(e.note())).append('\n');
        }
        for (var e : v.dayNotes().entrySet()) {
            for (Day.DayNote n : e.getValue()) {
                s.append("- **").append(e.getKey()).append("**, according to ").append(sourceNames(v, List.of(n.source())))
                        .append(": ").append(markdown(n.text())).append('\n');
            }
        }
    }

    private static void sources(StringBuilder s, ReportView v) {
        s.append("\n## Sources\n\n| Id | Publisher | Relays | Speaks for | Title | Address | Published |\n|---|---|---|---|---|---|---|\n");
        for (Source src : v.sources()) {
            String href = Escape.linkable(src.url());
            s.append("| ").append(markdown(src.id())).append(" | ").append(markdown(src.publisher())).append(" | ")
                    .append(markdown(src.attribution())).append(" | ").append(markdown(src.party())).append(" | ").append(markdown(src.title())).append(" | ");
            if (href != null) {
                s.append('[').append(markdown(href)).append("](").append(Escape.markdownDestination(href)).append(')');
            } else {
                s.append(markdown(src.url()));
            }
            s.append(" | ").append(src.published() == null ? "" : src.published().toString()).append(" |\n");
        }
    }
}
