package org.truce.agreements.gaza_2025_01;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Report;
import org.truce.factset.Bound;
import org.truce.report.HtmlReport;
import org.truce.testing.FactSetBuilder;
import org.truce.testing.RuleBooks;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The truck charts of a gaza-2025-01 report, as the HTML report draws them: each source's count a bar, the minimum a line, bounds no bar. */
@DisplayName("Charts of the January 2025 cease-fire: aid, fuel and north trucks per source and day, against their minimums")
class ChartsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 20);

    private static String figure(String title) throws IOException {
        FactSetBuilder facts = FactSetBuilder.facts().agreement("gaza-2025-01");
        facts.day(DAY).trucks(630, "Monitor A").trucks(552, "Monitor B").trucks(700, null, Bound.AT_LEAST, "Monitor C")
                .fuelTrucksIn(20, null, "Monitor A").trucksToNorth(300, null, "Monitor B");
        Report report = RuleBooks.checker("gaza-2025-01", rule -> { }).check(facts.build(), RuleBooks.bundled("gaza-2025-01"));
        StringWriter out = new StringWriter();
        new HtmlReport(agreement -> new Charts()).write(List.of(report), out);
        return Arrays.stream(out.toString().split("<figure>")).filter(f -> f.contains(title)).findFirst().orElse("");
    }

    @Test
    @DisplayName("aid trucks: one bar per source's count, the line at 600, a figure for part of the day no bar")
    void aidTrucks() throws IOException {
        assertThat(figure("Aid trucks that entered Gaza, per source"))
                .contains("<title>Monitor A: 630", "<title>Monitor B: 552", "<title>required: at least 600", "clause P1-16)")
                .doesNotContain("Monitor C: 700");
    }

    @Test
    @DisplayName("fuel trucks and trucks to the north: each its own chart and its own minimum")
    void fuelAndNorth() throws IOException {
        assertThat(figure("Trucks carrying fuel that entered Gaza")).contains("<title>Monitor A: 20", "<title>required: at least 50")
                .doesNotContain("552");
        assertThat(figure("Aid trucks that entered northern Gaza")).contains("<title>Monitor B: 300", "<title>required: at least 300");
    }
}
