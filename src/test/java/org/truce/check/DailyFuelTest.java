package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.check;
import static org.truce.check.CheckFixture.finding;
import static org.truce.check.CheckFixture.ofTerm;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("T07 daily-fuel: at least 130,000 litres of fuel enter Gaza on each pause day")
class DailyFuelTest {

    @Test
    @DisplayName("exactly 130,000 litres meet the term, and Israel is the party bound")
    void atTheMinimum() {
        var f = finding(check(facts().day("2023-11-24").fuelLitres(130_000, "Monitor A").and().build()), "daily-fuel/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.COMPLIANT);
        assertThat(f.party()).isEqualTo("Israel");
        assertThat(f.clause()).isEqualTo("T07");
        assertThat(f.requirement()).isEqualTo("at least 130,000 litres of fuel entering Gaza");
        assertThat(f.accounts()).singleElement().satisfies(a -> {
            assertThat(a.sources()).containsExactly("monitor-a");
            assertThat(a.detail()).isEqualTo("130,000 litres");
        });
    }

    @Test
    @DisplayName("129,999 litres breach the term")
    void oneLitreShort() {
        var f = finding(check(facts().day("2023-11-24").fuelLitres(129_999, "Monitor A").and().build()), "daily-fuel/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.VIOLATED);
        assertThat(f.rule()).isEqualTo("T07 Less fuel entered than the daily minimum");
    }

    @Test
    @DisplayName("a pause day with no fuel report is UNDETERMINED, never COMPLIANT, and says what it lacks")
    void noReportIsUndetermined() {
        var f = finding(check(facts().day("2023-11-24").fuelLitres(130_000, "Monitor A").and().build()), "daily-fuel/2023-11-25");
        assertThat(f.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(f.accounts()).isEmpty();
        assertThat(f.summary()).startsWith("no account in this fact set: needs a report of the litres of fuel that entered Gaza that day");
    }

    @Test
    @DisplayName("figures either side of the minimum make the finding CONTESTED; batches of one source add up")
    void sourcesDisagreeBatchesAddUp() {
        var f = finding(check(facts().day("2023-11-24").fuelLitres(129_000, "Monitor A")
                .fuelLitres(100_000, "Monitor B").fuelLitres(50_000, "Monitor B").and().build()), "daily-fuel/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.CONTESTED);
        assertThat(f.accounts()).extracting(Finding.Account::detail, Finding.Account::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("129,000 litres", Status.VIOLATED),
                org.assertj.core.groups.Tuple.tuple("150,000 litres", Status.COMPLIANT));
    }

    @Test
    @DisplayName("fuel is judged on every pause day, extension days included, and aid trucks do not count as fuel")
    void everyPauseDay() {
        var report = check(facts().extension(1, "Monitor A").day("2023-11-24").trucks(200, "Monitor A").and().build());
        assertThat(ofTerm(report, "daily-fuel")).hasSize(5).allSatisfy(f -> assertThat(f.status()).isEqualTo(Status.UNDETERMINED));
    }

    @Test
    @DisplayName("the minimum is a parameter: a what-if run at 110,000 litres decides 129,000 the other way")
    void minimumIsAParameter() {
        var facts = facts().day("2023-11-24").fuelLitres(129_000, "Monitor A").and().build();
        assertThat(finding(check(facts, Map.of("daily-fuel.minimum-litres-per-day", 110_000L)), "daily-fuel/2023-11-24").status())
                .isEqualTo(Status.COMPLIANT);
    }
}
