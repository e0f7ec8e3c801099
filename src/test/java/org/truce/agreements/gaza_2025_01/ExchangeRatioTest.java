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
import static org.truce.agreements.gaza_2025_01.Terms.has;

@DisplayName("P1-10 exchange-ratio: 30 prisoners for each living civilian, 50 for each living female soldier, that pause day")
class ExchangeRatioTest {

    private static Finding of(int civilians, int soldiers, long prisoners) {
        var day = facts().day("2025-01-30");
        if (civilians > 0) {
            day.hostages(civilians, "civilian-man", "living", null, "Monitor A");
        }
        if (soldiers > 0) {
            day.hostages(soldiers, "female-soldier", "living", null, "Monitor A");
        }
        return finding(check(day.prisoners(prisoners, "Monitor A").and().build()), "exchange-ratio/2025-01-30");
    }

    @Test
    @DisplayName("two civilians and a female soldier are owed 110: 110 meet the ratio, 109 miss it")
    void boundaryPair() {
        assertThat(of(2, 1, 110).status()).isEqualTo(Status.COMPLIANT);
        Finding missed = of(2, 1, 109);
        assertThat(missed.status()).isEqualTo(Status.VIOLATED);
        assertThat(missed.party()).isEqualTo("Israel");
        assertThat(missed.accounts()).singleElement().extracting(Finding.Account::detail)
                .isEqualTo("2 civilian men and 1 female soldier released alive in the deal, 109 prisoners: 110 owed");
    }

    @Test
    @DisplayName("a female soldier alone is owed 50, not 30")
    void soldierRatio() {
        assertThat(of(0, 1, 49).status()).isEqualTo(Status.VIOLATED);
        assertThat(of(0, 1, 50).status()).isEqualTo(Status.COMPLIANT);
    }

    @Test
    @DisplayName("a day of bodies alone has no finding; living hostages of no category decide nothing, nor does the count of prisoners left unpaired")
    void bodiesAndNoCategory() {
        var report = check(facts().day("2025-02-20").hostages(4, null, "deceased", null, "Monitor A").prisoners(0, "Monitor A").and()
                .day("2025-01-25").hostages(4, null, "living", null, "Monitor A").prisoners(200, "Monitor A").and().build());
        assertThat(has(report, "exchange-ratio/2025-02-20")).isFalse();
        Finding f = finding(report, "exchange-ratio/2025-01-25");
        assertThat(f.status()).isEqualTo(Status.UNDETERMINED);
        // The hostages by the rule that says why; the prisoners, which met no count of the hostages to pair with, as unread.
        assertThat(f.undecidedBy()).extracting(Finding.Undecided::rule)
                .containsExactlyInAnyOrder("P1-10 A release of no reported category or status decides nothing", null);
        assertThat(f.undecidedBy()).anySatisfy(u -> assertThat(u.why()).startsWith("200 prisoners released on 2025-01-25: a report of this day that no rule of the term decided"));
    }

    @Test
    @DisplayName("a lower bound of the prisoners below what is owed cannot show the ratio missed")
    void bound() {
        Finding f = finding(check(facts().day("2025-01-19").hostages(3, "civilian-woman", "living", null, "Monitor A")
                .prisoners(89, Bound.AT_LEAST, "Monitor B").and().build()), "exchange-ratio/2025-01-19");
        assertThat(f.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(f.undecidedBy()).singleElement().extracting(Finding.Undecided::rule).isEqualTo("P1-10 A bound below the agreed ratio cannot show it missed");
    }
}
