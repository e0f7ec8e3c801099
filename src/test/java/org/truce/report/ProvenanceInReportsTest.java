package org.truce.report;

import org.truce.cli.Agreements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Report;
import org.truce.testing.RuleBooks;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.report.BundledReports.render;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("Clause provenance in the reports for people: how each clause is known, and nothing where the index does not say")
class ProvenanceInReportsTest {

    private static final String PRESS = "press (reported only by the press or officials speaking anonymously)";

    /** Findings of T04, T06 and T14 under an index that gives the provenance of T04 and T14 only. */
    private static final Report KNOWN = RuleBooks.checker().check(facts()
            .day("2023-11-24").trucks(200, "Monitor A").hostages(13, "Monitor A").prisoners(39, "Monitor A").and()
            .day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T23:05+02:00", "Monitor A").and()
            .build(), RuleBooks.withProvenance(Map.of("T14", "press", "T04", "one-party:Israel")));

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError("no line " + start));
    }

    @Test
    @DisplayName("text: a PROVENANCE legend under the table, one line per term whose clause has one")
    void text() {
        String text = render(new TextReport(), KNOWN);
        int at = text.indexOf("\nPROVENANCE");
        assertThat(at).isGreaterThan(text.indexOf("What each term requires")).isLessThan(text.indexOf(" findings: "));
        assertThat(text.substring(at).lines().skip(1).limit(3)).containsExactly(
                "PROVENANCE (how each term's clause is known, as the clause index says)",
                "  T04 exchange-ratio: one-party, Israel (of the parties, reported only by Israel)",
                "  T14 handover-schedule: " + PRESS);
        assertThat(render(new TextReport(), RuleBooks.checker().check(facts().day("2023-11-24").trucks(200, "Monitor A").and().build(),
                RuleBooks.withProvenance(Map.of())))).as("an index that gives no provenance").doesNotContain("PROVENANCE");
    }

    @Test
    @DisplayName("Markdown: in each finding's clause line and in the matrix's term header")
    void markdown() {
        String md = render(new MarkdownReport(), KNOWN);
        assertThat(line(md, "- **Clause T14 ")).contains("; *provenance: " + PRESS + "*: ");
        assertThat(line(md, "- **Clause T04 ")).contains("; *provenance: one-party, Israel (of the parties, reported only by Israel)*: ");
        assertThat(line(md, "- **Clause T06 ")).doesNotContain("provenance").contains("; *the accounts of this clause differ*: ");
        assertThat(line(md, "| T14 ")).contains(" (handover-schedule, handing-over party; provenance: press) |");
        assertThat(line(md, "| T04 ")).contains(" (exchange-ratio, Israel; provenance: one-party, Israel) |");
        assertThat(line(md, "| T06 ")).contains(" (daily-aid-trucks, Israel) |");
    }

    @Test
    @DisplayName("HTML: in each finding's clause line and in the matrix's term header, explained on hover")
    void html() {
        String html = render(new HtmlReport(Agreements::charts), KNOWN);
        assertThat(line(html, "<p><strong>Clause T14 ")).contains("; <em>provenance: " + PRESS + "</em>:</p>");
        assertThat(line(html, "<p><strong>Clause T06 ")).doesNotContain("provenance").contains("; <em>the accounts of this clause differ</em>");
        String header = html.substring(html.indexOf("<th class=\"term\" scope=\"row\">T14 "));
        assertThat(header.substring(0, header.indexOf("</th>"))).endsWith("<code>handover-schedule</code> · handing-over party · "
                + "<span title=\"reported only by the press or officials speaking anonymously\">provenance: press</span></small>");
    }
}
