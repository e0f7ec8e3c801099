package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.check;
import static org.truce.check.CheckFixture.finding;
import static org.truce.check.CheckFixture.ofTerm;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("T06 daily-aid-trucks: at least 200 aid trucks enter Gaza on each pause day")
class DailyAidTrucksTest {

    @Test
    @DisplayName("exactly 200 trucks meet the term")
    void twoHundredMeet() {
        var f = finding(check(facts().day("2023-11-24").trucks(200, "COGAT").and().build()), "daily-aid-trucks/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.COMPLIANT);
        assertThat(f.party()).isEqualTo("Israel");
        assertThat(f.clause()).isEqualTo("T06");
        assertThat(f.accounts()).singleElement().satisfies(a -> {
            assertThat(a.sources()).containsExactly("cogat");
            assertThat(a.detail()).isEqualTo("200 trucks");
        });
    }

    @Test
    @DisplayName("199 trucks breach the term")
    void oneHundredNinetyNineBreach() {
        var f = finding(check(facts().day("2023-11-24").trucks(199, "COGAT").and().build()), "daily-aid-trucks/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.VIOLATED);
        assertThat(f.rule()).isEqualTo("T06 Fewer aid trucks entered than the daily minimum");
    }

    @Test
    @DisplayName("200 by one source and 196 by another make the finding CONTESTED, with both accounts")
    void sourcesDisagree() {
        var f = finding(check(facts().day("2023-11-24").trucks(200, "COGAT").trucks(196, "UN OCHA").and().build()),
                "daily-aid-trucks/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.CONTESTED);
        assertThat(f.accounts()).extracting(Finding.Account::sources, Finding.Account::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(java.util.List.of("cogat"), Status.COMPLIANT),
                        org.assertj.core.groups.Tuple.tuple(java.util.List.of("un-ocha"), Status.VIOLATED));
    }

    @Test
    @DisplayName("two batches reported by the same source on one day add up")
    void batchesAddUp() {
        var f = finding(check(facts().day("2023-11-24").trucks(120, "COGAT").trucks(80, "COGAT").and().build()),
                "daily-aid-trucks/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.COMPLIANT);
        assertThat(f.accounts()).singleElement().extracting(Finding.Account::detail).isEqualTo("200 trucks");
    }

    @Test
    @DisplayName("a pause day with no truck report is UNDETERMINED, never COMPLIANT")
    void noReportIsUndetermined() {
        var report = check(facts().day("2023-11-24").trucks(200, "COGAT").and().build());
        assertThat(finding(report, "daily-aid-trucks/2023-11-25").status()).isEqualTo(Status.UNDETERMINED);
        assertThat(finding(report, "daily-aid-trucks/2023-11-25").accounts()).isEmpty();
    }

    @Test
    @DisplayName("every pause day has a finding, with or without an entry: four days, plus each extension day")
    void everyPauseDay() {
        assertThat(ofTerm(check(facts().build()), "daily-aid-trucks")).extracting(f -> f.date().toString())
                .containsExactly("2023-11-24", "2023-11-25", "2023-11-26", "2023-11-27");
        assertThat(ofTerm(check(facts().extension(2, "Qatar MFA").extension(1, "Qatar MFA").build()), "daily-aid-trucks"))
                .hasSize(7).last().extracting(f -> f.date().toString()).isEqualTo("2023-11-30");
    }

    @Test
    @DisplayName("an explicit report of zero trucks is a report: the term is breached")
    void zeroIsAReport() {
        var f = finding(check(facts().day("2023-11-24").trucks(0, "UN OCHA").and().build()), "daily-aid-trucks/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.VIOLATED);
    }
}
