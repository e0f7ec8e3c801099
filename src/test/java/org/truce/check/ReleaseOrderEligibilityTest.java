package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.testing.FactSetBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.finding;
import static org.truce.testing.FactSetBuilder.facts;

/**
 * T12 release-order at its edges: who is eligible on a day (listed before it, never on it), and whom a finding names.
 * A prisoner first listed on the day of a release is not yet eligible that day and is the next day; a VIOLATED
 * account names the latest-detained prisoner released and the longest-serving eligible prisoner still held.
 */
@DisplayName("T12 release-order: eligibility from the day after listing, and the prisoners a finding names")
class ReleaseOrderEligibilityTest {

    /** T12 read as an order of release, the reading these tests are of (the other, selection-by-seniority, decides nothing). */
    private static Report check(org.truce.factset.FactSet facts) {
        return CheckFixture.check(facts, CheckFixture.only("T12", "order-of-release"));
    }

    private static String detail(Report report, String date) {
        Finding f = finding(report, "release-order/" + date);
        assertThat(f.accounts()).hasSize(1);
        return f.accounts().get(0).detail();
    }

    @Test
    @DisplayName("listed on the source's first day: not eligible that day, eligible the next")
    void listedOnTheFirstDay() {
        var facts = facts()
                .prisoner("P-A", "2010-01-01", "2023-11-24")
                .prisoner("P-B", "2023-06-01", "2023-11-22")
                .prisoner("P-C", "2022-03-01", "2023-11-22")
                .day("2023-11-24").prisonersById("Prison Service", "P-B").and()
                .day("2023-11-25").prisonersById("Prison Service", "P-C").and().build();
        Report report = check(facts);
        // On the 24th P-A is not yet eligible: the finding names P-C, the longest-serving of those eligible.
        assertThat(finding(report, "release-order/2023-11-24").status()).isEqualTo(Status.VIOLATED);
        assertThat(detail(report, "2023-11-24"))
                .isEqualTo("P-B (detained 2023-06-01) released while P-C (detained 2022-03-01) was still held");
        assertThat(finding(report, "release-order/2023-11-25").status()).isEqualTo(Status.VIOLATED);
        assertThat(detail(report, "2023-11-25"))
                .isEqualTo("P-C (detained 2022-03-01) released while P-A (detained 2010-01-01) was still held");
    }

    @Test
    @DisplayName("a prisoner first listed on the day of the source's first release is not held against it")
    void listedOnTheDayIsNotYetEligible() {
        var facts = facts()
                .prisoner("P-A", "2010-01-01", "2023-11-24")
                .prisoner("P-B", "2023-06-01", "2023-11-22")
                .day("2023-11-24").prisonersById("Prison Service", "P-B").and().build();
        Finding f = finding(check(facts), "release-order/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.COMPLIANT);
        assertThat(f.accounts()).singleElement().extracting(Finding.Account::detail)
                .isEqualTo("1 released, the latest detained on 2023-06-01; no eligible prisoner still held");
    }

    @Test
    @DisplayName("a prisoner first listed on a later release day is eligible only from the day after")
    void listedOnALaterDay() {
        var facts = facts()
                .prisoner("P-A", "2010-01-01", "2023-11-25")
                .prisoner("P-B", "2021-01-01", "2023-11-22")
                .prisoner("P-C", "2022-01-01", "2023-11-22")
                .prisoner("P-D", "2023-01-01", "2023-11-22")
                .day("2023-11-24").prisonersById("Prison Service", "P-B").and()
                .day("2023-11-25").prisonersById("Prison Service", "P-C").and()
                .day("2023-11-26").prisonersById("Prison Service", "P-D").and().build();
        Report report = check(facts);
        assertThat(finding(report, "release-order/2023-11-24").status()).isEqualTo(Status.COMPLIANT);
        assertThat(finding(report, "release-order/2023-11-25").status()).isEqualTo(Status.COMPLIANT);
        assertThat(detail(report, "2023-11-25"))
                .isEqualTo("1 released, the latest detained on 2022-01-01; the earliest detained among eligible prisoners still held: 2023-01-01");
        assertThat(finding(report, "release-order/2023-11-26").status()).isEqualTo(Status.VIOLATED);
        assertThat(detail(report, "2023-11-26"))
                .isEqualTo("P-D (detained 2023-01-01) released while P-A (detained 2010-01-01) was still held");
    }

    /** P-X served longest but was never listed: it is never eligible, so no finding may name it. */
    private static FactSetBuilder withNeverListed() {
        return facts()
                .prisoner("P-X", "2000-01-01", null)
                .prisoner("P-A", "2010-01-01", "2023-11-24")
                .prisoner("P-E", "2012-01-01", "2023-11-24")
                .prisoner("P-F", "2005-01-01", "2023-11-25")
                .prisoner("P-B", "2022-01-01", "2023-11-22")
                .prisoner("P-C", "2023-06-01", "2023-11-22");
    }

    @Test
    @DisplayName("a VIOLATED finding names the longest-serving eligible prisoner held, never one who was never listed")
    void namesTheLongestServingEligible() {
        var facts = withNeverListed()
                .day("2023-11-24").prisonersById("Prison Service", "P-B").and()
                .day("2023-11-25").prisonersById("Prison Service", "P-C").and()
                .day("2023-11-26").prisonersById("Prison Service", "P-A").and()
                .day("2023-11-27").prisonersById("Prison Service", "P-F", "P-E").and().build();
        Report report = check(facts);
        assertThat(finding(report, "release-order/2023-11-24").status()).isEqualTo(Status.COMPLIANT);
        assertThat(detail(report, "2023-11-25"))
                .isEqualTo("P-C (detained 2023-06-01) released while P-A (detained 2010-01-01) was still held");
        // P-F, listed on the 25th, joins those held on the 26th and has served longest of them.
        assertThat(detail(report, "2023-11-26"))
                .isEqualTo("P-A (detained 2010-01-01) released while P-F (detained 2005-01-01) was still held");
        assertThat(finding(report, "release-order/2023-11-27").status()).isEqualTo(Status.COMPLIANT);
        assertThat(detail(report, "2023-11-27"))
                .isEqualTo("2 released, the latest detained on 2012-01-01; no eligible prisoner still held");
    }

    @Test
    @DisplayName("of several released, the finding names the latest detained; of several held, the earliest detained")
    void namesTheExtremes() {
        var facts = facts()
                .prisoner("P-1", "2019-01-01", "2023-11-22")
                .prisoner("P-2", "2017-01-01", "2023-11-22")
                .prisoner("P-3", "2023-02-01", "2023-11-22")
                .prisoner("P-4", "2021-01-01", "2023-11-22")
                .prisoner("P-5", "2016-01-01", "2023-11-22")
                .prisoner("P-6", "2018-01-01", "2023-11-22")
                .day("2023-11-24").prisonersById("Prison Service", "P-1", "P-3", "P-4").and().build();
        assertThat(detail(check(facts), "2023-11-24"))
                .isEqualTo("P-3 (detained 2023-02-01) released while P-5 (detained 2016-01-01) was still held");
    }

    @Test
    @DisplayName("ties in detention date name the least id, released or held, whatever the order of the prisoner list")
    void tiesNameTheLeastId() {
        var facts = facts()
                .prisoner("P-9", "2023-01-01", "2023-11-22")
                .prisoner("P-7", "2023-01-01", "2023-11-22")
                .prisoner("P-8", "2023-01-01", "2023-11-22")
                .prisoner("P-6", "2015-01-01", "2023-11-22")
                .prisoner("P-4", "2015-01-01", "2023-11-22")
                .prisoner("P-5", "2015-01-01", "2023-11-22")
                .day("2023-11-24").prisonersById("Prison Service", "P-9", "P-8", "P-7").and().build();
        assertThat(detail(check(facts), "2023-11-24"))
                .isEqualTo("P-7 (detained 2023-01-01) released while P-4 (detained 2015-01-01) was still held");
    }

    @Test
    @DisplayName("each source's lists are read apart: a prisoner released by one source is still held by the other's")
    void sourcesApart() {
        var facts = facts()
                .prisoner("P-1", "2015-01-01", "2023-11-22")
                .prisoner("P-2", "2020-01-01", "2023-11-22")
                .day("2023-11-24").prisonersById("Prison Service", "P-1").and()
                .day("2023-11-25").prisonersById("Prison Service", "P-2").prisonersById("Monitor A", "P-2").and().build();
        Finding f = finding(check(facts), "release-order/2023-11-25");
        assertThat(f.status()).isEqualTo(Status.CONTESTED);
        assertThat(f.accounts()).extracting(Finding.Account::sources, Finding.Account::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(java.util.List.of("monitor-a"),
                        "P-2 (detained 2020-01-01) released while P-1 (detained 2015-01-01) was still held"),
                org.assertj.core.groups.Tuple.tuple(java.util.List.of("prison-service"),
                        "1 released, the latest detained on 2020-01-01; no eligible prisoner still held"));
    }

    @Test
    @DisplayName("detention dates millions of years apart, on both sides of what a packed sort key holds, still order time served")
    void datesFarOut() {
        java.time.LocalDate a = java.time.LocalDate.ofEpochDay(-(1L << 31) - 5000); // too far apart for a counting sort
        java.time.LocalDate b = java.time.LocalDate.ofEpochDay(-(1L << 31) + 10);
        java.time.LocalDate c = java.time.LocalDate.ofEpochDay(-(1L << 31) + 20);
        java.time.LocalDate listed = java.time.LocalDate.of(2023, 11, 22);
        var facts = facts()
                .prisoner("P-C", c, listed, "Prison list")
                .prisoner("P-A", a, listed, "Prison list")
                .prisoner("P-B", b, listed, "Prison list")
                .day("2023-11-24").prisonersById("Prison Service", "P-C").and().build();
        assertThat(detail(check(facts), "2023-11-24"))
                .isEqualTo("P-C (detained " + c + ") released while P-A (detained " + a + ") was still held");
    }

    @Test
    @DisplayName("a prisoner list in descending id order is not taken for one in id order: ties still name the least id")
    void descendingIds() {
        var facts = facts()
                .prisoner("P-3", "2023-01-01", "2023-11-22")
                .prisoner("P-2", "2015-01-01", "2023-11-22")
                .prisoner("P-1", "2015-01-01", "2023-11-22")
                .day("2023-11-24").prisonersById("Prison Service", "P-3").and().build();
        assertThat(detail(check(facts), "2023-11-24"))
                .isEqualTo("P-3 (detained 2023-01-01) released while P-1 (detained 2015-01-01) was still held");
    }
}
