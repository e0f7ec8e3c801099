package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.check;
import static org.truce.check.CheckFixture.finding;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("T04 exchange-ratio: prisoners released at least three times the hostages released in the deal")
class ExchangeRatioTest {

    @Test
    @DisplayName("13 hostages and 39 prisoners, exactly 3:1, meet the term")
    void exactRatio() {
        var f = finding(check(facts().day("2023-11-24").hostages(13, "UN OCHA").prisoners(39, "UN OCHA").and().build()),
                "exchange-ratio/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.COMPLIANT);
        assertThat(f.accounts()).singleElement().extracting(Finding.Account::detail).isEqualTo("13 hostages, 39 prisoners");
    }

    @Test
    @DisplayName("13 hostages and 38 prisoners, one short, breach the term")
    void oneShort() {
        var f = finding(check(facts().day("2023-11-24").hostages(13, "UN OCHA").prisoners(38, "UN OCHA").and().build()),
                "exchange-ratio/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.VIOLATED);
        assertThat(f.party()).isEqualTo("Israel");
    }

    @Test
    @DisplayName("hostages released outside the deal do not count toward the ratio")
    void outsideDealDoesNotCount() {
        var f = finding(check(facts().day("2023-11-24").hostages(13, "UN OCHA").hostagesOutsideDeal(11, "UN OCHA")
                .prisoners(39, "UN OCHA").and().build()), "exchange-ratio/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.COMPLIANT);
    }

    @Test
    @DisplayName("13 hostages by one count and 14 by another, with 39 prisoners: CONTESTED, one account per combination")
    void combinations() {
        var f = finding(check(facts().day("2023-11-26").hostages(13, "UN OCHA").hostages(14, "IDF")
                .prisoners(39, "UN OCHA").and().build()), "exchange-ratio/2023-11-26");
        assertThat(f.status()).isEqualTo(Status.CONTESTED);
        assertThat(f.accounts()).extracting(Finding.Account::sources, Finding.Account::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(java.util.List.of("idf", "un-ocha"), Status.VIOLATED),
                org.assertj.core.groups.Tuple.tuple(java.util.List.of("un-ocha"), Status.COMPLIANT));
    }

    @Test
    @DisplayName("hostage reports but no prisoner report: UNDETERMINED, the hostage report listed as deciding nothing")
    void missingPrisoners() {
        var f = finding(check(facts().day("2023-11-24").hostages(13, "UN OCHA").and().build()), "exchange-ratio/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(f.undecidedBy()).singleElement().satisfies(u -> {
            assertThat(u.sources()).containsExactly("un-ocha");
            assertThat(u.why()).startsWith("13 hostages released in the deal: a report of this day that no rule of the term decided (rules of the term that could have: ")
                    .contains("\"T04 Fewer prisoners were released than the agreed ratio requires\"");
        });
        assertThat(f.summary()).isEqualTo("no report decides it: 13 hostages released in the deal: a report of this day that no rule of the term decided; "
                + "requires at least 3 prisoners released per hostage released in the deal");
    }

    @Test
    @DisplayName("no report at all: UNDETERMINED, and the summary says what it needs")
    void noReport() {
        var f = finding(check(facts().day("2023-11-24").trucks(200, "UN OCHA").and().build()), "exchange-ratio/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(f.undecidedBy()).isEmpty();
        assertThat(f.summary()).startsWith("no account in this fact set: needs reports of both");
    }

    @Test
    @DisplayName("bounds on either side, every pair: met only where the fewest prisoners reach 3 x the most hostages, missed only where the most fall short of 3 x the fewest; otherwise listed once, never lost")
    void boundsDecideOnlyWhereLogicAllows() {
        org.truce.factset.Bound[] bounds = org.truce.factset.Bound.values();
        for (org.truce.factset.Bound hb : bounds) {
            for (org.truce.factset.Bound pb : bounds) {
                for (long prisoners : new long[] {38, 39}) {
                    var f = finding(check(facts().day("2023-11-24").hostages(13, hb, "Monitor A").prisoners(prisoners, pb, "Monitor B")
                            .and().build()), "exchange-ratio/2023-11-24");
                    // the true hostages lie in [hLow, hHigh], the true prisoners in [pLow, pHigh]
                    long hLow = 13;
                    long hHigh = hb == org.truce.factset.Bound.AT_LEAST ? Long.MAX_VALUE / 4 : 13;
                    hLow = hb == org.truce.factset.Bound.AT_MOST ? 0 : hLow;
                    long pLow = pb == org.truce.factset.Bound.AT_MOST ? 0 : prisoners;
                    long pHigh = pb == org.truce.factset.Bound.AT_LEAST ? Long.MAX_VALUE / 4 : prisoners;
                    Status expected = pLow >= 3 * hHigh ? Status.COMPLIANT : pHigh < 3 * hLow ? Status.VIOLATED : Status.UNDETERMINED;
                    String pair = hb + " 13 hostages, " + pb + " " + prisoners + " prisoners";
                    assertThat(f.status()).as(pair).isEqualTo(expected);
                    if (expected == Status.UNDETERMINED) {
                        assertThat(f.accounts()).as(pair).isEmpty();
                        assertThat(f.undecidedBy()).as(pair).singleElement().satisfies(u -> {
                            assertThat(u.sources()).containsExactly("monitor-a", "monitor-b");
                            assertThat(u.why()).endsWith(": the bounds allow both at least and fewer than 3 prisoners per hostage");
                        });
                    } else {
                        assertThat(f.accounts()).as(pair).hasSize(1);
                        assertThat(f.undecidedBy()).as(pair).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("a source's count and its partial figure of the same day: the count decides, the partial figure is listed once beside it")
    void countAndBoundOfOneSource() {
        var f = finding(check(facts().day("2023-11-24").hostages(13, "Monitor A").hostages(5, org.truce.factset.Bound.AT_LEAST, "Monitor A")
                .prisoners(39, "Monitor A").and().build()), "exchange-ratio/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.COMPLIANT);
        assertThat(f.accounts()).extracting(Finding.Account::detail).containsExactly("13 hostages, 39 prisoners");
        assertThat(f.undecidedBy()).extracting(Finding.Undecided::why)
                .containsExactly("at least 5 hostages, 39 prisoners: the bounds allow both at least and fewer than 3 prisoners per hostage");
    }

    @Test
    @DisplayName("a source's list of a day that is partial in any of its entries is no count of the day, not even the entries"
            + " without the flag: no false shortfall of the ratio from a list that names some of those released")
    void partialListIsNoCount() {
        var facts = facts().prisoner("P-1", "2020-01-01", "2023-11-22").prisoner("P-2", "2023-10-01", "2023-11-22")
                .day("2023-11-24").hostages(1, "Monitor A").somePrisonersById("Monitor A", "P-2").prisonersById("Monitor A", "P-1").and().build();
        var f = finding(check(facts), "exchange-ratio/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(f.accounts()).isEmpty();
        var whole = finding(check(facts().prisoner("P-1", "2020-01-01", "2023-11-22").prisoner("P-2", "2023-10-01", "2023-11-22")
                .day("2023-11-24").hostages(1, "Monitor A").prisonersById("Monitor A", "P-2", "P-1").and().build()), "exchange-ratio/2023-11-24");
        assertThat(whole.status()).as("the same ids as one complete list are a count of 2: short of 3 for 1").isEqualTo(Status.VIOLATED);
    }
}
