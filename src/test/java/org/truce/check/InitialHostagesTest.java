package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.testing.FactSetBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.check;
import static org.truce.check.CheckFixture.finding;
import static org.truce.check.CheckFixture.ofTerm;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("T03 initial-hostages: at least 50 hostages released in the deal over pause days 1 to 4")
class InitialHostagesTest {

    private FactSetBuilder fourDays(long last) {
        return facts().day("2023-11-24").hostages(13, "UN OCHA").and()
                .day("2023-11-25").hostages(13, "UN OCHA").and()
                .day("2023-11-26").hostages(13, "UN OCHA").and()
                .day("2023-11-27").hostages(last, "UN OCHA").and();
    }

    @Test
    @DisplayName("13 + 13 + 13 + 11 = 50 meets the term, judged once on the fourth day, binding Hamas")
    void fifty() {
        var report = check(fourDays(11).build());
        assertThat(ofTerm(report, "initial-hostages")).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("initial-hostages/2023-11-27");
            assertThat(f.status()).isEqualTo(Status.COMPLIANT);
            assertThat(f.party()).isEqualTo("Hamas");
            assertThat(f.accounts()).singleElement().extracting(Finding.Account::detail).isEqualTo("50 hostages (13 + 13 + 13 + 11)");
        });
    }

    @Test
    @DisplayName("13 + 13 + 13 + 10 = 49 breaches the term")
    void fortyNine() {
        assertThat(finding(check(fourDays(10).build()), "initial-hostages/2023-11-27").status()).isEqualTo(Status.VIOLATED);
    }

    @Test
    @DisplayName("a day of the four with no report of hostages in the deal: UNDETERMINED")
    void missingDay() {
        var facts = facts().day("2023-11-24").hostages(13, "UN OCHA").and()
                .day("2023-11-25").hostages(13, "UN OCHA").and()
                .day("2023-11-27").hostages(30, "UN OCHA").and().build();
        assertThat(finding(check(facts), "initial-hostages/2023-11-27").status()).isEqualTo(Status.UNDETERMINED);
    }

    @Test
    @DisplayName("a day counted 13 by one source and 14 by another gives one account per reading")
    void readings() {
        var facts = facts().day("2023-11-24").hostages(13, "UN OCHA").and()
                .day("2023-11-25").hostages(13, "UN OCHA").and()
                .day("2023-11-26").hostages(12, "UN OCHA").hostages(13, "IDF").and()
                .day("2023-11-27").hostages(11, "UN OCHA").and().build();
        var f = finding(check(facts), "initial-hostages/2023-11-27");
        assertThat(f.status()).isEqualTo(Status.CONTESTED);
        assertThat(f.accounts()).extracting(Finding.Account::detail)
                .containsExactly("50 hostages (13 + 13 + 13 + 11)", "49 hostages (13 + 13 + 12 + 11)");
    }
}
