package org.truce.agreements.gaza_2025_01;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Finding;
import org.truce.check.Status;
import org.truce.factset.Bound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.agreements.gaza_2025_01.Terms.check;
import static org.truce.agreements.gaza_2025_01.Terms.facts;
import static org.truce.agreements.gaza_2025_01.Terms.finding;

@DisplayName("P1-05 phase-one-hostages: 33 hostages, living or dead, over the 42 days")
class PhaseOneHostagesTest {

    private static Finding total(int living, int bodies) {
        return finding(check(facts().day("2025-01-19").hostages(living, "civilian-woman", "living", null, "Monitor A").and()
                .day("2025-02-26").hostages(bodies, null, "deceased", null, "Monitor A").and().build()), "phase-one-hostages/2025-03-01");
    }

    @Test
    @DisplayName("29 living and 4 bodies meet the total; 29 and 3 fall one short")
    void boundaryPair() {
        Finding met = total(29, 4);
        assertThat(met.status()).isEqualTo(Status.COMPLIANT);
        assertThat(met.party()).isEqualTo("Hamas");
        assertThat(met.accounts()).singleElement().extracting(Finding.Account::detail).isEqualTo("33 hostages (29 on 19 Jan + 4 on 26 Feb)");
        assertThat(total(29, 3).status()).isEqualTo(Status.VIOLATED);
    }

    @Test
    @DisplayName("a bound beside the counts decides nothing and is listed; in place of a day's count it leaves the term undetermined")
    void bounds() {
        Finding beside = finding(check(facts().day("2025-01-19").hostages(33, null, "living", null, "Monitor A")
                .hostages(40, null, "living", Bound.AT_MOST, "Monitor B").and().build()), "phase-one-hostages/2025-03-01");
        assertThat(beside.status()).isEqualTo(Status.COMPLIANT);
        assertThat(beside.undecidedBy()).singleElement().extracting(Finding.Undecided::why)
                .isEqualTo("at most 40 hostages of no reported category released alive in the deal on 2025-01-19: a bound never adds up with other reports into a total over several days");
        Finding instead = finding(check(facts().day("2025-01-19").hostages(33, null, "living", Bound.AT_LEAST, "Monitor B").and().build()),
                "phase-one-hostages/2025-03-01");
        assertThat(instead.status()).isEqualTo(Status.UNDETERMINED);
    }
}
