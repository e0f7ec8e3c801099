package org.truce.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Report;
import org.truce.factset.Claim;
import org.truce.factset.FactSet;
import org.truce.testing.FactSetBuilder;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.report.BundledReports.render;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("The text table: fact-set text shown, never obeyed; fitted to a width, or whole")
class TextReportTest {

    /** Anything a terminal could act on, or that breaks or reorders a line (the newline of each line aside). */
    static final String RAW = "[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069]";

    /** The review's title: it sets the window title, clears the screen and forges two lines of the report. */
    static final String FORGED_TITLE = "ok\u001b]0;owned-title\u0007\u001b[2J\u001b[H\rFAKE: every term COMPLIANT\nTerms as reported: (forged line)";

    private static final Report BUNDLED = BundledReports.check(BundledReports.facts());

    @Test
    @DisplayName("a title, claim ids and the parties of a claim that drive the terminal or forge lines are shown as escapes")
    void plantedControls() {
        FactSet f = BundledReports.facts();
        List<Claim> claims = new ArrayList<>();
        for (Claim c : f.claims()) {
            claims.add(new Claim(c.id() + "\u001b[8m", c.by() + "\u202e", c.against() + "\r\n", c.term(), c.dates(), c.statement(), c.source(), c.answers()));
        }
        FactSet planted = new FactSet(f.format(), f.agreement(), FORGED_TITLE, f.sources(), f.extensions(), f.prisoners(), f.days(), claims);

        String text = render(new TextReport(), BundledReports.check(planted));

        assertThat(text).doesNotContainPattern(RAW);
        assertThat(text.lines().filter(l -> l.startsWith("Terms: "))).hasSize(1);
        assertThat(text).doesNotContainPattern("(?m)^FAKE").contains(
                "ok\\u001b]0;owned-title\\u0007\\u001b[2J\\u001b[H\\rFAKE: every term COMPLIANT\\nTerms as reported: (forged line)");
        assertThat(text).contains(f.claims().get(0).id() + "\\u001b[8m").contains("Hamas\\u202e against Israel\\r\\n, 2023-11-");
    }

    /** Ten sources that each saw another number of trucks: the day's summary says all ten, in well over 80 characters. */
    private static Report tenReadings() {
        FactSetBuilder facts = facts();
        for (int i = 0; i < 10; i++) {
            facts.day("2023-11-24").trucks(190 + i, "Source " + i);
        }
        return BundledReports.check(facts.build());
    }

    private static String summaryOf(String table, String term) {
        return table.lines().filter(l -> l.startsWith("2023-11-24  " + term + " ")).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("with no width, a long summary is shown whole")
    void wholeSummaries() {
        String line = summaryOf(render(new TextReport(), tenReadings()), "daily-aid-trucks");
        assertThat(line).endsWith("190 trucks / 191 trucks / 192 trucks / 193 trucks / 194 trucks / 195 trucks / 196 trucks / "
                + "197 trucks / 198 trucks / 199 trucks (10 accounts)").doesNotContain("…");
        assertThat(render(new TextReport(0), tenReadings())).isEqualTo(render(new TextReport(), tenReadings()));
    }

    @Test
    @DisplayName("with a width of 100, every line of the findings and of the claims fits in 100 columns, a cut summary ending in …")
    void fitsTheWidth() {
        String table = render(new TextReport(100), BUNDLED);
        List<String> lines = table.lines().toList();
        List<String> rows = new ArrayList<>(lines.stream().filter(l -> l.matches("(DATE|2023-11-\\d\\d)  .*")).toList());
        List<String> claims = lines.subList(lines.indexOf("CLAIMS") + 1, lines.size());
        rows.addAll(claims.subList(0, claims.contains("") ? claims.indexOf("") : claims.size()));
        assertThat(rows).hasSizeGreaterThan(BUNDLED.findings().size() + 2 * BUNDLED.claims().size())
                .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));

        String cut = summaryOf(render(new TextReport(100), tenReadings()), "daily-aid-trucks");
        assertThat(cut).hasSize(100).endsWith("…").startsWith("2023-11-24  daily-aid-trucks  T06     VIOLATED      Israel  190 trucks / 191");
    }

    @Test
    @DisplayName("at the width of the longest line, nothing is cut; one column less, the longest summary is cut")
    void boundary() {
        String whole = render(new TextReport(), tenReadings());
        String longest = summaryOf(whole, "daily-aid-trucks");
        assertThat(render(new TextReport(longest.length()), tenReadings())).contains(longest);
        String cut = summaryOf(render(new TextReport(longest.length() - 1), tenReadings()), "daily-aid-trucks");
        assertThat(cut).hasSize(longest.length() - 1).endsWith("(10 account…");
    }

    @Test
    @DisplayName("a width too narrow for the fixed columns puts each finding on a line and its summary, wrapped, below it")
    void narrowest() {
        List<String> lines = render(new TextReport(30), tenReadings()).lines().toList();
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("2023-11-24 daily-aid-trucks")).findFirst().orElseThrow());
        assertThat(lines.get(at + 1)).isEqualTo("T06 VIOLATED Israel");
        assertThat(lines.get(at + 2)).isEqualTo("    190 trucks / 191 trucks /");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(30));
    }
}
