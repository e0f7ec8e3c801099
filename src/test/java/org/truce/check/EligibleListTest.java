package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.check;
import static org.truce.check.CheckFixture.finding;
import static org.truce.check.CheckFixture.find;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("T13 eligible-list: everyone released was listed as eligible before the day")
class EligibleListTest {

    @Test
    @DisplayName("a prisoner listed the day before meets the term")
    void listedBefore() {
        var facts = facts().prisoner("P-0001", "2015-10-12", "2023-11-23")
                .day("2023-11-24").prisonersById("Prison Service", "P-0001").and().build();
        assertThat(finding(check(facts), "eligible-list/2023-11-24").status()).isEqualTo(Status.COMPLIANT);
    }

    @Test
    @DisplayName("a prisoner first listed on the day of release breaches the term")
    void listedSameDay() {
        var facts = facts().prisoner("P-0001", "2015-10-12", "2023-11-24")
                .day("2023-11-24").prisonersById("Prison Service", "P-0001").and().build();
        var f = finding(check(facts), "eligible-list/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.VIOLATED);
        assertThat(f.accounts()).singleElement().extracting(Finding.Account::detail).isEqualTo("P-0001 was first listed on 2023-11-24");
    }

    @Test
    @DisplayName("a prisoner never listed breaches the term")
    void neverListed() {
        var facts = facts().prisoner("P-0001", "2015-10-12", null)
                .day("2023-11-24").prisonersById("Prison Service", "P-0001").and().build();
        var f = finding(check(facts), "eligible-list/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.VIOLATED);
        assertThat(f.accounts()).singleElement().extracting(Finding.Account::detail).isEqualTo("P-0001 was never listed");
    }

    @Test
    @DisplayName("no finding where releases are given only as counts")
    void countsOnly() {
        assertThat(find(check(facts().day("2023-11-24").prisoners(39, "UN OCHA").and().build()), "eligible-list/2023-11-24")).isEmpty();
    }
}
