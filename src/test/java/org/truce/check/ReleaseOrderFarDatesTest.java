package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.finding;
import static org.truce.testing.FactSetBuilder.facts;

/**
 * T12 release-order when the dates of the prisoner list are far apart: a detention date or a listing date decades or
 * millions of years from the others (the loader reads any ISO date, so a mistyped year is such a date). The findings
 * name the same prisoners as they do when the dates are close: who served longest, and who was eligible when.
 */
@DisplayName("T12 release-order: dates of the prisoner list far apart still name the longest-serving eligible prisoner")
class ReleaseOrderFarDatesTest {

    /** T12 read as an order of release, the reading these tests are of (the other, selection-by-seniority, decides nothing). */
    private static Report check(org.truce.factset.FactSet facts) {
        return CheckFixture.check(facts, CheckFixture.only("T12", "order-of-release"));
    }

    private static final LocalDate LISTED = LocalDate.of(2023, 11, 22);

    private static Finding.Account account(Report report, String date) {
        Finding f = finding(report, "release-order/" + date);
        assertThat(f.accounts()).hasSize(1);
        return f.accounts().get(0);
    }

    @Test
    @DisplayName("a detention date six million years back (more days from the others than an int counts): the order of time served, ties by least id")
    void detentionMillionsOfYearsBack() {
        // P-3's date sets the dates more than 2^31 days apart; the list is in neither time-served nor id order, and
        // P-5 and P-4 were detained on one day.
        LocalDate ancient = LocalDate.of(-6_000_000, 1, 1);
        var facts = facts()
                .prisoner("P-1", LocalDate.of(2015, 1, 1), LISTED, "Prison list")
                .prisoner("P-2", LocalDate.of(2010, 1, 1), LISTED, "Prison list")
                .prisoner("P-3", ancient, LISTED, "Prison list")
                .prisoner("P-5", LocalDate.of(2005, 3, 1), LISTED, "Prison list")
                .prisoner("P-4", LocalDate.of(2005, 3, 1), LISTED, "Prison list")
                .day("2023-11-24").prisonersById("Prison Service", "P-3").and()
                .day("2023-11-25").prisonersById("Prison Service", "P-1").and().build();
        Report report = check(facts);
        Finding.Account first = account(report, "2023-11-24");
        assertThat(first.status()).isEqualTo(Status.COMPLIANT);
        assertThat(first.detail()).isEqualTo("1 released, the latest detained on -6000000-01-01; "
                + "the earliest detained among eligible prisoners still held: 2005-03-01");
        Finding.Account second = account(report, "2023-11-25");
        assertThat(second.status()).isEqualTo(Status.VIOLATED);
        assertThat(second.detail()).isEqualTo("P-1 (detained 2015-01-01) released while P-4 (detained 2005-03-01) was still held");
    }

    /**
     * P-X, released first, was listed on {@code listedOn}: decades before the pause, or a mistyped year millions of
     * years either side of it. The others are listed around the first days of the pause, so who is eligible on each
     * day depends on the order of listing; the list is in neither listing nor id order, and P-N, who served longest,
     * was never listed.
     */
    @ParameterizedTest(name = "P-X listed on {0}")
    @ValueSource(strings = {"1990-01-01", "1960-01-01", "-6000000-01-01", "+6000000-01-01"})
    @DisplayName("a listing date far from the others: each day's finding names the prisoners eligible that day")
    void listingFarFromTheOthers(String listedOn) {
        var facts = facts()
                .prisoner("P-G", LocalDate.of(2000, 1, 1), LocalDate.of(2023, 11, 26), "Prison list")
                .prisoner("P-C", LocalDate.of(2023, 6, 1), LISTED, "Prison list")
                .prisoner("P-F", LocalDate.of(2005, 1, 1), LocalDate.of(2023, 11, 25), "Prison list")
                .prisoner("P-N", LocalDate.of(1980, 1, 1), null, "Prison list")
                .prisoner("P-B", LocalDate.of(2022, 1, 1), LISTED, "Prison list")
                .prisoner("P-X", LocalDate.of(1985, 1, 1), LocalDate.parse(listedOn), "Prison list")
                .day("2023-11-24").prisonersById("Prison Service", "P-X").and()
                .day("2023-11-25").prisonersById("Prison Service", "P-B").and()
                .day("2023-11-26").prisonersById("Prison Service", "P-C").and()
                .day("2023-11-27").prisonersById("Prison Service", "P-F").and().build();
        Report report = check(facts);
        assertThat(account(report, "2023-11-24").detail())
                .isEqualTo("1 released, the latest detained on 1985-01-01; the earliest detained among eligible prisoners still held: 2022-01-01");
        // P-F, listed on the 25th, is not yet eligible that day.
        assertThat(account(report, "2023-11-25").detail())
                .isEqualTo("1 released, the latest detained on 2022-01-01; the earliest detained among eligible prisoners still held: 2023-06-01");
        assertThat(account(report, "2023-11-26").status()).isEqualTo(Status.VIOLATED);
        assertThat(account(report, "2023-11-26").detail())
                .isEqualTo("P-C (detained 2023-06-01) released while P-F (detained 2005-01-01) was still held");
        assertThat(account(report, "2023-11-27").status()).isEqualTo(Status.VIOLATED);
        assertThat(account(report, "2023-11-27").detail())
                .isEqualTo("P-F (detained 2005-01-01) released while P-G (detained 2000-01-01) was still held");
    }
}
