package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.rulebook.RuleBook;
import org.truce.testing.RuleBooks;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.check;
import static org.truce.check.CheckFixture.finding;
import static org.truce.check.CheckFixture.only;
import static org.truce.testing.FactSetBuilder.facts;

/**
 * What a finding says besides its status, as the reports show it: the requirement (one per reading where they
 * differ), the rule named, the one-line summary, why a CONTESTED finding is contested; and what a report says besides
 * its findings: notes on days outside the pause, whether anything was violated.
 */
@DisplayName("Findings: requirement, rule, summary and why CONTESTED; the report's notes and whether anything was violated")
class FindingFieldsTest {

    private static final String REQUIRES_200 = "at least 200 aid trucks entering Gaza, fuel trucks included";
    private static final String REQUIRES_200_BESIDES_FUEL = "at least 200 aid trucks entering Gaza besides trucks of fuel and cooking gas";
    private static final String REQUIRES_300 = "at least 300 aid trucks entering Gaza, fuel trucks included";

    @Test
    @DisplayName("readings that require different things: the requirement names each with its reading, each reading its own; "
            + "the rule is a VIOLATED account's, the summary each detail once with the counts of accounts and of reports that decide nothing")
    void readingsRequireDifferentThings() {
        Finding f = finding(check(facts().day("2023-11-24").trucks(200, "COGAT").trucks(196, "UN OCHA").and().build()),
                "daily-aid-trucks/2023-11-24");
        String requirement = REQUIRES_200 + " (read as 200-including-fuel); or " + REQUIRES_200_BESIDES_FUEL
                + " (read as 200-plus-fuel); or " + REQUIRES_300 + " (read as 300-including-fuel)";
        assertThat(f.requirement()).isEqualTo(requirement);
        assertThat(f.readings()).extracting(Finding.ReadingStatus::id, Finding.ReadingStatus::requirement).containsExactly(
                org.assertj.core.groups.Tuple.tuple("200-including-fuel", REQUIRES_200),
                org.assertj.core.groups.Tuple.tuple("200-plus-fuel", REQUIRES_200_BESIDES_FUEL),
                org.assertj.core.groups.Tuple.tuple("300-including-fuel", REQUIRES_300));
        // The first account shown is COGAT's COMPLIANT one; the finding names the rule of the first VIOLATED one.
        assertThat(f.accounts().get(0).status()).isEqualTo(Status.COMPLIANT);
        assertThat(f.rule()).isEqualTo("T06 Fewer aid trucks entered than the daily minimum, every truck counted");
        // COGAT's 200 trucks of loads not given decide nothing under 200-plus-fuel: the summary counts that report too.
        assertThat(f.summary()).isEqualTo("200 trucks / 196 trucks / 196 trucks, their loads not given (5 accounts; 1 report decides nothing); requires "
                + requirement);
        assertThat(f.status()).isEqualTo(Status.CONTESTED);
        assertThat(f.contestedBy()).containsExactly("readings", "sources");
        assertThat(f.contestedByReadings()).isTrue();
    }

    @Test
    @DisplayName("one account: the summary is its detail and the requirement, no count of accounts")
    void oneAccount() {
        Finding f = finding(check(facts().day("2023-11-24").trucks(200, "COGAT").and().build(), only("T06", "200-including-fuel")),
                "daily-aid-trucks/2023-11-24");
        assertThat(f.summary()).isEqualTo("200 trucks; requires " + REQUIRES_200);
        assertThat(f.requirement()).isEqualTo(REQUIRES_200);
    }

    @Test
    @DisplayName("sources that disagree alike under every reading: CONTESTED by the sources, not by the readings")
    void contestedBySourcesUnderEveryReading() {
        Finding f = finding(check(facts().day("2023-11-25")
                .handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-25T15:00+02:00", "Monitor A")
                .handover("Hamas", "2023-11-25T16:00+02:00", "2023-11-26T00:30+02:00", "Monitor B").and().build()),
                "handover-schedule/2023-11-25");
        assertThat(f.readings()).extracting(Finding.ReadingStatus::status).containsExactly(Status.CONTESTED, Status.CONTESTED);
        assertThat(f.status()).isEqualTo(Status.CONTESTED);
        assertThat(f.contestedBy()).containsExactly("sources");
        assertThat(f.contestedByReadings()).isFalse();
    }

    @Test
    @DisplayName("a clause without readings, its sources disagreeing: CONTESTED by the sources")
    void contestedWithoutReadings() {
        var facts = facts().day("2023-11-24").fuelLitres(129_000, "Agency B").fuelLitres(150_000, "Monitor A").and().build();
        Finding f = finding(check(facts), "daily-fuel/2023-11-24");
        assertThat(f.readings()).isEmpty();
        assertThat(f.status()).isEqualTo(Status.CONTESTED);
        assertThat(f.contestedBy()).containsExactly("sources");
        assertThat(f.contestedByReadings()).isFalse();
    }

    @Test
    @DisplayName("a finding built for a clause reported one way: CONTESTED is by the sources; otherwise by nothing")
    void oneWayFinding() {
        Finding contested = new Finding("t/2023-11-24", "t", "T06", List.of(), false, null, null, LocalDate.of(2023, 11, 24), "Israel",
                Status.CONTESTED, "summary", List.of(), "rule", "requirement", List.of());
        assertThat(contested.contestedBy()).containsExactly("sources");
        assertThat(contested.readings()).isEmpty();
        assertThat(contested.undecidedBy()).isEmpty();
        Finding violated = new Finding("t/2023-11-24", "t", "T06", List.of(), false, null, null, LocalDate.of(2023, 11, 24), "Israel",
                Status.VIOLATED, "summary", List.of(), "rule", "requirement", List.of());
        assertThat(violated.contestedBy()).isEmpty();
    }

    @Test
    @DisplayName("days outside the pause get a note each, in date order, and no finding")
    void daysOutsideThePause() {
        Report report = check(facts().day("2023-12-05").trucks(200, "COGAT").and().day("2023-11-20").trucks(1, "COGAT").and()
                .day("2023-11-24").trucks(200, "COGAT").and().build());
        assertThat(report.notes()).containsExactly(
                "2023-11-20 is not a pause day (the pause runs 2023-11-24 to 2023-11-27): no term applies to it",
                "2023-12-05 is not a pause day (the pause runs 2023-11-24 to 2023-11-27): no term applies to it");
        assertThat(report.findings()).extracting(f -> f.date().toString()).doesNotContain("2023-11-20", "2023-12-05");
    }

    @Test
    @DisplayName("whether anything was violated: yes with one VIOLATED finding among others, no with none")
    void anyViolated() {
        var scenario = only("T06", "200-including-fuel");
        Report met = check(facts().day("2023-11-24").trucks(200, "COGAT").and().build(), scenario);
        assertThat(met.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.status()).isNotEqualTo(Status.VIOLATED));
        assertThat(met.anyViolated()).isFalse();
        Report breached = check(facts().day("2023-11-24").trucks(200, "COGAT").and().day("2023-11-25").trucks(199, "COGAT").and().build(), scenario);
        assertThat(breached.anyViolated()).isTrue();
    }

    @Test
    @DisplayName("a check leaves no rule session open on its rule book, which a watch re-checks with for as long as it runs")
    void sessionsClosed() {
        RuleBook book = RuleBooks.bundled();
        assertThat(book.parts()).as("the bundled rules, one part per term file").hasSizeGreaterThan(1);
        java.util.function.ToIntFunction<RuleBook> open = b -> b.parts().stream().mapToInt(part -> part.getKieSessions().size()).sum();
        int before = open.applyAsInt(book);
        for (int i = 0; i < 3; i++) {
            RuleBooks.checker().check(facts().day("2023-11-24").trucks(200, "COGAT").and().build(), book);
        }
        assertThat(open.applyAsInt(book)).isEqualTo(before);
    }
}
