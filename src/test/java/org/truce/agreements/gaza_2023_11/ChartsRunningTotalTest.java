package org.truce.agreements.gaza_2023_11;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Calendar;
import org.truce.check.Report;
import org.truce.factset.FactSet;
import org.truce.report.HtmlReport;
import org.truce.testing.RuleBooks;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.testing.FactSetBuilder.facts;

/**
 * The chart of hostages released in the deal since the pause began (T03's total over the initial days), as the HTML
 * report draws it: the lowest total and, only where the sources differ, the highest; none without initial days.
 */
class ChartsRunningTotalTest {

    private static final String TOTAL = "Hostages released in the deal since the pause began";

    private static String page(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReport(agreement -> new Charts()).write(List.of(report), out);
        return out.toString();
    }

    /** The figure of the running total in the page, or "" when it has none. */
    private static String totalFigure(String html) {
        return Arrays.stream(html.split("<figure>")).filter(f -> f.contains(TOTAL)).findFirst().orElse("");
    }

    private static Report check(FactSet facts) {
        return RuleBooks.checker().check(facts, RuleBooks.bundled());
    }

    @Test
    @DisplayName("sources that agree every day: the lowest total only, no highest")
    void sourcesAgree() throws IOException {
        String figure = totalFigure(page(check(facts().day("2023-11-24").hostages(13, "Monitor A").hostages(13, "Monitor B").and()
                .day("2023-11-25").hostages(13, "Monitor A").and().build())));
        assertThat(figure).contains("<title>lowest total: 13", "<title>lowest total: 26").doesNotContain("highest total");
    }

    @Test
    @DisplayName("sources that differ on a day: the lowest and the highest totals from that day on")
    void sourcesDiffer() throws IOException {
        String figure = totalFigure(page(check(facts().day("2023-11-24").hostages(13, "Monitor A").hostages(10, "Monitor B").and()
                .day("2023-11-25").hostages(13, "Monitor A").and().build())));
        assertThat(figure).contains("<title>lowest total: 10", "<title>highest total: 13", "<title>lowest total: 23", "<title>highest total: 26");
    }

    @Test
    @DisplayName("a report built with no pause days and no findings: no running total is drawn (there is no day 1 to count from)")
    void noPauseDays() throws IOException {
        Report checked = check(facts().build());
        assertThat(checked.parameters()).containsKey(Charts.INITIAL_MINIMUM);
        Report hand = new Report(checked.facts(), checked.index(), checked.parameters(), new Calendar(checked.calendar().pause(), List.of()),
                checked.summaries(), List.of(), checked.claims(), checked.notes());
        String html = page(hand);
        assertThat(html).contains("Hostages released in the deal, per source, per day").doesNotContain(TOTAL);
        assertThat(totalFigure(page(checked))).contains(TOTAL + ", days 1 to 4");
    }
}
