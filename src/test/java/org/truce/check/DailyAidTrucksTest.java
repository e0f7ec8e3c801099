package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.check;
import static org.truce.check.CheckFixture.finding;
import static org.truce.check.CheckFixture.ofTerm;
import static org.truce.check.CheckFixture.only;
import static org.truce.check.CheckFixture.under;
import static org.truce.testing.FactSetBuilder.facts;

@DisplayName("T06 daily-aid-trucks: at least 200 (or 300) aid trucks enter Gaza on each pause day, under each reading")
class DailyAidTrucksTest {

    /** The boundaries of the 200 are tested under the reading that counts every truck; each reading has its own tests below. */
    private static final Scenario INCLUDING_FUEL = only("T06", "200-including-fuel");

    @Test
    @DisplayName("exactly 200 trucks meet the term")
    void twoHundredMeet() {
        var f = finding(check(facts().day("2023-11-24").trucks(200, "COGAT").and().build(), INCLUDING_FUEL), "daily-aid-trucks/2023-11-24");
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
        var f = finding(check(facts().day("2023-11-24").trucks(199, "COGAT").and().build(), INCLUDING_FUEL), "daily-aid-trucks/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.VIOLATED);
        assertThat(f.rule()).isEqualTo("T06 Fewer aid trucks entered than the daily minimum, every truck counted");
    }

    @Test
    @DisplayName("200 by one source and 196 by another make the finding CONTESTED, with both accounts")
    void sourcesDisagree() {
        var f = finding(check(facts().day("2023-11-24").trucks(200, "COGAT").trucks(196, "UN OCHA").and().build(), INCLUDING_FUEL),
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
        var f = finding(check(facts().day("2023-11-24").trucks(120, "COGAT").trucks(80, "COGAT").and().build(), INCLUDING_FUEL),
                "daily-aid-trucks/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.COMPLIANT);
        assertThat(f.accounts()).singleElement().extracting(Finding.Account::detail).isEqualTo("200 trucks");
    }

    @Test
    @DisplayName("every reading is evaluated in one run: 200 trucks meet the two readings of 200 and fall short of 300, so the finding is CONTESTED by readings")
    void readingsSideBySide() {
        var f = finding(check(facts().day("2023-11-24").trucks(200, 0L, "COGAT").and().build()), "daily-aid-trucks/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.CONTESTED);
        assertThat(f.contestedBy()).containsExactly("readings");
        assertThat(f.readings()).extracting(Finding.ReadingStatus::id, Finding.ReadingStatus::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("200-including-fuel", Status.COMPLIANT),
                org.assertj.core.groups.Tuple.tuple("200-plus-fuel", Status.COMPLIANT),
                org.assertj.core.groups.Tuple.tuple("300-including-fuel", Status.VIOLATED));
        assertThat(f.accounts()).extracting(Finding.Account::reading)
                .containsExactly("200-including-fuel", "200-plus-fuel", "300-including-fuel");
        assertThat(f.readings().get(2).heldBy()).anySatisfy(h -> assertThat(h).contains("Anadolu"));
        assertThat(f.readings().get(2).requirement()).isEqualTo("at least 300 aid trucks entering Gaza, fuel trucks included");
    }

    @Test
    @DisplayName("sources that disagree under one reading and readings that disagree: CONTESTED by both, each reading with its own status")
    void contestedByBoth() {
        var f = finding(check(facts().day("2023-11-24").trucks(200, 0L, "COGAT").trucks(196, 0L, "UN OCHA").and().build()), "daily-aid-trucks/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.CONTESTED);
        assertThat(f.contestedBy()).containsExactly("readings", "sources");
        assertThat(f.readings()).extracting(Finding.ReadingStatus::status)
                .containsExactly(Status.CONTESTED, Status.CONTESTED, Status.VIOLATED);
        assertThat(f.accounts()).hasSize(6);
    }

    @Test
    @DisplayName("every reading met: COMPLIANT, contested by nothing")
    void everyReadingMet() {
        var f = finding(check(facts().day("2023-11-24").trucks(300, 0L, "COGAT").and().build()), "daily-aid-trucks/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.COMPLIANT);
        assertThat(f.contestedBy()).isEmpty();
        assertThat(f.readings()).extracting(Finding.ReadingStatus::status).containsOnly(Status.COMPLIANT);
    }

    @Test
    @DisplayName("met under the readings that decide but undecided under 200-plus-fuel: CONTESTED by readings, never COMPLIANT, since a term is met only if met under every reading")
    void undecidedReadingIsNotAgreement() {
        var f = finding(check(facts().day("2023-11-24").trucks(300, "Monitor A").and().build()), "daily-aid-trucks/2023-11-24");
        assertThat(f.readings()).extracting(Finding.ReadingStatus::id, Finding.ReadingStatus::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("200-including-fuel", Status.COMPLIANT),
                org.assertj.core.groups.Tuple.tuple("200-plus-fuel", Status.UNDETERMINED),
                org.assertj.core.groups.Tuple.tuple("300-including-fuel", Status.COMPLIANT));
        assertThat(f.status()).isEqualTo(Status.CONTESTED);
        assertThat(f.contestedBy()).containsExactly("readings");
        assertThat(f.summary()).contains("(2 accounts; 1 report decides nothing)");
        var breached = finding(check(facts().day("2023-11-24").trucks(150, "Monitor A").and().build()), "daily-aid-trucks/2023-11-24");
        assertThat(breached.status()).as("below 200 of any load: breached under every reading").isEqualTo(Status.VIOLATED);
    }

    @Test
    @DisplayName("200-plus-fuel, loads given for some trucks only: the trucks that count lie between bounds, and decide where both fall on one side")
    void partlyGivenLoads() {
        var met = finding(check(facts().day("2023-11-24").trucks(250, 10L, "Monitor A").trucks(10, "Monitor A").and().build(),
                only("T06", "200-plus-fuel")), "daily-aid-trucks/2023-11-24");
        assertThat(met.status()).isEqualTo(Status.COMPLIANT);
        assertThat(met.accounts()).singleElement().extracting(Finding.Account::detail)
                .isEqualTo("260 trucks, 10 of them fuel or gas, 10 of loads not given: 240 to 250 counted");
        var open = finding(check(facts().day("2023-11-24").trucks(195, 0L, "Monitor A").trucks(10, "Monitor A").and().build(),
                only("T06", "200-plus-fuel")), "daily-aid-trucks/2023-11-24");
        assertThat(open.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(open.undecidedBy()).singleElement().extracting(Finding.Undecided::why).isEqualTo(
                "205 trucks, 10 of loads not given: 195 to 205 counted: not every report says how many carried fuel, so it cannot show 200 besides those");
    }

    @Test
    @DisplayName("300-including-fuel: 299 trucks fall short, 300 meet")
    void threeHundred() {
        var scenario = only("T06", "300-including-fuel");
        assertThat(finding(check(facts().day("2023-11-24").trucks(299, "COGAT").and().build(), scenario), "daily-aid-trucks/2023-11-24").status())
                .isEqualTo(Status.VIOLATED);
        var met = finding(check(facts().day("2023-11-24").trucks(300, "COGAT").and().build(), scenario), "daily-aid-trucks/2023-11-24");
        assertThat(met.status()).isEqualTo(Status.COMPLIANT);
        assertThat(met.readings()).extracting(Finding.ReadingStatus::id).containsExactly("300-including-fuel");
        assertThat(met.requirement()).isEqualTo("at least 300 aid trucks entering Gaza, fuel trucks included");
    }

    @Test
    @DisplayName("200-plus-fuel: 200 trucks of which a report says 4 carried fuel fall short; 204 with 4 of fuel meet; the other readings count the fuel trucks")
    void plusFuel() {
        var shortOf = finding(check(facts().day("2023-11-24").trucks(200, 4L, "Monitor A").and().build()), "daily-aid-trucks/2023-11-24");
        assertThat(under(shortOf, "200-plus-fuel")).isEqualTo(Status.VIOLATED);
        assertThat(under(shortOf, "200-including-fuel")).isEqualTo(Status.COMPLIANT);
        assertThat(shortOf.accounts()).filteredOn(a -> "200-plus-fuel".equals(a.reading())).singleElement()
                .extracting(Finding.Account::detail).isEqualTo("200 trucks, 4 of them fuel or gas: 196 counted");
        assertThat(shortOf.accounts()).filteredOn(a -> "200-including-fuel".equals(a.reading())).singleElement()
                .extracting(Finding.Account::detail).isEqualTo("200 trucks, 4 of them fuel or gas");
        var met = finding(check(facts().day("2023-11-24").trucks(204, 4L, "Monitor A").and().build(), only("T06", "200-plus-fuel")),
                "daily-aid-trucks/2023-11-24");
        assertThat(met.status()).isEqualTo(Status.COMPLIANT);
        assertThat(met.requirement()).isEqualTo("at least 200 aid trucks entering Gaza besides trucks of fuel and cooking gas");
    }

    @Test
    @DisplayName("200-plus-fuel: a report that does not say which trucks carried fuel can show the minimum missed, never met; another source's fuel figure is not borrowed")
    void plusFuelLoadsNotGiven() {
        var f = finding(check(facts().day("2023-11-24").trucks(200, "Monitor A").trucks(200, 4L, "Monitor B").trucks(199, "Monitor C").and().build(),
                only("T06", "200-plus-fuel")), "daily-aid-trucks/2023-11-24");
        assertThat(f.accounts()).extracting(Finding.Account::sources, Finding.Account::status, Finding.Account::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(java.util.List.of("monitor-b"), Status.VIOLATED, "200 trucks, 4 of them fuel or gas: 196 counted"),
                org.assertj.core.groups.Tuple.tuple(java.util.List.of("monitor-c"), Status.VIOLATED, "199 trucks, their loads not given"));
        assertThat(f.undecidedBy()).singleElement().satisfies(u -> {
            assertThat(u.sources()).containsExactly("monitor-a");
            assertThat(u.reading()).isEqualTo("200-plus-fuel");
            assertThat(u.why()).isEqualTo("200 trucks, their loads not given: the report does not say how many carried fuel, so it cannot show 200 besides those");
            assertThat(u.rule()).isEqualTo("T06 Trucks of loads not given cannot show the daily minimum met besides those of fuel");
        });
        assertThat(f.status()).isEqualTo(Status.VIOLATED);
    }

    @Test
    @DisplayName("200-plus-fuel alone, loads not given: UNDETERMINED, and the summary says which report decided nothing and why, not that a report is needed")
    void undecidedSaysWhy() {
        var f = finding(check(facts().day("2023-11-24").trucks(250, "Monitor A").and().build(), only("T06", "200-plus-fuel")), "daily-aid-trucks/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.UNDETERMINED);
        assertThat(f.accounts()).isEmpty();
        assertThat(f.summary()).startsWith("no report decides it: 250 trucks, their loads not given").doesNotContain("needs a report");
        var counted = finding(check(facts().day("2023-11-24").trucks(250, 0L, "Monitor A").and().build(), only("T06", "200-plus-fuel")),
                "daily-aid-trucks/2023-11-24");
        assertThat(counted.status()).as("a report that says none carried fuel decides").isEqualTo(Status.COMPLIANT);
        assertThat(counted.undecidedBy()).isEmpty();
    }

    @Test
    @DisplayName("a --set replaces the minimum under every reading")
    void setUnderEveryReading() {
        var f = finding(check(facts().day("2023-11-24").trucks(250, 0L, "COGAT").and().build(),
                new Scenario(java.util.Map.of("daily-aid-trucks.minimum-per-day", 250L), java.util.Map.of(), null)), "daily-aid-trucks/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.COMPLIANT);
        assertThat(f.readings()).extracting(Finding.ReadingStatus::status).containsOnly(Status.COMPLIANT);
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
        var f = finding(check(facts().day("2023-11-24").trucks(0, "UN OCHA").and().build(), INCLUDING_FUEL), "daily-aid-trucks/2023-11-24");
        assertThat(f.status()).isEqualTo(Status.VIOLATED);
    }
}
