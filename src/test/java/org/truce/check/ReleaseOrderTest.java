package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.testing.FactSetBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.finding;
import static org.truce.check.CheckFixture.find;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("T12 release-order: nobody released ahead of a longer-serving eligible prisoner")
class ReleaseOrderTest {

    /** T12 read as an order of release, the reading these tests are of (the other, selection-by-seniority, decides nothing). */
    private static Report check(org.truce.factset.FactSet facts) {
        return CheckFixture.check(facts, CheckFixture.only("T12", "order-of-release"));
    }


    private static FactSetBuilder listed() {
        return facts()
                .prisoner("P-0001", "2015-10-12", "2023-11-22")
                .prisoner("P-0002", "2020-01-01", "2023-11-22")
                .prisoner("P-0003", "2023-06-01", "2023-11-22")
                .prisoner("P-0004", "2020-01-01", "2023-11-22");
    }

    @Test
    @DisplayName("releasing the longest-serving first meets the term")
    void inOrder() {
        var f = finding(check(listed().day("2023-11-24").prisonersById("Prison Service", "P-0001", "P-0002").and().build()),
                "release-order/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.COMPLIANT);
        assertThat(f.party()).isEqualTo("Israel");
    }

    @Test
    @DisplayName("a tie in time served is not an inversion")
    void tie() {
        var f = finding(check(listed().day("2023-11-24").prisonersById("Prison Service", "P-0001", "P-0002").and().build()),
                "release-order/2023-11-24");
        // P-0004 is still held and was detained on the same day as P-0002, who was released.
        assertThat(f.status()).isEqualTo(Status.COMPLIANT);
    }

    @Test
    @DisplayName("releasing a recent detainee while a longer-serving one is held breaches the term, naming both")
    void inversion() {
        var f = finding(check(listed().day("2023-11-24").prisonersById("Prison Service", "P-0003").and().build()),
                "release-order/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.VIOLATED);
        assertThat(f.accounts()).singleElement().extracting(Finding.Account::detail)
                .isEqualTo("P-0003 (detained 2023-06-01) released while P-0001 (detained 2015-10-12) was still held");
    }

    @Test
    @DisplayName("prisoners released on an earlier day are no longer held")
    void earlierReleasesAreNotHeld() {
        var facts = listed().day("2023-11-24").prisonersById("Prison Service", "P-0001").and()
                .day("2023-11-25").prisonersById("Prison Service", "P-0002", "P-0004").and()
                .day("2023-11-26").prisonersById("Prison Service", "P-0003").and().build();
        var report = check(facts);
        assertThat(finding(report, "release-order/2023-11-25").status()).isEqualTo(Status.COMPLIANT);
        assertThat(finding(report, "release-order/2023-11-26").status()).isEqualTo(Status.COMPLIANT);
    }

    @Test
    @DisplayName("a prisoner not yet listed is not eligible, so not counted as held")
    void notYetEligible() {
        var facts = facts().prisoner("P-0001", "2015-10-12", "2023-11-28")
                .prisoner("P-0003", "2023-06-01", "2023-11-22")
                .day("2023-11-24").prisonersById("Prison Service", "P-0003").and().build();
        assertThat(finding(check(facts), "release-order/2023-11-24").status()).isEqualTo(Status.COMPLIANT);
    }

    @Test
    @DisplayName("releases given only as counts: UNDETERMINED")
    void countsOnly() {
        var f = finding(check(listed().day("2023-11-24").prisoners(39, "UN OCHA").and().build()), "release-order/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.UNDETERMINED);
    }

    @Test
    @DisplayName("two sources' lists that disagree about the order: CONTESTED")
    void listsDisagree() {
        var facts = listed().day("2023-11-24").prisonersById("Prison Service", "P-0001")
                .prisonersById("Prisoners Society", "P-0003").and().build();
        assertThat(finding(check(facts), "release-order/2023-11-24").status()).isEqualTo(Status.CONTESTED);
    }

    @Test
    @DisplayName("a list that releases nobody while eligible prisoners are held meets the term, and says so")
    void emptyList() {
        var f = finding(check(listed().day("2023-11-24").prisonersById("Prison Service").and().build()), "release-order/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.COMPLIANT);
        assertThat(f.accounts()).singleElement().extracting(Finding.Account::detail)
                .isEqualTo("nobody released by this list; the earliest detained among eligible prisoners still held: 2015-10-12");
    }

    @Test
    @DisplayName("no finding on a day without a prisoner release report")
    void noRelease() {
        assertThat(find(check(listed().build()), "release-order/2023-11-24")).isEmpty();
    }
}
