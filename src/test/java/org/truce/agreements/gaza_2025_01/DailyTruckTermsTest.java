package org.truce.agreements.gaza_2025_01;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.check.Status;
import org.truce.factset.Bound;
import org.truce.testing.FactSetBuilder;
import org.truce.testing.RuleBooks;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the daily truck terms (P1-16, P1-16A, P1-16B) on small fact sets, at their minimums and one past them. */
@DisplayName("Daily trucks of the January 2025 cease-fire: 600 aid trucks, 50 fuel trucks, 300 to the north, every pause day")
class DailyTruckTermsTest {

    private static final String AGREEMENT = "gaza-2025-01";
    private static final LocalDate DAY = LocalDate.of(2025, 1, 20);

    private static Report check(FactSetBuilder facts) {
        return RuleBooks.checker(AGREEMENT, rule -> { }).check(facts.build(), RuleBooks.bundled(AGREEMENT));
    }

    private static Finding finding(Report report, String term, LocalDate date) {
        return report.findings().stream().filter(f -> f.term().equals(term) && f.date().equals(date) && f.to() == null).findFirst()
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0}: {1} on the day, as {2} → {3}")
    @CsvSource({
            "daily-aid-trucks, 600, EXACT, COMPLIANT", "daily-aid-trucks, 599, EXACT, VIOLATED",
            "daily-aid-trucks, 600, AT_LEAST, COMPLIANT", "daily-aid-trucks, 599, AT_LEAST, UNDETERMINED",
            "daily-aid-trucks, 599, AT_MOST, VIOLATED", "daily-aid-trucks, 600, AT_MOST, UNDETERMINED",
            "daily-fuel-trucks, 50, EXACT, COMPLIANT", "daily-fuel-trucks, 49, EXACT, VIOLATED",
            "daily-fuel-trucks, 50, AT_LEAST, COMPLIANT", "daily-fuel-trucks, 49, AT_LEAST, UNDETERMINED",
            "daily-fuel-trucks, 49, AT_MOST, VIOLATED", "daily-fuel-trucks, 50, AT_MOST, UNDETERMINED",
            "north-aid-trucks, 300, EXACT, COMPLIANT", "north-aid-trucks, 299, EXACT, VIOLATED",
            "north-aid-trucks, 300, AT_LEAST, COMPLIANT", "north-aid-trucks, 299, AT_LEAST, UNDETERMINED",
            "north-aid-trucks, 299, AT_MOST, VIOLATED", "north-aid-trucks, 300, AT_MOST, UNDETERMINED"})
    void atTheMinimumAndOnePast(String term, long count, Bound bound, Status expected) {
        FactSetBuilder facts = FactSetBuilder.facts().agreement(AGREEMENT);
        var day = facts.day(DAY);
        switch (term) {
            case "daily-aid-trucks" -> day.trucks(count, null, bound, "Monitor A");
            case "daily-fuel-trucks" -> day.fuelTrucksIn(count, bound, "Monitor A");
            default -> day.trucksToNorth(count, bound, "Monitor A");
        }
        Finding finding = finding(check(facts), term, DAY);
        assertThat(finding.status()).as(finding.summary()).isEqualTo(expected);
        assertThat(finding.party()).isEqualTo("Israel");
    }

    @Test
    @DisplayName("a day with 700 aid trucks and no count of fuel trucks or trucks to the north: only the aid trucks are decided")
    void eachKindNeedsItsOwnCount() {
        Report report = check(FactSetBuilder.facts().agreement(AGREEMENT).day(DAY).trucks(700, "Monitor A").and());
        assertThat(finding(report, "daily-aid-trucks", DAY).status()).isEqualTo(Status.COMPLIANT);
        assertThat(finding(report, "daily-fuel-trucks", DAY).status()).isEqualTo(Status.UNDETERMINED);
        assertThat(finding(report, "north-aid-trucks", DAY).status()).isEqualTo(Status.UNDETERMINED);
    }

    @Test
    @DisplayName("all 42 pause days have a finding of each truck term, 19 January to 1 March 2025, undetermined without reports")
    void everyPauseDay() {
        Report report = check(FactSetBuilder.facts().agreement(AGREEMENT));
        for (String term : new String[] {"daily-aid-trucks", "daily-fuel-trucks", "north-aid-trucks"}) {
            var days = report.findings().stream().filter(f -> f.term().equals(term) && f.to() == null).toList();
            assertThat(days).hasSize(42).allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.UNDETERMINED));
            assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2025, 1, 19));
            assertThat(days.get(41).date()).isEqualTo(LocalDate.of(2025, 3, 1));
        }
    }

    @ParameterizedTest(name = "{0} trucks over 20 and 21 January → {1}")
    @CsvSource({"1199, VIOLATED", "1200, UNDETERMINED"})
    void totalOverTwoDays(long trucks, Status expected) {
        Report report = check(FactSetBuilder.facts().agreement(AGREEMENT).periodTrucks(DAY, DAY.plusDays(1), trucks, Bound.EXACT, "Monitor A"));
        Finding period = report.findings().stream().filter(f -> f.term().equals("daily-aid-trucks") && DAY.plusDays(1).equals(f.to()))
                .findFirst().orElseThrow();
        assertThat(period.status()).isEqualTo(expected);
        assertThat(finding(report, "daily-aid-trucks", DAY).status()).isEqualTo(Status.UNDETERMINED);
    }
}
