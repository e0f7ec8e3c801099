package org.truce.report;

import org.truce.cli.Agreements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Report;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.report.BundledReports.render;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("Defences in the reports for people: beside the finding they answer, with their verdict, and the claim links back")
class DefencesInReportsTest {

    private static final String LATE = "handover-schedule/2023-11-25";

    /**
     * A handover by Hamas late by the time reported in advance, in time by midnight (the two readings of T14: CONTESTED (readings)),
     * answered by two of its claims (an illustration: the monitors are placeholders).
     */
    private static final Report ANSWERED = BundledReports.check(facts()
            .day("2023-11-24").trucks(199, "Monitor A").trucks(200, "Monitor B").and()
            .day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T23:05+02:00", "Monitor A").and()
            .claim("hamas-north", "Hamas", "Israel", "T06A", List.of(LocalDate.parse("2023-11-24")), "Monitor C", LATE)
            .claim("hamas-trucks", "Hamas", "Israel", "daily-aid-trucks", List.of(LocalDate.parse("2023-11-24")), "Monitor C", LATE)
            .build());

    private static String section(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("section starting %s", start).isNotNegative();
        int to = text.indexOf(end, from + start.length());
        return text.substring(from, to < 0 ? text.length() : to);
    }

    @Test
    @DisplayName("text: a DEFENCES block under the table names the finding and its status, each claim, its author and its verdict")
    void text() {
        String text = render(new TextReport(), ANSWERED);
        String block = section(text, "\nDEFENCES", "\nCLAIMS");
        assertThat(block.lines().skip(2)).containsExactly(
                "handover-schedule/2023-11-25: CONTESTED (readings)",
                "  hamas-north by Hamas: UNDETERMINED",
                "  hamas-trucks by Hamas: CONTESTED");
        assertThat(text.indexOf("\nDEFENCES")).isGreaterThan(text.indexOf(" findings: "));
        assertThat(render(new TextReport(), BundledReports.check(facts().day("2023-11-24").trucks(200, "Monitor A").and().build())))
                .doesNotContain("DEFENCES");
    }

    @Test
    @DisplayName("Markdown: the finding lists each defence with its verdict and statement; the claim names the finding it answers")
    void markdown() {
        String md = render(new MarkdownReport(), ANSWERED);
        String finding = section(md, "(" + Escape.markdown(LATE) + ")", "\n### ");
        assertThat(finding).contains("- **Defences** raised by Hamas (its claims that answer this finding, which keeps its status):\n"
                + "  - ? UNDETERMINED: claim hamas-north: Hamas says Israel did not keep T06A\n"
                + "  - ± CONTESTED: claim hamas-trucks: Hamas says Israel did not keep daily-aid-trucks\n");
        String claim = section(md, "· hamas-north\n", "\n### ");
        assertThat(claim).contains("- **Answers**, as a defence: " + Escape.markdown(LATE) + " (± CONTESTED (readings))\n");
    }

    @Test
    @DisplayName("under one reading of T14 the finding takes that reading's status and keeps its defences: VIOLATED read as"
            + " announced-time, COMPLIANT read as before-midnight")
    void underOneReading() {
        var facts = facts()
                .day("2023-11-25").handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T23:05+02:00", "Monitor A").and()
                .claim("hamas-north", "Hamas", "Israel", "T06A", List.of(LocalDate.parse("2023-11-24")), "Monitor C", LATE)
                .build();
        String announced = render(new TextReport(), BundledReports.check(facts, BundledReports.reading("T14", "announced-time")));
        assertThat(section(announced, "\nDEFENCES", "\nCLAIMS").lines().skip(2))
                .containsExactly("handover-schedule/2023-11-25: VIOLATED", "  hamas-north by Hamas: UNDETERMINED");
        String midnight = render(new MarkdownReport(), BundledReports.check(facts, BundledReports.reading("T14", "before-midnight")));
        assertThat(section(midnight, "· hamas-north\n", "\n### ")).contains("- **Answers**, as a defence: " + Escape.markdown(LATE) + " (✓ COMPLIANT)\n");
    }

    @Test
    @DisplayName("HTML: the finding lists each defence with its verdict, linked to the claim; the claim links to the finding it answers")
    void html() {
        String html = render(new HtmlReport(Agreements::charts), ANSWERED);
        String finding = section(html, "id=\"" + Escape.anchor("f-", LATE) + "\"", "</article>");
        assertThat(finding).contains("<strong>Defences</strong> raised by Hamas")
                .contains("<li><span class=\"st v-undetermined\">? UNDETERMINED</span> <a href=\"#c-hamas-north\">hamas-north</a>: "
                        + "Hamas says Israel did not keep T06A</li>")
                .contains("<a href=\"#c-hamas-trucks\">hamas-trucks</a>");
        String claim = section(html, "id=\"c-hamas-north\"", "</article>");
        assertThat(claim).contains("<p><strong>Answers</strong>, as a defence: <a href=\"#" + Escape.anchor("f-", LATE) + "\">" + LATE
                + "</a> <span class=\"st s-contested\">± CONTESTED (readings)</span></p>");
    }
}
